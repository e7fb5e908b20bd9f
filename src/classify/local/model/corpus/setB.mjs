#!/usr/bin/env node
// setB: hand-written training conversations for the Holdspace local classifier.
// Themes: addiction recovery, anxiety and panic, depression, ADHD and burnout at work.
// Tuple format: [author, text, spec]. spec: '' = no label, 'c' = crisis,
// letters g/d/b (gaslighting/dismissal/blame_shifting) followed by '>uN' = the targeted member.
// Usage: node setB.mjs > setB.jsonl
const SET = 'setB';
const LETTER = { g: 'gaslighting', d: 'dismissal', b: 'blame_shifting', c: 'crisis' };

const REC = 'recovery-circle';
const ANX = 'anxiety-panic-support';
const DEP = 'depression-peer-support';
const ADHD = 'adhd-burnout-at-work';

const C = [];
const conv = (group, platform, messages) => C.push({ group, platform, messages });

// c01 relapse after eight months
conv(REC, 'slack', [
  ['u1', `I need to be honest with everyone. I drank on Saturday after eight months. I feel like I threw everything away.`, ''],
  ['u2', `Thank you for telling us. Eight months of work doesn't vanish because of one night. How are you doing today?`, ''],
  ['u3', `With respect, eight months isn't really that long, and plenty of people here have gone back out after years. I'm not sure this warrants quite so much drama.`, 'd>u1'],
  ['u1', `I didn't mean it as drama. I guess I'm just scared. I posted on Thursday that I was struggling and I didn't know what to do with myself.`, ''],
  ['u4', `@u3 I hear that you want to give perspective, but I'd push back on the word drama. A relapse is a big deal at any length of sobriety.`, ''],
  ['u3', `If you'd actually reached out to someone instead of posting something vague, people would have answered. You can't put this on the group for missing it.`, 'b>u1'],
  ['u1', `I think it was Wednesday I posted, not Thursday. But either way I'm not blaming anyone. Picking up the drink was my decision.`, ''],
  ['u5', `A sponsor of mine used to say "a relapse is a chapter, not the ending." I held on to that for a long time.`, ''],
  ['u3', `Wednesday, Thursday, whatever. You're telling this like everyone ignored you, and that's simply not how it went.`, 'g>u1'],
  ['u2', `Let's pause here. @u3, u1 just said they're not blaming anyone. Can we keep this about support?`, ''],
  ['u3', `Fine. Honestly, if people in here weren't so sensitive I wouldn't have to keep explaining myself.`, 'b>u2'],
  ['u6', `u1, have you thought about going to a meeting tonight or calling someone from your old home group? It doesn't have to be a big step.`, ''],
  ['u3', `A meeting is fine, but maybe also ask yourself why you need a whole group to hold your hand. Plenty of us got sober without all this.`, 'd>u1'],
  ['u1', `Yeah, I'll try the evening one. Thanks, really.`, ''],
]);

// c02 first panic attack at work in a year
conv(ANX, 'slack', [
  ['u1', `Had my first panic attack at work in about a year today. Hands went numb in the standup and I had to leave the room. Feeling really embarrassed.`, ''],
  ['u2', `That sounds terrifying, and leaving was the right call. Did anyone at work notice or say anything?`, ''],
  ['u1', `My manager said "we all get nervous, just breathe", which I know was meant kindly, but it made me feel tiny.`, ''],
  ['u3', `I'm only trying to help, but have you considered that calling it a "panic attack" makes it bigger than it was? Sounds like ordinary nerves to me.`, 'd>u1'],
  ['u4', `I'd gently disagree with that. Numb hands and needing to leave the room is pretty textbook panic, and u1 knows their own body better than we do.`, ''],
  ['u3', `Fair enough. I just think some people here reach for a clinical label for every uncomfortable moment.`, 'd>u1'],
  ['u5', `For what it's worth, box breathing helped me in meetings: four counts in, hold four, four out. I also keep a cold bottle of water on my desk.`, ''],
  ['u1', `Thanks u5. And u3, maybe you're right that I'm overthinking it. I honestly don't know anymore.`, ''],
  ['u3', `See, you even admit it. You'd be a lot calmer if you stopped turning every bad moment into a diagnosis.`, 'db>u1'],
  ['u2', `@u3 u1 doubting themselves isn't an admission of anything. Please don't use that against them.`, ''],
  ['u6', `u1, the first time it happened to me at work I hid in a stairwell for twenty minutes and spent the evening convinced I'd be fired. I wasn't. You're not alone in this.`, ''],
  ['u3', `Twenty minutes in a stairwell and we're all nodding along like that's normal? No wonder u1 thinks a few nervous minutes are a medical event.`, 'd>u6'],
  ['u1', `That actually helps a lot, u6. Thank you.`, ''],
]);

// c03 can't get out of bed
conv(DEP, 'discord', [
  ['u1', `cant get out of bed again. 3rd day. showered once. idk why im even posting`, ''],
  ['u2', `glad you posted tho 💛 did you eat anything today`, ''],
  ['u1', `half a granola bar lol`, ''],
  ['u3', `ngl everyone has lazy days, just get up and do stuff and ull feel better`, 'd>u1'],
  ['u4', `its not laziness tho, depression literally does this. u1 pls dont listen to the "just get up" thing`, ''],
  ['u3', `im literally trying to help?? if u wanna rot in bed thats ur choice not mine`, 'b>u1'],
  ['u1', `my brother says the same. "u just need to try harder". maybe hes right`, ''],
  ['u3', `see even ur brother gets it lol`, 'd>u1'],
  ['u5', `ur brother isnt a doctor 😅 small stuff counts. could u drink a glass of water rn`, ''],
  ['u1', `ok. did it`, ''],
  ['u5', `huge. seriously`, ''],
  ['u3', `lol "huge". its a glass of water. this server babies people`, 'd>u1'],
  ['u6', `@u3 last warning on the tone. people are allowed to count small wins here`, ''],
  ['u3', `whatever, u guys always twist everything i say into something mean`, 'g>u6'],
]);

// c04 formal warning at work, ADHD
conv(ADHD, 'slack', [
  ['u1', `I got a formal warning today for missing two deadlines. I told my lead about my ADHD months ago. I'm burned out and honestly ashamed.`, ''],
  ['u2', `Oof, that's a lot at once. Does the warning mention any accommodations, or is it only about the deadlines?`, ''],
  ['u1', `Only the deadlines. My lead said "I can't keep making exceptions for you", which stung, because I don't remember ever asking for exceptions.`, ''],
  ['u3', `Not to be harsh, but you probably did ask and just don't remember. ADHD memory and all that.`, 'g>u1'],
  ['u1', `I really don't think I did. I asked once for written task lists, in October, and that's it.`, ''],
  ['u4', `Small correction in case it's useful: you mentioned in here back in September that you'd asked for written lists. Doesn't change anything, I just want the timeline straight if this goes to HR.`, ''],
  ['u1', `Oh, you're right, it was September. Thanks.`, ''],
  ['u3', `That's my point exactly. You can't even place your own request in the right month, so how can you be sure what you did or didn't say to your lead?`, 'g>u1'],
  ['u5', `Those aren't the same thing at all. Getting a month wrong isn't the same as inventing a conversation.`, ''],
  ['u3', `I'm just saying, if you'd managed your own calendar better you wouldn't be in this situation. The warning isn't your lead's fault.`, 'b>u1'],
  ['u6', `Honest advice from someone who went through a performance plan: put every accommodation request in an email from now on, and ask for HR to be in the next meeting. It protects you.`, ''],
  ['u1', `That's a good idea. Some of this is on me, I did let things slide in November, but I want the record to be fair.`, ''],
  ['u3', `Glad you finally admit it. Funny how the story shifts once someone actually checks the dates.`, 'g>u1'],
  ['u2', `u3, owning part of it isn't the same as the story shifting. u1, that's a really balanced way to hold it.`, ''],
]);

// c05 "your post made me use"
conv(REC, 'slack', [
  ['u1', `Day 30 today. Small, but it's the longest stretch since last winter.`, ''],
  ['u2', `Not small at all! Congratulations 🎉`, ''],
  ['u3', `Congrats. I'm back at day 3, thanks partly to this channel.`, ''],
  ['u2', `Sorry, what do you mean?`, ''],
  ['u3', `Last week u1 posted that long story about their using days, with every detail. I was fine until I read it. So yeah, I used. If people kept their war stories to themselves I'd still have my time.`, 'b>u1'],
  ['u1', `I'm really sorry if that post hit you hard. I should have put a content note on it, that's on me. But I don't think I made you use.`, ''],
  ['u3', `You're doing the thing again where you pretend you didn't write something graphic. It was graphic. Everyone saw it.`, 'g>u1'],
  ['u4', `I reread it just now. It was honest, but there was no description of using itself. I think two things are true: it landed hard for u3, and u1 didn't do anything wrong.`, ''],
  ['u5', `u3, that sounds like a brutal week. A slip after reading something is real, and it might also be worth talking through with your sponsor what else was going on.`, ''],
  ['u3', `My sponsor would say the same as me: you don't post stuff like that in a recovery space. I'd have been fine otherwise, and u1 knows it.`, 'b>u1'],
  ['u6', `For what it's worth, I went back out last year and for months I blamed my roommate for leaving beer in the fridge. It took me a long time to admit I went looking for it.`, ''],
  ['u3', `Cool story. Not remotely the same thing.`, 'd>u6'],
  ['u1', `u3, I'll add content notes going forward. I hope you get your time back. I mean that.`, ''],
]);

// c06 chest tightness, health anxiety
conv(ANX, 'discord', [
  ['u1', `anyone else get chest tightness w anxiety?? mines been going for 2 hrs and i keep checking my pulse`, ''],
  ['u2', `yes!! constantly. have u had it checked before tho? if its new its worth ruling stuff out`, ''],
  ['u1', `yeah ekg last month was fine. its always fine. i still panic`, ''],
  ['u3', `tbh if ur ekg is fine then u know its nothing, ur just choosing to freak out`, 'd>u1'],
  ['u4', `anxiety doesnt really work like choosing tho. knowing its fine and feeling its fine are diff things`, ''],
  ['u1', `ya. my mom always told me i was dramatic about every little ache so i second guess myself a lot`, ''],
  ['u3', `ur mom might have had a point lol`, 'd>u1'],
  ['u5', `not cool u3.`, ''],
  ['u5', `u1 try naming 5 things u can see rn, it sounds dumb but it pulls me out sometimes`, ''],
  ['u1', `lamp. mug. cat. window. my stupid socks 😂`, ''],
  ['u3', `im not saying anything bad, yall are reading into it. i never said her mom was right`, 'g>u5'],
  ['u4', `u literally wrote "ur mom might have had a point" like 5 msgs ago`, ''],
  ['u1', `its ok. chest is a bit better now. thanks everyone 🫶`, ''],
]);

// c07 sertraline, "do the actual work"
conv(DEP, 'slack', [
  ['u1', `I've been on sertraline for six weeks and I still feel flat. My psychiatrist wants to wait two more weeks before changing anything. Is that normal?`, ''],
  ['u2', `Pretty normal from what I've heard, some meds take six to eight weeks. Waiting is hard, though. How are you holding up in the meantime?`, ''],
  ['u3', `I'm only trying to help, but you might want to consider that the medication isn't the problem. A lot of people use pills to avoid doing the actual work.`, 'db>u1'],
  ['u1', `I do therapy every week too. I'm not sure what else the actual work would be.`, ''],
  ['u3', `I hear you. It's just that when I was depressed I got out of it by changing my habits, so I know it's possible for anyone who genuinely wants it.`, 'b>u1'],
  ['u4', `I respectfully disagree with that framing. Wanting to get better and being able to aren't the same thing, and habits are a lot harder to change from the bottom of an episode.`, ''],
  ['u3', `With respect, I think you're reading things into my messages that aren't there. You tend to do that.`, 'g>u4'],
  ['u5', `u1, one thing that helped me in the waiting weeks was writing down a mood score out of ten every night, so I had actual data for my psychiatrist instead of "I dunno, meh".`, ''],
  ['u1', `That's a good idea, I always go blank in appointments.`, ''],
  ['u3', `A mood diary, lovely. Though if u1 put that energy into getting outside, there'd be a lot less to write down.`, 'd>u1'],
  ['u3', `Honestly, if people here could take a suggestion without treating it as an attack, I wouldn't have to keep clarifying myself.`, 'b>u4'],
  ['u2', `Let's leave it there. u1, hang in there for the next two weeks and keep us posted.`, ''],
]);

// c08 body doubling schedule (hard negatives only)
conv(ADHD, 'slack', [
  ['u1', `Quick check on the schedule: is the body-doubling session Thursday at 6 or Friday at 6? I somehow wrote down both.`, ''],
  ['u2', `I think it moved to Friday, but let me check the pinned message.`, ''],
  ['u2', `Yep, Friday at 6. Sorry, I wrote Thursday in last week's announcement. That one's on me.`, ''],
  ['u3', `No worries! I'll be there. I've got a whole backlog of expense reports I've been avoiding since spring 🙃`, ''],
  ['u4', `Honestly I've started thinking I'm just lazy and the ADHD thing is an excuse. Three weeks of not opening my work inbox.`, ''],
  ['u5', `I don't think you're lazy. Avoiding an inbox that size is usually fear, not laziness. Would it help to open it together on Friday and only read subject lines?`, ''],
  ['u4', `Maybe. Part of me feels like I deserve whatever happens because I let it pile up.`, ''],
  ['u3', `I disagree with you there, kindly. Letting it pile up is a symptom, not a moral failing. You don't deserve to be punished for it.`, ''],
  ['u6', `Slight correction to what I said in last week's thread: I recommended the Pomodoro app, but the one I actually use is Forest. Didn't want anyone downloading the wrong thing.`, ''],
  ['u1', `Ha, I already got both, no harm done.`, ''],
]);

// c09 methadone comment in the voice meeting
conv(REC, 'slack', [
  ['u1', `Last night in the voice meeting someone said people on methadone "aren't really clean". I've been on it two years and it really hurt.`, ''],
  ['u2', `I'm sorry. That's a painful thing to hear in a recovery space. Medication-assisted recovery is recovery.`, ''],
  ['u3', `Nobody said that last night. I was there the whole time. I think you're mixing it up with something you read online.`, 'g>u1'],
  ['u1', `I'm pretty sure it was said. It was right after the reading.`, ''],
  ['u4', `I was there too. I remember something about "being fully clean", but honestly I don't remember the exact words, so I can't say for sure either way.`, ''],
  ['u3', `Exactly, nobody can confirm it because it didn't happen like that. You hear criticism where there isn't any, u1.`, 'g>u1'],
  ['u5', `I don't want this to turn into a thing, but I was the one who said it, and I'm sorry. I was repeating something my old sponsor told me and I didn't think about how it would land. It was wrong of me.`, ''],
  ['u1', `Thank you for saying that. It means a lot.`, ''],
  ['u3', `Well, if u1 had raised it in the meeting instead of posting it here, it wouldn't have become a whole thing.`, 'b>u1'],
  ['u2', `u5 owning it is exactly how this should go. u3, you were mistaken about what was said, and that's okay, but let's not turn it back on u1.`, ''],
  ['u3', `Fine. I misremembered, my bad.`, ''],
  ['u6', `I've been on buprenorphine for eighteen months. Seeing this thread resolve like this makes me feel a lot safer here.`, ''],
]);

// c10 quit my job
conv(ADHD, 'discord', [
  ['u1', `quit my job today. burnout finally won. idk if it was brave or stupid`, ''],
  ['u2', `both can be true lol. how r u feeling rn`, ''],
  ['u1', `weirdly light. also terrified about rent`, ''],
  ['u3', `must be nice to just quit. some of us have kids and cant walk out every time things get a little hard`, 'd>u1'],
  ['u1', `i wasnt trying to brag. i was having panic attacks in the parking lot every morning`, ''],
  ['u4', `@u3 being jealous is fair, taking it out on u1 isnt. they were panicking every single morning`, ''],
  ['u3', `im not taking anything out on anyone. u1 is the one who came in here flexing about quitting`, 'b>u1'],
  ['u5', `idk i didnt read it as flexing at all, read it as someone scared. might be a text tone thing`, ''],
  ['u1', `maybe it did sound braggy. sorry if it came across like that u3`, ''],
  ['u3', `apology accepted i guess. next time think before u post and nobody has to get upset`, 'b>u1'],
  ['u2', `u1 u didnt do anything wrong. anyway do u have any savings runway? might be worth checking if u qualify for unemployment`, ''],
  ['u1', `like 2 months. ill look into it tmrw`, ''],
  ['u3', `2 months of savings and ur still complaining. must be so rough 🙄`, 'd>u1'],
  ['u6', `2 months is something. when i took a break a few yrs ago i spent the first two weeks just sleeping and that was ok`, ''],
]);

// c11 cancelled birthday dinner again
conv(ANX, 'slack', [
  ['u1', `I cancelled on my friend's birthday dinner again tonight. Third time. I got dressed, got to the door, and my heart started racing and I couldn't.`, ''],
  ['u2', `That sounds really painful, especially getting as far as the door. That's actually further than last month, isn't it?`, ''],
  ['u1', `I guess. It doesn't feel like progress.`, ''],
  ['u3', `Just an observation, and I say this with love: you keep saying you "couldn't", but it sounds more like you didn't want to. Those are different things.`, 'gd>u1'],
  ['u1', `I really did want to go. I bought her a present weeks ago.`, ''],
  ['u4', `I'd push back gently, u3. Panic at the door is real, and wanting to go is exactly why it hurts so much.`, ''],
  ['u3', `Of course the feelings are real. But if you'd actually done the exposure homework your therapist gave you, you wouldn't be stuck at the door. You did this to yourself.`, 'b>u1'],
  ['u5', `Honest advice, not a lecture: maybe text your friend tonight, tell her the truth, and offer a smaller one-on-one thing at the weekend. Most friends take the truth better than a vague excuse.`, ''],
  ['u1', `That's fair. I think I owe her the truth. I've been making excuses and that's on me.`, ''],
  ['u6', `My therapist once told me "you don't have to be brave, just slightly braver than yesterday." Getting dressed counts.`, ''],
  ['u1', `Writing that one down.`, ''],
  ['u3', `You're all very generous. Personally I think some people in here use anxiety as a get-out-of-jail-free card.`, 'd>u1'],
  ['u2', `@u3 that's a pattern now in this thread. Please take a break from replying to u1 today.`, ''],
]);

// c12 crisis: saved pills
conv(DEP, 'slack', [
  ['u1', `I don't really know why I'm writing this. I've been saving up my pills for weeks and tonight I'm going to take all of them. I'm sorry.`, 'c'],
  ['u2', `u1, I'm really glad you wrote here. Are the pills with you right now? Can you put them in another room while we talk?`, ''],
  ['u1', `They're on the table in front of me. I'm so tired of all of it.`, 'c'],
  ['u3', `Please call or text your local crisis line right now, or emergency services. If you tell us roughly where you are we can find the number together. You don't have to get through tonight alone.`, ''],
  ['u1', `I don't think I can call. My voice won't work.`, ''],
  ['u3', `That's okay. Lots of crisis lines take texts. Would you be willing to text one while we stay here with you?`, ''],
  ['u1', `I've already swallowed a few of them. I don't know how many.`, 'c'],
  ['u4', `Honestly people post stuff like this all the time for attention. I'm sure they're fine.`, 'd>u1'],
  ['u2', `@u4 not now. Please step out of this thread.`, ''],
  ['u1', `Maybe u4 is right. Maybe I'm just being dramatic.`, ''],
  ['u3', `You're not being dramatic. You've taken some and there are more in front of you, and that matters. Please tell the text line or emergency services you've already taken some, and move the rest away from you.`, ''],
  ['u1', `I put them in the bathroom. I texted the line. Someone is replying.`, ''],
  ['u2', `That took a lot. We're here. Keep talking to them and check in with us when you can.`, ''],
]);

// c13 gambling, credit card statement
conv(REC, 'slack', [
  ['u1', `My wife found the credit card statement. She said "you chose the slots over us" and honestly I can't argue. I did.`, ''],
  ['u2', `That's a hard conversation, and it's brave that you're not dodging it. Have you two talked about what she needs from you now?`, ''],
  ['u1', `She wants me to hand over the cards and go to GA twice a week. I think that's fair.`, ''],
  ['u3', `With all due respect, it feels like you want us to tell you you're a terrible person. Not everything needs a confession post.`, 'd>u1'],
  ['u1', `I'm not asking for that. I just needed to say it somewhere.`, ''],
  ['u4', `This is exactly the place to say it. I handed over my cards for a year. It felt humiliating at first and then it felt like relief.`, ''],
  ['u3', `Sure, but people who gamble away their family's money don't really get to feel sorry for themselves.`, 'd>u1'],
  ['u5', `I'm going to respectfully disagree. Taking responsibility and feeling awful aren't opposites. u1 is doing both.`, ''],
  ['u3', `I'm being honest, which apparently isn't allowed. If u1 can't handle honesty, maybe that's how he ended up here in the first place.`, 'b>u1'],
  ['u6', `u1, one practical thing: most banks let you put a gambling block on your card. It took me five minutes in the app.`, ''],
  ['u3', `Sure, block the card. Meanwhile your wife is left holding the debt and you're in here collecting hugs.`, 'd>u1'],
  ['u1', `Didn't know that, u6. Doing it tonight.`, ''],
  ['u2', `u3, honesty is welcome here, contempt isn't. Please keep that in mind.`, ''],
]);

// c14 voice chat "lol ok"
conv(ANX, 'discord', [
  ['u1', `yesterday in vc i tried to talk and someone said "lol ok" and everyone moved on. i know its small but i havent been able to talk since`, ''],
  ['u2', `not small for social anxiety. that stuff replays for days`, ''],
  ['u3', `hey that was me, and im sorry. i think i said "oh ok" bc i didnt catch what u said, not "lol ok". but i get how it sounded and i should have asked u to repeat it`, ''],
  ['u1', `oh. that makes sense actually. thank u for telling me`, ''],
  ['u4', `lol this is why i dont join vc, everyone in here is way too sensitive`, 'd>u1'],
  ['u5', `u4 not helpful`, ''],
  ['u4', `what? im agreeing lol. bro its a discord call not a court case`, 'd>u1'],
  ['u1', `i know its dumb. my brain just does this`, ''],
  ['u2', `its not dumb. do u want to try typing in the vc text channel next time? a few ppl do that`, ''],
  ['u4', `typing in vc lmao. just talk like a normal person`, 'd>u1'],
  ['u4', `if u didnt mumble ppl would hear u the first time tbh`, 'b>u1'],
  ['u6', `u4 taking a timeout. we dont mock how people talk here`, ''],
]);

// c15 sixty-hour weeks covering for a colleague
conv(ADHD, 'slack', [
  ['u1', `I've been working 60-hour weeks for two months to cover a colleague's leave. I cried in the car this morning before going in. I don't know how much longer I can do this.`, ''],
  ['u2', `That's not sustainable and I'm sorry you're carrying it. Does your manager know how close to the edge you are?`, ''],
  ['u1', `I brought it up in my 1:1. She said she'd "look into options" and nothing has changed.`, ''],
  ['u3', `Respectfully, crying in the car over a busy quarter is a bit much, no? Everyone's stretched right now.`, 'd>u1'],
  ['u4', `I don't think 60-hour weeks for two months counts as "a busy quarter". That's a lot of hours by any standard.`, ''],
  ['u3', `Sorry, I thought you'd said six weeks earlier, not two months. My mistake.`, ''],
  ['u1', `It's been about nine weeks, so two months-ish. But thanks.`, ''],
  ['u3', `Either way, you volunteered to cover. You can't really complain about a workload you signed up for.`, 'b>u1'],
  ['u5', `Volunteering to help a colleague isn't signing up for burnout. The staffing gap is the company's problem to solve.`, ''],
  ['u3', `I'm sure the company will be devastated to hear it. Meanwhile the rest of us work just as hard without writing essays about our feelings.`, 'd>u1'],
  ['u6', `Honest advice: put it in writing. "I'm currently working X hours, this isn't sustainable past the end of the month, what can we deprioritise?" Make them choose.`, ''],
  ['u3', `Good luck. Try not to make it sound like a breakdown, managers hate that kind of thing.`, 'd>u1'],
]);

// c16 cruel words to a partner (hard negatives only)
conv(DEP, 'slack', [
  ['u1', `Had a fight with my partner tonight. I said something cruel when I was in a low place and I can't take it back. I keep thinking I'm a terrible person.`, ''],
  ['u2', `You said something you regret, which is different from being a terrible person. Have you had a chance to apologise yet?`, ''],
  ['u1', `Not yet. I don't know how to start. Part of me wants to say I was depressed, but that feels like an excuse.`, ''],
  ['u3', `Honest take: I'd lead with the apology and save the depression part for later. Explaining too early can sound like an excuse even when it isn't one.`, ''],
  ['u1', `Yeah. That makes sense. It was my fault, not the depression's.`, ''],
  ['u4', `I used to tell my partner "you made me snap" after every fight. It took me years of therapy to see how unfair that was. The fact that you're not doing that says a lot.`, ''],
  ['u5', `Can I ask roughly what was said? Not to judge. Sometimes it helps to say it out loud to people who aren't involved.`, ''],
  ['u1', `I told her she was exhausting to be around. She'd only asked me to come to dinner with her parents.`, ''],
  ['u6', `That's a painful thing to hear from someone you love. I think you can apologise for the words and also tell her that family dinners are hard for you right now. Both.`, ''],
  ['u3', `Agree with u6. And go easy on yourself tonight.`, ''],
  ['u1', `Okay. I'm going to write it down first so I don't fumble it.`, ''],
]);

// c17 six months, count questioned
conv(REC, 'slack', [
  ['u1', `Six months sober as of today. I didn't think I'd make it past the first week.`, ''],
  ['u2', `Congratulations! That's huge.`, ''],
  ['u3', `Six months? Hm. I distinctly remember you posting about a slip not that long ago. Are you sure you're counting right, or is this one of those rounded-up numbers?`, 'g>u1'],
  ['u1', `The slip was before this count started. I reset after it. Today is six months.`, ''],
  ['u4', `I think u1's right, the slip post was last year. I remember because it was around the holidays.`, ''],
  ['u3', `Maybe. You do tend to remember things in the most flattering way, u1. No offense.`, 'g>u1'],
  ['u1', `I'm honestly not sure what I've done to make you think that.`, ''],
  ['u5', `u3, counting days is a really personal thing. Questioning it on someone's milestone post feels off.`, ''],
  ['u3', `I wasn't questioning anything, I was congratulating. If u1 feels attacked by a simple question, that's kind of a u1 problem.`, 'gb>u1'],
  ['u6', `Six months is six months. Proud of you, u1.`, ''],
]);

// c18 "am I faking it"
conv(DEP, 'discord', [
  ['u1', `does anyone else feel like theyre faking their depression. like i laughed at a video today so maybe im fine and just lazy`, ''],
  ['u2', `omg yes. impostor syndrome but for being sad lol. laughing once doesnt mean ur fine`, ''],
  ['u3', `lmao if u can laugh ur not depressed, ur just bored`, 'd>u1'],
  ['u4', `thats not how it works at all. smiling depression is a whole thing`, ''],
  ['u3', `ok dr u4 🙄 everyone in here is "depressed" now apparently`, 'd>u1'],
  ['u1', `maybe hes right idk. i feel like a fraud`, ''],
  ['u5', `u1 u told us last week u hadnt eaten a proper meal in days. thats not boredom`, ''],
  ['u3', `they never said that, they said they were busy. stop inventing stuff to make a point`, 'g>u5'],
  ['u1', `i did say it tho? i scrolled up, it was tuesday`, ''],
  ['u3', `scrolling up to win an argument is so weird. ur the reason this server is exhausting`, 'b>u1'],
  ['u6', `@u3 thats enough. u1 ur not a fraud, depression has good minutes and bad ones`, ''],
]);

// c19 stopping propranolol cold
conv(ANX, 'slack', [
  ['u1', `Update from last week: I stopped my propranolol cold like someone suggested here, and it was a really bad idea. Racing heart for three days.`, ''],
  ['u2', `Oh no, I'm sorry. Are you okay now? Did you talk to your prescriber?`, ''],
  ['u1', `Yes, I'm back on it and tapering properly this time. Just wanted to warn others.`, ''],
  ['u3', `For the record, nobody here told you to stop cold. I said to talk to your doctor about coming off it. You're spinning this into something it wasn't.`, 'g>u1'],
  ['u4', `I scrolled back. The message was "honestly just stop taking it, you don't need it". I'm not trying to start anything, but that's what it said.`, ''],
  ['u3', `Context matters. Anyone reasonable would have known to check with a doctor first. That part is on u1.`, 'b>u1'],
  ['u5', `I think the fair version is: that advice shouldn't have been given, and u1 was in a vulnerable place when they read it. It doesn't need a villain.`, ''],
  ['u1', `Honestly I should have checked with my doctor first. I'm not blaming anyone.`, ''],
  ['u3', `Thank you. Nice that someone in this thread can admit when they've got something wrong, u4.`, 'g>u4'],
  ['u6', `Good reminder for all of us: no medication advice beyond "ask your prescriber". That includes me. I've done it before and I regret it.`, ''],
  ['u3', `Fine. I'll stop giving advice, since some people take everything so literally and then act shocked.`, 'b>u4'],
]);

// c20 hyperfocus, missed client call
conv(ADHD, 'slack', [
  ['u1', `Does anyone else lose whole afternoons to hyperfocus on the wrong task? I spent four hours reformatting a spreadsheet nobody asked for and missed a client call.`, ''],
  ['u2', `Constantly. The worst part is the shame spiral afterwards.`, ''],
  ['u3', `Respectfully, I don't really buy that ADHD made you miss a call. Set an alarm. It's not rocket science.`, 'd>u1'],
  ['u1', `I had an alarm. I dismissed it without noticing. That's kind of the whole problem.`, ''],
  ['u4', `That's exactly how it goes for me too, dismissing alarms without even registering them. Now I put my phone across the room so I have to stand up.`, ''],
  ['u3', `As I said, it's a discipline thing. People keep choosing to hear criticism when I'm offering solutions.`, 'b>u1'],
  ['u5', `I think there's room for both. Systems help, and it's also a real neurological difference. "It's not rocket science" lands as a put-down even if it isn't meant as one.`, ''],
  ['u3', `You're right, that phrasing was unkind, and I'm sorry. I struggle with this too and I get frustrated, and I took that out on u1.`, ''],
  ['u1', `Appreciate that. Honestly I'm frustrated with myself too.`, ''],
  ['u6', `Body doubling changed things for me with calls. Someone just sits on video with me around call time.`, ''],
]);

// c21 sober at a wedding
conv(REC, 'slack', [
  ['u1', `I went to my cousin's wedding sober. Everyone was drinking. I left early and felt like a failure for not staying.`, ''],
  ['u2', `Going sober to a wedding is a huge win. Leaving early to protect that is a skill, not a failure.`, ''],
  ['u3', `Not to be rude, but u1 always finds a way to make a win sound like a loss. It gets tiring to read.`, 'd>u1'],
  ['u4', `I don't read it like that. I think u1 is just being honest about having mixed feelings.`, ''],
  ['u3', `Mixed feelings, sure. Some people just enjoy the sympathy a bit too much.`, 'd>u1'],
  ['u1', `I don't enjoy it. I just didn't know where else to say it.`, ''],
  ['u5', `u1 you're in the right place. Also, I left my own sister's wedding at nine in my first year. She still brings it up, but I'm still sober, so.`, ''],
  ['u3', `And then everyone acts surprised when newcomers feel coddled. If u1 could just take a compliment, I wouldn't need to say anything.`, 'b>u1'],
  ['u6', `u3, you've made your point three times now. I'd ask you to step back from this thread.`, ''],
  ['u1', `Thank you u2 and u5. I'm going to try calling it a win.`, ''],
]);

// c22 exam week (figurative look-alikes)
conv(ANX, 'discord', [
  ['u1', `this exam week is actually killing me. 3 exams tmrw and i havent slept`, ''],
  ['u2', `ugh same energy. what subjects`, ''],
  ['u1', `stats, organic chem and an essay. if i fail chem im gonna die lol`, ''],
  ['u3', `lol its just exams, ppl in here are dealing with actual panic disorders`, 'd>u1'],
  ['u1', `i have panic disorder tho? thats why im in this server`, ''],
  ['u3', `u never mentioned that before. kinda convenient`, 'g>u1'],
  ['u4', `they literally posted about their panic attacks in #vent like two weeks ago, i replied to it`, ''],
  ['u3', `whatever, my bad if so`, ''],
  ['u5', `u1 two yrs ago in finals i had a full attack in the exam hall and had to walk out. i was sure my life was over. it wasnt. maybe ask the disability office about extra time?`, ''],
  ['u1', `i didnt know that was a thing`, ''],
  ['u5', `yeah most unis have it, u usually need a doctors note`, ''],
  ['u1', `ok ill email them after stats. gonna try sleep now 😵`, ''],
]);

// c23 feeling invisible
conv(DEP, 'slack', [
  ['u1', `I've been feeling invisible in this group lately. I post and nobody really replies. Maybe that's just me.`, ''],
  ['u2', `I'm sorry. I've been less active and I know I missed your post on Monday. That's on me.`, ''],
  ['u3', `Maybe people would reply if your posts weren't so long and so relentlessly bleak. Just saying.`, 'bd>u1'],
  ['u1', `It's a depression support group, though.`, ''],
  ['u3', `You know exactly what I meant. Don't twist it into something else.`, 'g>u1'],
  ['u4', `I think it's reasonable for u1 to say they feel unseen. I've felt it too, honestly.`, ''],
  ['u3', `Great, so now it's my fault everyone feels unseen. Half the replies in here are mine, and this is the thanks.`, 'b>u4'],
  ['u5', `Nobody blamed you, u3. u1 didn't even mention you.`, ''],
  ['u3', `Sorry. I'm having a bad week and I snapped. That wasn't fair to u1.`, ''],
  ['u1', `Thanks for saying that. I hope your week gets better.`, ''],
  ['u6', `u1, short posts like "bad day, no energy" are completely fine too, if long ones feel like too much. Whatever you can manage.`, ''],
]);

// c24 crisis: opioids, using alone
conv(REC, 'slack', [
  ['u1', `I have a bag in my hand right now. I promised myself I wouldn't and I'm about to use anyway. I don't care if I wake up.`, 'c'],
  ['u2', `u1, please don't use alone. Is anyone with you? Do you have naloxone?`, ''],
  ['u1', `No one's here. I don't want to be here either.`, 'c'],
  ['u3', `Please call emergency services or your local crisis line now. If you can, put the bag outside your door while you call.`, ''],
  ['u4', `This is the third time this month u1 has done this. At some point we have to stop rewarding it.`, 'd>u1'],
  ['u2', `@u4 not the time. Please leave this thread.`, ''],
  ['u1', `Maybe u4 is right. I keep doing this to everyone. I already used a little and my chest feels wrong.`, 'c'],
  ['u3', `You're not doing anything to us. You reached out, and that's exactly what we want. If you've used, please call emergency services right now and use the naloxone if anyone can bring it. We'll wait.`, ''],
  ['u1', `Calling. It's ringing.`, ''],
  ['u5', `Proud of you. Stay on the line with them.`, ''],
  ['u1', `they're sending someone. thank you`, ''],
  ['u6', `We're here tomorrow too. Please check in when you can.`, ''],
]);

// c25 focus-room timer
conv(ADHD, 'discord', [
  ['u1', `ok who changed the #focus-room timer bot, i swear it was 25 min yesterday and now its 50`, ''],
  ['u2', `wasnt me but i think it was always 50? not sure tho`, ''],
  ['u3', `i changed it to 50 on sunday, sorry!! should have announced it`, ''],
  ['u1', `ahh ok lol no worries, thought i was losing it`, ''],
  ['u4', `u do always forget stuff tho lol. half the time u ask things we answered 10 min ago and then act like no one told u`, 'g>u1'],
  ['u1', `rude but ok fair`, ''],
  ['u5', `its an adhd server, forgetting stuff is kind of the point 😭`, ''],
  ['u4', `nah some ppl just use adhd as an excuse not to read`, 'd>u1'],
  ['u1', `i do read. i just dont retain. theres a difference`, ''],
  ['u3', `theres a difference for real. i reread the pins every day lol`, ''],
  ['u4', `if u read the pins u wouldnt have had to ask, so thats on u`, 'b>u1'],
  ['u6', `u4 chill. asking questions is literally what the server is for`, ''],
  ['u1', `anyway 50 min is too long for me, can we vote on it`, ''],
]);

// c26 voices of parents and exes (quotes, hard negatives only)
conv(ANX, 'slack', [
  ['u1', `Something came up in therapy today. My dad used to tell me "you're not anxious, you're just weak" whenever I had a panic attack as a kid. I've been hearing that voice all week.`, ''],
  ['u2', `That's a cruel thing to say to a child. It makes sense that the voice is loud right now.`, ''],
  ['u3', `Mine was my mum. Stop making a scene, nobody is even looking at you. I still hear it every time I'm in a crowd.`, ''],
  ['u1', `Yes, exactly that kind of thing. And when I brought it up as an adult he said it never happened and I was making it all up.`, ''],
  ['u4', `My ex did the same. Every argument ended with "you're remembering it wrong, you always do this". I started keeping a diary just to prove to myself I wasn't crazy.`, ''],
  ['u2', `A diary is a really good tool for that. Did it help?`, ''],
  ['u4', `Eventually. It took a while to trust my own handwriting lol.`, ''],
  ['u5', `I'm kind of scared to say this, but sometimes I wonder if I'm exaggerating my own childhood. Maybe it wasn't that bad.`, ''],
  ['u1', `I wonder that too. But I think the wondering is part of what they taught us.`, ''],
  ['u6', `Not to invalidate anyone, but my therapist pointed out that "maybe it wasn't that bad" is something a lot of us say because we were never allowed to say it was.`, ''],
  ['u5', `Oof. Yeah.`, ''],
  ['u3', `Thanks for starting this, u1. I feel less alone.`, ''],
]);

// c27 lost my job
conv(DEP, 'slack', [
  ['u1', `Lost my job today. I know it's not the end of the world, but I've been lying on the floor for three hours.`, ''],
  ['u2', `I'm so sorry. That's a real loss, and a floor afternoon sounds reasonable. Do you have someone who could come over?`, ''],
  ['u3', `I don't want to sound insensitive, but people lose jobs every day. There are people in this group dealing with grief and terminal illness.`, 'd>u1'],
  ['u1', `I know. I said it's not the end of the world.`, ''],
  ['u3', `You did say that, and then you posted it in a depression channel, so clearly you think it is. You can't have it both ways.`, 'g>u1'],
  ['u4', `I don't think bad days need to be ranked. u1's loss counts even if others have bigger ones.`, ''],
  ['u3', `Nobody's ranking anything. I just think perspective is healthy.`, 'g>u4'],
  ['u5', `u1, if it helps, I was let go two years ago and for the first week I barely got up. It did get better, slowly.`, ''],
  ['u1', `Thank you. Honestly maybe u3 has a point and I'm overreacting.`, ''],
  ['u2', `You're allowed to be sad about this. Have you eaten today?`, ''],
  ['u1', `Not yet. I'll make toast.`, ''],
  ['u3', `If you spent less time posting and more time job hunting you'd probably feel better by now.`, 'b>u1'],
  ['u6', `u3, please give it a rest today.`, ''],
]);

// c28 disclosing ADHD (hard negatives only)
conv(ADHD, 'slack', [
  ['u1', `I'm thinking about disclosing my ADHD to my new employer. Part of me thinks it'll help, part of me thinks it'll get me quietly sidelined.`, ''],
  ['u2', `Honest opinion: I'd wait until after probation. Not because you should be ashamed, but because you'll know the culture better by then.`, ''],
  ['u3', `I respectfully disagree. I disclosed on day one and it meant I got accommodations before I was drowning. Waiting cost me a job once.`, ''],
  ['u2', `That's fair, and I think it depends a lot on the company. Both experiences are real.`, ''],
  ['u1', `When does probation usually end, three months?`, ''],
  ['u4', `Usually three to six. Small correction to something I said in the last thread: I claimed protection only starts after probation, but I checked and in a lot of places it applies from day one. Sorry for the confusion.`, ''],
  ['u1', `Oh, that's good to know. Thanks for checking.`, ''],
  ['u5', `If you do disclose, it can help to frame it around what you need rather than the label. "I work best with written priorities" lands well with most managers.`, ''],
  ['u1', `I think I've been making it bigger in my head than it is. Classic me.`, ''],
  ['u2', `Or it's genuinely a big decision and you're thinking it through properly. Both can be true.`, ''],
]);

// c29 two weeks off weed
conv(REC, 'discord', [
  ['u1', `2 weeks off weed. sleep is garbage and im irritable af`, ''],
  ['u2', `the sleep thing is so real, it got better for me around week 4. hang in`, ''],
  ['u3', `lol weed isnt even addictive, ur just being dramatic about quitting a plant`, 'd>u1'],
  ['u4', `it literally can be? cannabis use disorder is a real diagnosis`, ''],
  ['u1', `idc if its "real enough" for u, its real for me. i couldnt stop for 6 yrs`, ''],
  ['u3', `ok but u snapped at me in dms yesterday and now ur playing victim in here`, 'b>u1'],
  ['u1', `i didnt dm u yesterday?? i havent dmed anyone in weeks`, ''],
  ['u3', `yes u did, ur just too foggy to remember lol`, 'g>u1'],
  ['u5', `@u3 screenshot it or drop it tbh`, ''],
  ['u6', `for the record u3 just told me in modmail they mixed up two users. u1 didnt message anyone`, ''],
  ['u3', `i said i MIGHT have mixed them up. u1 was still rude to somebody, they just dont remember it`, 'g>u1'],
  ['u1', `thx u6. back to being irritable in peace 😤`, ''],
]);

// c30 told my partner about panic attacks
conv(ANX, 'slack', [
  ['u1', `I finally told my partner about my panic attacks. She was kind about it, but now I feel exposed, like she'll see me differently.`, ''],
  ['u2', `That vulnerability hangover is so real. It sounds like she responded well, though?`, ''],
  ['u3', `With respect, I think you're creating a problem where there isn't one. She was kind. Why are you still worried?`, 'd>u1'],
  ['u1', `I don't know. My head doesn't run on logic sometimes.`, ''],
  ['u4', `Anxiety doesn't need a reason to show up, sadly. Feeling exposed makes sense even after a good conversation.`, ''],
  ['u3', `I'd just note, gently, that this is the fourth post this month where someone was kind to you and you found a way to feel bad about it.`, 'd>u1'],
  ['u1', `I think it's been two, actually. The other one was about my coworker.`, ''],
  ['u3', `I'm fairly sure it's more than two. You might not be remembering your own posts very well, which is sort of my point.`, 'g>u1'],
  ['u5', `I checked, it's two. Let's not do post counts on someone's vulnerability anyway.`, ''],
  ['u6', `u1, something that helped me: asking my partner what she actually thought instead of guessing. Mine said "honestly, I was relieved you told me".`, ''],
  ['u3', `Sure, everyone's being very supportive. I'll be the bad guy for pointing out patterns. You've made me the villain here, u1, well done.`, 'b>u1'],
]);

// c31 three months of therapy
conv(DEP, 'slack', [
  ['u1', `Three months into therapy and I still feel like nothing's changing. I'm starting to think I'm just broken.`, ''],
  ['u2', `That sounds really discouraging. I wonder if some small things have shifted that are hard to see from the inside? Either way, feeling stuck is valid.`, ''],
  ['u3', `Three months is nothing. Come back when you've done a year.`, 'd>u1'],
  ['u4', `I'd put it differently than u3. Three months can feel endless when you're in it, and it's also early for therapy to show big changes. Both.`, ''],
  ['u1', `Maybe. It just feels like I'm wasting my therapist's time.`, ''],
  ['u5', `Have you told your therapist that? Mine really appreciated it when I said "I don't think this is working". We changed approach and it helped.`, ''],
  ['u3', `Or maybe the therapy is fine and u1 isn't really putting the effort in. That happens a lot.`, 'b>u1'],
  ['u1', `I do the homework every week.`, ''],
  ['u3', `You say that, but last month you said you'd skipped it. Which is it?`, 'g>u1'],
  ['u1', `I said I skipped it once, when I had the flu.`, ''],
  ['u2', `That matches what I remember too.`, ''],
  ['u6', `u3, this is turning into an interrogation. Let's leave it.`, ''],
]);

// c32 crisis: letters written
conv(DEP, 'discord', [
  ['u1', `i wrote letters to everyone tonight. im going to do it when my roommate leaves for work in the morning`, 'c'],
  ['u2', `u1 im really glad u told us. are u safe right now? is ur roommate home now?`, ''],
  ['u1', `yes shes asleep. i dont want to wake her`, ''],
  ['u3', `pls wake her up, or call ur local crisis line. this is exactly what theyre for. we can stay w u while u do`, ''],
  ['u4', `ppl say this stuff every week in here and nothing ever happens`, 'd>u1'],
  ['u5', `@u4 removed from channel. u1 we're still here`, ''],
  ['u1', `i dont think anyone would even notice if i was gone by tomorrow`, 'c'],
  ['u2', `we would notice. i would. can u knock on her door rn, even just to sit w her`, ''],
  ['u1', `ok. i knocked. shes up. i told her`, ''],
  ['u3', `that took so much courage. is she with u now?`, ''],
  ['u1', `yeah. shes making tea and calling the line with me`, ''],
  ['u2', `🫂 stay with her. check in tmrw pls`, ''],
]);

// c33 apology for blaming (hard negatives only)
conv(REC, 'slack', [
  ['u1', `I owe u3 an apology. Last week I said it was their fault I missed the Thursday meeting because they didn't remind me. That wasn't fair. I'm responsible for my own calendar.`, ''],
  ['u3', `Thank you, I appreciate that. For what it's worth, it was actually the Wednesday meeting, but I know what you mean 😄`, ''],
  ['u1', `Ha, see, that's why I need a calendar.`, ''],
  ['u4', `Can I ask something related? My sponsor keeps telling me I "make everything about the drinking", and I can't tell whether he's right or whether he's brushing me off.`, ''],
  ['u5', `Hard to say without being there. Does he say it when you're talking about cravings, or about other things?`, ''],
  ['u4', `Mostly when I talk about my marriage.`, ''],
  ['u5', `Then maybe he means your marriage deserves its own attention, not just as a relapse risk? That's a generous read, but it might be worth asking him.`, ''],
  ['u6', `Honest advice: if it keeps bothering you, you're allowed to change sponsors. I did, and my old one is still a friend.`, ''],
  ['u4', `Hm. I hadn't thought about it that way.`, ''],
]);

// c34 "burnout is a skill issue"
conv(ADHD, 'slack', [
  ['u1', `I want to say something respectfully. u3, in yesterday's thread you called my burnout "a skill issue". It really stuck with me.`, ''],
  ['u3', `I said it as a joke, and everyone else laughed. You're the only one who took it the wrong way.`, 'g>u1'],
  ['u2', `I didn't laugh, for what it's worth. I thought it was a bit harsh.`, ''],
  ['u3', `Okay, well, if u1 had said something at the time I could have fixed it then. Bringing it up a day later feels like an ambush.`, 'b>u1'],
  ['u1', `I didn't feel able to say it at the time. That's why I'm saying it now.`, ''],
  ['u4', `Raising something a day later is normal, healthy conflict, not an ambush. u1 was pretty gentle about it too.`, ''],
  ['u3', `You're all acting like I'm some bully. I'm the one being piled on right now, and u1 started it.`, 'b>u1'],
  ['u5', `I don't think anyone's calling you a bully. u1 asked for one thing: not calling burnout a skill issue.`, ''],
  ['u3', `Fine. I'm sorry it came across that way.`, ''],
  ['u1', `Thanks. I'd appreciate it if you didn't joke about it again.`, ''],
  ['u3', `Noted. Though honestly, burnout at a desk job isn't exactly a war zone.`, 'd>u1'],
  ['u6', `u3, please stop there. This is a burnout channel.`, ''],
]);

// c35 panic attack on the bus (present-tense panic, not crisis)
conv(ANX, 'discord', [
  ['u1', `having a panic attack rn on the bus. cant breathe right. hands tingling`, ''],
  ['u2', `ok ur safe, its panic, it passes. breathe out longer than u breathe in. im here`, ''],
  ['u1', `trying`, ''],
  ['u3', `just think about something else lol`, 'd>u1'],
  ['u4', `u3 not helpful rn`, ''],
  ['u2', `count the stops in ur head. whats the next stop`, ''],
  ['u1', `the one by the park. 2 more to mine`, ''],
  ['u3', `this is like the 5th panic attack u posted this week, maybe stop making such a big deal of every bus ride`, 'd>u1'],
  ['u1', `its the 2nd this week. and i need the bus to get to work`, ''],
  ['u2', `ignore that. hows the breathing`, ''],
  ['u1', `slower. tingling going away`, ''],
  ['u2', `🙌 u did that`, ''],
  ['u3', `"u did that" = sat on a bus. ok`, 'd>u1'],
]);

// c36 drove past the liquor store
conv(REC, 'slack', [
  ['u1', `Rough day. I drove past my old liquor store four times before I went home. I didn't go in.`, ''],
  ['u2', `That's four times you didn't go in. Seriously, well done.`, ''],
  ['u3', `I drove past mine and went in. So.`, ''],
  ['u2', `Thank you for being honest, u3. How are you feeling now?`, ''],
  ['u3', `Like garbage. And honestly, u1, reading your posts about almost drinking every day plants the idea. I was fine till I read this.`, 'b>u1'],
  ['u1', `I'm sorry you're struggling. I didn't mean to plant anything.`, ''],
  ['u4', `u3, I get wanting someone to be responsible. I did that for a long time. But u1's post didn't put the bottle in your hand.`, ''],
  ['u3', `And u1, you literally said last week you'd rather drink than feel this. Don't act like you're some saint now.`, 'g>u1'],
  ['u1', `I said I was scared that I'd rather drink than feel this. There's a difference, and I went to a meeting that night.`, ''],
  ['u5', `You're both in it right now. u3, would you be up for calling someone tonight? We can help you find an online meeting.`, ''],
  ['u3', `Yeah. Sorry u1. That was me looking for somewhere to put it.`, ''],
  ['u1', `I get it, honestly. Call someone.`, ''],
]);

// c37 winter, light box
conv(DEP, 'slack', [
  ['u1', `Winter is hitting hard this year. It's dark at 4pm and I can barely do my job.`, ''],
  ['u2', `Have you tried a light box? I was skeptical but it helped me a fair bit in the mornings.`, ''],
  ['u1', `I've been looking at them. Are they worth the money?`, ''],
  ['u3', `Mine was worth it. But honestly I think a walk at lunch did more for me than the lamp.`, ''],
  ['u4', `Gently disagreeing with u3: for me the lamp was the thing, and walks alone didn't touch it. Probably different for everyone.`, ''],
  ['u3', `Yeah, fair, I was only speaking for myself.`, ''],
  ['u5', `Good for you for even getting to work, u1. Some of us would love to have a job to complain about 😊`, 'd>u1'],
  ['u1', `Sorry, I didn't mean to complain.`, ''],
  ['u2', `You weren't complaining, you were describing how it feels. That's what this place is for.`, ''],
  ['u5', `I'm just saying, it's all relative. You'll be fine once spring comes, you always are.`, 'd>u1'],
  ['u6', `u5, I hear that you're going through something too, and you're welcome to post about it. Let's not compare, though.`, ''],
]);

// c38 "attention-seeking" DM brought to the channel
conv(ANX, 'slack', [
  ['u1', `u3, I'm bringing this here because the DM isn't going anywhere. On Sunday you told me my panic was "attention-seeking". I'd like an apology.`, ''],
  ['u3', `I never said attention-seeking. I said you seemed to want attention, which is completely different, and you know that.`, 'g>u1'],
  ['u1', `That's... the same thing, though.`, ''],
  ['u3', `It really isn't. You have a habit of rewriting conversations so you come out of them looking hurt.`, 'g>u1'],
  ['u2', `I don't want to take sides on a DM I haven't seen. But u3, the "habit of rewriting" comment isn't fair to make in public.`, ''],
  ['u3', `I'm not the one who dragged a private conversation into a public channel. If this blows up, that's on u1.`, 'b>u1'],
  ['u4', `I've seen u1 apologise in this channel more than almost anyone, including when they got something wrong. Rewriting doesn't fit anything I've seen.`, ''],
  ['u3', `Everyone here sees what u1 wants them to see. That's the whole problem, u4.`, 'g>u4'],
  ['u5', `I'm going to close this out. u1 and u3, please take it back to DMs or to me privately. u3, the personal comments about u1 stop here.`, ''],
  ['u1', `Understood. Sorry for bringing it into the channel, I should have gone to a mod first.`, ''],
]);

// c39 wall of text apology (hard negatives only)
conv(ADHD, 'discord', [
  ['u1', `sorry for the wall of text yesterday. i was spiraling and i think i dumped a lot on u guys`, ''],
  ['u2', `dont apologize!! thats what the channel is for`, ''],
  ['u1', `i know but i feel like im always the one needing stuff. maybe im the problem lol`, ''],
  ['u3', `ur not the problem. ur burnt out and asking for help, thats the opposite of a problem`, ''],
  ['u4', `also tiny correction i think it was tuesday not yesterday? unless im losing track of days again which tbf is likely 😂`, ''],
  ['u1', `omg it was tuesday. time isnt real`, ''],
  ['u5', `honest advice: u mentioned u havent taken a day off since spring. can u book even one friday off`, ''],
  ['u1', `my manager would probs say no. she said last month "we all need to push through q4"`, ''],
  ['u5', `ugh. i had a manager say "we're a family here" and then deny my leave lol. if she says no ask HR about ur accrued days, in a lot of places theyre legally urs`, ''],
  ['u1', `ok ill ask friday. ty all ❤️`, ''],
]);

// c40 seven months, not allowed to see niece
conv(REC, 'slack', [
  ['u1', `I need some perspective. My brother won't let me see my niece until I have a year sober. I'm at seven months. I feel punished.`, ''],
  ['u2', `That sounds really painful. Seven months is real work. Have you been able to talk to him about it?`, ''],
  ['u3', `Honestly, I'd be careful there. From his side he's protecting a kid, and that isn't a punishment. It might still feel like one, and that's valid too.`, ''],
  ['u1', `That's fair. I think part of me knows I put him through a lot.`, ''],
  ['u4', `My own brother did the exact same thing to me and I was furious for a year. Looking back he wasn't wrong, I just couldn't see it then.`, ''],
  ['u5', `Not to be blunt, but u1, you spent years making everyone's life hell and now you want a medal for seven months? Come on.`, 'd>u1'],
  ['u1', `I'm not asking for a medal.`, ''],
  ['u5', `That's exactly what it sounds like. Read your own message back.`, 'g>u1'],
  ['u2', `I read it back and I don't see a medal request. I see someone who misses their niece.`, ''],
  ['u5', `Then you're all enabling him, and when he relapses it'll be because of you lot, not me.`, 'b>u2'],
  ['u6', `u5, someone once told me the group isn't a courtroom. I think that applies here.`, ''],
  ['u1', `I'll write my brother a letter instead of pushing. He gets to set the pace.`, ''],
]);

// c41 dose increased, "unstable"
conv(DEP, 'slack', [
  ['u1', `I told my doctor I've been having darker thoughts and she upped my dose. I'm nervous about the side effects.`, ''],
  ['u2', `That's a big step, telling her. What side effects are you worried about?`, ''],
  ['u1', `Last time I had awful insomnia for two weeks.`, ''],
  ['u3', `Are you sure you're alright? You've seemed really unstable in here lately. Maybe take a break from posting for a while.`, 'g>u1'],
  ['u1', `What do you mean, unstable? I've posted twice this week.`, ''],
  ['u4', `I'd honestly disagree with "unstable". u1 has been really open, which isn't the same thing.`, ''],
  ['u3', `Didn't you say yesterday you were losing your mind? I'm only repeating what you told us.`, 'g>u1'],
  ['u1', `I don't think I said that. I said I was losing sleep.`, ''],
  ['u5', `Yeah, it was "losing sleep". I remember because I suggested magnesium.`, ''],
  ['u3', `Fine, whatever. Hard to keep track of anything when you post this much.`, 'b>u1'],
  ['u6', `u1, ask your doctor whether you can take the new dose in the morning. That helped my insomnia when mine went up.`, ''],
]);

// c42 exposure therapy (hard negatives only)
conv(ANX, 'slack', [
  ['u1', `My therapist wants to start exposure therapy for my driving anxiety. I'm terrified. Has anyone done it?`, ''],
  ['u2', `I did it for elevators. The first two weeks were awful, honestly. By week six I could ride up to the tenth floor.`, ''],
  ['u3', `I'll be the dissenting voice, kindly: exposure didn't work for me at all and I switched to ACT, which did. So if it doesn't click, that's not a failure on your part.`, ''],
  ['u1', `Did anyone have a really bad reaction?`, ''],
  ['u4', `I did, once. Years ago I pushed too fast on my own without a therapist and ended up in the ER convinced I was having a heart attack. That's why I'd say do it with your therapist, not solo.`, ''],
  ['u1', `That's scary. But good to know.`, ''],
  ['u5', `Honest advice: tell your therapist how scared you are right at the start. Mine adjusted the steps when I said I was at a nine out of ten just thinking about it.`, ''],
  ['u1', `I'm probably overreacting to the whole thing.`, ''],
  ['u3', `You're not overreacting, it's a scary thing to start. It's also okay to be scared and do it anyway.`, ''],
]);

// c43 ten days without league
conv(REC, 'discord', [
  ['u1', `day 10 no league. uninstalled it and my hands literally dont know what to do`, ''],
  ['u2', `day 10!! thats sick. what r u doing instead`, ''],
  ['u1', `walking. badly. lol`, ''],
  ['u3', `gaming addiction isnt even real addiction lmao try quitting heroin`, 'd>u1'],
  ['u4', `its literally recognised by the WHO? also this isnt a competition`, ''],
  ['u3', `calm down i was joking. u guys cant take a joke, thats not on me`, 'b>u4'],
  ['u1', `idc honestly. its real for me. i missed my sisters graduation bc i was in ranked`, ''],
  ['u5', `oof. i missed a lot of stuff too in my worst year. the guilt is heavy but u quitting is the apology that matters`, ''],
  ['u1', `ya. im trying`, ''],
  ['u3', `ur all so soft lol. its a video game`, 'd>u1'],
  ['u6', `u3 timeout for 24h. u1 proud of u`, ''],
  ['u1', `🫡`, ''],
]);

// c44 written deadlines win
conv(ADHD, 'slack', [
  ['u1', `Update: I asked my manager for written deadlines like u4 suggested last week, and she agreed. First good work news in months.`, ''],
  ['u2', `Love this! Well done for asking.`, ''],
  ['u3', `Happy for you, but let's be realistic: she only agreed because you've been dropping the ball. I wouldn't call it a win.`, 'db>u1'],
  ['u1', `I mean, it still feels like a win to me.`, ''],
  ['u4', `It's absolutely a win. Asking for what you need is hard, especially after a rough patch.`, ''],
  ['u3', `I'm just being honest. You told me yourself on the Tuesday call that your manager was fed up with you.`, 'g>u1'],
  ['u1', `I don't remember saying that. I said I was fed up with myself.`, ''],
  ['u3', `You're doing that thing where you change the story afterwards.`, 'g>u1'],
  ['u5', `I was on that call. I think u1's version is right, they said they were frustrated with themselves. I could be wrong, but that's my memory of it.`, ''],
  ['u3', `Honestly, if u1 communicated more clearly, people wouldn't have to guess what they meant.`, 'b>u1'],
  ['u6', `Let's keep this thread for celebrating. u1, enjoy the win.`, ''],
]);

// c45 wrong time for the peer call (hard negatives only)
conv(DEP, 'slack', [
  ['u1', `Ugh, I think I messed up. I told everyone last week the peer call was at 7, but it was at 8. Two people showed up to an empty room. I'm really sorry.`, ''],
  ['u2', `It happens! Thanks for owning it. I was one of them and honestly I just made tea and waited 😄`, ''],
  ['u3', `Yeah, no stress. Actually, wasn't it 7:30? I might be thinking of a different week.`, ''],
  ['u1', `It was 8. I think the 7:30 one was the month before.`, ''],
  ['u4', `Honestly this week has been killing me, so I wouldn't have made either time lol.`, ''],
  ['u5', `Same. My brain has been mush since I started the new meds. I'm blaming everything on them right now.`, ''],
  ['u6', `Sorry to hear it. If it helps, the recording is in the shared folder for anyone who missed it.`, ''],
  ['u1', `I'll post a reminder the day before next time. Lesson learned.`, ''],
  ['u2', `Honestly the reminder would help me too, I forget everything.`, ''],
]);

// c46 protecting focus time
conv(ADHD, 'slack', [
  ['u1', `Asking for advice: my team keeps booking meetings over my focus blocks, and by Thursday I have nothing left. How do people protect their time without seeming difficult?`, ''],
  ['u2', `I decline with a short note, like "I have a focus block then, could we do 3pm?" Most people don't mind at all.`, ''],
  ['u3', `Speaking as someone who manages a team, I'd gently suggest the issue may not be the meetings. Focus blocks are often a polite way of avoiding collaboration.`, 'b>u1'],
  ['u1', `I go to most meetings. I'm asking about two hours a day.`, ''],
  ['u3', `Two hours a day is a lot to carve out when your colleagues bend around you. Have you considered how that looks from their side? The friction you're feeling is coming from you.`, 'b>u1'],
  ['u4', `I see it differently. Protected focus time is a really common accommodation, and colleagues booking over it isn't u1's failing.`, ''],
  ['u3', `I never said it was u1's failing. You've rather overstated what I wrote, u4.`, 'g>u4'],
  ['u1', `You said focus blocks are a way of avoiding collaboration. That's pretty close.`, ''],
  ['u3', `Out of context, perhaps. I'm offering the view from the other side of the desk, and frankly burnout talk is a little fashionable at the moment.`, 'gd>u1'],
  ['u6', `Agree with u3 tbh. Everyone's "burnt out" now. Back in my day we just called that Tuesday.`, 'd>u1'],
  ['u5', `Burnout being talked about more doesn't make any one person's burnout less real.`, ''],
  ['u3', `I'll leave you all to it, then. Clearly nobody here wants advice unless it agrees with them, and that's hardly my fault.`, 'b>u5'],
  ['u1', `I did want advice, and thanks u2. I'll try the "could we do 3pm" line.`, ''],
]);

// c47 sixty days and an old clip
conv(REC, 'discord', [
  ['u1', `60 days today 🎉 first time ive made it past 30`, ''],
  ['u2', `LETS GO 🎉🎉`, ''],
  ['u3', `congrats but u were literally drunk on stream last weekend so idk what ur counting`, 'g>u1'],
  ['u1', `?? that was a clip from last year that someone reposted. i wasnt even streaming last weekend`, ''],
  ['u3', `sure, "from last year" 🙄 we all saw it`, 'g>u1'],
  ['u4', `the clip is from last year, the date is in the corner. i checked`, ''],
  ['u3', `ok and? if u hadnt got wasted on camera in the first place nobody would be reposting it. thats on u`, 'b>u1'],
  ['u1', `yeah i was a mess last year. thats kind of why im here`, ''],
  ['u3', `ur the one turning my congrats into drama, not me`, 'b>u1'],
  ['u5', `u3 ngl it didnt read like congrats. u1 60 days is real, dont let this take it`, ''],
  ['u3', `lol all of u are so fragile. one comment and its a pile on`, 'd>u1'],
  ['u6', `u3 muted for a day. u1 congrats for real 🫶`, ''],
]);

// c48 crisis: self-harm in progress
conv(ANX, 'slack', [
  ['u1', `I can't stop shaking and I've started cutting again. It's happening right now and I can't make myself stop.`, 'c'],
  ['u2', `u1, thank you for telling us. Can you put whatever you're using in another room, or hand it to someone? Is it bleeding a lot?`, ''],
  ['u1', `It's not deep. I just don't want to stop. I want everything to stop.`, 'c'],
  ['u3', `Please contact emergency services or your local crisis line right now, especially if it's bleeding heavily. We'll stay here with you.`, ''],
  ['u4', `Not trying to be harsh, but this is an anxiety group, not a self-harm one. There are better places for this.`, 'd>u1'],
  ['u2', `u4, please don't. Anyone in crisis is welcome here.`, ''],
  ['u1', `u4's right, I shouldn't have posted. sorry.`, ''],
  ['u3', `You absolutely should have. You're not a burden. Have you been able to put it away?`, ''],
  ['u1', `I put it in the kitchen drawer. I'm sitting on the floor.`, ''],
  ['u5', `That's a really good step. Can you run cold water over your hands and text the crisis line while we wait with you?`, ''],
  ['u1', `ok. texting them now.`, ''],
]);

// c49 a week of walks
conv(DEP, 'slack', [
  ['u1', `I managed to go for a walk every day this week. It's the first week since summer I've done that.`, ''],
  ['u2', `That's wonderful. How did it feel?`, ''],
  ['u1', `Honestly, a bit better. Still tired, but better.`, ''],
  ['u3', `Aw, good for you. Isn't it funny how the things people here resist for months turn out to be so simple?`, 'd>u1'],
  ['u1', `I don't think it was simple. It took me a long time to get here.`, ''],
  ['u3', `Oh, I didn't mean anything by it. You always manage to find the worst possible reading of what I say.`, 'g>u1'],
  ['u4', `I read it the same way u1 did, to be honest. "So simple" kind of erases the months before.`, ''],
  ['u3', `Then I apologise if you were both offended. Though if a compliment stings this much, the walks clearly haven't fixed much yet.`, 'd>u1'],
  ['u5', `u3, can I suggest a different approach? Just "that's great" would have done it.`, ''],
  ['u3', `I've been in this group longer than any of you and I never had this problem until u1 joined. Draw your own conclusions.`, 'b>u1'],
  ['u6', `u3, let's take a step back please. u1, a week of walks is a genuine achievement.`, ''],
]);

// c50 accountability check-in
conv(ADHD, 'slack', [
  ['u4', `Accountability check-in: got two of my three tasks done. The third one rolls to next week.`, ''],
  ['u1', `Mine didn't happen at all. I'm frustrated with myself, but I'm blocking tomorrow morning for it.`, ''],
  ['u2', `Thanks both for being honest. Tomorrow morning sounds like a good plan, u1.`, ''],
  ['u3', `I didn't finish mine either, and frankly that's because u4 cancelled our co-working session on Tuesday. I'd planned my entire week around it.`, 'b>u4'],
  ['u4', `I'm sorry about cancelling. I had a migraine. I did message you the night before, though.`, ''],
  ['u3', `You didn't message me. I had my phone all evening and there was nothing.`, 'g>u4'],
  ['u4', `It's there, sent at 9:40pm. Happy to screenshot it if that helps.`, ''],
  ['u3', `Fine, there's a message. But you know I don't check Slack after nine, so it might as well not exist. If you'd actually cared about the session you'd have texted.`, 'b>u4'],
  ['u5', `u3, it sounds like you're really disappointed about the week, which makes sense. I'm just not sure one cancelled session is why the report didn't happen.`, ''],
  ['u3', `So now it's my fault? Brilliant. I come here for accountability and get a lecture instead.`, 'b>u5'],
  ['u1', `For what it's worth, I missed mine with no excuse at all. Sometimes the week just goes sideways.`, ''],
  ['u3', `Easy for you to say, u1. You always have an excuse lined up.`, 'g>u1'],
  ['u6', `Let's reset. Everyone post one task for next week, and no commentary on anyone else's.`, ''],
]);

// c51 "take a xanax and shut up"
conv(ANX, 'discord', [
  ['u1', `hey mods, yesterday someone told me to "just take a xanax and shut up" in #panic-help. is that allowed?`, ''],
  ['u2', `definitely not. do u know who it was? u can report it`, ''],
  ['u3', `that was a joke between friends and u werent even in that convo. ur making stuff up to get people banned`, 'g>u1'],
  ['u1', `i was literally the one who asked the question it was replying to`, ''],
  ['u3', `lol no u werent. u jumped in after`, 'g>u1'],
  ['u4', `i scrolled it. u1 asked, u3 replied to u1 directly. sorry u3 but its there`, ''],
  ['u3', `ok so i replied. if u1 cant handle a bit of dark humor maybe a public server isnt for them`, 'bd>u1'],
  ['u5', `u3 that message was removed. pls dont tell people to shut up, joke or not`, ''],
  ['u3', `this is so unfair. u1 basically baited me with that question`, 'b>u1'],
  ['u1', `i asked whether propranolol helps with shaky hands. i dont know how thats bait`, ''],
  ['u3', `whatever, u always play innocent and everyone falls for it`, 'g>u1'],
  ['u5', `u3 final warning. u1 thanks for reporting`, ''],
  ['u1', `np. and the answer is apparently yes, for me anyway, if anyone else wondered lol`, ''],
]);

// c52 crisis: partner drinking and violent right now
conv(REC, 'slack', [
  ['u1', `He's drunk again and he's banging on the bathroom door. I locked myself in. I don't know what to do.`, 'c'],
  ['u2', `u1, if you're in danger please call emergency services now. Stay in the bathroom with the door locked. Is your phone charged?`, ''],
  ['u1', `yes. he's shouting that he'll break it down`, 'c'],
  ['u3', `Call your local emergency number right now, even if you just leave the line open. Your safety comes first.`, ''],
  ['u4', `I hate to say it, but you knew he was drinking again and chose to stay. Maybe this is the push you needed.`, 'b>u1'],
  ['u5', `u4, absolutely not. Nobody chooses to be threatened. u1, please call.`, ''],
  ['u1', `calling. they're on the way`, ''],
  ['u2', `Stay on the line with them. You did the right thing.`, ''],
  ['u1', `police are here. i'm okay. i'm shaking`, ''],
  ['u3', `We're so glad. Take your time. Is there somewhere safe you can stay tonight?`, ''],
  ['u4', `Sorry, that came out wrong earlier. None of this is your fault, u1.`, ''],
]);

// c53 diagnosis changed
conv(DEP, 'slack', [
  ['u1', `My psychiatrist changed my diagnosis to bipolar II today. I don't know how to feel. Relieved, scared, both.`, ''],
  ['u2', `That's a lot to take in from one appointment. Both feelings make sense.`, ''],
  ['u3', `Honestly, I'm a little skeptical. u1 has always seemed pretty even to me. I wonder if they describe things to their doctor more dramatically than they really are.`, 'g>u1'],
  ['u1', `You've only seen me in a text channel. The highs mostly happen offline.`, ''],
  ['u4', `I'd add, respectfully, that none of us can diagnose from here. The psychiatrist has far more information than we do.`, ''],
  ['u3', `I'm not diagnosing, I'm observing. u1 tends to latch onto labels, that's all.`, 'd>u1'],
  ['u1', `I resisted this for years, actually. I argued with my doctor about it.`, ''],
  ['u3', `That's not how I remember you describing it last spring. You seemed quite keen on a new diagnosis back then.`, 'g>u1'],
  ['u1', `Last spring I was asking about sleep studies, not diagnoses.`, ''],
  ['u5', `That's right, I remember the sleep study thread.`, ''],
  ['u3', `Well, you can see how anyone would get confused with how much u1 posts. If they posted less, people wouldn't mix things up.`, 'b>u1'],
  ['u6', `u1, when I got my own bipolar diagnosis the relief came first and the grief came later. Both were okay. Be gentle with yourself this week.`, ''],
]);

// c54 thirty pings in focus mode
conv(ADHD, 'discord', [
  ['u1', `hey u3 can u not ping me 30 times when im in focus mode lol. it wrecks my whole session`, ''],
  ['u3', `i only pinged u bc u never answer the first time. if u replied i wouldnt have to spam`, 'b>u1'],
  ['u1', `i was in focus mode. thats the point of focus mode`, ''],
  ['u2', `ya the pings are a lot tbh, i muted the channel bc of it`, ''],
  ['u3', `wow ok so im the problem now. u guys turned me into the villain for wanting to talk to my friend`, 'b>u2'],
  ['u4', `nobody said villain. u1 asked for fewer pings, thats all`, ''],
  ['u3', `u1 literally told me last week i could ping whenever i want`, 'g>u1'],
  ['u1', `i said u could ping me if it was urgent. memes arent urgent 😭`, ''],
  ['u3', `that is NOT what u said, u always change the rules afterwards`, 'g>u1'],
  ['u5', `ok. u1 just set a boundary. u3 can u live with "urgent only"?`, ''],
  ['u3', `fine. but when u miss something important dont come crying to me, thats on u`, 'b>u1'],
  ['u1', `deal 🤝`, ''],
]);

// c55 share-circle timing
conv(ANX, 'slack', [
  ['u1', `Feedback on last night's share circle: I felt cut off when I was talking about my panic at the supermarket. I know time is limited, I just felt rushed.`, ''],
  ['u2', `Thank you for saying so. I was facilitating, and I did move us on quickly. I'm sorry, I was watching the clock too closely.`, ''],
  ['u3', `I think that's unfair to u2. Nobody cut you off. You'd been talking for ages.`, 'g>u1'],
  ['u1', `I'd talked for maybe three minutes?`, ''],
  ['u4', `Small correction: the timer showed about four minutes for u1, and most people had five or six. Not a big deal, just for accuracy.`, ''],
  ['u3', `Timers aren't everything. It felt like ages to the rest of us, and you know you ramble when you're anxious.`, 'gd>u1'],
  ['u2', `u3, I appreciate you looking out for me, but I genuinely did rush u1. That's mine to fix.`, ''],
  ['u3', `You're too kind. If u1 had got to the point, you wouldn't have needed to rush anyone.`, 'b>u1'],
  ['u5', `I get that timing stuff is stressful, and I also think u1's feedback was really gentle. Can we just take it?`, ''],
  ['u3', `Sure. I'll just sit here as the only one who noticed u1 went over.`, 'g>u1'],
  ['u6', `Going forward, maybe we use a visible timer so nobody has to guess. Would that help, u1?`, ''],
  ['u1', `Yes, that would help a lot. Thanks u2, and thanks u4 for checking.`, ''],
]);

// c56 the missed coffee
conv(REC, 'slack', [
  ['u1', `u3, I waited at the coffee shop for an hour today. I thought we'd agreed on 10 to go over my step four. Are you okay?`, ''],
  ['u3', `We agreed on next week. I'm certain of it.`, 'g>u1'],
  ['u1', `I have your message here saying "Thursday at 10, same place". I'm not upset, just worried about you.`, ''],
  ['u3', `That message was about the week after. You must have read it wrong, which, no offence, you do.`, 'g>u1'],
  ['u2', `Ugh, scheduling over text is the worst. Maybe confirm the day before next time?`, ''],
  ['u3', `Honestly, u1, if you'd confirmed like a normal person you wouldn't have sat there for an hour. I can't run your calendar for you.`, 'b>u1'],
  ['u1', `You're right that I could have confirmed. I'll do that from now on.`, ''],
  ['u4', `Can I gently say that "Thursday at 10" is pretty clear, though? It's okay to just say you forgot, u3. We all do.`, ''],
  ['u3', `I didn't forget anything. And I'd rather not be put on trial in front of everyone because u1 wanted an audience.`, 'gb>u1'],
  ['u5', `Nobody put you on trial. u1 literally asked if you were okay.`, ''],
  ['u3', `...Fine. I forgot. I'm sorry, u1. I've had a rough week and I didn't want to admit it.`, ''],
  ['u1', `Thank you. Honestly I'm just glad you're okay. Next Thursday?`, ''],
  ['u3', `Next Thursday. I'll set two alarms.`, ''],
]);

// c57 three years since the hospital (past-tense look-alike)
conv(DEP, 'discord', [
  ['u1', `rough anniversary today. 3 yrs since i was in hospital after my attempt. weirdly emotional about it`, ''],
  ['u2', `sending love 💛 anniversaries are weird like that. proud ur here`, ''],
  ['u3', `why mark that tho. kinda morbid ngl`, 'd>u1'],
  ['u1', `im not celebrating it exactly. more like noticing im still here`, ''],
  ['u4', `noticing ur still here is worth noticing. 3 yrs is a lot of days`, ''],
  ['u3', `idk seems like u just want ppl to feel sorry for u once a year`, 'd>u1'],
  ['u1', `that stings ngl`, ''],
  ['u3', `ur reading way too much into one comment, relax`, 'd>u1'],
  ['u5', `u3 u dont get to tell someone how to feel about surviving`, ''],
  ['u3', `lol ok im the bad guy again. if u1 didnt post heavy stuff all the time ppl wouldnt react like this`, 'b>u1'],
  ['u6', `u3 take a break pls. u1 glad ur here, genuinely`, ''],
  ['u1', `🫶 ty. getting my fav takeout to mark it`, ''],
]);

// c58 launch slipped, retro blame
conv(ADHD, 'slack', [
  ['u1', `Our team missed a launch, and in the retro my manager more or less said it was because I "can't prioritise". I did miss one handoff and I own that, but there were four other blockers.`, ''],
  ['u2', `It's good that you can own your part. Being made the sole reason for a group failure isn't fair, though.`, ''],
  ['u3', `Forgive me, but "four other blockers" sounds a lot like excuses. If you'd done the handoff on time, none of the others would have mattered.`, 'b>u1'],
  ['u1', `The handoff was a day late. The launch slipped by two weeks.`, ''],
  ['u4', `Respectfully, u3, a one-day delay doesn't usually cause a two-week slip. That sounds like a process problem.`, ''],
  ['u3', `You weren't there, u4. u1 is obviously telling the version where they come off best.`, 'g>u1'],
  ['u1', `I'm honestly not. I said I missed the handoff in my very first message.`, ''],
  ['u3', `Sure, right after framing yourself as the victim. People with ADHD do this constantly, it's always the system and never them.`, 'd>u1'],
  ['u5', `That's a sweeping statement about a lot of people in this channel.`, ''],
  ['u3', `I only said it because u1 pushed me to be blunt. Don't blame me for answering honestly.`, 'gb>u1'],
  ['u6', `Nobody asked for blunt. u1, it might help to ask your manager for the retro notes in writing and reply to the blockers point by point. Keep it factual.`, ''],
  ['u1', `Good idea. I'll do that calmly tomorrow.`, ''],
]);

// c59 "can we chat tomorrow?"
conv(ANX, 'slack', [
  ['u1', `Got a text from my manager saying "can we chat tomorrow?" with no context and I've been spiralling all evening.`, ''],
  ['u2', `Ugh, the dreaded no-context message. Have you managed to do anything to distract yourself?`, ''],
  ['u3', `I'm sure it's fine! I've had dozens of those and it's nearly always about scheduling. Try not to spiral, though I know that's easier said than done.`, ''],
  ['u4', `No offence, but you do this every week. Every message from your boss is the end of the world. It's getting a bit old.`, 'd>u1'],
  ['u1', `Is it every week? I don't think I've posted about work since last month.`, ''],
  ['u4', `Trust me, it's every week. You just don't notice because you're so wrapped up in it.`, 'g>u1'],
  ['u5', `I had a look: u1's last work post was about three weeks ago. Not every week.`, ''],
  ['u4', `Well, it feels like every week, and that's down to how much u1 catastrophises in every single post.`, 'b>u1'],
  ['u3', `I think it's okay for u1 to need this space for work anxiety, whatever the frequency.`, ''],
  ['u1', `Update: it was about my holiday request. Approved. I feel silly now.`, ''],
  ['u2', `Not silly at all. Your brain was trying to protect you. Glad it's good news!`, ''],
  ['u4', `Told you so. Maybe next time save the panic for something real.`, 'd>u1'],
]);

// c60 relapse together at a party
conv(REC, 'slack', [
  ['u1', `I need to own something. u2 and I went to the same party on Friday and we both drank. I'm back to day one and I'm not going to pretend otherwise.`, ''],
  ['u2', `I wasn't going to post, but yeah. Day two for me.`, ''],
  ['u1', `For what it's worth, I suggested going. That part is on me.`, ''],
  ['u2', `Honestly, it is on you. You kept topping up my glass and saying one night wouldn't count. I'd never have drunk if you hadn't been there.`, 'b>u1'],
  ['u1', `I didn't top up your glass. I was at the other end of the room most of the night.`, ''],
  ['u2', `You did. You're just blocking it out like you always do.`, 'g>u1'],
  ['u3', `This sounds like a really painful night for both of you. I don't think anyone can reconstruct who poured what. Could we focus on day one and day two?`, ''],
  ['u2', `Easy for you to say. u1 is the reason I have to start over, not me.`, 'b>u1'],
  ['u1', `I did say "one night won't count" at some point, and I regret it. But I'm not going to carry your drinking for you.`, ''],
  ['u4', `I relapsed alongside a friend once and we spent weeks blaming each other. It only got better when we each called our own sponsors and stopped talking about the other person.`, ''],
  ['u2', `Maybe. I'm just angry.`, ''],
  ['u5', `Angry makes sense. You're both welcome here, and you're both at the start again, which is still a start.`, ''],
]);

// ---------- emit ----------
let n = 0;
const out = [];
for (const c of C) {
  n++;
  const cid = `${SET}-c${String(n).padStart(2, '0')}`;
  const spoken = new Set();
  const messages = c.messages.map(([author, text, spec], i) => {
    const [letters, target] = spec.split('>');
    const labels = [...(letters || '')].map((l) => {
      if (!LETTER[l]) throw new Error(`${cid} m${i + 1}: bad label letter ${l}`);
      return LETTER[l];
    });
    if (target && !spoken.has(target)) throw new Error(`${cid} m${i + 1}: target ${target} has not spoken`);
    if (target && target === author) throw new Error(`${cid} m${i + 1}: self-target`);
    if (!target && labels.some((l) => l !== 'crisis')) throw new Error(`${cid} m${i + 1}: g/d/b needs a target`);
    spoken.add(author);
    return {
      id: `${cid}-m${String(i + 1).padStart(2, '0')}`,
      author,
      text,
      labels,
      phi: [],
      target: target || null,
    };
  });
  out.push(JSON.stringify({ id: cid, group: c.group, platform: c.platform, messages }));
}
process.stdout.write(out.join('\n') + '\n');
