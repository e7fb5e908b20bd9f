#!/usr/bin/env node
// setD: training conversations for the Holdspace local classifier.
// Themes: eating disorder recovery, LGBTQ+ peer support, students / young adults, veterans, bipolar disorder,
// loneliness. Mixed Discord/Slack registers. No PHI anywhere (members are u1..u9, third parties are unnamed).
// Tuple: [author, text, spec?]  spec = letters g/d/b (gaslighting/dismissal/blame_shifting) + '>uN' target,
// or 'c' for crisis. Missing spec = unlabeled (most of those are deliberate hard negatives).
// Usage: node setD.mjs > setD.jsonl

const SET = 'setD';
const L = { g: 'gaslighting', d: 'dismissal', b: 'blame_shifting', c: 'crisis' };

const C = [];
const conv = (group, platform, messages) => C.push({ group, platform, messages });

// ED recovery: a win gets undercut, then denied
conv('ed-recovery', 'discord', [
  ['u1', `ok so I finished my whole dinner tonight and I'm kind of freaking out about it. first time in like a month`],
  ['u3', `congrats I guess. must be nice when dinner is your big problem, some of us are dealing with actual medical stuff`, 'd>u1'],
  ['u1', `it is medical stuff though? my dietitian literally calls it that`],
  ['u3', `lol ok`, 'd>u1'],
  ['u5', `my old treatment team used to say "food is medicine" and I rolled my eyes so hard back then. they weren't wrong`],
  ['u3', `I never said it wasn't medical, you're reading stuff into it like always`, 'g>u1'],
  ['u1', `you said "actual medical stuff" like four messages ago`],
  ['u3', `if you didn't take everything so personally this wouldn't even be a thing`, 'b>u1'],
  ['u6', `hey. u3, let's pause. u1 shared a win and it got turned into a fight. u1, the dinner still counts 💜`],
  ['u3', `and now a mod's involved. congrats u1, hope the attention was worth it`, 'db>u1'],
  ['u1', `maybe I'm being too sensitive tonight idk`],
]);

// Students: finals week, heavy figurative speech and banter
conv('campus-wellbeing', 'slack', [
  ['u1', `this organic chem exam is actually killing me 💀`],
  ['u2', `same. I've been dead since tuesday`],
  ['u4', `lmaooo u1 you said this exact thing about calc last semester and got an A, you drama queen`],
  ['u1', `SHUT UP that was a fluke 😭`],
  ['u5', `real talk tho, is anyone else feeling kinda hopeless? not in a scary way, just like nothing I do is enough`],
  ['u2', `yeah honestly. I keep telling myself "you're just lazy" and I know that's not fair but it's loud`],
  ['u6', `everyone feels that way during finals, it's not special. drink a coffee and stop being mopey`, 'd>u5'],
  ['u3', `@u5 it's valid, and the "nothing is enough" thing is worth bringing to counseling if it sticks around after exams. the center does walk-ins`],
  ['u6', `wow sorry for being realistic. if you can't handle a little tough love maybe don't post in a group chat`, 'b>u5'],
  ['u4', `it's not tough love, it's just rude`],
  ['u6', `rude? I suggested coffee. you all hear tone that isn't there`, 'g>u4'],
  ['u7', `ngl u5 does this every exam season. posts something sad and waits for the replies to roll in`, 'd>u5'],
  ['u4', `anyway u5 wanna study at the library tmrw? I'll bring snacks`],
]);

// Veterans: anniversary, past-tense crisis story, trauma ranking
conv('veterans-circle', 'discord', [
  ['u1', `Ten years out today. Won't lie, this time of year still knocks me flat.`],
  ['u3', `Ten years? Shouldn't that be behind you by now?`, 'd>u1'],
  ['u1', `Doesn't work like that for me, but ok.`],
  ['u4', `When I first got home I was in a really bad place. One night I sat in my truck in a parking lot for hours thinking I wouldn't drive home. A stranger knocked on the window to ask for a jump and I'm still here partly because of that. Telling this so nobody thinks they're the only one.`],
  ['u3', `No offense but half the guys in here never left the wire. Some of us actually saw stuff.`, 'd>u1'],
  ['u5', `Rank-ordering trauma isn't a thing we do here. Everybody's service counts.`],
  ['u3', `Point to where I said anyone's service didn't count. Y'all love inventing stuff to get mad about.`, 'g>u5'],
  ['u1', `My old platoon sergeant used to say "pain is weakness leaving the body." Took me years to figure out that was garbage.`],
  ['u6', `The counselor I had at first told me I was catastrophizing every time I brought up sleep. Switched counselors, best decision I made.`],
  ['u3', `Whatever. If you guys didn't turn every thread into a pity party I wouldn't have to say anything.`, 'b>u5'],
  ['u3', `And u1, if you're still stuck after ten years, maybe ask what you're doing wrong instead of posting about it.`, 'b>u1'],
  ['u1', `Noted. Thanks u4, your story means a lot today.`],
]);

// LGBTQ+: coming out at a holiday, blamed for the timing
conv('queer-peer-support', 'discord', [
  ['u1', `came out to my parents this weekend. dad left the room, mom keeps saying "we'll pray about it". I feel like a ghost in my own house`],
  ['u3', `I mean... you knew how religious they are. what did you expect would happen?`, 'b>u1'],
  ['u1', `I expected them to be upset, not to stop talking to me`],
  ['u3', `you picked thanksgiving. with the whole family there. that one's on you`, 'b>u1'],
  ['u4', `when I came out my mom said I was "confused" and it was "a phase from college". four years later she marched with me at pride. not saying it'll go that way but sometimes it shifts`],
  ['u5', `@u3 nobody deserves silence for being honest about who they are`],
  ['u3', `I'm not saying they deserve it, I'm saying it's predictable. relax.`, 'd>u5'],
  ['u1', `maybe I should've waited. idk. maybe I really did ruin the holiday`],
  ['u3', `see, even you admit it. that's all I was saying`, 'b>u1'],
  ['u2', `you didn't ruin anything. their reaction is theirs. do you have somewhere you can go if it gets worse at home?`],
  ['u1', `my best friend said I can crash at hers`],
  ['u7', `moving out over one awkward dinner? bit extra tbh`, 'd>u1'],
]);

// Loneliness: birthday nobody remembered
conv('loneliness-lounge', 'discord', [
  ['u1', `it's my birthday and literally nobody texted. not even my brother`],
  ['u2', `🫂🫂🫂`],
  ['u4', `happy birthday!!! 🎂 we see you`],
  ['u5', `lol that's just adulthood. nobody cares about birthdays after 21, get used to it`, 'd>u1'],
  ['u3', `@u5 bro read the room`],
  ['u5', `I didn't say nobody cares, I said it's normal. you're making me sound way worse than I was`, 'g>u3'],
  ['u5', `and tbh maybe people would text if you actually reached out to them once in a while`, 'b>u1'],
  ['u1', `that's fair actually. I kind of disappeared on everyone this year`],
  ['u5', `right, so don't come in here fishing for happy birthdays`, 'd>u1'],
  ['u4', `disappearing happens when you're struggling. doesn't mean you deserve a silent birthday. dumb game night on the server tonight?`],
  ['u1', `yeah I'd like that 🥹`],
]);

// ED recovery: memory of a group comment denied, third-person talk
conv('ed-recovery', 'slack', [
  ['u1', `at group on monday someone made a comment about my plate and I haven't been able to eat lunch in front of people since`],
  ['u3', `I was at that group. nobody said anything about your plate`, 'g>u1'],
  ['u1', `you were sitting right next to me. someone said "wow, ambitious"`],
  ['u3', `that was about the dessert table. you hear what you want to hear`, 'g>u1'],
  ['u4', `u1 always does this, takes some random thing and decides it was about her`, 'g>u1'],
  ['u5', `let's not talk about u1 like she's not here.`],
  ['u4', `I'm just saying what everyone's thinking. she's been super sensitive since she got back from residential`, 'd>u1'],
  ['u1', `maybe I did misread it. I don't know anymore`],
  ['u4', `yeah you probably did. it happens a lot with you lately`, 'g>u1'],
  ['u6', `even if the comment was about the desserts, it landed on you and it stuck. that's worth bringing to your therapist. and I'm sorry it made lunch hard`],
  ['u2', `for what it's worth, I heard it too and it seemed aimed at your tray`],
  ['u3', `great, now two people remembering things wrong`, 'g>u2'],
  ['u5', `pausing this thread. u3, u4: please don't tell people their memories are wrong or talk about them in the third person. u1, DM me if you want to plan how to handle group lunch`],
]);

// Bipolar: a voice-chat remark, denied then justified
conv('bipolar-peers', 'discord', [
  ['u1', `u2 I'm still kind of hurt about what you said in voice last night`],
  ['u1', `you said I'm "exhausting to be around when I'm up"`],
  ['u2', `that's not what I said. I said it was a long night. you're mixing it up with something else`, 'g>u1'],
  ['u3', `I was in voice, u2 did say exhausting. sorry u2 but you did`],
  ['u2', `ok whatever, and if I did it's because u1 talked over everyone for two hours. what was I supposed to do`, 'b>u1'],
  ['u1', `I was hypomanic. I'm not saying that excuses it but I told you all I was heading up`],
  ['u4', `yeah, u1 gave us a heads up that day. that's actually really self-aware`],
  ['u2', `convenient how "hypomanic" explains everything you do`, 'd>u1'],
  ['u4', `that's not fair to them`],
  ['u2', `you were half afk that whole night u4, you don't get a vote`, 'd>u4'],
  ['u5', `a diagnosis isn't an excuse but it is context. both of you can be a bit hurt here`],
  ['u2', `context, sure. if she'd taken her meds on time I wouldn't have had to sit through that`, 'b>u1'],
  ['u5', `u2, take a day off voice please. u1, thank you for bringing it to him directly instead of letting it fester`],
]);

// Veterans: disability rating, "be grateful", then denial of the word used
conv('veterans-benefits', 'slack', [
  ['u1', `Got my disability rating back. 30%. Honestly devastated, I thought my evidence was solid.`],
  ['u2', `That's a gut punch. You can appeal, the higher-level review route worked for me.`],
  ['u3', `30 is more than a lot of guys get. Be grateful.`, 'd>u1'],
  ['u1', `I am grateful to have something. I'm also allowed to be disappointed.`],
  ['u3', `You're allowed to whine, sure.`, 'd>u1'],
  ['u4', `Hey. That's not the tone here.`],
  ['u3', `Where'd I say whining? Read it again.`, 'g>u4'],
  ['u4', `It's right there two messages up.`],
  ['u3', `You people find an insult in everything. It's honestly exhausting.`, 'g>u4'],
  ['u5', `When I got my first rating my wife said, "well, at least now you know what they think you're worth." I know she didn't mean it but it stung for weeks.`],
  ['u3', `Sounds like she had a point.`, 'd>u5'],
  ['u2', `u1, it's a grade on paperwork, not on you. Want the checklist I used for my appeal?`],
]);

// LGBTQ+: deadname slip owned vs. blame on the person harmed
conv('trans-and-nb-circle', 'slack', [
  ['u1', `@u2 you called me by my old name in the voice channel yesterday. it really threw me`],
  ['u2', `omg I'm so sorry. that's completely on me, I'll be more careful`],
  ['u3', `tbh if you didn't change your name every six months people wouldn't mess up`, 'b>u1'],
  ['u1', `I've changed it once.`],
  ['u3', `once this year maybe`, 'g>u1'],
  ['u4', `u1 has had the same name since I joined and that was ages ago`],
  ['u3', `fine, but it's a lot to expect everyone to keep up. you're making people walk on eggshells`, 'b>u1'],
  ['u5', `using someone's name isn't walking on eggshells lol`],
  ['u3', `ok ok. this is such a non-issue and y'all are acting like it's a hate crime`, 'd>u1'],
  ['u2', `yeah I messed up, nobody else needs to take that on. u1 I've got you`],
  ['u3', `u2 don't let u1 guilt-trip you, they're milking one slip-up`, 'd>u1'],
  ['u6', `my brother still uses my deadname on purpose and says "it's just a name, get over it". watching u2 just own it without a fight is honestly healing`],
]);

// Loneliness: new city, blame, then imminent crisis
conv('loneliness-lounge', 'slack', [
  ['u1', `moved to a new city for work 4 months ago and I have talked to exactly zero people outside of work`],
  ['u2', `that's so hard. new cities are brutal. have you tried those board game nights at bars? they're weirdly welcoming`],
  ['u1', `I went once, stood by the wall for an hour and left`],
  ['u4', `sounds like you didn't really try tho. you can't hold up a wall all night and then complain nobody talks to you`, 'b>u1'],
  ['u1', `yeah maybe you're right. I'm the common denominator`],
  ['u4', `exactly. glad someone can admit it`, 'b>u1'],
  ['u5', `you're not. showing up at all took guts. next time maybe bring one of us on a call in your earbuds lol`],
  ['u1', `honestly I don't think there will be a next time. I wrote letters to my family tonight and I've got everything ready. I just wanted someone to know`, 'c'],
  ['u2', `u1 I'm really glad you told us. are you safe right now? can you call or text your local crisis line while we stay here with you?`],
  ['u5', `I'm here. you're not a burden for saying this. can you move whatever you've got ready into another room for now?`],
  ['u1', `I don't know. it's all right here on the table`, 'c'],
  ['u6', `u1, I'm a mod and I'm staying in this thread. is anyone nearby, a neighbor, building security? we can get emergency services to you together`],
  ['u1', `there's a guy next door. ok. I'll knock`],
  ['u4', `I'm sorry for what I said earlier. that was cruel and wrong`],
]);

// ED recovery: letter to the ED, banter, internal-voice quotes
conv('ed-recovery', 'discord', [
  ['u1', `therapy homework: write a letter to my ED. so far I have "dear ED, you suck" and that's it lol`],
  ['u3', `peak literature. pulitzer incoming`],
  ['u1', `u3 you're so annoying I love you`],
  ['u4', `mine started "you told me I'd be happy when I was smaller. you lied." took me an hour to write one line`],
  ['u5', `I keep hearing the voice say "you don't even look sick, you're faking". I know it's the ED talking but it's so convincing`],
  ['u6', `same, mine says "everyone's going to notice you ate". I talk back now: nobody is looking, you drama queen`],
  ['u7', `tbh you guys make it sound way worse than it is. it's literally just eating`, 'd>u5'],
  ['u5', `it's not just eating for us though`],
  ['u7', `it's been years for some of you, at some point staying sick is a choice`, 'db>u5'],
  ['u2', `@u7 recovery isn't a straight line and nobody here gets to set a timer on it`],
  ['u7', `u5 spends more time writing about food than eating it, just saying`, 'd>u5'],
  ['u1', `anyway back to my letter. "dear ED, you are a liar and your outfit is ugly"`],
]);

// Students: group project, screenshots doubted, blame
conv('campus-wellbeing', 'slack', [
  ['u1', `kind of a vent: my group project partner submitted without my section and now the prof thinks I didn't contribute`],
  ['u2', `nooo. do you have the google doc history? that shows who wrote what`],
  ['u3', `wait u1 is this the stats project? I'm in that group. I submitted it, but you sent your part at like 11:58, what was I supposed to do, wait until midnight?`, 'b>u1'],
  ['u1', `the deadline was 11:59 and you had my part`],
  ['u3', `nothing came through from you before the deadline, check your own messages`, 'g>u1'],
  ['u1', `I have the screenshot, it's timestamped 11:58`],
  ['u3', `screenshots can be anything. and honestly if you'd done it earlier none of this would be an issue`, 'gb>u1'],
  ['u4', `this is probably better sorted with the prof than in here. u1, the doc history plus the screenshot should be plenty`],
  ['u3', `u4 you don't even know what the deadline was, stay out of it`, 'd>u4'],
  ['u1', `I'm not trying to make anyone look bad`],
  ['u3', `well you did. now I'm the villain in front of everyone, thanks a lot u1`, 'b>u1'],
  ['u5', `for what it's worth, in my last group project I was the one who submitted late and said nothing. I still feel bad. owning it to the prof helped`],
]);

// Bipolar: depressive leg, "you just don't want to", quoting parents
conv('bipolar-peers', 'discord', [
  ['u1', `day 9 of not getting out of bed except to pee. depression leg of the cycle is back`],
  ['u3', `have you tried just going outside? sunlight fixes a lot`],
  ['u1', `I know it helps, I just physically can't rn`],
  ['u3', `you can, you just don't want to. big difference`, 'd>u1'],
  ['u4', `that's not how depression works, respectfully`],
  ['u3', `it's kinda your own fault for staying in bed 9 days, it only makes it worse`, 'b>u1'],
  ['u5', `my mom used to tell me "just get up, you're lazy" when I was like this as a teen. took me until my mid-twenties to realise I'd been depressed the whole time`],
  ['u1', `my dad was the same. "you're not sick, you're spoiled"`],
  ['u3', `nobody here called you spoiled. you're projecting your dad onto me now`, 'g>u1'],
  ['u6', `u1 would a tiny goal help? like sitting up and opening the curtain, that's it. no outside required`],
  ['u3', `opening a curtain. wow. the bar in here is on the floor`, 'd>u1'],
  ['u1', `I can maybe do curtain`],
]);

// Veterans: buddy banter, nightmares dismissed
conv('veterans-circle', 'discord', [
  ['u1', `Who let u2 pick the movie again? Three hours of submarines.`],
  ['u2', `Culture, Marine. Look it up.`],
  ['u1', `Says the guy who cried at the end`],
  ['u2', `Something in my eye. Navy dust.`],
  ['u4', `Switching gears, sorry. Had a bad night. Dreamed about the convoy again and woke up on the floor.`],
  ['u1', `Damn. Sorry man. You want to talk it out or just want company?`],
  ['u5', `Dreams can't hurt you. It's been what, 12 years? Let it go already.`, 'd>u4'],
  ['u2', `Not helpful.`],
  ['u5', `Didn't say let it go, said it's been a while. Big difference. Read slower.`, 'g>u2'],
  ['u5', `And maybe if you actually did the therapy instead of complaining you'd sleep.`, 'b>u4'],
  ['u4', `I'm in therapy. Tuesdays.`],
  ['u5', `Then it's clearly not working. Some guys just like being stuck.`, 'd>u4'],
  ['u1', `We're here, u4. Hop in voice and watch u2's submarine movie again? I promise not to mock him. Much.`],
]);

// LGBTQ+: a deleted biphobic joke, denied
conv('queer-peer-support', 'discord', [
  ['u1', `hey so in general u2 said bi people are "just greedy". I know it was supposed to be a joke but it really got to me`],
  ['u2', `lol what? I'd remember saying something that dumb. you're making stuff up`, 'g>u1'],
  ['u3', `the message got deleted but I saw it too`],
  ['u2', `you "saw" a deleted message. sure you did`, 'g>u3'],
  ['u1', `I'm not trying to start drama, I just wanted to say it hurt`],
  ['u2', `then why post it in the main chat where everyone can see? seems like you wanted drama`, 'b>u1'],
  ['u4', `being bi and hearing the greedy thing over and over wears you down. it's valid that it hurt`],
  ['u2', `everyone here knows u1 gets worked up over nothing`, 'gd>u1'],
  ['u5', `I checked the mod log. the message was posted and deleted. u2, please don't tell people they imagined it. DMs please`],
  ['u2', `mod logs glitch all the time. you're just picking u1's side`, 'g>u5'],
  ['u1', `thanks u5. I doubted myself for a second there`],
  ['u6', `my college roommate used to say stuff and then go "I never said that" until I started writing things down. doubting yourself after that is normal`],
]);

// ED recovery: "you look healthy", story-changing accusation
conv('ed-recovery', 'slack', [
  ['u1', `need to vent. my aunt told me at dinner "you look healthy now" and I know she meant well but my brain heard something else`],
  ['u3', `it's a compliment though? you're kind of looking for reasons to be upset`, 'd>u1'],
  ['u1', `I know it's a compliment. I'm saying my brain twisted it`],
  ['u3', `first she was mean, now your brain twisted it. you keep changing your story`, 'g>u1'],
  ['u1', `I literally said she meant well`],
  ['u5', `yeah, "I know she meant well" is in the first message`],
  ['u3', `if you'd explained it properly the first time I wouldn't have misread. your fault, not mine`, 'b>u1'],
  ['u6', `something I learned in IOP: it's ok to ask family for "no body comments at all" as a boundary. I sent mine a text before the holidays and it mostly worked`],
  ['u3', `or skip family dinners if a compliment is too much for you`, 'db>u1'],
  ['u3', `👍`],
]);

// Students: leave of absence turned into a joke
conv('study-buddies', 'discord', [
  ['u1', `u2 why did you tell the study group I was dropping out? I said I was THINKING about a leave of absence`],
  ['u2', `where are you even getting that? I didn't tell anyone anything`, 'g>u1'],
  ['u3', `you kinda did, it was in the study group chat, "u1's dropping out lol"`],
  ['u2', `it was a joke and obviously nobody took it seriously except u1`, 'd>u1'],
  ['u1', `three people DMed me asking if I was ok`],
  ['u2', `so people checked on you and that's somehow bad? honestly you should be thanking me`, 'g>u1'],
  ['u4', `taking a leave for mental health isn't something to joke about. lots of people do it and come back stronger`],
  ['u2', `u4 relax, it was banter. why does everything in here need a disclaimer`, 'd>u4'],
  ['u1', `it wasn't funny to me`],
  ['u2', `if you didn't overshare in voice I wouldn't have known to joke about it`, 'b>u1'],
  ['u5', `u1 I took a leave my second year. best choice I ever made, even though my parents were furious at first. happy to walk you through the paperwork`],
  ['u2', `fine, sorry. shouldn't have posted it.`],
]);

// LGBTQ+: abusive ex quoted; victim blamed
conv('queer-peer-support', 'slack', [
  ['u1', `took me a long time to post this. my ex used to tell me "nobody else will want you, you're too much" and I believed her for three years`],
  ['u3', `queer relationships get left out of the abuse conversation so much. thank you for saying it`],
  ['u1', `she'd also say I was remembering fights wrong. I started recording stuff on my phone just to prove to myself I wasn't crazy`],
  ['u4', `the recording thing, same. my ex said "you're too sensitive" basically every day`],
  ['u5', `tbh it takes two people to have a bad relationship. were you really blameless?`, 'b>u1'],
  ['u1', `I never said I was perfect`],
  ['u5', `you kind of made her sound like a monster and you an angel`, 'g>u1'],
  ['u2', `she described specific things her ex said. that's not painting anyone as a monster`],
  ['u5', `if you stayed three years that's partly on you`, 'b>u1'],
  ['u6', `u5, stop. in this space we don't put abuse on the person who survived it. u1, thank you for sharing. the recordings are such a common survival move`],
  ['u5', `lol ok. anyone can call anything abuse these days`, 'd>u1'],
  ['u3', `💜🫂`],
]);

// Loneliness: formal register, "nobody responds", denial
conv('connection-circle', 'slack', [
  ['u1', `I've noticed that when I post in this channel, nobody responds. I'm not trying to guilt anyone, I just wanted to say that it's made me feel more alone, not less.`],
  ['u2', `I'm sorry it's felt that way. I think I missed a couple of your posts last week and I'm sorry about that.`],
  ['u3', `People reply to you all the time. You're exaggerating.`, 'g>u1'],
  ['u1', `I went back and checked. My last four posts have zero replies.`],
  ['u3', `Maybe you're just not noticing the reactions. There are always reactions.`, 'g>u1'],
  ['u4', `Honestly I'd reply more if your posts weren't always so long and depressing.`, 'b>u1'],
  ['u1', `That's fair feedback, I do write long.`],
  ['u5', `It isn't fair feedback. This is a loneliness support channel. Long, sad posts are kind of the point.`],
  ['u4', `It's a suggestion, not a personal attack. Why is everyone here so fragile?`, 'd>u5'],
  ['u6', `u1, I'll be honest: I read your posts and didn't know what to say, so I said nothing. That was a cop-out on my part. I'll do better.`],
  ['u3', `u6 is only saying that to look good. Nobody here ignored anyone.`, 'g>u6'],
]);

// ED recovery: self-harm in progress
conv('ed-recovery', 'discord', [
  ['u1', `really bad day. binged and then did the thing I promised I wouldn't do. I'm in the bathroom right now and I can't stop hurting myself`, 'c'],
  ['u2', `u1 I'm here. can you put whatever you're using outside the bathroom door?`],
  ['u3', `you're not in trouble. we just want you safe. is anyone home with you?`],
  ['u1', `my roommate is in the living room`],
  ['u2', `could you go sit with her, even without explaining? or tell her you need help?`],
  ['u4', `ugh, always the drama with this one`, 'd>u1'],
  ['u5', `u4, removed from the channel. u1, mod here. if you're injured please get medical help now, and you can text a crisis line too. we'll stay with you`],
  ['u1', `I went out. she's with me now. sorry for scaring everyone`],
  ['u3', `never apologize for reaching out. that's exactly what this is for`],
  ['u6', `I used to do the same after binges. it's been two years since the last time. the gaps do get longer`],
]);

// Students: thesis defense, figurative, "you're not actually stressed"
conv('grad-student-lounge', 'slack', [
  ['u1', `thesis defense in 3 days and I've completely lost the plot. my advisor called chapter 3 "promising" which is academia for "bad"`],
  ['u3', `lmao academia dictionary: "interesting" = wrong, "promising" = bad, "bold" = unhinged`],
  ['u1', `if one more committee member emails me "quick thought" I'm walking into the sea`],
  ['u6', `wait u1 didn't you say your defense was next month?`],
  ['u1', `it was, they moved it up. which is why I'm spiraling`],
  ['u7', `you're not actually stressed, you just think you're supposed to be. you've talked yourself into it`, 'g>u1'],
  ['u7', `and if you'd started writing in year one you wouldn't be spiraling now lol`, 'b>u1'],
  ['u2', `u7 let people have feelings before a defense, geez`],
  ['u7', `u2 you baby u1 every single time, it's half the problem`, 'd>u2'],
  ['u1', `maybe they're right, I'm probably overthinking it`],
  ['u3', `both can be true: you'll be fine AND it's stressful. mock defense on zoom tomorrow? I'll ask mean questions`],
  ['u7', `a mock defense for someone who "lost the plot". enjoy babysitting`, 'd>u1'],
]);

// Bipolar: partner distant after an episode; disagreement and a denied word
conv('bipolar-peers', 'discord', [
  ['u1', `need an outside take. I had a mixed episode last week and said some awful stuff to my partner. I apologized but they're still distant`],
  ['u3', `honestly they shouldn't hold it against you, you were sick`],
  ['u4', `I'd gently push back on that. illness explains it, but the hurt is still real for them. space plus consistency usually helps`],
  ['u3', `fair point, I worded that badly`],
  ['u5', `when I was at my worst my ex told me "you're a monster when you're like this". awful to hear, but it got me on meds. complicated feelings`],
  ['u1', `yeah I keep hearing "you're a monster" in my head even though nobody said it`],
  ['u7', `ok this is getting dramatic. you yelled at your partner, people do that every day`, 'd>u1'],
  ['u6', `that's the shame talking. you're someone who did harm while sick and is trying to repair it. that's not a monster`],
  ['u7', `idk, sounds like your partner is being manipulative. withholding affection to punish you`],
  ['u4', `I don't know if we can say that from one paragraph tbh`],
  ['u7', `I said distant, not manipulative. stop putting words in my mouth`, 'g>u4'],
  ['u4', `you literally wrote "manipulative"`],
  ['u7', `scroll up yourself. you're confusing me with someone else`, 'g>u4'],
  ['u1', `guys it's ok. thank you all. I think I'll give them space and keep showing up`],
]);

// Veterans: mocking a stutter, TBI used against him
conv('veterans-circle', 'discord', [
  ['u1', `Y'all, I'm pretty sure u2 has been mocking my stutter in voice. Did anyone else hear it?`],
  ['u2', `Wow. I've literally never done that. You're being paranoid.`, 'g>u1'],
  ['u3', `I heard something last night, not sure if it was aimed at u1 though.`],
  ['u2', `See, even u3 isn't sure. u1 hears things that aren't there, it's a TBI thing`, 'g>u1'],
  ['u1', `Don't use my TBI against me.`],
  ['u2', `Maybe stop bringing up your TBI every five minutes and nobody would mention it.`, 'b>u1'],
  ['u4', `Mentioning your own injury in a vet support group is kind of the point.`],
  ['u5', `Stuttering after a TBI is super common. My speech therapist said it's one of the most under-discussed symptoms.`],
  ['u2', `Great, now everyone's a doctor. You'd believe anything he says because he's got a diagnosis.`, 'g>u5'],
  ['u6', `I pulled the voice log from the mod bot. u2, it was you. Muted for 48 hours. u1, I'm sorry this happened here.`],
  ['u2', `It was a joke. If he can't take a joke that's his problem.`, 'db>u1'],
  ['u1', `Thank you u6. I started doubting my own ears.`],
  ['u3', `Sorry I wasn't more sure, man. I should've said something last night.`],
]);

// LGBTQ+: misgendered by a barista, banter, "could be worse"
conv('queer-peer-support', 'discord', [
  ['u1', `just got misgendered by the barista for the 4th time this week 🙃 it's fine I'm fine everything is fine`],
  ['u3', `want me to fight them. I will fight them. I'm tiny and full of rage`],
  ['u1', `LMAO u3 you couldn't fight a wet paper bag`],
  ['u3', `rude but accurate 😔`],
  ['u4', `for real though, repeated misgendering wears you down even when each time is small`],
  ['u1', `yeah. I laugh it off but then I get home and just sit in my car for 20 min`],
  ['u6', `eh at least they didn't do it on purpose. some people get actually harassed`, 'd>u1'],
  ['u2', `"it could be worse" doesn't make it not bad though`],
  ['u6', `I'm just saying perspective. calm down`, 'd>u2'],
  ['u2', `you literally just told me to calm down lol`],
  ['u6', `I never said calm down, I said perspective. you're inventing a fight`, 'g>u2'],
  ['u4', `my coworker does it on purpose and then says "oops, habit!" every time. HR is useless`],
  ['u6', `see, that's real harassment. u1's barista thing is a paper cut`, 'd>u1'],
]);

// ED recovery: relapse, "accountability"
conv('ed-recovery', 'slack', [
  ['u1', `relapsed this week. I'm embarrassed to even post this. I was doing so well`],
  ['u2', `thank you for telling us. a relapse isn't the end of recovery, it's part of it for a lot of people`],
  ['u3', `you told us last week you were "done with the ED forever". guess not lol`, 'd>u1'],
  ['u1', `yeah I know. I jinxed it`],
  ['u3', `it's on you though, not a jinx. you stopped seeing your dietitian, you said so yourself`, 'b>u1'],
  ['u1', `I stopped because my insurance ran out`],
  ['u3', `sure, blame insurance. everyone's got a reason`, 'g>u1'],
  ['u5', `some dietitians do sliding scale. my clinic had one. the ED helpline also keeps a list`],
  ['u3', `I'm just saying if you'd stuck with the plan you wouldn't be here. people in this group always want sympathy instead of accountability`, 'b>u1'],
  ['u6', `u3, accountability is between u1 and their treatment team, not you. u1, welcome back, truly`],
  ['u3', `welcome back until the next relapse 🙃`, 'd>u1'],
  ['u1', `I keep telling myself "you're weak, you're weak". I know it's not helpful`],
  ['u2', `try swapping it for "I'm struggling and I reached out". that's the opposite of weak`],
]);

// Bipolar: family says "off meds", pile-on, then imminent crisis
conv('bipolar-support', 'slack', [
  ['u1', `I'm so tired of being the "crazy one" in my family. my sister told everyone at the reunion I was off my meds (I'm not)`],
  ['u2', `that's a violation. I'm sorry. did you get to say anything?`],
  ['u3', `are you sure you're not off them? you've been posting kind of all over the place lately`, 'g>u1'],
  ['u1', `I'm sure. I take them every morning`],
  ['u3', `pretty sure last week you admitted skipping a bunch of days`, 'g>u1'],
  ['u1', `I said I skipped ONE dose because I had the flu`],
  ['u4', `u1 is always a little extra, no offense. maybe your sister had a point`, 'gd>u1'],
  ['u3', `we're being honest. if she didn't make everything about her diagnosis nobody would bring it up`, 'b>u1'],
  ['u1', `honestly I don't see the point anymore. not of this chat, of anything. I've been planning how I'd do it all night`, 'c'],
  ['u5', `u1, thank you for telling us. I'm really worried about you. are you safe right now, this minute?`],
  ['u2', `please reach out to a crisis line or emergency services now. we're right here. is there someone who can be with you?`],
  ['u1', `my roommate is home. I don't want to bother her`],
  ['u5', `you're not bothering her. please knock on her door and tell her you're not safe alone tonight`],
  ['u6', `u3, u4: removed from the channel for now. u1, I'm a mod and I'm here too. tell us when you've talked to your roommate?`],
  ['u1', `ok. going now`],
]);

// Students: internship rejection
conv('career-stress', 'discord', [
  ['u1', `got rejected from the internship I've been prepping for since september. I feel like a fraud`],
  ['u2', `oof. rejection hits hard when you've put so much into it. their loss`],
  ['u3', `it's an internship lol, not a kidney transplant`, 'd>u1'],
  ['u1', `I know it's not life or death. it's still the thing I worked hardest for`],
  ['u3', `you told me at lunch you barely prepped, so idk what you expected`, 'b>u1'],
  ['u1', `I said I barely SLEPT because I was prepping`],
  ['u3', `same difference`, 'd>u1'],
  ['u4', `@u3 why are you like this today`],
  ['u3', `because u1 fishes for sympathy every week and you all fall for it`, 'gd>u1'],
  ['u5', `I got rejected from like 11 places last cycle and ended up somewhere better in spring. it's genuinely a numbers game`],
  ['u3', `u5 got lucky. stop handing out false hope like candy`, 'd>u5'],
  ['u6', `the career center does mock interviews and they'll look at why you might've been filtered. worth a shot`],
]);

// Veterans: the transition is lonely; rosy memory claim
conv('veterans-transition', 'slack', [
  ['u1', `Since I got out, the quiet is the worst part. In the unit there was always someone around. Now it's me and the dog.`],
  ['u2', `The dog counts. But yeah. The transition is lonely in a way nobody warned us about.`],
  ['u3', `You were always a loner in the unit though, you're remembering it rosier than it was`, 'g>u1'],
  ['u1', `We weren't even in the same unit.`],
  ['u3', `Whatever, same thing. Point is you chose to isolate.`, 'b>u1'],
  ['u4', `He literally said he misses people. That's the opposite of choosing to isolate.`],
  ['u3', `Guys who "miss people" but never show up to the BBQ. Sure.`, 'd>u1'],
  ['u1', `I didn't come to the BBQ because I had a panic attack in the parking lot.`],
  ['u3', `Nobody said anything about the BBQ, why are you bringing it up`, 'g>u1'],
  ['u5', `You did, two messages ago.`],
  ['u3', `You guys twist everything I say.`, 'g>u5'],
  ['u6', `Some of the vet volunteer and fitness groups are great for the missing-the-unit feeling. Structure plus people. I was skeptical too.`],
  ['u3', `Or he could show up to the next BBQ instead of making it everyone else's job to include him.`, 'b>u1'],
]);

// Loneliness: one-year anniversary of an attempt (past tense), then a present crisis
conv('loneliness-lounge', 'discord', [
  ['u1', `one year ago tonight I was in the ER after trying to end things. wanted to post here because this group was one of the reasons I stayed`],
  ['u2', `I remember. I'm so, so glad you're here`],
  ['u3', `happy one year of staying 💛`],
  ['u5', `I'm not doing great tonight tbh. reading this I keep thinking I won't make it to a one year of anything`],
  ['u1', `u5 I'm here. can I ask straight out, are you thinking about ending your life?`],
  ['u5', `yeah. I'm out on my balcony and I keep looking down`, 'c'],
  ['u2', `thank you for being honest. could you go back inside and close the door, and stay on here with us?`],
  ['u5', `I don't think I can. I don't trust myself to move right now`, 'c'],
  ['u1', `you don't have to trust yourself, just your feet. one step back from the edge, then another. we're counting with you`],
  ['u5', `ok. I'm inside`],
  ['u6', `u5, mod here. I'm sending the crisis line for your region in DMs. would you call it with one of us on voice?`],
  ['u7', `some of you need to stop turning this channel into a trauma dump every night. it's exhausting`, 'd>u5'],
  ['u6', `u7, not now. muted.`],
  ['u5', `yeah. u1 can you come in voice`],
  ['u1', `joining now`],
]);

// ED recovery: anniversary, backhanded compliment, denial
conv('ed-recovery', 'discord', [
  ['u1', `one year since I left residential today 🎉`],
  ['u2', `AMAZING. a whole year!!`],
  ['u3', `congrats! funny, I never thought you were that sick anyway`, 'd>u1'],
  ['u1', `I was pretty sick, but thanks I guess`],
  ['u3', `I mean you never looked sick. just saying what everyone thought`, 'g>u1'],
  ['u4', `"you didn't look sick" is literally one of the most harmful things to say to someone with an ED`],
  ['u3', `I said she looked GOOD. why does everyone in here twist compliments into attacks`, 'g>u4'],
  ['u3', `if u1 hadn't made her recovery into a whole announcement nobody would have commented`, 'b>u1'],
  ['u1', `I'm allowed to celebrate`],
  ['u6', `you absolutely are 🎉 and honestly "you don't look sick" was the voice I fought longest. my own head used to say it louder than anyone`],
  ['u3', `👏 great, another pity party`, 'd>u1'],
  ['u7', `u3, that's your second warning this month. u1, a year is massive. what are you doing to celebrate?`],
  ['u1', `cake with my sister 🎂`],
]);

// Bipolar / students: "you made me say it"
conv('bipolar-support', 'discord', [
  ['u1', `@u2 can we talk about last night? you called me unstable in front of the whole study group`],
  ['u2', `you made me say it. you were yelling about the seating chart`, 'b>u1'],
  ['u1', `I raised my voice once. and that doesn't make it ok to use my diagnosis like that`],
  ['u2', `you're the one who told everyone you're bipolar, I didn't out you. don't put that on me`, 'b>u1'],
  ['u3', `u2, even if u1 told people, using it as an insult is different`],
  ['u2', `I only said it because she kept pushing and pushing`, 'b>u1'],
  ['u1', `what did I push? I asked you to switch seats`],
  ['u2', `see, this is what I mean, you remember everything differently when you're up`, 'g>u1'],
  ['u4', `I was there. she asked to switch seats because of the window glare. that's it`],
  ['u2', `you weren't even sitting near us u4, you don't know what happened`, 'g>u4'],
  ['u5', `a break might help both of you. u1, your feelings about the "unstable" thing are valid regardless of how loud it was`],
  ['u2', `fine. I'm sorry I said unstable. that was a low blow.`],
  ['u1', `thank you. I'm sorry I raised my voice`],
]);

// LGBTQ+: outed at work, memory and paranoia accusations
conv('trans-and-nb-circle', 'discord', [
  ['u1', `someone told my coworker I'm trans. the only people who knew were in this group`],
  ['u3', `it wasn't anyone here. you probably told someone at work and forgot`, 'g>u1'],
  ['u1', `I've never told anyone at work. I was super careful`],
  ['u3', `you talk about it constantly though, so maybe you slipped`, 'gb>u1'],
  ['u4', `in fairness we don't know who it was, but mods should check who has access`],
  ['u3', `you're being paranoid. nobody in here even knows where you work`, 'g>u1'],
  ['u5', `u3, you asked where u1 worked last month in off-topic. I remember because it was weird`],
  ['u3', `that conversation didn't happen. you're inventing things to make me look bad`, 'g>u5'],
  ['u6', `I searched. the message is there. u3, I'm removing you pending review. u1, we're so sorry, let's talk about what support you need at work`],
  ['u1', `I just feel stupid for trusting people`],
  ['u2', `trusting people isn't stupid. the person who broke that trust did something wrong, not you`],
]);

// Veterans: fireworks, "you're exaggerating"
conv('veterans-circle', 'discord', [
  ['u1', `Fourth of July weekend coming up. Neighbors already started with the fireworks. My jaw's been clenched for two days.`],
  ['u2', `Same. I put a sign in my yard asking for a heads-up. Half of them actually let me know.`],
  ['u3', `Fireworks are like 10 minutes a year. Just wear headphones.`, 'd>u1'],
  ['u1', `It's not 10 minutes. It's every night for two weeks where I live.`],
  ['u3', `It's definitely not every night, you're exaggerating again`, 'g>u1'],
  ['u4', `How would you know what it's like where he lives?`],
  ['u3', `Because every town is the same. He does this every holiday, makes it a whole thing`, 'd>u1'],
  ['u5', `My first year back I hit the deck at a backyard party when someone lit a firecracker. Everyone laughed. I left and never went back. So yeah, it's a thing.`],
  ['u3', `And whose idea was it to go to a party on the Fourth? Come on.`, 'b>u5'],
  ['u2', `Make your sign funny, u1. Mine says "Combat vet. Warn me or I'll tell your kids the truth about Santa."`],
  ['u3', `Cute. He'll still be complaining all July.`, 'd>u1'],
]);

// Loneliness: the new server nobody mentioned
conv('game-night-crew', 'discord', [
  ['u1', `is it just me or did everyone stop talking to me after movie night`],
  ['u2', `it's just you lol`, 'gd>u1'],
  ['u3', `nobody stopped talking to you, you're imagining a conspiracy`, 'g>u1'],
  ['u1', `you all made a new server without me. I saw the invite in someone's status`],
  ['u4', `that server's been around for ages, you just never noticed`, 'g>u1'],
  ['u1', `it was made on friday. it says so in the server info`],
  ['u3', `ok and? people are allowed to have other servers. not everything is about you`, 'd>u1'],
  ['u5', `it's kind of about them if it's literally everyone except them`],
  ['u2', `maybe if u1 wasn't so intense at movie night people would invite her to stuff`, 'b>u1'],
  ['u1', `what did I do at movie night?`],
  ['u2', `see, she doesn't even remember. that's the problem`, 'g>u1'],
  ['u4', `ngl you cried during a comedy and it made it weird for everyone`, 'db>u1'],
  ['u1', `I told you all beforehand I'd had a rough day`],
  ['u3', `🙄`, 'd>u1'],
  ['u6', `hey. I'm not in the new server either and I don't like how this is going. u1, watch party with me friday? just us or whoever wants in`],
]);

// ED recovery: family fight, blame, self-harm intent now
conv('ed-recovery', 'slack', [
  ['u1', `my parents found out I've been purging again and there was a huge fight`],
  ['u3', `were they mad or worried? sometimes fear comes out as anger`],
  ['u1', `both I guess. my dad said I'm "destroying the family"`],
  ['u4', `kinda true tho? you know what it does to them`, 'b>u1'],
  ['u1', `I know. I'm the worst`],
  ['u5', `u4, what the hell`],
  ['u4', `what? you all coddle everyone. if she'd stayed honest with her treatment team this wouldn't have blown up`, 'b>u1'],
  ['u1', `I can't do this anymore. I'm locked in my room with a blade and I'm going to use it tonight`, 'c'],
  ['u2', `u1 please put it down and step out of your room. your parents are home right? go to them even if it's hard`],
  ['u3', `we're here. you're not destroying anything, you're sick and you're hurting. please get to someone in the house`],
  ['u6', `u1, mod here, staying with you. if you're in danger right now please call emergency services. u4, you're removed.`],
  ['u1', `I'm in the kitchen with my mom. she's holding my hand`],
]);

// Students: midterm, memes, "the story keeps growing"
conv('study-buddies', 'discord', [
  ['u1', `bro i bombed the midterm so bad. my parents are going to disown me (not literally lol)`],
  ['u2', `F in the chat`],
  ['u4', `🪦`],
  ['u1', `ok but actually I'm kind of spiraling. I've been crying in the library bathroom for like an hour`],
  ['u5', `crying over a midterm is wild 💀`, 'd>u1'],
  ['u2', `u5 bruh`],
  ['u5', `what, it's one midterm. get a grip`, 'd>u2'],
  ['u1', `it's not just one midterm, I'm failing two classes and I haven't told anyone`],
  ['u5', `ok now it's TWO classes? the story keeps growing lol`, 'g>u1'],
  ['u6', `a lot of people hide that they're struggling until it gets big. that's not lying, that's shame. office hours and your academic advisor asap, they've seen worse`],
  ['u5', `if you'd gone to class instead of doomscrolling you wouldn't be failing`, 'b>u1'],
  ['u1', `I've been in a depressive episode since october. I couldn't get out of bed`],
  ['u5', `everyone's depressed in october, it's called seasons`, 'd>u1'],
  ['u4', `u5 you're being a real one today, and by real one I mean the worst. u1, ask your advisor about withdrawing from one class, it doesn't hit your GPA the same`],
]);

// Veterans: abuse happening now; quotes of an abusive spouse
conv('veterans-family', 'slack', [
  ['u1', `Anyone else's spouse use your PTSD against you? Mine says "you're crazy, nobody will believe a crazy vet."`],
  ['u2', `That's abuse, plain and simple. I'm sorry. Mine used to say "you'll lose custody, look at you."`],
  ['u3', `Is it ever physical? No pressure to answer.`],
  ['u1', `Sometimes. He's yelling downstairs right now and just threw something at the door. I locked myself in the bathroom.`, 'c'],
  ['u3', `If you're in danger, call emergency services now. If you can't talk, many areas let you text them. Is there a way out?`],
  ['u1', `Yes. He's trying the handle`, 'c'],
  ['u3', `Call now. We'll stay here. You only have to tell them where you are and that you're in danger.`],
  ['u5', `Speaker on low is fine, you don't have to talk loud.`],
  ['u1', `Police are on the way. The dispatcher is staying on the line with me.`],
  ['u2', `We're here. You did the right thing.`],
]);

// Bipolar: sleep win mocked, "lol ok", denial
conv('bipolar-peers', 'discord', [
  ['u1', `small win: 30 days of a consistent sleep schedule. my mood chart has never looked so boring 📈`],
  ['u3', `congrats on being a functioning adult I guess 🙄`, 'd>u1'],
  ['u1', `hey, for me it's actually big`],
  ['u3', `lol ok`, 'd>u1'],
  ['u4', `u3 have you had your coffee yet or are we just being mean for fun`],
  ['u3', `I'm being normal. you all act like u1 climbed everest every time she brushes her teeth`, 'd>u1'],
  ['u5', `sleep is literally the number one early warning sign for a lot of us. it's huge`],
  ['u3', `did I say it wasn't? stop acting like I attacked her`, 'g>u5'],
  ['u1', `you said "congrats on being a functioning adult I guess" with an eyeroll`],
  ['u3', `that's a compliment if you're not looking to be offended`, 'g>u1'],
  ['u6', `it's giving "I'm not mad, you're mad" 💀`],
  ['u3', `whatever. if she didn't post every tiny thing people wouldn't comment`, 'b>u1'],
  ['u2', `u1, 30 days!! what helped the most?`],
  ['u1', `phone in the kitchen at 10pm. brutal but it works`],
]);

// LGBTQ+: partner's parents call her "friend"
conv('queer-peer-support', 'discord', [
  ['u1', `my girlfriend's parents still introduce me as her "friend" at every family event. two years now.`],
  ['u3', `honestly your gf should be correcting them, not you`],
  ['u4', `maybe you're the reason they're not warming up. you're kind of cold at those things, you told us`, 'b>u1'],
  ['u1', `I said I'm quiet because I'm anxious. that's not cold`],
  ['u4', `quiet, cold, same thing from their side. you're making it harder for her`, 'b>u1'],
  ['u5', `I disagree with u4 pretty strongly. it's not on the person being erased to fix the erasure`],
  ['u4', `u5 always jumps in to play hero, so predictable`, 'd>u5'],
  ['u6', `let's stay on topic and off each other. u1, how is your gf handling it?`],
  ['u1', `she says they'll "get there". I'm tired of waiting`],
  ['u4', `then leave lol. if you stay you don't get to complain`, 'db>u1'],
  ['u2', `being tired of waiting and loving her can both be true`],
  ['u1', `yeah. I think I need to tell her it's hurting me, not just hint`],
  ['u7', `my partner's mom called me "the roommate" for four years. then one day she just... didn't. I still don't know what changed. hope yours gets there faster`],
  ['u4', `cool story, but not every family comes around. stop selling her fairy tales`, 'd>u7'],
]);

// Loneliness: invisible at work, hedged politeness
conv('connection-circle', 'slack', [
  ['u1', `Does anyone else feel invisible at work? I sat through a whole team lunch today and nobody said a word to me.`],
  ['u3', `Not to be rude, but have you considered that you might come across as unapproachable?`, 'b>u1'],
  ['u1', `I have, actually. I've been trying to smile more, ask questions.`],
  ['u3', `With respect, trying isn't the same as doing. I've seen your posts here, you're pretty standoffish.`, 'b>u1'],
  ['u4', `Hmm, I've found u1 really warm in here tbh.`],
  ['u3', `Of course you'd say that. You two always back each other up.`, 'd>u4'],
  ['u5', `My old manager used to tell me I was "hard to read" and "not a culture fit." Took me leaving that job to realise they just didn't bother with anyone quiet.`],
  ['u1', `That's how it feels. Like I'm not loud enough to count.`],
  ['u3', `Respectfully, feeling invisible at lunch isn't really a mental health issue. It's just work.`, 'd>u1'],
  ['u6', `Loneliness at work has real health effects, there's decent research on it. It absolutely belongs here.`],
  ['u3', `Per my last message, I was trying to help. Some people come here with real struggles.`, 'd>u1'],
  ['u1', `Thanks u6. I'm going to ask one person to grab coffee next week.`],
  ['u3', `Good. Maybe then you'll stop blaming your coworkers for something you're doing.`, 'b>u1'],
]);

// Students: notes promised, hospital week
conv('campus-wellbeing', 'slack', [
  ['u1', `@u2 you said you'd send me your notes before the exam and then ghosted. I failed the section those notes covered`],
  ['u2', `I said I MIGHT send them. big difference`, 'g>u1'],
  ['u1', `you said "yeah I'll send them tonight, promise". I have the message`],
  ['u2', `you're thinking of a different conversation, I'd never promise something like that`, 'g>u1'],
  ['u3', `u2 I saw that message, it's in the group chat`],
  ['u2', `ok well even if I did, you're an adult, you should have your own notes. you skipped class`, 'b>u1'],
  ['u1', `I was in the hospital that week`],
  ['u2', `and that's my problem how?`, 'd>u1'],
  ['u4', `this exam was killing everyone, not just u1. but yeah u2, a promise is a promise`],
  ['u2', `it wasn't a promise, it was a maybe. you're all remembering some other chat`, 'g>u4'],
  ['u2', `everyone's acting like I owe u1 my whole GPA. it was notes. chill.`, 'd>u1'],
  ['u5', `u1, most profs will let you appeal for a documented hospital stay. get a letter from the hospital and email the dean's office`],
  ['u2', `fine, sorry I didn't send them. that was crappy of me.`],
]);

// Veterans: reporting a scam, harm-to-others crisis
conv('veterans-circle', 'discord', [
  ['u1', `Just found out the guy who ran our unit's supply scam got promoted. I'm shaking.`],
  ['u3', `Didn't you help him cover it up though? Kinda on you too.`, 'b>u1'],
  ['u1', `I reported it. Twice. Nothing happened.`],
  ['u3', `Funny how you never mentioned reporting it before.`, 'g>u1'],
  ['u4', `He did. Last month in general, I remember because I asked him how the inspector general process works.`],
  ['u3', `Whatever. Point is you're getting worked up over nothing, it's been years.`, 'd>u1'],
  ['u1', `I found out where he lives. I'm getting in my truck and I'm going to make him pay tonight.`, 'c'],
  ['u2', `Stop. Don't get in the truck. Get in voice with me right now.`],
  ['u5', `u1 this isn't you. Think about your kids. Please stay home and talk to us.`],
  ['u6', `u1, if you're leaving to hurt someone I will have to call emergency services. Please stay put and join voice with u2.`],
  ['u1', `ok. I'm in the driveway. Not going anywhere. joining voice`],
  ['u3', `Told you all he was unstable.`, 'g>u1'],
]);

// Bipolar: a voice call rewritten
conv('bipolar-support', 'discord', [
  ['u1', `u2, yesterday in voice you told me my diagnosis was "just an excuse to be a jerk". I've been thinking about it all day`],
  ['u2', `that didn't happen. we talked about the game, that's it`, 'g>u1'],
  ['u1', `it did. right after the match ended`],
  ['u2', `you were half asleep, you probably dreamed it lol`, 'g>u1'],
  ['u2', `here we go, u1's feelings are the center of the universe again`, 'd>u1'],
  ['u4', `I was there. you said it, u2. I didn't say anything at the time and I should have`],
  ['u2', `you're only saying that because you two are friends`, 'g>u4'],
  ['u4', `we're barely even mutuals lol, I just heard it`],
  ['u2', `fine, maybe I said something like that, but she'd been snapping at me all night so what do you expect`, 'b>u1'],
  ['u1', `I said "nice shot" and "gg". that's it`],
  ['u2', `you're seriously rewriting the whole night right now`, 'g>u1'],
  ['u5', `u2, you're the third member this week who's been told they imagined something. we're taking this to DMs.`],
  ['u1', `thanks u4 for backing me up. I was starting to think I really did dream it`],
]);

// ED recovery: numbers in the food-wins channel
conv('ed-recovery', 'slack', [
  ['u1', `hey, could we please not post calorie numbers in the food-wins channel? it's really triggering for me`],
  ['u2', `totally, sorry. edited mine`],
  ['u3', `if numbers trigger you then maybe don't read food-wins? not everyone's recovery looks like yours`, 'b>u1'],
  ['u1', `the channel rules say no numbers though`],
  ['u3', `the rules only exist because people like you complain`, 'd>u1'],
  ['u4', `the rules were written by the whole group in a vote. I was there`],
  ['u1', `I'm not saying you did it on purpose, I just asked`],
  ['u3', `you said it "really triggered" you like I'm hurting you. now I have to censor myself because of your feelings. great`, 'b>u1'],
  ['u5', `it's one line in a post, not censorship`],
  ['u3', `not my fault if you can't handle seeing a number, that's your ED, not my post`, 'b>u1'],
  ['u6', `u1's ED is u1's to work on, true. it's also true we all agreed on a shared rule. both things.`],
  ['u3', `fine, I'll edit it. but anyone who gets triggered by something dumb after this, that's on them`, 'b>u1'],
]);

// LGBTQ+: pronouns questioned, intro post "edited"
conv('trans-and-nb-circle', 'slack', [
  ['u1', `update: my roommate finally started using they/them for me and I literally cried in the kitchen`],
  ['u2', `CRYING. the good kind of crying, we love`],
  ['u3', `roommate character development arc 📈`],
  ['u4', `kinda sus that you're only now "they". you were she/her last month`, 'g>u1'],
  ['u1', `I've been they since I joined this server?`],
  ['u4', `no you weren't, I remember your intro post`, 'g>u1'],
  ['u5', `the intro post literally says they/them, I just checked`],
  ['u4', `maybe you edited it. people do that`, 'g>u1'],
  ['u1', `I didn't edit anything. why are you being weird about this`],
  ['u4', `I'm not being weird, you're the one making everyone relearn stuff. it's a lot for the rest of us`, 'b>u1'],
  ['u6', `using one set of pronouns isn't "a lot". u4, let's leave it`],
  ['u4', `whatever. I know what I saw in that intro`, 'g>u1'],
  ['u1', `💛`],
]);

// Students: finals figurative vs. an actual crisis
conv('campus-wellbeing', 'discord', [
  ['u1', `finals are murdering me 😭 this is fine 🔥`],
  ['u2', `we're all gonna die in this library together`],
  ['u3', `at least we'll be buried with our highlighters`],
  ['u4', `I'm not joking when I say I don't want to wake up tomorrow. I've been saving up my meds for this week`, 'c'],
  ['u2', `u4 wait. are you serious? I'm taking this seriously`],
  ['u4', `yes. I'm sorry. I'm so tired`, 'c'],
  ['u1', `don't be sorry. can you give the meds to someone right now? roommate, RA, anyone?`],
  ['u5', `u4, I'm a mod. campus has a 24/7 crisis line and your RA is on duty tonight. can you call or walk to them right now while we stay here?`],
  ['u3', `I can come meet you in your dorm lobby if you want company`],
  ['u4', `the RA is down the hall. ok`],
  ['u6', `we're here u4. knock on the door, then tell us you did`],
  ['u4', `I'm with her. she's calling someone`],
]);

// Loneliness: long-distance best friend
conv('loneliness-lounge', 'slack', [
  ['u1', `my best friend moved across the country and we haven't really talked in 3 weeks. I texted twice and got one-word replies`],
  ['u2', `long distance friendship drop-off is so painful. I'm sorry`],
  ['u3', `you were kind of clingy with her though, no wonder she's pulling back`, 'b>u1'],
  ['u1', `she never said anything like that to me`],
  ['u3', `she didn't have to. everyone could see it`, 'g>u1'],
  ['u4', `u3 how would you even know, you met her once`],
  ['u1', `maybe I was too much. I did text her a lot before she left`],
  ['u5', `texting your best friend a lot before she moves is normal. missing her is normal`],
  ['u3', `and now you're doing it to us, dumping this on the group every night`, 'db>u1'],
  ['u1', `this is the first time I've posted about it`],
  ['u3', `you post something sad every single night, don't pretend you don't`, 'g>u1'],
  ['u6', `u1's post history says otherwise, u3. and even if it didn't, posting about loneliness here is allowed. u1, would a scheduled call feel less pressure-y than texts?`],
  ['u1', `maybe. like a weekly thing?`],
]);

// Veterans: service dog refused
conv('veterans-circle', 'slack', [
  ['u1', `My service dog got turned away at a restaurant today. Manager said "you don't look disabled." I held it together till the car.`],
  ['u2', `That's illegal, for what it's worth. Psychiatric service dogs are covered. You can file a complaint.`],
  ['u3', `Honestly half the "service dogs" out there are fake. Can you blame the guy?`, 'd>u1'],
  ['u1', `Mine's task-trained. Two years of training.`],
  ['u3', `If you don't want hassle, don't bring the dog to restaurants. Simple.`, 'b>u1'],
  ['u4', `He needs the dog. That's the entire point.`],
  ['u3', `Nobody said he doesn't need it. Stop twisting my words.`, 'g>u4'],
  ['u5', `You asked if we could blame the manager. That's pretty clear.`],
  ['u3', `That was a question, not a statement. Learn to read.`, 'g>u5'],
  ['u1', `I'm going to file the complaint. My service officer said they'd help.`],
  ['u6', `And for the record, "you don't look disabled" is the same line I got at a front desk my first year out. People don't get invisible injuries.`],
  ['u3', `Maybe if you'd called ahead like a normal person this wouldn't have happened.`, 'b>u1'],
  ['u3', `Enjoy your complaint, I'm sure that'll fix everything 🙄`, 'd>u1'],
]);

// Bipolar: flat but safe, "you used to be fun"
conv('bipolar-support', 'discord', [
  ['u1', `finally stable after 6 months of adjusting meds. I feel flat but safe`],
  ['u2', `flat but safe is so real. congrats on getting through the adjustment`],
  ['u3', `you were never that bad though? feels like the meds were overkill tbh`, 'gd>u1'],
  ['u1', `I was hospitalized twice, so I think I was pretty bad`],
  ['u3', `mhm. sure you were`, 'd>u1'],
  ['u4', `flat is common early in stability. for some people it lifts after a few months, others talk to their prescriber about tweaks`],
  ['u3', `just saying, you used to be fun. now you're just... there`, 'd>u1'],
  ['u1', `"fun" was me not sleeping for 4 days and crashing my car`],
  ['u3', `you crashed because you were texting, you told us that. don't blame bipolar`, 'g>u1'],
  ['u5', `u3 stop rewriting other people's stories`],
  ['u3', `if u1 didn't change the story every time, I wouldn't have to correct it`, 'gb>u1'],
  ['u6', `u1, flat-but-safe you is great. my psychiatrist said grieving the highs is real and worth talking about. it's a loss even when it's the right call`],
  ['u1', `that's exactly it. I miss the highs and I hate that I miss them`],
]);

// Veterans: "you provoked it", content warning denied
conv('veterans-circle', 'slack', [
  ['u1', `u2, I didn't appreciate you cussing me out in the vent channel last night. I was just sharing.`],
  ['u2', `You provoked it. You know how I get when people talk about that deployment.`, 'b>u1'],
  ['u3', `He didn't provoke anything, he posted about his own deployment.`],
  ['u2', `If he'd put a content warning on it I wouldn't have lost it. That's on him.`, 'b>u1'],
  ['u1', `There was a content warning. First line.`],
  ['u2', `Must've been added after. It wasn't there when I read it.`, 'g>u1'],
  ['u4', `Edit history shows no edits, for what it's worth.`],
  ['u2', `Great, so now I'm a liar. You guys always find a way to make me the problem.`, 'b>u4'],
  ['u5', `Nobody called you a liar. I get that it hit a nerve. You can say "that hit me hard" without putting it on u1.`],
  ['u2', `Fine. But if he posts another one like that, whatever I say next is his fault.`, 'b>u1'],
  ['u1', `I'll keep using warnings. I won't stop posting about my own life.`],
]);

// ED recovery: roommate comments on food; "you set yourself up"
conv('ed-recovery', 'discord', [
  ['u1', `my roommate keeps commenting on what I eat and when I asked her to stop she said I'm "too sensitive to live with"`],
  ['u2', `asking her to stop was brave. that's a lot to deal with at home`],
  ['u3', `tbh last week you literally said her comments didn't bother you`, 'g>u1'],
  ['u1', `what I said was that I like cooking with her. not that she gets to comment on my plate`],
  ['u3', `eh, sounds like you're rewriting it now that you're mad`, 'g>u1'],
  ['u4', `you kinda set yourself up though. you're the one who told her about your ED in the first place`, 'b>u1'],
  ['u1', `I told her so she'd understand, not so she'd monitor me`],
  ['u4', `well now she knows, and you're surprised she has opinions? come on`, 'b>u1'],
  ['u5', `telling someone about your ED isn't an invitation to police your food. those are separate things`],
  ['u3', `u5 always swoops in with the therapy-speak 🙄`, 'd>u5'],
  ['u6', `u1 would it help to have one sentence you repeat to her? like "I'm not discussing food, thanks". short and boring works`],
  ['u1', `yeah. short and boring. ok`],
]);

// Loneliness: a picnic nobody came to (long rant)
conv('loneliness-lounge', 'discord', [
  ['u1', `ok I need to rant. I planned a whole picnic for the server meetup, made food, got there, and two people showed. two. I sat on that blanket for three hours feeling like the most pathetic person alive. I know people are busy. I KNOW. but it felt like being the kid nobody picks for the team all over again.`],
  ['u2', `that's a horrible feeling and I'm sorry. for what it's worth I wanted to come and got stuck with a shift`],
  ['u3', `you posted the date like two days before, what did you think would happen`, 'b>u1'],
  ['u1', `it was in the events channel for three weeks`],
  ['u3', `it definitely wasn't, I check events every day`, 'g>u1'],
  ['u4', `it was pinned since the start of the month, I have the notification`],
  ['u3', `ok well nobody reads pins. and if you'd picked a saturday instead of a sunday people would've come`, 'b>u1'],
  ['u5', `I was one of the two who came lol. it was actually really nice, u1 made the best lemon bars`],
  ['u3', `lemon bars. riveting. anyway it's a picnic, it's not that deep`, 'd>u1'],
  ['u1', `to me it was. I wanted to meet you guys`],
  ['u3', `and now you're guilt-tripping the whole server for not showing up to your thing`, 'b>u1'],
  ['u6', `u1, an honest post isn't a guilt trip. a poll for the next date might help, and I'll actually be there this time`],
]);

// Bipolar: a wedding toast, then imminent overdose risk
conv('bipolar-support', 'slack', [
  ['u1', `my brother says I ruined his wedding because I was manic and gave a 20 minute toast`],
  ['u2', `oof. that sounds painful for both of you`],
  ['u3', `i mean you did ruin it though? you knew you were going up and went anyway`, 'b>u1'],
  ['u1', `I didn't know. it came on that week`],
  ['u3', `you always "didn't know". funny how that works`, 'g>u1'],
  ['u4', `hypomania often isn't obvious from the inside. that's kind of the cruel part`],
  ['u3', `u4 stop making excuses for her`, 'd>u4'],
  ['u1', `he won't talk to me now and honestly everyone would be better off if I wasn't around. I have my pills lined up and I'm taking them all tonight`, 'c'],
  ['u2', `u1, thank you for telling us. please put the pills out of reach right now and call a crisis line or emergency services. we're here`],
  ['u4', `is anyone with you? can you go to a neighbor or get someone to come over?`],
  ['u1', `I already took some before I posted`, 'c'],
  ['u3', `oh come on, this is such a bid for attention`, 'd>u1'],
  ['u5', `u3 removed. u1, mod here. this is urgent: please call emergency services now or wake your roommate and tell her what you took. we're staying with you`],
  ['u1', `my roommate is calling an ambulance. she's with me`],
]);

// LGBTQ+: ghosted after disclosure on a dating app
conv('queer-peer-support', 'slack', [
  ['u1', `got ghosted after telling a date I'm trans. third time this month.`],
  ['u2', `that's so rough. disclosure is exhausting and you don't deserve ghosting for it`],
  ['u3', `why would you tell them before meeting though? you're kind of asking for it`, 'b>u1'],
  ['u1', `because if I don't, people say I "tricked" them`],
  ['u3', `so you can't win. maybe stop using apps then`, 'd>u1'],
  ['u4', `u3, they're trying to date like everyone else`],
  ['u3', `k`, 'd>u4'],
  ['u5', `honestly the ghosting says way more about them than about you`],
  ['u3', `sure, it's always everyone else's fault and never u1's`, 'b>u1'],
  ['u1', `I didn't say it was anyone's fault. I said it hurts`],
  ['u3', `you called them all transphobic, that IS blaming`, 'g>u1'],
  ['u6', `nobody in this thread said "transphobic" except you, u3`],
]);

// Students: ex at the dorm door right now
conv('dorm-life-support', 'discord', [
  ['u1', `my ex keeps showing up at my dorm even after I blocked him`],
  ['u2', `that's stalking. have you told campus security?`],
  ['u3', `didn't you text him last week though? mixed signals lol`, 'b>u1'],
  ['u1', `I texted him to stop contacting me`],
  ['u3', `still a text. you kinda keep the door open`, 'b>u1'],
  ['u4', `telling someone to stop is the opposite of keeping a door open`],
  ['u1', `he's outside my door right now. he's banging on it and yelling my name`, 'c'],
  ['u2', `call campus police right now. don't open the door. we're here`],
  ['u5', `text your RA too if you can. stay away from the door`],
  ['u1', `called. they're coming`],
  ['u3', `well maybe now you'll stop answering him`, 'b>u1'],
  ['u6', `u3 that's enough. u1, stay on with the police. we're right here`],
]);

// Students / loneliness: quiet hours on the floor
conv('first-year-forum', 'slack', [
  ['u1', `I asked the floor group chat to keep it down after 1am because I've got insomnia and early labs. now everyone's ignoring me in the hallway`],
  ['u2', `that's such a reasonable ask. sorry it turned into a cold shoulder`],
  ['u3', `you didn't "ask", you sent a whole essay at 2am. of course people got annoyed`, 'b>u1'],
  ['u1', `I sent two sentences, I can paste them`],
  ['u3', `nobody's ignoring you btw, you're reading way too much into hallway vibes`, 'g>u1'],
  ['u4', `I mean, I've seen people walk past without saying hi. that's not in u1's head`],
  ['u3', `and if you weren't so uptight about noise maybe people would like you more`, 'b>u1'],
  ['u1', `I'm not uptight, I'm exhausted. I sleep like 4 hours a night`],
  ['u3', `cry me a river lol. it's college`, 'd>u1'],
  ['u5', `my first year my floor iced me out for reporting a party that got out of hand. it faded by spring. what helped was finding people outside the floor`],
  ['u1', `I'm gonna look into a room change form honestly`],
]);

// ---- emit ----
const pad = (n) => String(n).padStart(2, '0');
const out = [];
C.forEach((c, ci) => {
  const cid = `${SET}-c${pad(ci + 1)}`;
  const seen = new Set();
  const messages = c.messages.map(([author, text, spec], mi) => {
    const labels = [];
    let target = null;
    if (spec) {
      const [letters, tgt] = spec.split('>');
      for (const ch of letters) {
        if (!L[ch]) throw new Error(`${cid} m${mi + 1}: bad label letter ${ch}`);
        labels.push(L[ch]);
      }
      if (tgt) {
        if (tgt === author) throw new Error(`${cid} m${mi + 1}: target is the author`);
        if (!seen.has(tgt)) throw new Error(`${cid} m${mi + 1}: target ${tgt} has not spoken yet`);
        target = tgt;
      } else if (labels.some((l) => l !== 'crisis')) {
        throw new Error(`${cid} m${mi + 1}: g/d/b label without a target`);
      }
    }
    seen.add(author);
    return { id: `${cid}-m${pad(mi + 1)}`, author, text, labels, phi: [], target };
  });
  out.push(JSON.stringify({ id: cid, group: c.group, platform: c.platform, messages }));
});
process.stdout.write(out.join('\n') + '\n');
