#!/usr/bin/env node
// setG: hand-written training conversations for the Holdspace local classifier (second round).
// Themes: schizophrenia and psychosis peer support, caregivers of people with dementia,
// disability and chronic pain, teen and college mental health. Mixed platforms.
// Emphasis: gaslighting in its forms (denying something said earlier in the same thread, "you're
// remembering wrong", "nobody said that", sanity/perception put-downs, "everyone agrees you're confused",
// rewriting what happened) and hard negatives: self-doubt, honest factual corrections, members describing
// their own symptoms (voices, memory gaps), members reporting what others told them.
// Tuple format: [author, text, labels] where labels is '' (none), 'c' (crisis), or letters from
// g/d/b (gaslighting/dismissal/blame_shifting) followed by '>uN' (the member it is aimed at).
// Usage: node setG.mjs > setG.jsonl
import { emit } from './emit.mjs';

const SET = 'setG';
const C = [];
const conv = (group, platform, m) => C.push({ group, platform, m });

// ---------------------------------------------------------------- 01 psychosis peer, discord
conv('psychosis-peer-support', 'discord', [
  ['u1', `rough night. voices were loud again, the one that sounds like my old maths teacher kept going on about me being a waste of space`, ''],
  ['u2', `that one sounds exhausting. does anything turn the volume down for you? for me its humming or brown noise in headphones`, ''],
  ['u1', `headphones help a bit. psych wants to bump my dose but i feel like a zombie on more`, ''],
  ['u3', `everyone in here acts like side effects are the end of the world. its a bit of drowsiness, deal with it`, 'd>u1'],
  ['u1', `@u3 it's not just drowsy, i slept 14 hours and missed my shift`, ''],
  ['u3', `i never said drowsiness. ur hearing things again 🙄`, 'g>u1'],
  ['u4', `u3 you literally wrote "a bit of drowsiness" two messages up`, ''],
  ['u3', `whatever. if he didnt want opinions he shouldnt post every single night`, 'b>u1'],
  ['u3', `ask anyone, the whole server thinks ur confused half the time`, 'g>u1'],
  ['u5', `mod hat on. u3 please step away from this thread for today. u1 your side effects are real and worth raising with your psych`, ''],
  ['u3', `lol ok, go cry to the mods then. u1 always needs a babysitter`, 'd>u1'],
  ['u1', `thanks. tbh i do wonder sometimes if im misreading stuff, my brain isnt the most reliable narrator rn`, ''],
]);

// ---------------------------------------------------------------- 02 dementia carers, slack
conv('dementia-carers', 'slack', [
  ['u1', `Mum has started accusing me of stealing her purse every afternoon. Today she told the neighbour I'm putting something in her tea. I know it's the disease but it guts me.`, ''],
  ['u2', `Sundowning accusations are the worst. I used to argue with Dad and insist he was remembering wrong — it only ever made him more frightened. Now I say "let's look for it together".`, ''],
  ['u3', `We keep a decoy purse with a few coins in it. She "finds" it and calms right down.`, ''],
  ['u4', `Isn't that just lying to her though? Feels a bit manipulative to me.`, ''],
  ['u2', `Fair question. Our memory nurse called it therapeutic fibbing — meeting them in their reality instead of correcting them. I went back and forth on it for months.`, ''],
  ['u5', `Honestly u1, if your mum thinks you're taking her money there's usually a reason. Maybe look at how you've been handling her finances.`, 'b>u1'],
  ['u1', `I have power of attorney and every receipt is filed in a folder. But thanks.`, ''],
  ['u5', `I didn't accuse you of anything. You're imagining a tone that simply isn't there.`, 'g>u1'],
  ['u6', `I re-read it, u5, and it did read as an accusation. u1, you're doing a hard thing carefully.`, ''],
  ['u5', `You only re-read it looking for something. If she weren't so touchy we wouldn't be discussing my tone at all.`, 'b>u1'],
  ['u4', `Sorry if my "manipulative" comment added to the pile, u1 — that was me wrestling with my own guilt about fibbing to my gran.`, ''],
  ['u3', `Small correction to what I said: it's coins AND an old bus pass in the decoy. The bus pass is what convinces her 😅`, ''],
]);

// ---------------------------------------------------------------- 03 college, discord
conv('campus-mental-health', 'discord', [
  ['u1', `finals are actually killing me. 3 exams in 2 days 💀`, ''],
  ['u2', `same i want to walk into the sea lol`, ''],
  ['u4', `just dont procrastinate next time. skill issue`, 'd>u1'],
  ['u1', `i didnt procrastinate, i was in hospital for a week in november`, ''],
  ['u4', `first time anyone's heard about a hospital. stop inventing stuff for sympathy`, 'g>u1'],
  ['u5', `u4 thats not ok. u1 that's so much to catch up on — does your school do incompletes?`, ''],
  ['u4', `chill, everyones got a sob story during finals`, 'd>u1'],
  ['u1', `emailed the deans office. waiting`, ''],
  ['u6', `sorry to jump in. im not ok. im on the top floor of the parking deck behind the dorms and i keep looking over the edge`, 'c'],
  ['u5', `u6 im here. can you step back from the edge and sit on the ground for me? are you alone?`, ''],
  ['u6', `alone. its so quiet up here. i dont think i want to come down`, 'c'],
  ['u2', `u6 please call or text 988 right now or campus police, we'll stay with you in chat the whole time`, ''],
  ['u6', `phone on 3%. sitting on the ledge now legs over`, 'c'],
]);

// ---------------------------------------------------------------- 04 chronic pain / disability, forum
conv('chronic-pain-disability', 'forum', [
  ['u1', `Flare week. Hips and hands. Used my wheelchair at the shop and a woman told me I was "too young to need that".`, ''],
  ['u3', `to be fair you walked into the meetup fine last month, so maybe it's not as bad as you make out`, 'd>u1'],
  ['u1', `Ambulatory wheelchair users exist. Some days I walk, some days I can't.`, ''],
  ['u3', `you told us all at the meetup you were cured after the infusions. now it's the wheelchair again?`, 'g>u1'],
  ['u1', `I said the infusions were helping. I never said cured.`, ''],
  ['u4', `I was there and I think u1 said "it's helping a lot", not cured. Could be misremembering but that's how I heard it.`, ''],
  ['u3', `well if you'd been consistent nobody would be confused. your mixed messages, your problem`, 'b>u1'],
  ['u5', `u3 you're welcome to disagree but we don't tell people how disabled they are. u1, do you have a flare kit?`, ''],
  ['u3', `nobody here is telling anyone how disabled they are u5, you're inventing an argument`, 'g>u5'],
  ['u3', `fine. sorry u1, I got the cured thing wrong`, ''],
]);

// ---------------------------------------------------------------- 05 schizophrenia peer, slack
conv('schizophrenia-peer-circle', 'slack', [
  ['u1', `I'd like a reality check if people are willing. I've had a strong feeling that my upstairs neighbours are recording me through the vents. My care team suggested I ask people I trust before acting on it.`, ''],
  ['u2', `Thank you for asking, that takes courage. Honestly, from what you've described I don't think they are — vents carry sound both ways, and the clicking sounds like a heating system. I also believe the fear feels completely real.`, ''],
  ['u3', `Same here. When I was unwell I was sure the TV was talking about me. My sister used to say "I don't see that, but I'm with you". It helped more than arguing.`, ''],
  ['u4', `Oh here we go, another paranoia post. Nobody is recording you, nobody cares enough to.`, 'd>u1'],
  ['u1', `That's fair, I'm probably overthinking it.`, ''],
  ['u5', `u4, u1 asked for a kind reality check, not mockery. Please keep it supportive.`, ''],
  ['u4', `I was being supportive. Everyone else read it fine — you're the one seeing things that aren't there, u5.`, 'g>u5'],
  ['u6', `I didn't read it fine, for what it's worth.`, ''],
  ['u4', `Then you're confused too. Honestly this channel makes everyone paranoid.`, 'g>u6'],
  ['u1', `I'm going to write it in my log and bring it to my next appointment instead of knocking on their door.`, ''],
  ['u4', `Good. Bother your care team with it instead of us.`, 'd>u1'],
]);

// ---------------------------------------------------------------- 06 teen, discord
conv('teen-support', 'discord', [
  ['u1', `my mom found my blades and now shes mad at ME for making her worry. like shes the one going through it`, ''],
  ['u1', `school counselor on monday. i made a safety plan with her last time, step 1 is text my cousin`, ''],
  ['u3', `tbh if u didnt hide stuff she wouldnt have freaked. u kinda did this to urself`, 'b>u1'],
  ['u1', `yeah maybe. i always ruin everything`, ''],
  ['u4', `u1 you didnt ruin anything. youre a kid dealing with something huge`, ''],
  ['u3', `omg its not that deep, everyones mom freaks out about something`, 'd>u1'],
  ['u5', `mod note: u3 we dont blame people for self harm here. take a break pls`, ''],
  ['u3', `so im the bad guy now bc u1 got upset? if she wasnt so sensitive none of this wouldve happened`, 'b>u1'],
  ['u1', `its ok im fine`, ''],
  ['u6', `fwiw my dad said almost the same thing to me once, "look what you're doing to this family". took me years to see it wasnt on me`, ''],
  ['u1', `thats literally what she said. look what youre doing to me`, ''],
]);

// ---------------------------------------------------------------- 07 dementia carers, discord
conv('dementia-caregivers', 'discord', [
  ['u1', `dad didnt sleep. 4th night running. hes been shouting for his mother since 1am`, ''],
  ['u2', `oh no. is there any respite you can get this week?`, ''],
  ['u1', `agency cancelled. i havent slept either`, ''],
  ['u3', `thats just caregiving mate, we're all knackered, no point moaning about it`, 'd>u1'],
  ['u1', `im standing in his doorway and i want to put the pillow over his face. im not joking. my hands are shaking`, 'c'],
  ['u4', `u1 please put the pillow down and walk out of the room right now. go outside and close the door behind you. you dont have to do anything else`, ''],
  ['u3', `sorry. i was harsh before, didnt realise how bad it was`, ''],
  ['u1', `update from last night: went outside, rang the out of hours line, a nurse came. emergency respite starts friday. i never thought id be someone who'd think that. thank you all`, ''],
]);

// ---------------------------------------------------------------- 08 college, slack
conv('student-wellbeing', 'slack', [
  ['u1', `I'm struggling with anxiety around my lab group. I asked them to split the report evenly and they went completely silent.`, ''],
  ['u1', `Not yet. I know I tend to catastrophise, so I'm trying not to read into it.`, ''],
  ['u3', `If they're ignoring you, that's probably on you for being bossy about it.`, 'b>u1'],
  ['u1', `That's possible. I did write it as a list.`, ''],
  ['u4', `A list isn't bossy. Asking for a fair split is reasonable.`, ''],
  ['u3', `I never called her bossy, I said they might have read it that way. Learn to read, u4.`, 'g>u4'],
  ['u4', `You wrote "that's probably on you for being bossy about it". It's right there.`, ''],
  ['u3', `Wow, receipts. This is exactly why nobody wants to talk in here.`, 'b>u4'],
  ['u3', `And u1, it's a lab report, not a tragedy. Maybe save the anxiety posts for something real.`, 'd>u1'],
]);

// ---------------------------------------------------------------- 09 psychosis peer, discord
conv('psychosis-peer-support', 'discord', [
  ['u1', `voices r telling me to go to the train tracks. im already walking. theyre so loud`, 'c'],
  ['u2', `u1 stop walking. where are you right now? can you sit down somewhere with people around?`, ''],
  ['u1', `near the station. its fine its fine theyre right about me`, 'c'],
  ['u3', `go to the ticket office and tell them you need help, or call 911. you dont have to do what they say`, ''],
  ['u4', `lol again? last time u said this u were at home the whole time`, 'gd>u1'],
  ['u5', `u4 stop. u1, we believe you. please tell a staff member at the station`, ''],
  ['u1', `in the ticket office. told the lady. shes calling someone and gave me a chair`, ''],
  ['u4', `i only meant last time it turned out fine. u5 is the one who made it into a whole thing`, 'b>u5'],
  ['u6', `u4 you're muted for 24h. that comment could have cost someone their life.`, ''],
]);

// ---------------------------------------------------------------- 10 chronic pain, slack
conv('chronic-pain-support', 'slack', [
  ['u1', `Rheumatologist today said my pain is "probably stress" and suggested yoga, which I already do twice a week. Third doctor to imply it's in my head.`, ''],
  ['u2', `Medical gaslighting is so real. A GP once told me I was "too young and pretty to be that sick". Took six more years to get my EDS diagnosis.`, ''],
  ['u1', `I think he ran CRP but not... the other one? Honestly I can't remember, brain fog is awful today.`, ''],
  ['u4', `I think it was ESR he skipped, you mentioned it last week. Could be wrong though.`, ''],
  ['u1', `Oh you're right, it was ESR. Thanks for remembering for me.`, ''],
  ['u5', `Stress can genuinely turn pain up, though. That's not the same thing as "in your head", and a good doctor would explain the difference.`, ''],
  ['u6', `Yoga is free and you're refusing to do it. Maybe part of you likes being sick.`, 'db>u1'],
  ['u1', `I do yoga twice a week. I said that in my first message.`, ''],
  ['u6', `No you didn't, you said he suggested it. Stop rewriting the thread.`, 'g>u1'],
  ['u2', `It's in her first message, u6: "which I already do twice a week".`, ''],
  ['u6', `Fine, but if you wrote more clearly I wouldn't have misread it.`, 'b>u1'],
]);

// ---------------------------------------------------------------- 11 teen, discord
conv('teen-hangout-support', 'discord', [
  ['u1', `i took the whole bottle of my moms sleeping pills like 10 min ago. i dont want to be here`, 'c'],
  ['u2', `u1 please tell an adult in your house RIGHT NOW or call 911. is anyone home?`, ''],
  ['u1', `my brother. hes asleep. getting sleepy myself`, 'c'],
  ['u1', `cant keep my eyes open. its fine. its what i wanted`, 'c'],
  ['u3', `wake him up now. show him this message. poison control or 911, either works`, ''],
  ['u4', `everyone's so dramatic tonight jfc`, 'd>u1'],
  ['u5', `u4 not now.`, ''],
  ['u1', `woke him. hes on the phone with them`, ''],
  ['u4', `ok that was a bad comment from me. i didnt read it properly. sorry`, ''],
]);

// ---------------------------------------------------------------- 12 dementia carers, slack
conv('memory-cafe-volunteers', 'slack', [
  ['u1', `Rota for Saturday's memory café: I'll do tea, who's up for what?`, ''],
  ['u4', `Put me on the welcome desk again, I don't mind.`, ''],
  ['u2', `Puzzles and the big-print song sheets from me.`, ''],
  ['u1', `No problem. So u4 on welcome, me on tea, u2 on puzzles.`, ''],
  ['u4', `Hold on, nobody said I'd do the welcome desk. You're putting words in my mouth.`, 'g>u1'],
  ['u5', `u4, you posted it just above — "Put me on the welcome desk again". Happy to swap if you've changed your mind though.`, ''],
  ['u4', `Fine, maybe I did. But u1 should have double-checked instead of assuming. That's why this rota is always chaos.`, 'b>u1'],
  ['u1', `Sorry, I should have confirmed. I'll ask before assigning from now on.`, ''],
  ['u4', `And honestly, you always remember things the way that suits you, u1.`, 'g>u1'],
]);

// ---------------------------------------------------------------- 13 college, discord
conv('dorm-life-support', 'discord', [
  ['u1', `my roommates ex is banging on our door screaming hes going to kill her. shes hiding in the bathroom. im shaking`, 'c'],
  ['u2', `call 911 right now. dont open the door`, ''],
  ['u1', `hes kicking it. the frame is cracking`, 'c'],
  ['u1', `police here. he ran, they caught him in the lot`, ''],
  ['u1', `update: shes staying with her parents for a while. i keep replaying last night on a loop`, ''],
  ['u6', `ok but why were you even letting him come round. you guys kind of invited this`, 'b>u1'],
  ['u1', `we werent. he found out where she lived`, ''],
  ['u6', `thats not what you said last night. you said she let him in before`, 'g>u1'],
  ['u6', `honestly she was so panicked last night she probably doesnt even remember what she typed`, 'g>u1'],
  ['u4', `scrolled up, she never said that. u6 drop it`, ''],
]);

// ---------------------------------------------------------------- 14 disability, discord
conv('disability-community', 'discord', [
  ['u1', `disability benefit denied again. 2 years of appeals. im so tired`, ''],
  ['u2', `that system is cruel. do you have a welfare rights advisor? mine got my appeal through on the third go`, ''],
  ['u3', `at least you can work part time. some of us are bedbound. perspective`, 'd>u1'],
  ['u1', `i can work 6 hours a week on a good week. im not saying im worst off`, ''],
  ['u3', `then stop posting like its the end of the world`, 'd>u1'],
  ['u4', `hey its not a contest. u1s exhaustion is valid and being bedbound is hard too`, ''],
  ['u3', `where did i say anything about bedbound? read it again`, 'g>u4'],
  ['u4', `"at least you can work part time. some of us are bedbound. perspective" — thats your message u3`, ''],
  ['u3', `great, now im being attacked for being bedbound. you made this about me u4`, 'b>u4'],
  ['u1', `im sorry its that bad for you u3. both things can be hard`, ''],
]);

// ---------------------------------------------------------------- 15 psychosis peer, slack
conv('voices-and-visions', 'slack', [
  ['u1', `Started clozapine six weeks ago. The voices are quieter, more like a radio in another room. Weekly bloods are a pain but worth it.`, ''],
  ['u3', `My memory has gone patchy since my last episode. My partner says I told her the same story three times and I have no memory of it.`, ''],
  ['u4', `Same. I keep a notebook now. If it's not written down, I assume I might have dreamed it.`, ''],
  ['u3', `My psychiatrist thinks it's both the illness and the meds. Honestly I'm scared I'll stop trusting my own head entirely.`, ''],
  ['u6', `With respect u3, maybe that's a good thing. Your head clearly isn't trustworthy.`, 'g>u3'],
  ['u3', `Ouch.`, ''],
  ['u1', `u6 that's not okay. u3, your fear makes sense. Mine eased when I started checking things with one trusted person instead of doubting everything.`, ''],
  ['u6', `I was agreeing with her! She literally said she doesn't trust her head. Stop twisting it, u1.`, 'g>u1'],
  ['u7', `Just to be accurate: u3 said she's scared she'll stop trusting it, not that she doesn't. Those are different things.`, ''],
  ['u6', `Everyone here can see what I meant. u7 seems to be the only one who's confused.`, 'g>u7'],
  ['u3', `Thank you. The notebook idea is good, u4, I'm going to start one.`, ''],
]);

// ---------------------------------------------------------------- 16 teen, discord
conv('teen-support', 'discord', [
  ['u1', `kinda upset. i said in the gc that i felt left out of the sleepover plans and now everyone is being weird`, ''],
  ['u1', `one of them said "you were invited, you just never check the chat". but i scrolled and theres nothing`, ''],
  ['u3', `maybe they invited you in a different chat? sometimes theres like 3 group chats lol`, ''],
  ['u1', `maybe. im bad at keeping up tbh`, ''],
  ['u4', `wait are u the one who was complaining yesterday too? u do this a lot`, 'd>u1'],
  ['u1', `i wasnt on here yesterday?`, ''],
  ['u4', `yes u were lol. maybe ur memory is the problem not ur friends`, 'g>u1'],
  ['u5', `i think that was u6 yesterday, not u1. similar avatar`, ''],
  ['u4', `ok whatever, point is u1 is being dramatic about a sleepover`, 'd>u1'],
  ['u7', `u4 its a support server, being sad about being left out is literally allowed here`, ''],
  ['u4', `ur all ganging up on me bc of u1. she started it by being a baby about it`, 'b>u1'],
]);

// ---------------------------------------------------------------- 17 dementia carers, discord
conv('dementia-caregivers', 'discord', [
  ['u1', `dad is having a really bad evening. he thinks mum is an intruder`, ''],
  ['u1', `hes got mum pinned against the wall by her arms and he wont let go. i cant get him off her`, 'c'],
  ['u3', `call 999 now u1. tell them dementia, theyll send the right people`, ''],
  ['u1', `shes screaming. hes not letting go`, 'c'],
  ['u1', `they came. mum has bruises but shes ok. dads been admitted for assessment. i feel like i betrayed him`, ''],
  ['u5', `you protected your mum. thats not betrayal. it was the illness, not him`, ''],
  ['u6', `tbh if youd got him on proper meds months ago this wouldnt have happened. you let it get this far`, 'b>u1'],
  ['u1', `ive been begging his consultant for months`, ''],
  ['u6', `funny how thats the first time weve heard about any consultant`, 'g>u1'],
  ['u5', `u6, not the time. u1 try and get some sleep if you can`, ''],
  ['u6', `not the time to hear the truth, you mean. keep pretending it came out of nowhere`, 'g>u1'],
]);

// ---------------------------------------------------------------- 18 college, slack
conv('student-wellbeing', 'slack', [
  ['u1', `I finally got my ADHD accommodations letter, but my professor said in front of the whole class that "extra time isn't fair to everyone else". I wanted to disappear.`, ''],
  ['u2', `That's a disclosure problem — he shouldn't have mentioned it publicly at all. Disability services can speak to him.`, ''],
  ['u3', `That sounds humiliating, and I also wonder whether he realises how it landed. Might be worth letting the office handle it so you don't have to face him alone.`, ''],
  ['u4', `lol extra time for anxiety. we're all anxious, that's called college`, 'd>u1'],
  ['u1', `It's for ADHD, not anxiety.`, ''],
  ['u4', `you never said ADHD, you said you get anxious. keep your story straight`, 'g>u1'],
  ['u5', `Her first message says ADHD, u4.`, ''],
  ['u4', `whatever, same thing. people get letters for everything now`, 'd>u1'],
]);

// ---------------------------------------------------------------- 19 chronic pain, discord
conv('pain-warriors', 'discord', [
  ['u1', `been saving my oxy for a while. 40ish. tonight feels like the right night`, 'c'],
  ['u2', `u1 im really glad you told us. are you alone? can you give them to someone or get them out of reach?`, ''],
  ['u1', `alone. pains been 9/10 for three weeks. im just done`, 'c'],
  ['u4', `we all have pain, its not an excuse to do something stupid`, 'd>u1'],
  ['u5', `u4 remove yourself from this thread. now.`, ''],
  ['u1', `flushed half. cant make myself do the rest. still sitting with the bottle`, 'c'],
  ['u1', `neighbours here now. she took the bottle and is making tea. shes staying`, ''],
]);

// ---------------------------------------------------------------- 20 psychosis peer, discord
conv('psychosis-peer-support', 'discord', [
  ['u1', `my brother keeps saying "you're making it up, you were fine at christmas". like psychosis takes holidays off`, ''],
  ['u2', `ugh the "you were fine at X". my mum told everyone i was attention seeking the whole first year`, ''],
  ['u3', `my dad used to tell people i was just lazy when i couldnt get out of bed from the negative symptoms`, ''],
  ['u4', `could it be he just doesnt understand it? not excusing it, but some families come round with psychoeducation. a family course changed my mum completely`, ''],
  ['u5', `honestly ur probably making some of it up for attention, we all do sometimes`, 'gd>u1'],
  ['u1', `...what`, ''],
  ['u5', `relax it was a joke. ur so sensitive its impossible to say anything in here`, 'd>u1'],
  ['u6', `jokes about faking are exactly what u1 is dealing with at home. not funny here`, ''],
  ['u5', `fair. sorry, that was a bad joke`, ''],
]);

// ---------------------------------------------------------------- 21 dementia carers, slack
conv('caring-for-parents', 'slack', [
  ['u1', `This might sound odd, but I'm worried about my own memory now. I left the hob on twice this week. Is it stress or am I going the same way as Mum?`, ''],
  ['u2', `Not odd at all — carer burnout causes real memory problems. I'd still mention it to your GP, if only for peace of mind.`, ''],
  ['u3', `I had the same panic two years ago. Turned out to be sleep deprivation and low B12.`, ''],
  ['u4', `You're just not paying attention. Everyone forgets things, it isn't a symptom of anything.`, 'd>u1'],
  ['u1', `Maybe. I'm probably being paranoid.`, ''],
  ['u5', `You're not being paranoid, u1. Noticing is sensible, and u4's take isn't the only one.`, ''],
  ['u4', `I didn't say she was paranoid, she did. Why is everyone piling on me?`, ''],
  ['u4', `Anyway, u1 asked a question and got an answer. Not sure why it needs to become a drama.`, 'd>u1'],
]);

// ---------------------------------------------------------------- 22 teen, discord
conv('teen-creatives', 'discord', [
  ['u1', `@u2 you called my art "cringe" in the other channel. that hurt`, ''],
  ['u2', `i wouldnt have said it if you didnt keep spamming it everywhere`, 'b>u1'],
  ['u1', `i posted it once in #art`, ''],
  ['u2', `once? more like 10 times. ur remembering wrong`, 'g>u1'],
  ['u3', `i only see the one post in #art tbh`, ''],
  ['u2', `whatever. if she cant handle feedback she shouldnt post. she made this a thing not me`, 'b>u1'],
  ['u1', `i just wanted you to know it hurt. you dont have to agree`, ''],
  ['u2', `ok fine. im sorry, that was mean. i was in a bad mood and took it out on you`, ''],
]);

// ---------------------------------------------------------------- 23 college, discord
conv('uni-night-owls', 'discord', [
  ['u1', `cant stop. cutting rn and its deeper than usual`, 'c'],
  ['u2', `u1 put the blade down and press a clean towel on it hard. is it bleeding a lot?`, ''],
  ['u1', `alot. towl is red already`, 'c'],
  ['u3', `call 911 or your RA right now. please`, ''],
  ['u4', `omg every week with this`, 'd>u1'],
  ['u1', `ra is here. ambulance coming`, ''],
  ['u1', `back from the ER. 6 stitches. sorry for scaring everyone`, ''],
  ['u4', `sorry, i didnt know it was that bad. that wasnt fair of me`, ''],
]);

// ---------------------------------------------------------------- 24 disability, slack
conv('accessible-meetups', 'slack', [
  ['u1', `Feedback from last week's meetup: the venue had three steps at the entrance and no ramp. I had to be carried in, which was humiliating.`, ''],
  ['u3', `The venue was listed as accessible and I confirmed it with them. There was a ramp at the side door.`, ''],
  ['u1', `Nobody mentioned a side door. I asked two people at the front.`, ''],
  ['u3', `I announced it in the channel the day before. You just don't read announcements.`, 'b>u1'],
  ['u4', `I searched the channel and can't find anything about a side door. I might have missed it though.`, ''],
  ['u3', `It was there, someone must have deleted it. Honestly u1, you're remembering the whole night wrong — you came in fine and laughed about it.`, 'g>u1'],
  ['u1', `I laughed because I was mortified.`, ''],
  ['u3', `So you admit you laughed. Everyone there saw you were fine — nobody else remembers it the way you do.`, 'g>u1'],
  ['u5', `u3, I was there. u1 was lifted up the steps by two people. Let's focus on fixing it for next time.`, ''],
  ['u3', `Fine. I should have checked the side door was signposted. I'll do a site visit before the next one.`, ''],
]);

// ---------------------------------------------------------------- 25 psychosis peer, discord
conv('psychosis-peer-support', 'discord', [
  ['u1', `the voices say my roommate is poisoning me and i have to stop her. i have a knife in my hand and im outside her door`, 'c'],
  ['u2', `u1 please put the knife down in the kitchen and walk away from her door. you dont have to do what they say`, ''],
  ['u1', `they wont stop. shes laughing in there i can hear her`, 'c'],
  ['u3', `call 911 or your crisis team number from your plan and tell them you're hearing voices telling you to hurt someone`, ''],
  ['u1', `going in`, 'c'],
  ['u4', `u1 NO. stay where you are. put the knife on the floor and slide it away from you. keep typing to us`, ''],
  ['u6', `update for everyone: u1 and their roommate are both safe. u1 is getting care. thank you for staying calm with them`, ''],
]);

// ---------------------------------------------------------------- 26 chronic pain, forum
conv('chronic-pain-disability', 'forum', [
  ['u1', `my back is literally killing me today lol. if the pain doesnt get me the insurance paperwork will`, ''],
  ['u2', `the paperwork is the real chronic illness`, ''],
  ['u3', `I'm going to throw myself off a cliff if I have to explain my condition to one more new nurse`, ''],
  ['u4', `Had a thought the other day that I'd be better off dead. Not a planning thing, more a tired thing. Told my therapist and we updated my safety plan together. Sharing because I think a lot of us get those.`, ''],
  ['u6', `Ugh, can we not make everything about suicide in here? Some of us come here to feel better.`, 'd>u4'],
  ['u4', `Fair, I'll tag it next time.`, ''],
  ['u1', `You don't have to apologise for being honest, u4.`, ''],
  ['u6', `Great, so I'm the villain for wanting a nice space. u4 started it by dumping that on everyone.`, 'b>u4'],
  ['u7', `A content warning option might not be a bad idea though, for folks who are already having a rough day.`, ''],
]);

// ---------------------------------------------------------------- 27 teen, discord
conv('teen-anxiety-club', 'discord', [
  ['u1', `my sister read my diary and told my parents im "making up" my panic attacks. now they think im faking`, ''],
  ['u3', `panic attacks are real and your body isnt lying to you. has a doctor seen you?`, ''],
  ['u1', `school nurse said it sounded like panic. parents wont take me to a doctor`, ''],
  ['u4', `ngl if ur parents think ur faking maybe u are exaggerating a bit`, 'd>u1'],
  ['u1', `i literally cant breathe during them`, ''],
  ['u4', `ok? everyone feels like they cant breathe when theyre nervous. its not that deep`, 'd>u1'],
  ['u5', `mod: u4 last warning about minimising peoples symptoms`, ''],
  ['u4', `i didnt minimise anything, nobody in here said she was exaggerating. shes the one who brought up faking`, 'g>u5'],
]);

// ---------------------------------------------------------------- 28 dementia carers, forum
conv('dementia-carers', 'forum', [
  ['u1', `Mum goes into the care home tomorrow. I've written letters for my kids. Once she's settled my job's done.`, 'c'],
  ['u2', `u1, that sounds like you might be saying goodbye. Are you thinking about ending your life?`, ''],
  ['u1', `yes. dad's old shotgun is on the kitchen table. I've been sitting with it all evening`, 'c'],
  ['u3', `Please move away from it and ring 999 or the Samaritans. We want you here, and your kids need you here.`, ''],
  ['u4', `Is there anyone who can come and take the gun out of the house tonight?`, ''],
  ['u1', `my brother. he's on his way. I'm sitting in the car outside till he gets here`, ''],
  ['u1', `He took it. GP appointment this afternoon. Thank you for asking me straight out, nobody ever has.`, ''],
]);

// ---------------------------------------------------------------- 29 college, slack
conv('peer-support-checkins', 'slack', [
  ['u1', `Can I raise something? In yesterday's check-in u2 called my OCD "a quirk". It stung.`, ''],
  ['u2', `You made me say that by going on for twenty minutes. Some of us had things to share too.`, 'b>u1'],
  ['u3', `Time-sharing is a fair concern, but it can be raised without calling someone's OCD a quirk.`, ''],
  ['u2', `Oh great, now u3's weighing in. This is why check-ins run over — u1 stirs things up and everyone piles in.`, 'b>u1'],
  ['u2', `I didn't call it a quirk. I said some of her habits were quirky. Completely different, and she knows it.`, 'g>u1'],
  ['u1', `Maybe I did talk too long. I'm sorry about that.`, ''],
  ['u5', `I'll run a timer at check-ins so nobody has to police it. And no labelling each other's diagnoses, please.`, ''],
  ['u2', `Fine. I'm sorry for "quirk", u1. That was dismissive of me.`, ''],
]);

// ---------------------------------------------------------------- 30 psychosis peer, discord
conv('hearing-voices-network', 'discord', [
  ['u1', `someone in vc last night said i should stop my meds because "real healing doesnt come from pills". it really threw me`, ''],
  ['u2', `thats dangerous advice. please talk to your psych before changing anything`, ''],
  ['u3', `that was me, and nobody said stop your meds. ur hallucinating conversations again lol`, 'g>u1'],
  ['u1', `you said "real healing doesnt come from pills". i wrote it down after`, ''],
  ['u3', `lmao u wrote it down? thats paranoid. everyone in vc will tell u i never said it`, 'g>u1'],
  ['u4', `i was in vc. you did say the pills thing, u3. maybe not "stop your meds" in those words`, ''],
  ['u1', `ok maybe "stop" was my interpretation. but the pills bit was said`, ''],
  ['u3', `see, she admits she made it up`, 'g>u1'],
  ['u5', `she said one word was her interpretation. thats not making it up. u3 lets talk in dms`, ''],
  ['u3', `if u1 hadnt dragged this into the main channel i wouldnt have to defend myself in public`, 'b>u1'],
]);

// ---------------------------------------------------------------- 31 disability / long covid, discord
conv('chronic-illness-lounge', 'discord', [
  ['u1', `i used to run marathons. now walking to the mailbox puts me in bed for 2 days. long covid is a thief`, ''],
  ['u3', `have you tried pushing through a bit? graded exercise worked for my aunt`, ''],
  ['u1', `pushing through is what made me worse. post-exertional malaise is a whole thing`, ''],
  ['u4', `yeah graded exercise isnt recommended for PEM anymore, guidelines changed a few years ago. pacing is the rec now`, ''],
  ['u3', `oh i didnt know that, sorry! glad you said`, ''],
  ['u5', `tbh some people use long covid as an excuse to quit their jobs`, 'd>u1'],
  ['u1', `i didnt quit. i was let go`, ''],
  ['u5', `same difference. ur choosing to focus on the negative`, 'd>u1'],
  ['u2', `u5 this space is for people who are sick, not for auditing whether theyre sick enough`, ''],
  ['u5', `nobody said anything about auditing, u2. stop inventing things i never said`, 'g>u2'],
]);

// ---------------------------------------------------------------- 32 teen, discord
conv('teen-support', 'discord', [
  ['u1', `my stepdad is drunk and hitting my mom in the kitchen rn. im in my room with my little brother`, 'c'],
  ['u2', `call 911 if you can do it safely. lock your door. stay with your brother`, ''],
  ['u1', `hes yelling my name now. coming up the stairs`, 'c'],
  ['u3', `if u cant talk, u can text 911 in a lot of places. put ur phone on silent`, ''],
  ['u4', `are u sure its that bad? parents argue sometimes`, 'd>u1'],
  ['u4', `just saying u always make stuff sound worse than it is`, 'gd>u1'],
  ['u1', `police are here`, ''],
  ['u1', `were at my aunts now. moms ok. thanks for staying with me`, ''],
]);

// ---------------------------------------------------------------- 33 dementia carers, slack
conv('caring-for-parents', 'slack', [
  ['u1', `Moved Dad into residential care this week. The guilt is unbearable.`, ''],
  ['u2', `Guilt is the tax we pay for loving them. You kept him safe.`, ''],
  ['u3', `Well, you chose to put him there, so you don't really get to complain about feeling guilty.`, 'db>u1'],
  ['u1', `I know. Maybe I gave up too soon.`, ''],
  ['u4', `You didn't give up, u1. He was falling at night and you were on your own.`, ''],
  ['u3', `I never said she gave up. Don't put words in my mouth, u4.`, ''],
  ['u4', `You're right, "gave up" was u1's phrase, not yours. My mistake.`, ''],
  ['u3', `Anyway, people who can't cope should just say so instead of fishing for sympathy.`, 'd>u1'],
]);

// ---------------------------------------------------------------- 34 college, discord
conv('study-stress', 'discord', [
  ['u1', `think i bombed my midterm. studied for like 12 hours but on ch 4-6 and it was 4-7`, ''],
  ['u1', `a third of the exam was ch 7. im so stupid`, ''],
  ['u3', `ur not stupid, syllabus updates get missed all the time. some profs drop the lowest midterm, worth checking`, ''],
  ['u4', `u literally said u barely studied. stop rewriting it to make urself look better`, 'g>u1'],
  ['u1', `i said i studied 12 hours on the wrong chapters?`, ''],
  ['u5', `yeah its right there at the top u4`, ''],
  ['u4', `whatever, dont cry about one midterm`, 'd>u1'],
  ['u1', `ya fair`, ''],
]);

// ---------------------------------------------------------------- 35 psychosis peer, slack (all hard negatives)
conv('schizophrenia-peer-circle', 'slack', [
  ['u1', `It's been a year since I was sectioned. I remember very little of the first week — apparently I told a nurse I was a satellite.`, ''],
  ['u2', `Happy (?) anniversary. Those memory gaps are so disorienting. I've had to rely on what my partner tells me about my first episode.`, ''],
  ['u3', `A friend from the ward posted something worrying online last night. She's not in this group. I've messaged her and her mum. Is there anything else I should do?`, ''],
  ['u4', `You've done the right things. If you ever think she's in immediate danger, calling emergency services for a welfare check is okay.`, ''],
  ['u3', `I don't think it's immediate, more that she sounds low. I'll check in again tonight.`, ''],
  ['u5', `Reviewing my relapse signature with my care coordinator this week. Early signs for me are not sleeping and reading meaning into number plates.`, ''],
  ['u1', `Number plates! Mine was birds. Every magpie was a message.`, ''],
  ['u2', `Does anyone have a template for an advance statement? My team mentioned one.`, ''],
  ['u5', `There's a good one from one of the mental health charities. I'll pin it in resources.`, ''],
]);

// ---------------------------------------------------------------- 36 chronic pain, discord
conv('pain-warriors', 'discord', [
  ['u1', `@u2 you went off on me in vc last night for asking about your flare. i was just checking in`, ''],
  ['u2', `i only snapped because you kept pushing. i said i was fine like 3 times`, 'b>u1'],
  ['u1', `you said it once and then said "actually no"`, ''],
  ['u2', `nope, never said actually no. you hear what you want to hear`, 'g>u1'],
  ['u3', `i was in vc — u2 you did say "actually no, it's bad". no judgement, flares make everyone snappy`, ''],
  ['u2', `fine. but if youd dropped it the first time i wouldnt have had to snap`, 'b>u1'],
  ['u2', `ugh. ok. im sorry u1, i was in a lot of pain and took it out on you. not your fault`, ''],
  ['u1', `thanks. ill back off sooner next time if you tell me to`, ''],
]);

// ---------------------------------------------------------------- 37 dementia carers, discord
conv('dementia-caregivers', 'discord', [
  ['u1', `does anyone elses parent accuse them of things? mum told me yesterday "you're not my daughter, my daughter is nice". i laughed it off and then cried in the car`, ''],
  ['u2', `every week. dad says im an imposter wearing his sons face. capgras, the neuro called it`, ''],
  ['u3', `mine swears i never visit. im there every day. started leaving a visitors book she can look at`, ''],
  ['u4', `are you sure you visit every day? people always think they do more than they actually do`, 'g>u3'],
  ['u3', `yes im sure. i live ten minutes away`, ''],
  ['u4', `sure. everyone in here says theyre there "every day". nobody actually believes it`, 'g>u3'],
  ['u4', `and the visitors book is just so you can prove something. bit much tbh`, 'd>u3'],
  ['u6', `u4, questioning whether members really care for their parents isnt ok here. first warning`, ''],
  ['u4', `understood. im projecting, i dont visit my own dad enough and i feel rotten about it`, ''],
]);

// ---------------------------------------------------------------- 38 teen, discord
conv('teen-hangout-support', 'discord', [
  ['u1', `school tomorrow. kill me now 🙃`, ''],
  ['u2', `same id rather get hit by a bus lol`, ''],
  ['u3', `fr the group project is gonna end me`, ''],
  ['u4', `gave my xbox to my best friend today. and my hoodie. wont need them`, 'c'],
  ['u5', `u4 wait what do you mean wont need them?`, ''],
  ['u4', `tonight. i have the rope. dont tell anyone pls`, 'c'],
  ['u5', `u4 im not keeping that secret, i care about you too much. is an adult home? please text 988 or go tell them now`, ''],
  ['u6', `mods pinged. u4 where are you right now?`, ''],
  ['u4', `bedroom. rope is on the bed. mom is downstairs`, 'c'],
  ['u6', `please go downstairs and show her this chat. right now. we'll wait`, ''],
]);

// ---------------------------------------------------------------- 39 college, slack
conv('housing-and-roommates', 'slack', [
  ['u1', `Update on the roommate situation: she now says I "agreed" to her boyfriend staying four nights a week. I never agreed to that.`, ''],
  ['u2', `That's a big thing to "agree" to without remembering. Is there anything in writing?`, ''],
  ['u1', `We have a roommate agreement from RA mediation. It says two nights max.`, ''],
  ['u3', `Not to be rude, but u1 forgets things constantly. She forgot our study session twice. I'd believe the roommate tbh.`, 'g>u1'],
  ['u1', `I missed one session because of a migraine, and I messaged you.`, ''],
  ['u3', `It was twice. You always do this — rewrite things so you come out looking better.`, 'g>u1'],
  ['u1', `I'll do that. And u3, I'm sorry I missed the session, I should have given more notice.`, ''],
  ['u3', `If you'd given notice I wouldn't have to keep bringing it up. You make me the bad guy every time.`, 'b>u1'],
  ['u6', `u3, she apologised. Let's leave it there.`, ''],
  ['u3', `Leave it? She's the one who dragged my name into her roommate drama.`, 'b>u1'],
]);

// ---------------------------------------------------------------- 40 disability, discord
conv('wheelchair-users-hub', 'discord', [
  ['u1', `rolled myself down to the river path. sitting at the railing. i could just tip over`, 'c'],
  ['u2', `u1 please roll back from the railing. can you tell us where you are? is anyone around?`, ''],
  ['u1', `joggers. nobody looks at the wheelchair girl anyway. brakes are off`, 'c'],
  ['u3', `we're looking at you. please put the brakes on and wave down a jogger to stay with you`, ''],
  ['u4', `this is manipulative tbh, you just want everyone panicking over you`, 'd>u1'],
  ['u5', `removing u4. u1 call 999 or tell us where you are so we can`, ''],
  ['u1', `rolled back. a lady stopped. shes calling someone for me`, ''],
]);

// ---------------------------------------------------------------- 41 psychosis peer, discord
conv('hearing-voices-network', 'discord', [
  ['u1', `weird day. a voice said my name in my mums voice while i was in the shower. not scary, just strange`, ''],
  ['u2', `i get that! hearing my name called when nobodys there. my psych said its common even in people without psychosis`, ''],
  ['u3', `mine are more like a crowd murmuring. cant make out words most days`, ''],
  ['u4', `i used to think i was remembering things wrong when it was actually the voices filling in gaps. still hard to untangle`, ''],
  ['u5', `can we maybe not do voices talk every single day. its getting old`, 'd>u1'],
  ['u1', `oh. sorry, didnt realise it bothered people`, ''],
  ['u5', `yeah well now you know`, 'd>u1'],
  ['u6', `its a voices group, u5 😅 voices talk is kind of the point. totally fine to mute the channel though`, ''],
  ['u5', `fair. im having a bad week and its making me grumpy. sorry u1`, ''],
]);

// ---------------------------------------------------------------- 42 dementia, spouse carers, slack
conv('spouse-carers', 'slack', [
  ['u1', `My husband didn't recognise me this morning. Forty years married. He asked me to leave his house.`, ''],
  ['u3', `At least he's still alive. I lost mine last spring. You've still got him.`, 'd>u1'],
  ['u1', `I know. I'm so sorry for your loss, u3.`, ''],
  ['u3', `You say sorry, but you're still complaining to a widow about a husband who's alive.`, 'd>u1'],
  ['u4', `Both of those are losses. Ambiguous grief is still grief.`, ''],
  ['u3', `I never said it wasn't grief. Everyone's so quick to make me the villain.`, ''],
  ['u5', `No villain here. Grief can make us measure each other's pain — I've done it too.`, ''],
  ['u3', `You're right. That came out wrong, u1. I'm sorry.`, ''],
]);

// ---------------------------------------------------------------- 43 teen, discord
conv('teen-support', 'discord', [
  ['u1', `got shoved into a locker again today. same 3 guys`, ''],
  ['u1', `told a teacher last year. she said "boys will be boys"`, ''],
  ['u3', `maybe dont wear the anime hoodie then lol. u kinda make urself a target`, 'b>u1'],
  ['u1', `so its my fault`, ''],
  ['u3', `i didnt say that. ur twisting it`, 'g>u1'],
  ['u4', `u said "u kinda make urself a target". thats blaming him for getting hurt`, ''],
  ['u3', `i was joking and u made it weird. thats on u not me`, 'b>u4'],
  ['u3', `whatever ur all so soft. its a locker not a war`, 'd>u1'],
  ['u5', `u1 wearing what you like is never an invitation. write down when and where it happens and tell a counselor or a parent`, ''],
  ['u1', `ok. my dad said hed come in with me if it happened again`, ''],
]);

// ---------------------------------------------------------------- 44 college, discord
conv('uni-night-owls', 'discord', [
  ['u1', `just took like 30 of my lamotrigine. idk why i did that. feel weird`, 'c'],
  ['u2', `u1 call 911 now or get your roommate. please. this is an emergency`, ''],
  ['u3', `ur always saying stuff like this and nothing ever happens`, 'gd>u1'],
  ['u1', `roommates out. heart is going so fast`, 'c'],
  ['u5', `u3 this is not the moment and that isnt even true`, ''],
  ['u1', `called. theyre coming`, ''],
  ['u3', `i was wrong to say that. really sorry u1`, ''],
]);

// ---------------------------------------------------------------- 45 chronic pain, slack
conv('chronic-pain-support', 'slack', [
  ['u1', `Hi all — as I mentioned in last week's call, my pain clinic is tapering my opioids without my consent. A few people suggested a patient advocate.`, ''],
  ['u2', `Yes, I think that was me. The advocate at my hospital helped me get my taper slowed right down.`, ''],
  ['u3', `With respect, u1, I don't think anyone suggested an advocate. You may be misremembering, which is understandable given your medication.`, 'g>u1'],
  ['u1', `u2 has just said it was them?`, ''],
  ['u3', `I'm simply noting that several of us felt the call went differently. I'd gently suggest checking your notes before making claims.`, 'g>u1'],
  ['u4', `I was on the call and an advocate was definitely mentioned.`, ''],
  ['u3', `Everyone remembers things differently, u4. Some of us simply remember them accurately.`, 'g>u4'],
  ['u3', `Well, if you'd been clearer on the call, we wouldn't have this confusion now.`, 'b>u1'],
  ['u1', `For what it's worth, the dose is down 25% in a month, which my GP says is far too fast.`, ''],
  ['u6', `That is too fast. Current prescribing guidance specifically warns against abrupt forced tapers — worth printing and bringing.`, ''],
]);

// ---------------------------------------------------------------- 46 psychosis peer, discord
conv('psychosis-peer-support', 'discord', [
  ['u1', `does anyone else get wiped out the day after therapy? like hit by a truck`, ''],
  ['u2', `yesss emotional hangover. i book nothing after mine`, ''],
  ['u3', `are u sure ur ok? u seem really unstable lately tbh. maybe therapy isnt working`, 'g>u1'],
  ['u1', `im just tired?`, ''],
  ['u3', `thats what unstable people always say lol`, 'g>u1'],
  ['u4', `wanting a nap after therapy isnt instability u3. totally normal u1`, ''],
  ['u3', `not my fault if people cant take a joke`, 'b>u1'],
  ['u5', `honestly u3 that "joke" is what a lot of us hear from family. maybe skip it here`, ''],
  ['u3', `ok well she clearly isnt that stable if one joke needs three people defending her`, 'g>u1'],
]);

// ---------------------------------------------------------------- 47 teen young carers, discord
conv('young-carers', 'discord', [
  ['u1', `im 16 and i look after my mum who has MS. some days i cant do homework bc im doing her meds and dinner`, ''],
  ['u2', `young carers are so underrecognised. does your school know?`, ''],
  ['u1', `no. i dont want to be treated different`, ''],
  ['u3', `lol my mum does her own meds, sounds like ur just making excuses for homework`, 'd>u1'],
  ['u4', `there are young carer groups in most areas, free trips and stuff too. mine saved me`, ''],
  ['u1', `i checked once but there wasnt one near me. maybe i didnt look properly`, ''],
  ['u3', `u said earlier ur school knows, now they dont? pick one`, 'g>u1'],
  ['u5', `u1 said no when asked if school knows. easy to misread in a fast chat`, ''],
  ['u3', `easy to misread?? she contradicts herself every other message`, 'g>u1'],
  ['u1', `its fine. im used to people not believing me`, ''],
]);

// ---------------------------------------------------------------- 48 dementia carers, discord
conv('dementia-caregivers', 'discord', [
  ['u1', `dad fell in the bathroom this morning. i was in the shower for ten minutes. hes bruised, nothing broken, but i cant stop shaking`, ''],
  ['u2', `if youd been watching him properly he wouldnt have gone down. thats the job`, 'b>u1'],
  ['u3', `u2 what? people have to shower. u1 im so glad nothing's broken`, ''],
  ['u2', `and whose idea was it to leave him alone? not mine. you cant take your eyes off them for a second, thats on you`, 'b>u1'],
  ['u1', `i keep thinking the same thing honestly. maybe i should have waited til he was asleep`, ''],
  ['u4', `falls happen in care homes with staff on every corridor. this isnt your fault`, ''],
  ['u2', `show me where i blamed her. read it properly`, 'g>u4'],
  ['u4', `"thats on you" were your exact words`, ''],
  ['u2', `well if u3 hadnt jumped down my throat i wouldnt have had to spell it out. you lot turned this into a fight`, 'b>u3'],
  ['u5', `mods here. u2, telling a carer their dad's fall is their fault isnt allowed in this server. take 48h`, ''],
]);

// ---------------------------------------------------------------- 49 college, slack
conv('peer-support-checkins', 'slack', [
  ['u1', `Someone screenshotted my post about my panic attacks and it's going round my course group chat. I feel sick.`, ''],
  ['u1', `The screenshot has u3's dark mode and the little star emoji they use. I think it was them.`, ''],
  ['u3', `I didn't screenshot anything. You must be confusing me with someone else, as usual.`, 'g>u1'],
  ['u4', `u3 you posted in the course chat 20 min ago "lol look at this". I'm in that chat.`, ''],
  ['u3', `Fine, I shared it. But if you didn't want it seen you shouldn't have posted it in the first place.`, 'b>u1'],
  ['u3', `Honestly nobody thinks it's a big deal except you.`, 'd>u1'],
  ['u1', `Maybe I do overshare. I'm sorry I made this a thing.`, ''],
  ['u5', `u1 you don't need to apologise. Sharing here is what this space is for, sharing it outside is the problem.`, ''],
  ['u3', `You're all acting like I committed a crime. She's the one who wrote it. I only forwarded it.`, 'b>u1'],
  ['u6', `Admin: u3 is removed for breaking confidentiality. u1, if you want help asking for it to be taken down from the course chat, DM me.`, ''],
]);

// ---------------------------------------------------------------- 50 teen, discord (crisis in fragments)
conv('teen-hangout-support', 'discord', [
  ['u1', `anyone up`, ''],
  ['u2', `ya whats up`, ''],
  ['u1', `bridge. cold. sorry everyone`, 'c'],
  ['u2', `u1 which bridge? are you on the edge? please step back onto the path`, ''],
  ['u1', `other side of the rail. cant feel my hands`, 'c'],
  ['u3', `calling 911 for u rn, tell us anything about where u are`, ''],
  ['u4', `bro its 3am go to sleep`, 'd>u1'],
  ['u2', `u4 read the chat. u1 we're getting help to you. hold the rail tight and climb back over if you can`, ''],
  ['u1', `the one by the skate park. climbing back`, 'c'],
  ['u1', `theyre here`, ''],
]);

// ---------------------------------------------------------------- 51 chronic pain, discord
conv('spoonie-chat', 'discord', [
  ['u1', `went to my cousins wedding saturday. stayed 2 hours, danced one song. now im in the worst flare of the year`, ''],
  ['u2', `worth it for the memory though? sorry youre paying for it 💜`, ''],
  ['u3', `you overdid it and now youre surprised? you brought this on yourself`, 'b>u1'],
  ['u1', `i wasnt surprised, i was just sad about it`, ''],
  ['u3', `you said you were only staying an hour. you always say one thing and do another`, 'g>u1'],
  ['u1', `i didnt say an hour anywhere? i said 2 hours`, ''],
  ['u4', `checked, first message says 2 hours`, ''],
  ['u3', `ok sure, 2 hours. still your own fault you feel like this`, 'b>u1'],
  ['u5', `nobody "deserves" a flare for dancing at a wedding. pacing is a tool not a punishment`, ''],
  ['u3', `whatever. cry about it somewhere else`, 'd>u1'],
]);

// ---------------------------------------------------------------- 52 psychosis peer, slack
conv('schizophrenia-peer-circle', 'slack', [
  ['u1', `I'm back in hospital. Relapsed after my psychiatrist and I tried lowering my dose. Writing from the ward on my phone.`, ''],
  ['u2', `Oh u1, sending so much warmth. A planned reduction is a reasonable thing to try — relapse isn't failure.`, ''],
  ['u3', `You stopped your meds. You reap what you sow — don't come here expecting sympathy.`, 'bd>u1'],
  ['u1', `I didn't stop them. We lowered them together, with blood tests and a plan.`, ''],
  ['u3', `Last month you told us you were quitting them. Don't pretend you didn't.`, 'g>u1'],
  ['u4', `I remember that thread. u1 said "I'm discussing a taper with my psychiatrist". Quitting wasn't mentioned.`, ''],
  ['u1', `To be fair, I did push to go faster than she wanted. That part was on me.`, ''],
  ['u5', `That's a generous thing to own. Still doesn't make it your fault that the illness came back.`, ''],
  ['u3', `People like u1 make it harder for the rest of us to be taken seriously.`, 'b>u1'],
  ['u6', `u3, I'm muting you in this channel. u1, what's the ward like? Are they letting you have visitors?`, ''],
]);

// ---------------------------------------------------------------- 53 disability / deaf, discord
conv('disability-community', 'discord', [
  ['u1', `@u2 reminder about captions for tonight's stream? i'm hard of hearing and the last two didn't have any`, ''],
  ['u2', `sure`, ''],
  ['u1', `stream's started and there are no captions again`, ''],
  ['u2', `well nobody asked me for them, so`, 'g>u1'],
  ['u3', `u1 asked literally a few hours ago, it's right above`, ''],
  ['u2', `if she needed them that badly she should've asked a week ahead. this is on her, not me`, 'b>u1'],
  ['u2', `also it's one stream. there are bigger problems in the world`, 'd>u1'],
  ['u1', `i'm not trying to start drama. i just want to follow along like everyone else`, ''],
  ['u2', `you kind of are though. you brought it up in front of the whole chat`, 'b>u1'],
  ['u2', `ok. i should have done it when you asked. toggled on, sorry u1`, ''],
]);

// ---------------------------------------------------------------- 54 chronic pain, forum (crisis)
conv('chronic-pain-disability', 'forum', [
  ['u1', `sitting in the car in the garage with the engine running. door's shut. just wanted someone to know`, 'c'],
  ['u2', `u1 turn the engine off and open the garage door right now. please. then tell us you did it`, ''],
  ['u3', `you're not really in the garage, you're just after attention again`, 'gd>u1'],
  ['u1', `head is getting heavy`, 'c'],
  ['u4', `u1 keys out of the ignition, open the car door, get outside into fresh air. call 999 once you're out`, ''],
  ['u1', `cant find the button for the door`, 'c'],
  ['u2', `then go out through the house door into the garden. leave the garage. now`, ''],
  ['u1', `in the garden. engine off. 999 on the phone`, ''],
]);

// ---------------------------------------------------------------- 55 college, discord (crisis + dismissal)
conv('campus-mental-health', 'discord', [
  ['u1', `a guy has been following me from the library for like 10 min and he just grabbed my arm. i pulled away and im walking fast`, 'c'],
  ['u2', `head for anywhere lit with people. call campus police or 911 now`, ''],
  ['u3', `ur probably overreacting, its campus, its safe`, 'd>u1'],
  ['u1', `hes still behind me. hes saying my name. i dont know how he knows my name`, 'c'],
  ['u4', `blue light phone by the science building if youre near it, it connects straight to police`, ''],
  ['u1', `pressed it. security car is coming`, ''],
  ['u1', `theyve got him. im in the security office. they said hes been reported before`, ''],
  ['u3', `ok i take that back. that was a dumb thing to say, im sorry`, ''],
]);

// ---------------------------------------------------------------- 56 dementia spouse carers, telegram (crisis)
conv('spouse-carers', 'telegram', [
  ['u1', `She's hitting me with her walking stick. Doesn't know who I am. I'm on the floor in the hall and can't get up`, 'c'],
  ['u2', `u1 can you reach your phone to call 999? Cover your head. Tell them dementia and you've fallen.`, ''],
  ['u1', `Phone in hand. She's still swinging`, 'c'],
  ['u3', `Call now. Put it on speaker and leave it on the floor if you have to.`, ''],
  ['u4', `Honestly, if you'd let the care agency in like we all said, you wouldn't be lying there now.`, 'b>u1'],
  ['u2', `u4, please, not now.`, ''],
  ['u4', `I'm only saying what everyone's thinking. You made your bed.`, 'b>u1'],
  ['u1', `Ambulance and police came. She's calm, asleep now. I've a cut on my forehead. The paramedic was so kind to her.`, ''],
  ['u4', `I'm sorry. That was a cruel time to say it.`, ''],
]);

// ---------------------------------------------------------------- 57 psychosis peer, discord (crisis + hard negatives)
conv('psychosis-peer-support', 'discord', [
  ['u1', `last year i took an overdose of my olanzapine when the voices got bad. 11 months no attempts today 🎉`, ''],
  ['u2', `11 months!! thats huge`, ''],
  ['u1', `honestly a proper safety plan. step 1 text my sister, step 2 crisis line, step 3 go to my neighbours`, ''],
  ['u4', `took all my olanzapine plus most of a bottle of vodka like 20 min ago. room spinning. sorry to crash the celebration`, 'c'],
  ['u1', `u4 please call 999 right now. tell them what you took and how long ago`, ''],
  ['u4', `dont want an ambulance. just wanted to say bye`, 'c'],
  ['u5', `u4 can you unlock your front door? we can ring for you if you give an area`, ''],
  ['u6', `typical, has to make every good thing about themselves`, 'd>u4'],
  ['u2', `u6 not ok. u4 please stay with us`, ''],
  ['u6', `just saying what everyones thinking. u4 does this every time someone else is happy`, 'd>u4'],
  ['u4', `unlocked. told my flatmate. shes calling`, ''],
]);

// ---------------------------------------------------------------- 58 teen, discord (conflict, blame)
conv('teen-support', 'discord', [
  ['u1', `@u2 you told everyone in vc i "cry for attention". i thought we were friends`, ''],
  ['u2', `i only said that cuz u provoked me. u were being so annoying`, 'b>u1'],
  ['u1', `i asked you to stop muting me`, ''],
  ['u2', `nah u were yelling, everyone heard it. ur making up a whole different convo`, 'g>u1'],
  ['u3', `i was in vc. u1 wasnt yelling, she asked like twice`, ''],
  ['u2', `ok and? shes the reason the whole vc got awkward. if she just chilled none of this happens`, 'b>u1'],
  ['u1', `maybe i was kind of annoying. i dont know anymore`, ''],
  ['u2', `see she admits it lol`, 'b>u1'],
  ['u2', `k whatever. this is boring`, 'd>u1'],
  ['u5', `mods: u2 youre on a 24h timeout. u1 you can always DM a mod if vc gets like that`, ''],
]);

// ---------------------------------------------------------------- 59 college, slack (dismissal-heavy)
conv('grad-student-support', 'slack', [
  ['u1', `My advisor said my thesis chapter "reads like a first-year essay" in front of the lab. I've barely slept since.`, ''],
  ['u3', `Welcome to academia. Everyone gets torn apart, you'll live.`, 'd>u1'],
  ['u1', `I know it's normal. It just hit my depression really hard.`, ''],
  ['u3', `Everyone's depressed in a PhD. Can we talk about something that actually matters, like the funding cuts?`, 'd>u1'],
  ['u3', `Why are you still on about one comment? It's been a whole thread.`, 'd>u1'],
  ['u5', `It's been about six messages, u3. People are allowed to process here.`, ''],
  ['u3', `Six messages of the same complaint. You're being oversensitive and you know it.`, 'd>u1'],
  ['u1', `Maybe I'm too thin-skinned for this.`, ''],
  ['u6', `Or the comment was unkind. Both can't be on you. Have you used the grad counselling service? They get this a lot.`, ''],
  ['u1', `I haven't. I'll look it up this week.`, ''],
]);

// ---------------------------------------------------------------- 60 dementia carers, slack (blame and gaslighting)
conv('dementia-carers', 'slack', [
  ['u1', `Mum swung at me when I tried to help her into the bath. Second time this week. I've got a scratch on my cheek.`, ''],
  ['u3', `She only gets aggressive because you argue with her. You must be doing something to set her off.`, 'b>u1'],
  ['u1', `I wasn't arguing. I just said it was bath time.`, ''],
  ['u3', `In your last post you admitted you shouted at her. Now you're saying you never argue?`, 'g>u1'],
  ['u1', `That was months ago and I said I'd raised my voice once and felt terrible. I've worked hard on it since.`, ''],
  ['u4', `Owning that months ago doesn't make today your fault. Dementia-related aggression is common and usually about fear.`, ''],
  ['u3', `Not my fault if people can't handle honest feedback. She asked.`, 'b>u1'],
  ['u3', `And frankly you seem confused about your own posts. Maybe get yourself checked too.`, 'g>u1'],
  ['u5', `u1 asked for support, not a verdict. u1, an OT assessment might help with the bathing — ours suggested music and a warm towel on the rail.`, ''],
  ['u1', `Thank you. I'll ask for one. I do sometimes wonder if I'm making it worse.`, ''],
]);

// ---------------------------------------------------------------- 61 psychosis peer, discord
conv('psychosis-peer-support', 'discord', [
  ['u1', `u2 you DMed me last night that my meds make me "a zombie nobody wants around". i have it saved`, ''],
  ['u2', `i never sent you that. check again, youre seeing things`, 'g>u1'],
  ['u1', `its right here, sent at 9:14pm`, ''],
  ['u2', `anyone can fake a screenshot. and with your diagnosis who exactly is going to believe you`, 'g>u1'],
  ['u2', `its a fair question. she hears voices, she could be hearing messages too`, 'g>u1'],
  ['u1', `i do hear voices. i dont hallucinate discord DMs`, ''],
  ['u2', `you did this to yourself by telling the whole server your diagnosis in the first place`, 'b>u1'],
  ['u4', `mods checked the logs. u2 it was sent from your account`, ''],
  ['u2', `fine i sent it. only because she posts her med updates every single day, it was doing my head in`, 'b>u1'],
  ['u2', `its a discord message. get over it`, 'd>u1'],
  ['u5', `u2 is banned. u1, you did nothing wrong by sharing your diagnosis here`, ''],
]);

// ---------------------------------------------------------------- 62 dementia carers, slack (passive-aggressive)
conv('dementia-carers', 'slack', [
  ['u1', `I'm feeling a bit pushed out of the Tuesday carers' chat. My questions seem to get ignored.`, ''],
  ['u2', `I don't think anyone's ignoring you, dear. You do tend to see slights where there aren't any.`, 'g>u1'],
  ['u1', `Three of my last four questions got no reply at all.`, ''],
  ['u3', `We've discussed it amongst ourselves and the consensus is you're not quite yourself lately. Caring takes its toll.`, 'g>u1'],
  ['u2', `Perhaps if your messages were shorter people would reply. Just a thought.`, 'b>u1'],
  ['u1', `Maybe they are too long. Sorry.`, ''],
  ['u4', `Your messages are fine. And discussing a member behind their back isn't okay, u3.`, ''],
  ['u3', `Nobody discussed her behind her back. Where on earth did you get that from?`, 'g>u4'],
  ['u4', `From you, two messages ago.`, ''],
  ['u2', `Honestly, u1 brings these things on herself by being so sensitive.`, 'b>u1'],
  ['u5', `There are far bigger problems in this group than who replied to whom.`, 'd>u1'],
]);

// ---------------------------------------------------------------- 63 invisible disability, discord
conv('invisible-illness', 'discord', [
  ['u1', `used my blue badge at the supermarket and a man filmed me getting out of the car. still shaking`, ''],
  ['u2', `thats so invasive. some people think disabled means wheelchair or nothing`, ''],
  ['u3', `i mean you look completely fine in your selfies. can you really blame him?`, 'b>u1'],
  ['u1', `my condition is invisible. thats kind of the point`, ''],
  ['u3', `invisible, how convenient. you told us last week you went hiking`, 'g>u1'],
  ['u1', `i said i went round a garden centre with my stick`, ''],
  ['u3', `same thing basically. you're exaggerating how bad it is`, 'd>u1'],
  ['u4', `a garden centre is not hiking lol. u1 that man had no right`, ''],
  ['u3', `if she didnt put every outing online people wouldnt question it`, 'b>u1'],
  ['u5', `mods: u3 questioning someones disability is a ban-level thing here. last warning`, ''],
  ['u3', `fine. it was a car park, nobody died`, 'd>u1'],
]);

// ---------------------------------------------------------------- 64 teen, discord
conv('teen-support', 'discord', [
  ['u1', `u2 you promised youd come to my recital and you didnt even text`, ''],
  ['u2', `i never promised that. ur crazy`, 'g>u1'],
  ['u1', `you said "ill be there front row" on thursday`, ''],
  ['u2', `no i said id try. u always hear what u want, thats ur anxiety talking`, 'g>u1'],
  ['u3', `i saw that msg, it did say front row`, ''],
  ['u2', `maybe if u didnt make everything a huge deal i wouldve actually wanted to come`, 'b>u1'],
  ['u1', `im sorry, i shouldnt have called you out in here`, ''],
  ['u2', `its a school recital not the olympics`, 'd>u1'],
  ['u2', `and u made me look bad in front of everyone so thanks for that`, 'b>u1'],
  ['u5', `mod: u2 cool down for a bit pls`, ''],
]);

// ---------------------------------------------------------------- 65 college, slack (dismissal)
conv('student-wellbeing', 'slack', [
  ['u1', `My grandmother died last week and I have three deadlines. I asked for an extension and was told "everyone has things going on".`, ''],
  ['u3', `Tbh they're right. Everyone does have stuff going on. You're not special.`, 'd>u1'],
  ['u1', `I didn't say I was special.`, ''],
  ['u3', `You literally did, you asked for special treatment.`, 'g>u1'],
  ['u4', `Grandparent bereavement is explicitly in the extension policy.`, ''],
  ['u3', `Grandparents die, it's sad, but it's not like it was a parent.`, 'd>u1'],
  ['u1', `We were really close. She basically raised me.`, ''],
  ['u3', `k.`, 'd>u1'],
  ['u5', `u3, grief doesn't rank by relation. u1, want help wording the appeal?`, ''],
  ['u3', `If she'd planned ahead, the deadlines wouldn't be a problem in the first place.`, 'b>u1'],
]);

// ---------------------------------------------------------------- 66 psychosis peer group, slack
conv('recovery-group-facilitators', 'slack', [
  ['u1', `In last night's group I was talked over every time I tried to speak. I left early and cried on the bus.`, ''],
  ['u2', `We didn't talk over you. You were quiet the whole time and then walked out.`, 'g>u1'],
  ['u1', `I started to speak three times. u3 was sitting next to me.`, ''],
  ['u3', `I did notice u1 being cut off, for what it's worth.`, ''],
  ['u2', `Well, if you spoke up clearly we wouldn't have to guess when you'd finished. That's your responsibility, not mine.`, 'b>u1'],
  ['u2', `And leaving early made the whole room uncomfortable. You disrupted everyone.`, 'b>u1'],
  ['u1', `Sorry. I know my speech is slow since the medication change.`, ''],
  ['u4', `Slow speech is a side effect, not a fault.`, ''],
  ['u2', `I'm not saying it's a fault, I'm saying it's not my problem.`, 'd>u1'],
  ['u2', `Fine. Sorry u1, I should have made space for you.`, ''],
]);

// ---------------------------------------------------------------- 67 teen, discord (crisis)
conv('teen-hangout-support', 'discord', [
  ['u1', `burning myself w a lighter rn. cant stop. its the only thing that shuts my brain up`, 'c'],
  ['u2', `u1 put the lighter in another room and run cool water over it. are you somewhere safe?`, ''],
  ['u1', `bathroom. still holding it. doing another`, 'c'],
  ['u3', `attention seeking much`, 'd>u1'],
  ['u1', `threw it in the bin outside. cold water on it now. hurts`, ''],
  ['u4', `sorry different thing. my brother keeps mocking me and ive got my dads bat. im going to swing at him when he walks past my door`, 'c'],
  ['u5', `u4 put the bat down outside your room and go for a walk. you dont want this`, ''],
  ['u4', `hes coming up the stairs laughing. im standing behind the door with it`, 'c'],
  ['u5', `lock the door and sit on the floor. slide the bat under the bed. text us`, ''],
  ['u4', `locked. bat under bed. breathing like u said`, ''],
]);

// ---------------------------------------------------------------- 68 college, discord (crisis)
conv('uni-night-owls', 'discord', [
  ['u1', `ok im doing it. took everything in my drawer`, 'c'],
  ['u2', `u1 what did you take? how long ago?`, ''],
  ['u1', `like 20 sertraline and some tylenol. 15 min ago`, 'c'],
  ['u3', `call 911 right now and tell them exactly that. tylenol is dangerous even if you feel ok`, ''],
  ['u4', `ur not gonna die from sertraline lol`, 'd>u1'],
  ['u1', `dont care. phones going on the bed now`, 'c'],
  ['u5', `a mod has called campus police. u1 please open your door when they knock`, ''],
  ['u4', `that was a stupid thing to say, im sorry. u1 please open the door`, ''],
]);

// ---------------------------------------------------------------- 69 disability advocacy, slack
conv('access-committee', 'slack', [
  ['u1', `In the access committee meeting, u2 said wheelchair users "slow down" the fire drill. I'd like that addressed.`, ''],
  ['u2', `Nobody said that. I said the drill needs a plan for people who can't use the stairs.`, 'g>u1'],
  ['u3', `The minutes say "wheelchair users slow the drill down". I took them.`, ''],
  ['u2', `Then the minutes are wrong. You've all decided what I meant before I open my mouth.`, 'g>u3'],
  ['u1', `I'm glad the evacuation point is being raised. The wording hurt, that's all.`, ''],
  ['u2', `Honestly, if u1 weren't so quick to take offence we'd get through agendas twice as fast.`, 'b>u1'],
  ['u2', `It's semantics. You're making a mountain out of a throwaway line.`, 'd>u1'],
  ['u5', `Let's amend the minutes and move on to evac chairs. u2, a short apology would go a long way.`, ''],
  ['u2', `Fine. I'm sorry the wording came out that way.`, ''],
]);

// ---------------------------------------------------------------- 70 dementia carers, discord
conv('dementia-caregivers', 'discord', [
  ['u1', `snapped at mum today. she asked the same question 30 times and i shouted "i TOLD you". i feel like a monster`, ''],
  ['u2', `youre not a monster, youre exhausted. its happened to every carer i know`, ''],
  ['u3', `youll be fine. everyone shouts sometimes, move on`, 'd>u1'],
  ['u1', `i cant move on, she looked so scared`, ''],
  ['u3', `im literally being nice and youre still upset. youre impossible to help`, 'b>u1'],
  ['u4', `the guilt shows you care. "answer it like its the first time" helped me, even on the 30th`, ''],
  ['u3', `wait you said earlier you shouted at her twice. now its once?`, 'g>u1'],
  ['u1', `i said once`, ''],
  ['u5', `you said once. its right there`, ''],
  ['u3', `ok whatever. if you took breaks you wouldnt snap. you refuse help then complain about it`, 'b>u1'],
]);

// ---------------------------------------------------------------- 71 teen school project, discord
conv('teen-support', 'discord', [
  ['u1', `my friend group is mad at me because our project got a C`, ''],
  ['u2', `because YOU did the slides wrong. the rest of us did our part`, 'b>u1'],
  ['u1', `i did the slides from the file you sent me. it was the wrong file`, ''],
  ['u2', `i never sent u anything. check ur messages properly`, 'g>u1'],
  ['u1', `its in our dm. "final_v2"`, ''],
  ['u2', `ok so i sent the old one, u should have noticed. not my fault u didnt check`, 'b>u1'],
  ['u3', `lol both of u chill, its a C not an F`, ''],
  ['u2', `see even u3 thinks ur overreacting`, 'd>u1'],
  ['u2', `whatever. next time ill just do it myself since u obviously cant be trusted`, 'b>u1'],
]);

// ---------------------------------------------------------------- 72 chronic pain, slack (dismissal)
conv('chronic-pain-support', 'slack', [
  ['u1', `Six months on the pain clinic waiting list and I've just been told it's another six.`, ''],
  ['u2', `Have you considered that waiting is simply part of life? We all wait for things.`, 'd>u1'],
  ['u1', `I'm sleeping about three hours a night because of the pain.`, ''],
  ['u4', `I think you're catastrophising a bit. It'll go quicker than you expect.`, 'd>u1'],
  ['u1', `Maybe I am catastrophising. I just don't know how I'll get through it.`, ''],
  ['u5', `You're not. A few of us got seen sooner by asking to go on the cancellation list — worth a call.`, ''],
  ['u4', `For the record, "catastrophising" wasn't my word. I said it would go quickly.`, 'g>u1'],
  ['u6', `It's the first word of your message, u4.`, ''],
  ['u2', `Honestly this is why nobody replies to pain posts. You make everything so heavy.`, 'b>u1'],
]);

// ---------------------------------------------------------------- 73 psychosis peer, discord (crisis)
conv('hearing-voices-network', 'discord', [
  ['u1', `on the balcony. 9th floor. the voice says ill fly`, 'c'],
  ['u2', `u1 come back inside and shut the balcony door. the voice is wrong, you wont fly`, ''],
  ['u1', `one leg over the rail`, 'c'],
  ['u3', `calling for help for you. what city? even just the city`, ''],
  ['u4', `lmao not this again. nobody believes the balcony stuff`, 'gd>u1'],
  ['u1', `inside. door shut. shaking`, ''],
  ['u2', `so proud of you. can you call your crisis team now while we wait with you?`, ''],
]);

// ---------------------------------------------------------------- 74 dementia carers, slack (blame)
conv('working-carers', 'slack', [
  ['u1', `The day centre has cancelled Mum's place because of staff shortages. No cover for two weeks and my job's on the line.`, ''],
  ['u2', `You should have had a backup plan. Honestly, that's basic.`, 'b>u1'],
  ['u3', `Nobody has a backup for a backup. I'm sorry, u1.`, ''],
  ['u2', `Some of us do. If you organised yourself better you wouldn't be in this mess.`, 'b>u1'],
  ['u1', `I had two backups. Both fell through this week.`, ''],
  ['u2', `That's not what you said. You said you had no cover at all, ever.`, 'g>u1'],
  ['u4', `"No cover now" and "had backups that fell through" aren't contradictory.`, ''],
  ['u2', `Well, it's hardly a crisis, is it. People manage.`, 'd>u1'],
  ['u2', `And maybe don't make your employer's problem everyone else's problem.`, 'd>u1'],
]);

// ---------------------------------------------------------------- 75 college roommates, discord
conv('dorm-life-support', 'discord', [
  ['u1', `@u2 you ate my food again and when i asked you said im "so uptight its exhausting"`, ''],
  ['u2', `bc u are. if u labelled stuff i wouldnt have eaten it`, 'b>u1'],
  ['u1', `it is labelled. with my name on it`, ''],
  ['u2', `it wasnt labelled yesterday. ur misremembering`, 'g>u1'],
  ['u3', `lol this is so petty`, 'd>u1'],
  ['u2', `and u left the fridge open so half of it was going off anyway. u should be thanking me`, 'b>u1'],
  ['u4', `food stuff isnt petty for everyone`, ''],
  ['u3', `ok but it literally is, its a yogurt`, 'd>u1'],
  ['u1', `im on a meal plan from my dietitian, thats why it matters`, ''],
  ['u2', `oh. ok sorry, i didnt know. ill replace it`, ''],
]);

// ---------------------------------------------------------------- 76 teen, discord (crisis, intruder)
conv('teen-hangout-support', 'discord', [
  ['u1', `someones breaking in the back door. im home alone. i heard the glass go`, 'c'],
  ['u2', `call 911 now. hide somewhere with a lock. phone on silent`, ''],
  ['u1', `in my closet. theyre inside. i can hear them walking around downstairs`, 'c'],
  ['u1', `theyre coming up the stairs. opening doors on the landing`, 'c'],
  ['u3', `stay on with 911 if you can, whisper or text them. dont come out`, ''],
  ['u1', `police are here. they ran out the back`, ''],
]);

// ---------------------------------------------------------------- 77 disability + dementia carers, forum (crisis)
conv('carers-and-disabled-people-forum', 'forum', [
  ['u1', `I've got everything set up in the bathroom. Writing this and then I'm going in. My carer doesn't come until 9am so nobody will interrupt.`, 'c'],
  ['u2', `u1, I'm so glad you wrote here first. Please don't go in. Can you get yourself to the front room, away from the bathroom?`, ''],
  ['u1', `bath is running. pills counted out on the side`, 'c'],
  ['u3', `Please ring 999 or your carer's emergency number now. Tell them what's in the bathroom.`, ''],
  ['u4', `sorry to post over this. i'm in the car with mum in the passenger seat. going to drive us both into the reservoir tonight. neither of us can do another year`, 'c'],
  ['u5', `u4, pull over and turn the engine off. Your mum deserves to live and so do you. Can you call 999 from where you are?`, ''],
  ['u4', `parked at the top of the slipway. engine still on`, 'c'],
  ['u6', `Engine off, keys out, hand them to your mum or put them in the glovebox. Then call. We'll stay on with you both.`, ''],
  ['u4', `keys out. calling`, ''],
  ['u1', `turned the bath off. sitting in the hallway. the out of hours team are ringing me back`, ''],
]);

// ---------------------------------------------------------------- 78 college, discord (crisis, danger at the window)
conv('campus-mental-health', 'discord', [
  ['u1', `my ex is outside my window with a knife right now. hes tapping the glass with it and smiling`, 'c'],
  ['u2', `u1 get away from the window, go to a room with a lock and call 911`, ''],
  ['u1', `typing w one hand, other hand holding the bedroom door shut. hes trying the front door`, 'c'],
  ['u3', `if your phone can, hit emergency SOS. you dont need to talk, they can trace`, ''],
  ['u4', `is this the same ex you said was harmless last week? make up your mind`, 'g>u1'],
  ['u5', `u4 stop. u1 were with you`, ''],
  ['u1', `911 on speaker. they said 4 min`, 'c'],
  ['u1', `police have him. im ok. my hands wont stop shaking`, ''],
]);

// ---------------------------------------------------------------- 79 psychosis peer, discord (gaslighting about a mod shift)
conv('psychosis-peer-support', 'discord', [
  ['u1', `u2 yesterday you said youd cover my mod shift in the voices channel. i got a warning from admin for missing it`, ''],
  ['u2', `i said nothing of the sort. you dreamed it`, 'g>u1'],
  ['u1', `you said "no worries i got it" in mod-chat`, ''],
  ['u2', `that was about something else entirely. youre mixing things up again`, 'g>u1'],
  ['u3', `tbh the "no worries i got it" is directly under u1 asking about the shift`, ''],
  ['u2', `this is what happens when someone's off their meds, they build whole stories out of nothing`, 'g>u1'],
  ['u1', `im on my meds. i just want the warning sorted`, ''],
  ['u2', `if you set reminders like a normal person you wouldnt have missed it. dont drag me into your mess`, 'b>u1'],
  ['u4', `admin here, clearing the warning. u2 the message is there in black and white`, ''],
  ['u2', `whatever. its a mod shift, hardly worth a meltdown`, 'd>u1'],
]);

// ---------------------------------------------------------------- 80 dementia carers, telegram (lending cupboard)
conv('carers-lending-cupboard', 'telegram', [
  ['u1', `u2, the hoist sling you borrowed was due back at the lending cupboard on Monday. Another family needs it today.`, ''],
  ['u2', `I never borrowed a sling.`, ''],
  ['u3', `It's in the lending log under your name, from last month.`, ''],
  ['u2', `Then the log's wrong. Honestly u1, you've been so scatterbrained since your mum got worse, I wouldn't trust your memory on any of this.`, 'g>u1'],
  ['u1', `It isn't my memory, it's the log.`, ''],
  ['u2', `The whole group has noticed you getting muddled. I'm just the only one willing to say it.`, 'g>u1'],
  ['u4', `I haven't noticed anything of the sort. u1 runs the cupboard brilliantly.`, ''],
  ['u2', `Well, if she'd chased it properly that family wouldn't be waiting. Chasing is her job, not mine.`, 'b>u1'],
  ['u2', `It's a sling. People are acting like someone died.`, 'd>u1'],
  ['u2', `...found it in the garage. Sorry u1, I genuinely forgot I had it.`, ''],
]);

// ---------------------------------------------------------------- 81 college, discord (indirect put-downs about a present member)
conv('campus-mental-health', 'discord', [
  ['u1', `my therapist thinks i might have ptsd from the car crash. kinda scared to say it here`, ''],
  ['u2', `thank u for sharing. thats a lot to carry`, ''],
  ['u3', `lol u1 has a new diagnosis every month`, 'gd>u1'],
  ['u1', `this is the first time ive mentioned anything like this`, ''],
  ['u3', `no u were going on about bpd last month. keep up with ur own lies`, 'g>u1'],
  ['u4', `that was me who posted about bpd, u3`, ''],
  ['u3', `whatever, u1 and u4 are basically the same person. both milking it`, 'd>u1'],
  ['u3', `if u1 didnt make everything about her trauma nobody would have to say anything`, 'b>u1'],
  ['u5', `u3 out. u1 ptsd after a crash is really common. emdr helped me a lot, ask your therapist about it`, ''],
]);

// ---------------------------------------------------------------- 82 chronic pain, slack (shared pain diary)
conv('chronic-pain-support', 'slack', [
  ['u1', `Whoever edited the group's pain-diary template deleted my last two weeks of entries. I need them for my rheumatology appointment tomorrow.`, ''],
  ['u2', `That was me tidying up. If you'd saved a copy like the pinned message says, you'd be fine.`, 'b>u1'],
  ['u1', `I didn't know there was a pinned message.`, ''],
  ['u2', `It's been pinned for months. You've definitely seen it — you replied to it.`, 'g>u1'],
  ['u3', `I checked, u1 isn't in the replies. There's version history though, I can restore it.`, ''],
  ['u1', `Thank you. I'm not accusing anyone, I just panicked.`, ''],
  ['u2', `You panic about everything, honestly. It's a spreadsheet.`, 'd>u1'],
  ['u2', `And it's not my responsibility to babysit everyone's data.`, 'b>u1'],
  ['u3', `Restored — everything's back up to yesterday.`, ''],
]);

emit(SET, C);
