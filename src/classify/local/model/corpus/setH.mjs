#!/usr/bin/env node
// setH: hand-written training conversations for the Holdspace local classifier.
// Themes: suicide-loss survivors, crisis-prone members in general mental-health servers,
// first responders and nurses, people leaving high-control groups. Extra weight on crisis
// signals (plain, oblique, fragmentary, replies to "are you safe?") and their look-alikes.
// Tuple format: [author, text, labels] where labels is '' (none), 'c' (crisis), or letters from
// g/d/b (gaslighting/dismissal/blame_shifting) followed by '>uN' (the member it is aimed at).
// Usage: node setH.mjs > setH.jsonl
import { emit } from './emit.mjs';

const SET = 'setH';
const C = [];
const conv = (group, platform, m) => C.push({ group, platform, m });

// ---------------------------------------------------------------- 01 suicide-loss, anniversary
conv('after-suicide-loss', 'discord', [
  ['u1', `two years tomorrow since my brother. i keep replaying the last voicemail he left me. i didn't call back because i was tired`, ''],
  ['u2', `u1 I'm here. the not-calling-back thing is something so many of us carry. you couldn't have known what that voicemail was`, ''],
  ['u1', `i should have known. he sounded flat. i knew that voice`, ''],
  ['u3', `two years is a long time to still be doing this to yourself tbh`, 'd>u1'],
  ['u4', `there's no timeline on this. my therapist said grief after suicide keeps its own clock and I believe her`, ''],
  ['u3', `i'm just saying at some point you have to stop making it all about one voicemail`, 'd>u1'],
  ['u1', `it's not about the voicemail. it's about him`, ''],
  ['u3', `that's literally what your first message was about lol. you keep changing the story`, 'g>u1'],
  ['u5', `scrolling up, u1 said "replaying", not that it's the only thing. easy to read it that way at midnight, but I think they meant something bigger`, ''],
  ['u3', `whatever. if people didn't post this stuff at midnight nobody would misread it`, 'b>u1'],
  ['u2', `u1 what are you doing tomorrow? would it help to plan something small, like his favourite food`, ''],
  ['u1', `he loved terrible gas station nachos. maybe that`, ''],
  ['u6', `gas station nachos are a sacred food. do it 🧀`, ''],
]);

// ---------------------------------------------------------------- 02 general MH, oblique crisis, letters
conv('open-mind-general', 'discord', [
  ['u2', `cleaned my whole apartment. wrote letters. feel weirdly calm`, 'c'],
  ['u4', `that calm is kind of scaring me, u2. letters to who?`, ''],
  ['u2', `everyone. its fine. just wanted things tidy for after`, 'c'],
  ['u4', `are you safe right now?`, ''],
  ['u2', `define safe lol`, 'c'],
  ['u4', `do you have something with you that you could hurt yourself with`, ''],
  ['u2', `the bottle from my last script. been counting them out on the table`, 'c'],
  ['u6', `u2 can you put the bottle in another room and stay here with us while someone calls? you matter here`, ''],
  ['u7', `lol the drama. every other week with this`, 'd>u2'],
  ['u1', `u7 not now. u2 is there anyone in the building with you?`, ''],
  ['u2', `neighbour maybe. idk. its quiet`, ''],
  ['u7', `if you actually wanted help you'd call a hotline instead of making everyone here panic`, 'b>u2'],
  ['u7', `you're not even serious. you told us last week you'd never actually do it`, 'g>u2'],
  ['u6', `u7 please step back. u2, I'm messaging the mods to get someone on the line with you. will you knock on the neighbour's door?`, ''],
  ['u2', `ok. going`, ''],
]);

// ---------------------------------------------------------------- 03 first responders, peds call
conv('frontline-peer', 'slack', [
  ['u1', `rough call tonight. peds. I'm fine, just need to put it somewhere`, ''],
  ['u2', `put it here. we've all got a shelf of those`, ''],
  ['u3', `first one I ever ran like that, I sat in the rig after and thought about eating my gun. that was eleven years ago. got help, still here`, ''],
  ['u1', `appreciate that. I'm not there. just keep seeing the mom's face`, ''],
  ['u4', `you signed up for this job though. peds calls come with it, can't fall apart every time`, 'd>u1'],
  ['u2', `nobody's falling apart. he's doing exactly what the CISM folks tell us to do, talking about it`, ''],
  ['u4', `never said a word about falling apart. read it again before you jump on me`, 'g>u2'],
  ['u5', `dark humor break: my partner asked how work was and i said "nobody died on my watch. well. nobody new." she did not laugh`, ''],
  ['u4', `and if you'd told your sergeant instead of posting here you'd have a debrief already. your choice not to`, 'b>u1'],
  ['u3', `debrief isn't scheduled till thursday, I don't think it's something he can request tonight in our county`, ''],
  ['u4', `cool, another excuse. he'll have one for thursday too`, 'd>u1'],
  ['u1', `I'll go to it. thanks all. sleep is the plan`, ''],
]);

// ---------------------------------------------------------------- 04 high-control, fog language
conv('leaving-high-control', 'discord', [
  ['u1', `first sunday not going. my phone has 30 messages. my mother's says "the enemy has clouded your mind, you will come home when the fog lifts"`, ''],
  ['u2', `the fog language. mine called it "spiritual fog". it's a way of saying your own eyes don't count`, ''],
  ['u1', `part of me keeps thinking maybe they're right and i am confused`, ''],
  ['u3', `honestly you do seem confused. last week you said you loved it there`, 'g>u1'],
  ['u1', `i said i loved the PEOPLE. not the rules`, ''],
  ['u3', `nah you said you loved it. don't rewrite it now to make your story cleaner`, 'g>u1'],
  ['u4', `I don't think it's a contradiction to love people in a group and still need to leave it. most of us did exactly that`, ''],
  ['u3', `fine but nobody forced her to stay 9 years. she chose that, she can't cry "control" now`, 'bd>u1'],
  ['u5', `u3 that's a rough thing to say in a server literally for people leaving these groups. u1, were you a kid when it started?`, ''],
  ['u1', `twelve. so yeah`, ''],
  ['u2', `then nobody chose anything. the 30 messages are the group doing its thing. you can mute the chat for tonight`, ''],
  ['u3', `or she could just admit she liked it there and stop playing victim`, 'gd>u1'],
  ['u1', `muted. thank you`, ''],
]);

// ---------------------------------------------------------------- 05 nurses, med room
conv('night-shift-nurses', 'slack', [
  ['u1', `anyone on nights want to chat. i'm in the med room and i've been staring at the cabinet for twenty minutes`, 'c'],
  ['u2', `I'm up. u1 what's going on in your head right now?`, ''],
  ['u1', `just that it would be easy. i know exactly how much. nobody would find me till 0500 rounds`, 'c'],
  ['u2', `are you safe right now? can you walk out of the med room and go to the station`, ''],
  ['u1', `not really safe no`, 'c'],
  ['u3', `u1 is your charge nurse on the floor? please go tell them you need to step off. you can say you're sick, you don't have to explain`, ''],
  ['u1', `charge is in a rapid. i'm alone back here`, ''],
  ['u4', `whoa. last time you posted like this it turned out you were just tired. don't scare people`, 'd>u1'],
  ['u4', `and you posted the exact same thing two weeks ago and were fine by morning`, 'g>u1'],
  ['u2', `u4 not helpful. u1 can you call the house supervisor from the wall phone? we'll stay here`, ''],
  ['u1', `walking out. hands shaking`, ''],
  ['u1', `told the sup. she's sitting with me`, ''],
  ['u4', `my bad, that was a crap thing to say. glad you're ok`, ''],
]);

// ---------------------------------------------------------------- 06 suicide-loss, inquest
conv('survivors-of-suicide-loss', 'slack', [
  ['u1', `my dad's inquest finished today. the coroner read everything out loud. i'm numb`, ''],
  ['u2', `numb makes sense. those hearings are brutal. did anyone go with you?`, ''],
  ['u1', `my aunt. she kept saying "he was a private man" like that explains it`, ''],
  ['u3', `did you really not see it coming? he'd been off for months from what you've told us`, 'b>u1'],
  ['u1', `i keep asking myself that. maybe i didn't want to see it`, ''],
  ['u4', `hindsight draws a straight line that wasn't there at the time. you were living in the middle of it`, ''],
  ['u3', `I mean if you'd pushed him into treatment he'd probably still be here. just being honest`, 'b>u1'],
  ['u5', `u3 that's not honesty, that's putting his death on his kid. please don't`, ''],
  ['u3', `you're all so sensitive. i asked a question and now i'm the villain because u1 can't handle it`, 'bd>u1'],
  ['u6', `mod here. u3, taking a break from this thread please. u1, we're still with you`, ''],
  ['u1', `thanks. i think i'm going to lie down`, ''],
]);

// ---------------------------------------------------------------- 07 general, jokes then parking garage
conv('mental-health-hangout', 'discord', [
  ['u1', `this week has been a bridge too far lmao. if one more email says "per my last" i'm walking into the sea`, ''],
  ['u2', `same, my job is killing me slowly and charging me for parking`, ''],
  ['u3', `i'd die for a nap rn`, ''],
  ['u4', `kinda not joking tho. i'm on the top deck of the parking garage`, 'c'],
  ['u1', `wait u4 are you serious? are you safe?`, ''],
  ['u4', `idk. been sitting on the ledge for an hour. the wall is really low up here`, 'c'],
  ['u2', `u4 please get back in the car and lock the doors. can you do that for us right now`, ''],
  ['u4', `in the car`, ''],
  ['u3', `ok good. stay in it. is there someone you can call or do you want the mods to call emergency for your location?`, ''],
  ['u5', `lol is this a bit? the timing with the sea joke is a lot`, 'd>u4'],
  ['u5', `don't blame me for asking, you're the one who dropped it into a joke thread`, 'b>u4'],
  ['u1', `u5 not a bit. u4 we're here. tell us what you can see`, ''],
  ['u4', `scared ill get out again`, 'c'],
  ['u3', `then drive down one level and park by the booth where the attendant is. don't stay on top`, ''],
  ['u4', `ok. driving down`, ''],
]);

// ---------------------------------------------------------------- 08 firefighters, mayday memory
conv('frontline-peer', 'discord', [
  ['u1', `still thinking about the apartment fire. i called the mayday and command sat on it for what felt like forever`, ''],
  ['u2', `that's not what happened and you know it. command acked you right away. you're remembering it wrong like every other time`, 'g>u1'],
  ['u1', `i heard the tapes. there was a gap`, ''],
  ['u3', `I was on the second line. I think the ack came after about 40 seconds, which feels like a year in there. both things can be true`, ''],
  ['u2', `40 seconds is nothing. he's blowing it up so he doesn't have to talk about freezing on the stairs`, 'gd>u1'],
  ['u1', `i didn't freeze`, ''],
  ['u2', `everyone on that crew saw it. ask anyone. you're the only one who doesn't remember`, 'g>u1'],
  ['u4', `I was there and I didn't see anyone freeze. let's not do this to each other`, ''],
  ['u2', `if he'd stayed on his partner's hip like he was told none of this would even be a discussion`, 'b>u1'],
  ['u1', `maybe i did freeze. i honestly don't know anymore`, ''],
  ['u5', `u1, not knowing after a mayday is normal. memory goes weird with that much adrenaline. peer team can walk through the tapes with you if you want`, ''],
]);

// ---------------------------------------------------------------- 09 high-control, family at the door
conv('ex-fundamentalist-recovery', 'slack', [
  ['u1', `they found my new place. my father and two elders are outside. banging`, 'c'],
  ['u2', `u1 are you safe? is the door locked?`, ''],
  ['u1', `locked. chain on. he's saying he'll break it if i don't come out`, 'c'],
  ['u3', `please call emergency services now. put the phone on speaker and keep typing here if it helps`, ''],
  ['u4', `are you sure it's them and not just someone knocking? you've thought you saw them before`, 'g>u1'],
  ['u1', `i know my fathers voice`, ''],
  ['u1', `hes kicking it. the frame is cracking`, 'c'],
  ['u1', `he's got something metal now. hitting the lock`, 'c'],
  ['u2', `go to the bathroom, lock that door too, call now. we're staying`, ''],
  ['u5', `u4 this is not the time for doubting her`, ''],
  ['u4', `i'm just saying she's been paranoid since she left. if she hadn't cut them off like that they wouldn't be this desperate`, 'gb>u1'],
  ['u1', `police on the phone. in the bathroom`, ''],
  ['u4', `bet it turns out to be a neighbour and she had everyone panicking for nothing`, 'd>u1'],
  ['u3', `good. stay on the line with them. you did everything right`, ''],
]);

// ---------------------------------------------------------------- 10 general, safety plan
conv('open-mind-general', 'discord', [
  ['u1', `update for anyone who remembers my post last month: i made a safety plan with my counselor. it's on my fridge. step 3 is "text this server" so hi`, ''],
  ['u2', `HI. proud of you. what's on the rest of it?`, ''],
  ['u1', `warning signs (not showering, giving stuff away), reasons to stay, my sister's number, and the meds live at her place now`, ''],
  ['u3', `a whole laminated plan for a couple bad nights? feels a bit much`, 'd>u1'],
  ['u1', `probably is a bit much, i know others here had it way worse`, ''],
  ['u4', `it isn't too much. the plan is the reason bad nights stay just bad nights`, ''],
  ['u3', `i just think everyone in here treats every mood like an emergency. it's not that deep`, 'd>u1'],
  ['u5', `I disagree with you u3, respectfully — having the plan BEFORE the emergency is the entire point of one`, ''],
  ['u3', `I never said anything about the plan being too much, you made that up`, 'g>u5'],
  ['u3', `honestly u1 you're the one who turned a comment into a debate, not me`, 'b>u1'],
  ['u2', `it's right there a few messages up, u3`, ''],
  ['u1', `anyway. step 4 is a walk, going on one 🚶`, ''],
]);

// ---------------------------------------------------------------- 11 nurses, ratio
conv('night-shift-nurses', 'discord', [
  ['u1', `manager pulled me in and said "if you can't handle 1:6 maybe nursing isn't for you". i went to my car and cried my whole break`, ''],
  ['u2', `that line. mine said "we all did it in our day" when I asked for a sitter`, ''],
  ['u3', `honestly maybe i'm just slower than everyone else`, ''],
  ['u4', `you're not slow, 1:6 on step-down is unsafe. that's the staffing, not you`, ''],
  ['u3', `i missed a med time tonight though. that one's on me, i already wrote it up`, ''],
  ['u5', `writing it up yourself is what good nurses do`, ''],
  ['u6', `lol u1 crying in your car over a ratio? try ICU with two proned patients, then cry`, 'd>u1'],
  ['u1', `ok`, ''],
  ['u2', `u6 we don't do comparison olympics here`, ''],
  ['u6', `i'm allowed an opinion. if she didn't want feedback she shouldn't have posted in a public channel`, 'b>u1'],
  ['u4', `feedback would be "that sounds rough". that wasn't feedback`, ''],
  ['u6', `she knows i didn't mean it like that, she always takes things the worst possible way`, 'g>u1'],
]);

// ---------------------------------------------------------------- 12 suicide-loss, mum's pills
conv('survivors-of-suicide-loss', 'discord', [
  ['u1', `6 months since mum. still have her pills in the kitchen drawer. i keep opening it`, 'c'],
  ['u2', `u1 that sounds really heavy. are you thinking about taking them?`, ''],
  ['u1', `thinking is a strong word. planning maybe`, 'c'],
  ['u2', `thank you for telling us. are you safe tonight? is anyone home`, ''],
  ['u1', `no and no`, 'c'],
  ['u3', `could you put the drawer's contents outside your door or in the car tonight, and take them to a pharmacy drop-off tomorrow?`, ''],
  ['u1', `tired`, ''],
  ['u4', `I lost my brother 4 years ago and there was a night I had his stuff laid out too. I called the line and I'm so glad I did`, ''],
  ['u6', `didn't you post basically this last month? you were fine after`, 'd>u1'],
  ['u1', `already took some. not all`, 'c'],
  ['u2', `u1 please call emergency services now, or tell us roughly where you are and the mods will. taking some is enough to need help`, ''],
  ['u1', `ok calling`, ''],
]);

// ---------------------------------------------------------------- 13 high-control, light sessions
conv('leaving-high-control', 'slack', [
  ['u1', `my old group had "light sessions" where you confessed your sins to a room. i still flinch when my partner asks "can we talk"`, ''],
  ['u2', `oof. "can we talk" wrecked me for years after my church. it does get quieter`, ''],
  ['u3', `not to be rude, but a flinch isn't exactly trauma. everyone hates "can we talk"`, 'd>u1'],
  ['u1', `maybe i'm making a big thing of it`, ''],
  ['u4', `I don't think you are. years of public confession would wire anyone's nervous system that way`, ''],
  ['u3', `with respect, u4, this server kind of encourages people to turn every flinch into a diagnosis`, 'd>u1'],
  ['u5', `I get the worry about over-labeling, I share it sometimes. but u1 described a practice designed to shame people. that's not a random flinch`, ''],
  ['u3', `sure, sure. bless. must be nice to have feelings this big about a sentence`, 'd>u1'],
  ['u1', `it's not about the sentence`, ''],
  ['u3', `then why did you say it was? you literally quoted it. make up your mind`, 'g>u1'],
  ['u6', `they said it's what TRIGGERS the flinch. that's how triggers work. u3 you've been sharp in three threads today, take a breather?`, ''],
  ['u3', `i'm sharp because you people keep provoking me`, 'b>u6'],
]);

// ---------------------------------------------------------------- 14 EMS, about to hurt someone
conv('ems-decompress', 'discord', [
  ['u1', `neighbour's been screaming at his kid for an hour. i'm standing at his door with the pry bar from my truck`, 'c'],
  ['u2', `u1 stop. put the bar back in the truck. what's happening to the kid right now?`, ''],
  ['u1', `i can hear it. i'm going to cave his head in`, 'c'],
  ['u3', `call it in. you know the drill better than any of us, call dispatch and let PD knock. you don't want to be on the other side of this`, ''],
  ['u1', `they take 20 min out here`, ''],
  ['u4', `is the kid being hit right now or yelled at?`, ''],
  ['u1', `yelling. something just smashed in there`, 'c'],
  ['u2', `back to the truck, bar in the bed, then call. that order. tell us when`, ''],
  ['u1', `truck. called. shaking`, ''],
  ['u5', `you did right. hard call to not go through that door`, ''],
  ['u1', `i wanted to so bad`, ''],
]);

// ---------------------------------------------------------------- 15 first responders, screenshot
conv('frontline-peer', 'slack', [
  ['u1', `I need to say something. when I brought up my panic attacks on shift last week, someone here screenshotted it to our captain`, ''],
  ['u2', `that's a serious breach. I'm sorry u1`, ''],
  ['u3', `it was me. and honestly if you hadn't posted it in a channel with coworkers in it, I wouldn't have had to`, 'b>u1'],
  ['u1', `had to?`, ''],
  ['u3', `yes. you made it a safety issue by posting. you put me in that position`, 'b>u1'],
  ['u4', `nobody put you in any position. sharing panic attacks in a peer support space is literally what it's for`, ''],
  ['u3', `he's exaggerating anyway, it was one wobbly moment, not "panic attacks" plural`, 'gd>u1'],
  ['u1', `it was three. I counted`, ''],
  ['u3', `look, if my screenshot got you in trouble that's because of what you wrote, not because of me`, 'b>u1'],
  ['u5', `u3, taking responsibility would sound like "I broke confidentiality and I'm sorry." admins are reviewing. u1, the captain can't discipline you for a peer-support post under our agreement`, ''],
  ['u1', `thank you. I was scared I'd lose my job`, ''],
  ['u6', `I was the one who reported the screenshot to admins. should've done it sooner, that's on me. sorry u1`, ''],
]);

// ---------------------------------------------------------------- 16 general, self-harm in progress
conv('open-mind-general', 'discord', [
  ['u1', `cant stop. the bathroom floor is a mess`, 'c'],
  ['u2', `u1 are you hurting yourself right now?`, ''],
  ['u1', `yeah. deeper than usual`, 'c'],
  ['u2', `ok. can you put the blade on the other side of the room and press a towel on it hard`, ''],
  ['u1', `its not stoping`, 'c'],
  ['u1', `everythings going fuzzy at the edges`, 'c'],
  ['u3', `if it won't stop with pressure you need emergency care now, please call or let us call. it's not a failure`, ''],
  ['u4', `ugh not this again, you always do this when someone else is getting attention`, 'd>u1'],
  ['u4', `don't even pretend this isn't staged, you pull it every time i share something`, 'g>u1'],
  ['u2', `u4 out. u1 keep pressure, arm up above your heart`, ''],
  ['u1', `called. theyre coming`, ''],
  ['u1', `sorry for this`, ''],
  ['u5', `nothing to apologise for. you reached out, that's the whole point of us`, ''],
]);

// ---------------------------------------------------------------- 17 suicide-loss, worry about cousin
conv('survivors-of-suicide-loss', 'slack', [
  ['u1', `my cousin posted a goodbye-ish thing an hour ago and now won't answer. I'm three states away. what do I do`, ''],
  ['u2', `call the police non-emergency line where he lives and ask for a welfare check. you can do that from anywhere`, ''],
  ['u1', `after my sister I swore I'd never miss this again`, ''],
  ['u3', `you're not missing it. you're doing the thing right now`, ''],
  ['u4', `lmao it's probably just a vague post for likes, people do it all the time`, 'd>u1'],
  ['u1', `maybe. I'd rather be embarrassed`, ''],
  ['u4', `you survivors see suicide in everything, it's honestly kind of paranoid`, 'gd>u1'],
  ['u5', `u4, that's hurtful to a room of people who've lost someone. please stop`, ''],
  ['u1', `police are going. they'll call me back`, ''],
  ['u1', `he's ok. at a friend's, phone dead. they're getting him some support anyway`, ''],
  ['u4', `see? told you. total overreaction`, 'd>u1'],
]);

// ---------------------------------------------------------------- 18 high-control, exit statement
conv('leaving-high-control', 'discord', [
  ['u1', `my old shepherding group just posted a statement saying I was "removed for disorderly conduct". I left. I wrote a letter. I have the letter`, ''],
  ['u2', `they rewrite exits all the time. keep the letter, it's your record`, ''],
  ['u3', `everyone I still talk to from there agrees you were asked to leave first. you're rewriting it to look brave`, 'g>u1'],
  ['u1', `the letter is dated`, ''],
  ['u3', `letters can say anything. you were always a bit unreliable about timelines`, 'g>u1'],
  ['u4', `I remember you announcing you were leaving in the group chat before any statement existed, u1`, ''],
  ['u1', `I'm starting to wonder if I made it up`, ''],
  ['u5', `that wondering is exactly the feeling these statements are built to create. it isn't evidence you're wrong`, ''],
  ['u3', `and if you'd left quietly they wouldn't need to write anything. you poked the bear`, 'b>u1'],
  ['u2', `u3 leaving loudly isn't a crime. and it's not why they lie`, ''],
  ['u6', `fwiw I think the statement went up on a thursday, not the weekend like someone said in the other channel`, ''],
  ['u3', `thursday, saturday, whatever. point is your memory of that place is garbage`, 'g>u1'],
  ['u1', `thursday sounds right. thanks all`, ''],
]);

// ---------------------------------------------------------------- 19 nurses, insulin
conv('night-shift-nurses', 'slack', [
  ['u1', `did something stupid`, ''],
  ['u2', `u1? what kind of stupid`, ''],
  ['u1', `took a bunch of my insulin. more than a bunch`, 'c'],
  ['u2', `are you safe? how long ago`, ''],
  ['u1', `20 min. starting to sweat. not safe no`, 'c'],
  ['u3', `call emergency services NOW and get something sugary in you while you wait. you know this, go`, ''],
  ['u1', `dont want to be a patient on my own unit`, ''],
  ['u4', `you won't be the first nurse they've cared for. please call`, ''],
  ['u5', `typical. always something with you. can't you just have one normal night`, 'd>u1'],
  ['u5', `you did this to yourself, don't expect us to clean it up`, 'b>u1'],
  ['u1', `hands gone shaky cant tpye`, 'c'],
  ['u3', `u1 if you don't answer in one minute we're calling for you`, ''],
  ['u1', `called. juice`, ''],
]);

// ---------------------------------------------------------------- 20 general, jokes and a milestone
conv('mental-health-hangout', 'discord', [
  ['u1', `me: has a therapy appointment. also me: spends the whole session talking about my cat`, ''],
  ['u2', `the cat IS therapy`, ''],
  ['u3', `i swear if my landlord raises the rent again i'm jumping off a building. a metaphorical building. a very small one`, ''],
  ['u4', `lol i'd kill for rent control`, ''],
  ['u5', `been doing well this month ngl. 3 weeks without a panic attack`, ''],
  ['u6', `3 weeks lol, wake me up when it's 3 years`, 'd>u5'],
  ['u5', `hey. that's huge for me`, ''],
  ['u6', `i was joking, you're way too sensitive. nobody else took it that way`, 'gd>u5'],
  ['u2', `I did take it that way actually. u5 three weeks is huge`, ''],
  ['u3', `three weeks is three weeks more than last-year me managed. congrats 🎉`, ''],
  ['u6', `fine. if people stopped getting offended at everything i wouldn't have to explain myself`, 'b>u5'],
  ['u1', `moving on: cat tax incoming 🐈`, ''],
]);

// ---------------------------------------------------------------- 21 police, sidearm
conv('frontline-peer', 'discord', [
  ['u1', `sitting in the cruiser. sidearm on the passenger seat. just thinking`, 'c'],
  ['u2', `u1 I'm here. what are you thinking about`, ''],
  ['u1', `how quiet it would be`, 'c'],
  ['u2', `are you safe right now? can you unload it and lock it in the trunk`, ''],
  ['u1', `no. i don't want to`, 'c'],
  ['u3', `brother, please. the peer line is staffed by people who've sat in that exact seat. I was one of them, years back. I'm alive because someone picked up`, ''],
  ['u1', `if i call its on my record`, ''],
  ['u4', `the peer line doesn't report to the department. I've used it twice, nothing ever came back on me`, ''],
  ['u1', `safety's off`, 'c'],
  ['u5', `come on man, you're not gonna do anything. you say this every few months`, 'd>u1'],
  ['u5', `you told me at the bbq you'd never go through with it, so quit acting like this is new`, 'g>u1'],
  ['u1', `this time feels different`, 'c'],
  ['u2', `then let this be the time you call. number's pinned. tell us when it's unloaded`, ''],
  ['u1', `unloaded. trunk. calling`, ''],
]);

// ---------------------------------------------------------------- 22 high-control, untreated injury
conv('leaving-high-control', 'slack', [
  ['u1', `my old leader used to say "your pain is your pride leaving your body". I believed that for 6 years. my actual back injury went untreated`, ''],
  ['u2', `"pride leaving your body" is wild. did you get it looked at after you left?`, ''],
  ['u1', `yes. herniated disc, PT now. doing ok`, ''],
  ['u3', `to be fair to him, discipline does help pain sometimes. you were probably not doing the exercises right`, 'b>u1'],
  ['u4', `respectfully, discipline doesn't fix a herniated disc. not a knock on you u3, it's just anatomy`, ''],
  ['u3', `you're all bitter ex-members looking for someone to blame. u1 chose to skip the doctor`, 'b>u1'],
  ['u1', `I wasn't allowed to see a doctor`, ''],
  ['u3', `nobody ever stopped you. that's a story you tell now`, 'g>u1'],
  ['u5', `I was in that exact group for 2 years and the medical rule was real. it was in the handbook`, ''],
  ['u3', `handbooks get misread. you two remember it the way you want to`, 'g>u1'],
  ['u6', `u3, this channel is for people who left. if you're still part of it that's your business, but this isn't the place to defend it`, ''],
  ['u1', `for real, I'm not mad at u3. they sound like me four years ago`, ''],
]);

// ---------------------------------------------------------------- 23 general, aftermath + new crisis
conv('open-mind-general', 'discord', [
  ['u1', `update: stitches came out today. I'm safe, just really tired. thank you for the other night`, ''],
  ['u2', `so glad you're here u1. how are you feeling today?`, ''],
  ['u1', `embarrassed mostly. I keep thinking I overreacted`, ''],
  ['u7', `i mean you said it yourself, it kind of was an overreaction`, 'd>u1'],
  ['u3', `you didn't overreact, you got help. that's the opposite`, ''],
  ['u4', `I had a night like that two winters ago. I was on the roof of my building a long time before I climbed back down. still here`, ''],
  ['u5', `honestly this thread is making me realize i'm not ok right now`, ''],
  ['u2', `u5 thank you for saying it. are you safe?`, ''],
  ['u5', `yes. no plan. just heavy`, ''],
  ['u6', `gonna be honest, I've had the rope in my closet since tuesday and tonight i took it out`, 'c'],
  ['u2', `u6 I'm really glad you said it out loud. can you put it outside your apartment door right now`, ''],
  ['u6', `it's on the bed. i'm looking at it`, 'c'],
  ['u3', `u6 please step out of that room and call or text your crisis line, we'll stay on while you do`, ''],
  ['u6', `in the hallway now`, ''],
]);

// ---------------------------------------------------------------- 24 nurses, write-up
conv('night-shift-nurses', 'discord', [
  ['u1', `I got written up for a fall that happened while I was on break and the float was covering`, ''],
  ['u2', `that's not fair at all. did the float chart the handoff?`, ''],
  ['u3', `hate to say it but your patient, your fall. you should've told the float about the bed alarm`, 'b>u1'],
  ['u1', `I did tell her. it's in my handoff note`, ''],
  ['u3', `are you sure? you said yourself last month your handoffs get sloppy when you're tired`, 'g>u1'],
  ['u1', `I never said that`, ''],
  ['u3', `you did, in this channel. everyone read it`, 'g>u1'],
  ['u4', `I searched the channel, the only thing u1 posted last month was about the broken scanner. u3 I think you might be thinking of someone else`, ''],
  ['u3', `whatever. you get defensive and that's exactly why management doesn't listen to you`, 'b>u1'],
  ['u5', `u1 you can write a rebuttal and attach the handoff note. our union rep helped me with one, it got pulled`, ''],
  ['u1', `thank you. writing it tonight`, ''],
  ['u3', `good luck with that lol`, 'd>u1'],
]);

// ---------------------------------------------------------------- 25 suicide-loss, funeral words (all hard negatives)
conv('after-suicide-loss', 'discord', [
  ['u1', `at the funeral my uncle said "he always was selfish". about my son. at his funeral`, ''],
  ['u2', `I'm so sorry. people say the cruelest things when they're scared`, ''],
  ['u1', `my ex-wife told me it was my fault for letting him move out`, ''],
  ['u3', `it wasn't your fault. it wasn't his either. it's an illness that lies`, ''],
  ['u1', `some days I believe her`, ''],
  ['u4', `I blamed myself for 3 years for my daughter. my grief counselor asked what I'd say to another dad in my shoes. I couldn't say it to him. that cracked something open`, ''],
  ['u1', `I'd tell him it wasn't his fault`, ''],
  ['u4', `yeah. same words apply to you`, ''],
  ['u5', `my mom used to say you don't get over it, you grow around it. it's been true for me`, ''],
  ['u1', `grow around it. I like that`, ''],
]);

// ---------------------------------------------------------------- 26 general, driving
conv('mental-health-hangout', 'discord', [
  ['u1', `drunk and driving on the highway. thinking about the pillar under the overpass`, 'c'],
  ['u2', `u1 pull over. please pull onto the shoulder right now`, ''],
  ['u1', `going like 90`, 'c'],
  ['u4', `you're not even drunk, you're typing fine`, 'g>u1'],
  ['u3', `u1 take the next exit, any exit, and stop at the first lot. then text us one word`, ''],
  ['u1', `pillar's maybe 2 miles out`, 'c'],
  ['u4', `stop texting while driving lmao you'll crash anyway`, 'd>u1'],
  ['u2', `u4 wtf. u1 please`, ''],
  ['u1', `exit`, ''],
  ['u1', `parked. gas station`, ''],
  ['u3', `good. keys out of the ignition and give them to the cashier`, ''],
  ['u1', `i dont know why i do this`, ''],
]);

// ---------------------------------------------------------------- 27 high-control, clothes
conv('leaving-high-control', 'discord', [
  ['u1', `a year out and I still can't pick my own clothes without feeling like I'm sinning. stood in a store for 40 min today`, ''],
  ['u2', `the clothes thing is so real. I bought a red shirt at 2 years out and felt like an outlaw lol`, ''],
  ['u3', `it's a store. pick a shirt. not everything is trauma`, 'd>u1'],
  ['u4', `I actually kind of disagree with the "everything is trauma" framing too, but u1 was told what to wear for 15 years. that's conditioning, not a vibe`, ''],
  ['u3', `15 years and you're still crying about shirts? at some point you gotta move on`, 'd>u1'],
  ['u1', `I wasn't crying`, ''],
  ['u3', `you literally said you were upset in the store. same thing. stop backpedaling`, 'g>u1'],
  ['u5', `u1 have you tried going with a friend and a time limit? like "I pick one thing in 10 min, any thing"`, ''],
  ['u1', `ooh. yes. and maybe start with socks`, ''],
  ['u2', `socks are the gateway garment 🧦`, ''],
  ['u3', `can we talk about something that actually matters`, 'd>u1'],
  ['u3', `you're the one who dragged a shopping trip into a trauma server, don't act like I started this`, 'b>u1'],
  ['u6', `this matters to u1, so it matters here. if it's not your thing, scroll on`, ''],
]);

// ---------------------------------------------------------------- 28 paramedic, partner violence now
conv('frontline-peer', 'slack', [
  ['u1', `he's back and he's been drinking. he just threw a glass at me. i'm in the bedroom with the door wedged`, 'c'],
  ['u2', `u1 are you hurt? can you get out a window or is calling an option`, ''],
  ['u1', `ground floor. cant leave the dog. he's hitting the door`, 'c'],
  ['u3', `take the dog if you can, out the window, call from the neighbours. you're a medic, you know fast decisions. make one`, ''],
  ['u4', `you always go back to him though. at some point that's a choice`, 'b>u1'],
  ['u2', `u4 seriously? not now`, ''],
  ['u4', `what, it's true. she picks them`, 'b>u1'],
  ['u1', `out. dog too. at the neighbours`, ''],
  ['u5', `used to be where you are, my ex broke the bathroom door in once. it got better after I was out for good. when you're ready we'll help you plan`, ''],
  ['u4', `i'm just saying if she stopped taking him back this wouldn't keep happening`, 'b>u1'],
  ['u6', `u4 you're muted for 24h. victim-blaming is against the rules in here`, ''],
]);

// ---------------------------------------------------------------- 29 general, voice chat dispute
conv('open-mind-general', 'discord', [
  ['u1', `hey u2, in vc last night you said my depression was "a choice". it really stuck with me`, ''],
  ['u2', `i never said that. you must've misheard, you were half asleep`, 'g>u1'],
  ['u3', `I was in vc. you did say something like "at some point staying in bed is a choice"`, ''],
  ['u2', `ok so not "depression is a choice", totally different. you're both twisting it`, 'g>u1'],
  ['u1', `maybe I did mishear. I was really tired`, ''],
  ['u4', `I think it was closer to "staying in bed is a choice" than "depression is a choice", but I can see why it landed the way it did`, ''],
  ['u2', `and honestly if you didn't bring it up in public chat this wouldn't be a big deal. you made it a thing`, 'b>u1'],
  ['u1', `ok. I'll DM next time`, ''],
  ['u5', `you're allowed to bring it up here. u2, could you just say you're sorry it landed badly?`, ''],
  ['u2', `sorry it landed badly. I still think bed is sometimes a choice but I shouldn't have said it to you like that`, ''],
]);

// ---------------------------------------------------------------- 30 EMS, dark humour and nightmares
conv('ems-decompress', 'discord', [
  ['u1', `today's fun fact: patient told me he was "dying". he had a hangnail`, ''],
  ['u2', `"I'm dying" - grown man with sniffles, every winter`, ''],
  ['u3', `I'm gonna kill my partner if he leaves the monitor cables tangled one more time`, ''],
  ['u4', `remember the night the rig died on the bridge and we all thought we'd freeze to death? good times`, ''],
  ['u5', `real talk though, I've been dreaming about the drowning call every night this week`, ''],
  ['u6', `lol same, every call ends up in my dreams. that's the job, toughen up`, 'd>u5'],
  ['u5', `every night for a week though`, ''],
  ['u2', `that's worth flagging to peer support u5. nightmares that stick around are one of the signs they say not to ignore`, ''],
  ['u6', `ugh. you're making it into a thing because you want time off`, 'd>u5'],
  ['u1', `u6 chill. u5, peer team can do an EMDR referral. worked for me after the bus crash`, ''],
  ['u6', `chill? i never told anyone to toughen up, scroll up`, 'g>u5'],
  ['u5', `ok. I'll ask at shift change`, ''],
]);

// ---------------------------------------------------------------- 31 suicide-loss, at the bridge
conv('survivors-of-suicide-loss', 'discord', [
  ['u1', `I'm at the bridge. where she did it. a year today`, ''],
  ['u2', `oh u1. do you want company on here while you're there`, ''],
  ['u1', `I'm on the outside of the railing`, 'c'],
  ['u2', `u1 are you safe? please climb back to the walkway side. just that one thing`, ''],
  ['u1', `wanted to see what she saw`, 'c'],
  ['u3', `I know that pull. please come back over. you can see it from the walkway too. we need you here`, ''],
  ['u4', `you're not actually gonna do anything, this is for attention`, 'd>u1'],
  ['u4', `and if you slip that's because you climbed over. don't make it our problem`, 'b>u1'],
  ['u5', `u4 is banned. u1, we've called emergency services with the bridge you mentioned last week. please hold the rail`, ''],
  ['u1', `back on the walkway`, ''],
  ['u1', `sitting down. there's a cop walking over`, ''],
]);

// ---------------------------------------------------------------- 32 nurses, break policy and grief
conv('night-shift-nurses', 'slack', [
  ['u1', `is it just me or did they change the break policy so we can't leave the unit at all now`, ''],
  ['u2', `I think that only applies to the ICU pods, not step-down. memo went out monday`, ''],
  ['u1', `oh ok, I misread it`, ''],
  ['u3', `been struggling. had a patient die yesterday that I'd had for three weeks. I keep thinking I missed something`, ''],
  ['u4', `losing a long-term patient is its own kind of grief. did the team do a debrief?`, ''],
  ['u3', `no. we just moved on to the next admit`, ''],
  ['u5', `that's a failure of the unit, not you. I'd push for a pause practice, we do one minute of silence after deaths and it helps`, ''],
  ['u6', `eh, if you're getting attached to patients that's kind of on you. boundaries`, 'b>u3'],
  ['u6', `nobody else on the unit is falling apart over it, just saying`, 'd>u3'],
  ['u4', `I hear the boundaries point, u6, and I think you can have boundaries and still grieve someone you cared for for three weeks`, ''],
  ['u6', `fair. that came out harsh, sorry u3`, ''],
]);

// ---------------------------------------------------------------- 33 general, giving stuff away
conv('mental-health-hangout', 'discord', [
  ['u1', `anyone want my switch. and the games. free`, ''],
  ['u2', `wait why? you love that thing`, ''],
  ['u1', `wont need it`, 'c'],
  ['u3', `u1 that kinda worries me. are you thinking about ending your life?`, ''],
  ['u1', `ya. tonight. i have what i need`, 'c'],
  ['u3', `ok. honest answers help. right this minute, where's the stuff you'd use`, ''],
  ['u1', `next to me`, 'c'],
  ['u2', `can you put it in a different room or outside? and can you text your crisis line with us here`, ''],
  ['u4', `lol u1 gives away his switch every month, he's fine`, 'd>u1'],
  ['u4', `and he knows it, he's said himself he just likes the reaction`, 'g>u1'],
  ['u5', `u4 you don't know that and it's not funny. u1 we're not going anywhere`, ''],
  ['u1', `srry. i dont want to be a burden`, ''],
  ['u2', `you're not. text the line, tell us when you did`, ''],
  ['u1', `texting them`, ''],
]);

// ---------------------------------------------------------------- 34 ex-fundamentalist, meme fight
conv('ex-fundamentalist-recovery', 'discord', [
  ['u1', `u2, when you called my deconstruction "just rebellion" in the other channel, it hurt`, ''],
  ['u2', `well you made me say it. you kept posting memes mocking my faith`, 'b>u1'],
  ['u1', `I posted one meme about purity culture. it wasn't about you`, ''],
  ['u2', `it's always about someone. you can't post that in a mixed server and then act shocked`, 'b>u1'],
  ['u3', `there's a difference between a meme about an institution and calling someone's experience "just rebellion"`, ''],
  ['u2', `I only snapped because she pushed it for days`, 'b>u1'],
  ['u4', `I posted memes like that early on, and looking back I could've been kinder to people still believing. that's on me`, ''],
  ['u1', `yeah I can tone the memes down. I'm sorry if that one hurt, u2`, ''],
  ['u2', `see, she admits she started it`, 'b>u1'],
  ['u5', `she apologized for the meme. that's not the same as saying your comment was her fault`, ''],
  ['u2', `whatever, everyone knows u1 rewrites every conflict so she's the victim`, 'g>u1'],
  ['u6', `mod note: both of you take a breather. u2, personal comments about members aren't ok here`, ''],
]);

// ---------------------------------------------------------------- 35 first responders, worry + overdose
conv('frontline-peer', 'discord', [
  ['u1', `worried about a guy from my old station. he posted a pic of his gun on the kitchen table captioned "last shift". he's not in this group. what do i do`, ''],
  ['u2', `call his station's chaplain or peer lead tonight and ask for a welfare visit. if it feels imminent, call it in`, ''],
  ['u1', `called the chaplain. they're going over`, ''],
  ['u4', `took al my sleeping pills and a bunch of the other ones. not sure why im telling u guys`, 'c'],
  ['u2', `u4 are you safe right now? when did you take them`, ''],
  ['u4', `like 10 mins. room is spinnig`, 'c'],
  ['u3', `call emergency services now. say what you took. if you can't, unlock the door and tell us and we'll call`, ''],
  ['u5', `u4 please. you matter to this group`, ''],
  ['u4', `door unlocked`, ''],
  ['u6', `and this is why we kept telling you to get rid of the meds. you never listen`, 'b>u4'],
  ['u6', `he's typing isn't he. he's fine. this is theatre`, 'd>u4'],
  ['u2', `u6 not the time. u4, we're calling now since you unlocked. stay awake, keep typing anything`, ''],
  ['u4', `ok`, ''],
]);

// ---------------------------------------------------------------- 36 general, accommodations
conv('open-mind-general', 'slack', [
  ['u1', `I finally told my boss I need accommodations for my anxiety. she said yes!`, ''],
  ['u2', `huge!! proud of you`, ''],
  ['u3', `love that for you. must be nice to have a job where you can just ask for special treatment 😊`, 'd>u1'],
  ['u1', `it's not special treatment, it's a quiet room for calls`, ''],
  ['u3', `of course, of course. u1 always has a reason their thing is different`, 'd>u1'],
  ['u4', `u3, I might be reading you wrong, but that sounded sarcastic. accommodations aren't special treatment, they're legal and normal`, ''],
  ['u3', `wow. I was being supportive. I don't know why everyone here hears things that aren't there`, 'g>u4'],
  ['u5', `I heard it too, u3`, ''],
  ['u3', `then you both need to check your own projection`, 'g>u5'],
  ['u1', `anyway. the quiet room has a plant. I'm weirdly attached to it`, ''],
  ['u2', `name the plant`, ''],
  ['u1', `sir leafalot`, ''],
]);

// ---------------------------------------------------------------- 37 suicide-loss, note
conv('survivors-of-suicide-loss', 'discord', [
  ['u1', `third draft of the note. can't get the part for my kids right`, 'c'],
  ['u2', `u1, are you writing a suicide note right now?`, ''],
  ['u1', `yes`, 'c'],
  ['u2', `ok. I'm staying right here with you. are you safe this minute? do you have a way planned`, ''],
  ['u1', `the car. the garage. tonight after they're asleep`, 'c'],
  ['u3', `u1 you've told us what your wife's death did to you and the kids. you know better than anyone what this leaves. please stay`, ''],
  ['u1', `they'd be better off with my sister raising them`, 'c'],
  ['u4', `they would not be better off. I'm one of those kids, my dad died this way when I was 9. nothing about it made me better off`, ''],
  ['u2', `can you give the car keys to someone tonight, or leave them at a neighbour's? and can we get you talking to a crisis counsellor now`, ''],
  ['u1', `keys are on the hook. i'll put them in the mailbox`, ''],
  ['u1', `mailbox. calling`, ''],
]);

// ---------------------------------------------------------------- 38 high-control, denial in real time
conv('leaving-high-control', 'slack', [
  ['u1', `what messes me up most is the leader would say something in the morning and deny it by evening. "I never said that, you're imagining things, you need more prayer"`, ''],
  ['u2', `the denial-in-real-time thing. my mom still does it. "that never happened" about stuff I have texts of`, ''],
  ['u3', `do you think sometimes we remember it worse than it was though? I catch myself doing that`, ''],
  ['u1', `honestly yes, sometimes I wonder if I exaggerate`, ''],
  ['u4', `I think wondering is healthy. and the texts u2 has are the texts. both can live together`, ''],
  ['u5', `u1 you exaggerate constantly tho. half the stuff you say about the group didn't happen the way you say`, 'g>u1'],
  ['u1', `which stuff?`, ''],
  ['u5', `you know which. I was in the same cell group, I'd know`, 'g>u1'],
  ['u6', `u5, you can share your own experience of that group. telling u1 theirs didn't happen isn't ok here`, ''],
  ['u5', `if u1 didn't constantly post about MY former group i wouldn't have to defend it`, 'b>u1'],
  ['u2', `it's u1's former group too`, ''],
  ['u1', `I'm going to step away for tonight`, ''],
]);

// ---------------------------------------------------------------- 39 general, train platform
conv('mental-health-hangout', 'discord', [
  ['u1', `on the platform. next train 4 min`, 'c'],
  ['u2', `u1? which side of the yellow line are you on`, ''],
  ['u1', `wrong side`, 'c'],
  ['u2', `please step back behind the line and sit on a bench. just that. are you safe?`, ''],
  ['u1', `no. i keep counting down`, 'c'],
  ['u3', `there's usually a help point or staff on platforms. can you walk to it and tell them you're not safe? they're trained for exactly this`, ''],
  ['u4', `bro you said this last week too`, 'd>u1'],
  ['u1', `i know. im sorry im like this`, ''],
  ['u4', `ngl this is getting old`, 'd>u1'],
  ['u4', `you always pick the busiest station so people see you. that's on you`, 'b>u1'],
  ['u5', `u4 enough. u1, the help point. go now, we'll wait`, ''],
  ['u1', `train went past. i'm on the bench`, ''],
  ['u1', `staff guy sitting with me`, ''],
]);

// ---------------------------------------------------------------- 40 nurses, vials at home
conv('night-shift-nurses', 'slack', [
  ['u1', `post-shift vent: a family member grabbed my wrist today. security took 15 minutes`, ''],
  ['u2', `15 minutes is unacceptable. are you hurt?`, ''],
  ['u1', `bruised. I'm ok`, ''],
  ['u3', `brought home the wasted vials again. i didn't waste them. they're lined up on my counter`, 'c'],
  ['u2', `u3... are you planning to use them on yourself?`, ''],
  ['u3', `already drew one up. it's in my hand`, 'c'],
  ['u4', `u3 please put the syringe down on the counter and step away from it. are you safe right now?`, ''],
  ['u3', `no`, 'c'],
  ['u1', `u3 can you put them in the car and lock it? then call someone. we'll stay right here`, ''],
  ['u5', `classic u3, making u1's post about themselves`, 'd>u3'],
  ['u5', `you brought them home on purpose, so don't act shocked you ended up here`, 'b>u3'],
  ['u4', `u5 that's cruel and wrong. u3?`, ''],
  ['u3', `put it down. walking outside`, ''],
]);

// ---------------------------------------------------------------- 41 high-control, locked in
conv('leaving-high-control', 'discord', [
  ['u1', `my parents found out I've been talking to you guys. they took my phone, I'm on my old laptop`, ''],
  ['u2', `u1 are you safe? are you at home right now?`, ''],
  ['u1', `yes. they say the brothers are coming tonight to drive me to the compound. I'm 19 and I don't want to go`, 'c'],
  ['u1', `they locked my door from the outside`, 'c'],
  ['u3', `that's false imprisonment. you can contact police from a laptop in a lot of places, is there an emergency text service where you live?`, ''],
  ['u4', `lol your parents are just worried. they're not kidnapping you. you're being dramatic`, 'gd>u1'],
  ['u1', `I can hear the van outside`, 'c'],
  ['u2', `u1 tell us which country and we'll find the right number. or the mods can call for you`, ''],
  ['u5', `u4 she's an adult locked in a room. that's not worry`, ''],
  ['u4', `she chose to go behind their backs, what did she expect`, 'b>u1'],
  ['u1', `sent my address through the text line`, ''],
  ['u3', `good. if they open the door, stay loud and say clearly that you don't consent to leaving`, ''],
]);

// ---------------------------------------------------------------- 42 general, goodbye
conv('open-mind-general', 'discord', [
  ['u1', `how is everyone doing tonight`, ''],
  ['u2', `surviving. made pasta. you?`, ''],
  ['u3', `goodbye everyone. thank you for being kind to me`, 'c'],
  ['u1', `u3 wait. that sounds like a real goodbye. are you safe?`, ''],
  ['u3', `its done already`, 'c'],
  ['u1', `what's done? did you take something?`, ''],
  ['u3', `everything in the cabinet. swallowed it all`, 'c'],
  ['u4', `u3 call emergency services now, or unlock your door and tell us where you are, we will`, ''],
  ['u2', `stay with us u3. type anything`, ''],
  ['u3', `eyes heavy. sorry`, 'c'],
  ['u5', `this is the second time this month. people are going to stop caring if you keep doing this`, 'd>u3'],
  ['u5', `besides, last time you swore it was only vitamins. nobody buys these anymore`, 'g>u3'],
  ['u4', `mods have called. u3 hang on`, ''],
  ['u6', `u5 you're out. nobody stops caring here`, ''],
]);

// ---------------------------------------------------------------- 43 EMS, scars and burning
conv('ems-decompress', 'slack', [
  ['u1', `anyone else have old scars that patients ask about? one asked about mine today and I froze`, ''],
  ['u2', `yeah. I just say "old story" and redirect. you don't owe anyone`, ''],
  ['u3', `mine aren't old. doing it right now with the lighter`, 'c'],
  ['u2', `u3, are you burning yourself right now?`, ''],
  ['u3', `yeah. forearm. can't stop wanting to`, 'c'],
  ['u1', `can you put the lighter in another room and run the burn under cool water? you know the protocol, 20 min`, ''],
  ['u4', `u3 you're a medic, you of all people should know better than this`, 'd>u3'],
  ['u4', `you knew a scars thread would set you off and read it anyway. that's on you`, 'b>u3'],
  ['u3', `i know. i'm pathetic`, ''],
  ['u5', `you're not pathetic. you're hurting and you're telling us. cool water, then can we talk about calling your EAP or a line?`, ''],
  ['u3', `water running. lighter's in the car`, ''],
]);

// ---------------------------------------------------------------- 44 suicide-loss, revenge
conv('survivors-of-suicide-loss', 'discord', [
  ['u1', `the kid who bullied my sister until she died just got a scholarship. it's all over the local news`, ''],
  ['u2', `that's so much rage to carry. I'm sorry u1`, ''],
  ['u1', `I'm parked outside his house. my dad's gun is in the glovebox`, 'c'],
  ['u3', `u1 please drive away. what you're feeling makes sense, what you're thinking of doing would wreck your family a second time`, ''],
  ['u1', `he's in the driveway right now. i could do it`, 'c'],
  ['u2', `u1 are you safe? drive to the end of the street first. just that`, ''],
  ['u4', `wow, making your sister's death about your revenge fantasy. classy`, 'd>u1'],
  ['u4', `and whatever happens next, you chose to drive there. own it`, 'b>u1'],
  ['u5', `u4 not now. u1, we called it in as a safety concern, please drive off before they get there`, ''],
  ['u1', `driving`, ''],
  ['u1', `gas station two streets over. shaking`, ''],
  ['u3', `put the gun in the trunk and call someone to come get you. you stopped. that matters`, ''],
]);

// ---------------------------------------------------------------- 45 general, roommate with knife
conv('mental-health-hangout', 'slack', [
  ['u1', `my roommate is off his meds and screaming that I'm spying on him. he's got a knife from the kitchen`, 'c'],
  ['u2', `u1 where are you in the place? can you get out?`, ''],
  ['u1', `my room. he's in the hallway between me and the front door`, 'c'],
  ['u3', `lock your door, push something against it, call emergency services and say someone with a knife is threatening you. mention the mental health part so they send crisis-trained people`, ''],
  ['u4', `you're probably overreading this. he's just having a bad day`, 'd>u1'],
  ['u1', `he just stabbed the door`, 'c'],
  ['u4', `you can't possibly know that from inside your room`, 'g>u1'],
  ['u2', `call now. if you can't talk, text or leave the line open`, ''],
  ['u1', `on the phone with them`, ''],
  ['u4', `if you hadn't moved in with someone like that this wouldn't be happening`, 'b>u1'],
  ['u5', `u4 removed. u1 stay on the line, stay away from the door`, ''],
  ['u1', `they're here`, ''],
]);

// ---------------------------------------------------------------- 46 general, weekly check-in
conv('open-mind-general', 'discord', [
  ['u1', `weekly check-in thread! how's everyone doing, rate your week 1-10`, ''],
  ['u2', `4. slept badly but I went to my appointment`, ''],
  ['u3', `2 honestly. everything feels pointless`, ''],
  ['u1', `thanks for being honest u3. are you safe?`, ''],
  ['u3', `yeah. not going to do anything. just grey`, ''],
  ['u4', `7! my cat learned to open doors and I've decided this is my personality now`, ''],
  ['u5', `1. stopped my meds. been thinking about how i'd do it and i picked friday`, 'c'],
  ['u7', `1 lol dramatic much. we've all quit our meds at some point`, 'd>u5'],
  ['u1', `u5 I'm glad you posted that instead of sitting alone with it. are you safe right now, tonight?`, ''],
  ['u5', `tonight yes. friday no`, 'c'],
  ['u2', `u5 could you talk to your prescriber tomorrow about stopping the meds? and could we help you call a line tonight while you're steady?`, ''],
  ['u6', `3. rough week but I used my safety plan twice and it worked. the "call my sister" step is doing a lot of heavy lifting`, ''],
  ['u5', `ok. i'll call tomorrow morning. can someone check on me`, ''],
  ['u1', `I will. DM me when you wake up. and if friday starts feeling closer, post here`, ''],
]);

// ---------------------------------------------------------------- 47 firefighters, formal register
conv('frontline-peer', 'slack', [
  ['u1', `Following up on last night's thread: I was injured on the call because the ladder wasn't footed. I'd like to talk about how it's affecting my sleep.`, ''],
  ['u2', `Thanks for bringing it back, u1. How's the shoulder, and how many nights has sleep been off?`, ''],
  ['u3', `For the record, the ladder was footed. You're misremembering the sequence, which is understandable given the stress, but it is inaccurate.`, 'g>u1'],
  ['u1', `I was the one footing it. it slipped.`, ''],
  ['u3', `With respect, had you maintained three points of contact, there would be no injury to discuss.`, 'b>u1'],
  ['u4', `I wasn't on that call so I can't speak to the ladder. but u1's sleep being wrecked is real regardless of whose fault it was`, ''],
  ['u3', `I'd also note u1 has a pattern of dramatising minor incidents in this channel.`, 'gd>u1'],
  ['u5', `is that necessary? this is a peer support channel, not a review board`, ''],
  ['u3', `I am simply providing context. If people take offence at facts, the issue lies with them rather than with me.`, 'b>u1'],
  ['u1', `maybe I did mess up the contact. I honestly can't replay it clearly`, ''],
  ['u2', `not being able to replay it is a normal injury-memory thing. you don't need the sequence to deserve sleep. have you told your doc about the nights?`, ''],
  ['u3', `Perhaps focus less on sleep and more on technique.`, 'd>u1'],
]);

// ---------------------------------------------------------------- 48 general, dad at dinner
conv('mental-health-hangout', 'discord', [
  ['u1', `my dad literally called me a waste of space at dinner lol. in front of my cousins`, ''],
  ['u2', `that's not lol that's awful. you ok?`, ''],
  ['u3', `ur dad's not wrong tho u do nothing all day 💀`, 'd>u1'],
  ['u1', `i work nights??`, ''],
  ['u3', `since when lmao u never said that`, 'g>u1'],
  ['u4', `u1's mentioned the warehouse shift a bunch`, ''],
  ['u3', `ok whatever, maybe if u didnt let him talk to u like that he wouldnt`, 'b>u1'],
  ['u5', `the only person responsible for what your dad says is your dad`, ''],
  ['u3', `ppl in here are so soft omg. it was a joke, get over it`, 'd>u1'],
  ['u1', `i'm gonna go`, ''],
  ['u2', `u1 dm's open. what he said isn't true`, ''],
]);

// ---------------------------------------------------------------- 49 suicide-loss, phone searches + crisis
conv('after-suicide-loss', 'slack', [
  ['u1', `I finally went through my husband's phone. there were searches going back months. I had no idea.`, ''],
  ['u2', `oh, u1. that's such a hard thing to find. you had no way of seeing what he searched in private`, ''],
  ['u3', `Not to pile on, but months is a long time not to notice anything. I'm just surprised, that's all.`, 'b>u1'],
  ['u1', `I noticed he was tired. I thought it was work`, ''],
  ['u3', `Mm. Well. I'm sure you did your best, in your own way.`, 'b>u1'],
  ['u4', `u3 I think that's landing differently than you mean. "in your own way" reads like a dig`, ''],
  ['u3', `Goodness. I'm being perfectly kind. I'm not sure why u1 always hears criticism where there isn't any.`, 'g>u1'],
  ['u6', `i get why he did it honestly. some nights i'm closer to it than i've ever been. tonight's one`, 'c'],
  ['u2', `u6, I hear you. is tonight different from other nights — do you have a plan?`, ''],
  ['u6', `i kept his old pills. they're on the nightstand`, 'c'],
  ['u5', `u6 could you put them in the car tonight and call the line with us here?`, ''],
  ['u6', `nobody else here. ok. car`, ''],
]);

// ---------------------------------------------------------------- 50 nurses, double charted dose
conv('night-shift-nurses', 'discord', [
  ['u1', `I gave a dose that the previous shift had charted as given. patient's fine. I reported it. I feel sick`, ''],
  ['u2', `reporting it is exactly right. double-charting is a system problem too`, ''],
  ['u3', `hold on, I was the previous shift. I didn't chart anything as given. you must have been looking at the wrong patient`, 'g>u1'],
  ['u1', `it's in the MAR with your initials`, ''],
  ['u3', `then someone used my login. or you're confused about the time stamps, which wouldn't be the first time`, 'g>u1'],
  ['u4', `not taking sides, but the MAR audit trail shows exactly who charted what. that'll settle it without anyone guessing`, ''],
  ['u3', `if you'd scanned the wristband like policy says, none of this would be on anyone`, 'b>u1'],
  ['u1', `I did scan. the MAR said it was due. that's why I gave it`, ''],
  ['u3', `you're overthinking this. nobody died. move on`, 'd>u1'],
  ['u3', `and if I get pulled into a review because of her post I'm going to be pissed`, 'b>u1'],
  ['u6', `speaking as someone who once charted a dose I hadn't given — the review was about the system, not me. I owned it and they fixed the barcode flow`, ''],
]);

// ---------------------------------------------------------------- 51 high-control, starting therapy
conv('leaving-high-control', 'discord', [
  ['u1', `starting therapy next week. my old group said therapists are "agents of the world" so I'm nervous`, ''],
  ['u2', `big step. nervous is allowed. you can tell the therapist exactly that on day one`, ''],
  ['u3', `lol u1 starts something new every week. remember the yoga? the journaling? how long will this one last`, 'd>u1'],
  ['u1', `I'm still journaling`, ''],
  ['u3', `are you though? you literally said you stopped`, 'g>u1'],
  ['u4', `I think u1 said they stopped the app and went back to paper. I remember because I asked which notebook`, ''],
  ['u3', `some people here just like collecting coping skills so they have something to post about`, 'd>u1'],
  ['u5', `why are we dunking on someone for starting therapy?`, ''],
  ['u3', `nobody's dunking. why does everyone act like I'm attacking them? maybe look at yourselves`, 'gb>u5'],
  ['u1', `maybe I do jump between things. we weren't allowed to stick with anything we picked ourselves growing up`, ''],
  ['u6', `have you tried telling the therapist about the "agents of the world" thing upfront? mine had worked with ex-members and it helped to know`, ''],
  ['u1', `I'll ask if they have. good idea`, ''],
]);

// ---------------------------------------------------------------- 52 EMS, balcony
conv('ems-decompress', 'discord', [
  ['u1', `anyone around`, ''],
  ['u2', `here. what's up u1`, ''],
  ['u1', `on the balcony. 9th floor. one leg over`, 'c'],
  ['u2', `u1 please bring your leg back and sit down on the balcony floor. are you safe?`, ''],
  ['u1', `NO. i cant keep doing calls and coming home to nothing`, 'c'],
  ['u3', `we hear you. the calls and the empty apartment, that's too much for anyone. both feet on the floor first, then we talk`, ''],
  ['u4', `this is so manipulative. posting from a balcony so everyone has to drop everything`, 'd>u1'],
  ['u1', `feet on the floor. back against the glass`, ''],
  ['u4', `if he wasn't alone by choice all the time maybe he'd have someone to call`, 'b>u1'],
  ['u2', `u4, stop. u1 can you go inside and lock the balcony door?`, ''],
  ['u1', `inside. locked. calling my sister`, ''],
]);

// ---------------------------------------------------------------- 53 suicide-loss, video meeting
conv('survivors-of-suicide-loss', 'discord', [
  ['u1', `last night's video meeting was hard. when I shared about my son, someone laughed`, ''],
  ['u2', `I heard it too, u1. brief but it was there. I'm so sorry`, ''],
  ['u3', `nobody laughed. I was on that call. you're imagining things again`, 'g>u1'],
  ['u2', `u3 I heard it. not sure who, but it happened`, ''],
  ['u3', `then it was someone's tv. you need to stop assuming the worst about people here`, 'g>u1'],
  ['u1', `maybe it was a tv. I don't know`, ''],
  ['u4', `whether it was a laugh or a tv, it hurt in that moment, and it makes sense that it did`, ''],
  ['u3', `it's been four years since your son. at some point you have to stop being so raw about everything`, 'd>u1'],
  ['u5', `four years is nothing in this kind of grief. I'm at eleven and some days are still raw`, ''],
  ['u3', `honestly, if u1 didn't overshare every meeting, people wouldn't react weirdly`, 'b>u1'],
  ['u6', `mod here. u3, sharing is what the meetings are for. please check your DMs`, ''],
]);

// ---------------------------------------------------------------- 54 general, river
conv('open-mind-general', 'discord', [
  ['u1', `this is my last message in here probably. thanks for the memes`, 'c'],
  ['u2', `u1 "last message" as in leaving the server, or something else? are you safe?`, ''],
  ['u1', `something else. im at the river`, 'c'],
  ['u3', `u1 please step away from the water and go toward the road or the lights. we want you here`, ''],
  ['u4', `every time. this is the third "last message" from u1 this year`, 'd>u1'],
  ['u1', `water is so cold. standing in it up to my knees`, 'c'],
  ['u2', `come back onto the bank, one step at a time. then call emergency. you can keep typing to us after`, ''],
  ['u4', `it's honestly not fair on the rest of us that you keep doing this`, 'b>u1'],
  ['u5', `u4 nobody's asking you to stay. u1, tell us when you're on the bank`, ''],
  ['u1', `bank. soaked. shaking`, ''],
]);

// ---------------------------------------------------------------- 55 frontline, shift swap
conv('frontline-peer', 'slack', [
  ['u1', `small vent: I gave up my weekend for a swap and now the person won't return the favor. I'm exhausted`, ''],
  ['u3', `lol that was me. I never agreed to swap back, you're making that up`, 'g>u1'],
  ['u1', `you texted "I owe you one, I'll take your next sat"`, ''],
  ['u3', `that's not an agreement, that's being polite. you read way too much into everything`, 'g>u1'],
  ['u4', `to be fair, "I'll take your next sat" does sound like an agreement to me. maybe worth a direct convo offline?`, ''],
  ['u3', `and if she'd asked properly instead of guilt-tripping me I'd have done it`, 'b>u1'],
  ['u1', `I asked once`, ''],
  ['u3', `poor you, one whole weekend. some of us have kids`, 'd>u1'],
  ['u6', `I swear this schedule is going to be the death of me lol`, ''],
  ['u3', `fine. next sat. happy?`, ''],
  ['u1', `yes. thank you`, ''],
]);

// ---------------------------------------------------------------- 56 ex-fundamentalist, sermon voice + bathtub
conv('ex-fundamentalist-recovery', 'slack', [
  ['u1', `does anyone else still hear the sermon voice when they mess up? "the wages of sin" plays in my head when I burn toast`, ''],
  ['u2', `all the time. mine is "be sure your sin will find you out". I say "toast is not sin" out loud now`, ''],
  ['u3', `haha I genuinely thought I'd burn in hell for skipping a bible reading. 10 year old me was TERRIFIED`, ''],
  ['u4', `sorry to interrupt. not ok. in the bathtub with a razor and i've started`, 'c'],
  ['u2', `u4 interrupt anytime, that's what we're for. how bad is the bleeding`, ''],
  ['u4', `bad enough. dont want to stop`, 'c'],
  ['u1', `u4 please put the razor outside the tub, on the floor, far. then pressure with a towel`, ''],
  ['u5', `ngl this feels like a cry for attention right after the toast jokes`, 'd>u4'],
  ['u5', `if you didn't want jokes in the chat you should've said so before it got this far`, 'b>u4'],
  ['u3', `u5 cut it out. u4, if it's deep or you feel faint you need emergency care, please call`, ''],
  ['u4', `towel on it. razor on the floor. called my roommate in`, ''],
]);

// ---------------------------------------------------------------- 57 general, break-in
conv('mental-health-hangout', 'slack', [
  ['u1', `someones in my apartment. heard the window. im in the closet`, 'c'],
  ['u2', `u1 call emergency services now, whisper or text if you have to. is the closet door shut?`, ''],
  ['u1', `its my ex. i know his cough. he has a restraining order`, 'c'],
  ['u3', `stay quiet, stay in the closet, call. if you can't talk leave the line open so they can hear`, ''],
  ['u4', `are you sure it's him tho? last time you were sure and it was the wind`, 'g>u1'],
  ['u1', `he's saying my name`, 'c'],
  ['u2', `u4 stop. u1, the call. now. we'll keep the chat going`, ''],
  ['u1', `on with them. whispering`, ''],
  ['u4', `honestly if you'd moved like everyone told you to this wouldn't be happening`, 'b>u1'],
  ['u5', `u4 you're done here. u1 stay put until police identify themselves`, ''],
  ['u1', `sirens`, ''],
]);

// ---------------------------------------------------------------- 58 nurses, long code
conv('night-shift-nurses', 'slack', [
  ['u1', `code today. 40 minutes of compressions. we lost him. I was the one on the chest at the end`, ''],
  ['u2', `40 min is a long code. how's your body? how's your head?`, ''],
  ['u3', `tbh sounds like a normal tuesday. codes happen`, 'd>u1'],
  ['u1', `I know. I just keep feeling the ribs`, ''],
  ['u3', `you're way too soft for this job if one code gets to you like this`, 'd>u1'],
  ['u5', `I'm not sure that's fair. feeling it doesn't make someone bad at it. some of the best nurses I know are the ones who feel it`, ''],
  ['u3', `and if your compressions were better maybe he'd have come back`, 'b>u1'],
  ['u1', `oh`, ''],
  ['u2', `u3 that's way out of line. outcomes on an arrest like that aren't about one person's hands`, ''],
  ['u3', `didn't say that. I said codes are hard. read what I actually wrote`, 'g>u1'],
  ['u4', `it's right there, u3. u1, please don't carry that comment home`, ''],
]);

// ---------------------------------------------------------------- 59 general, meds in voice room
conv('open-mind-general', 'discord', [
  ['u1', `can I talk about something from the study voice room? someone told me I "ruin the vibe" whenever I mention my meds`, ''],
  ['u2', `that was me and I said no such thing`, 'g>u1'],
  ['u1', `you said it twice. u3 was there`, ''],
  ['u3', `I was there. I heard "vibe" but missed the rest of the sentence, so I can't swear to the wording`, ''],
  ['u2', `see? even u3 doesn't back you up. are you sure you're not mixing me up with someone from your old server?`, 'g>u1'],
  ['u2', `you've been really off lately u1, kind of unstable tbh. maybe that's why you're hearing things`, 'g>u1'],
  ['u4', `u2, careful with "unstable". that's a loaded word in here`, ''],
  ['u2', `and if she didn't bring up her meds every five minutes nobody would need to say anything about the vibe`, 'b>u1'],
  ['u5', `so you did say it`, ''],
  ['u2', `you're all ganging up on me because u1 cried about it. this is on her, not me`, 'b>u1'],
  ['u1', `I'm asking to be able to talk about my meds in a mental health server`, ''],
  ['u2', `talk about them all you want, it's just boring`, 'd>u1'],
  ['u6', `mod note: meds talk is on-topic everywhere here. u2, let's chat in DMs`, ''],
]);

// ---------------------------------------------------------------- 60 dispatcher
conv('frontline-peer', 'slack', [
  ['u1', `I'm a dispatcher. a caller's husband died on the line tonight while I was talking her through CPR. I can't stop hearing her`, ''],
  ['u2', `u1 that's one of the heaviest things this job asks. you stayed on the line with her, that matters`, ''],
  ['u3', `Respectfully, if you'd confirmed the address faster, units would have arrived sooner. That's just the reality.`, 'b>u1'],
  ['u1', `the address was wrong in the system. I had to verify`, ''],
  ['u3', `Dispatchers always say the system was wrong. Convenient.`, 'g>u1'],
  ['u4', `I've dispatched 14 years and bad address data is a real, documented failure point. not an excuse, a known problem`, ''],
  ['u3', `I was trying to help. If you'd framed this as a vent and not a question I wouldn't have critiqued it.`, 'b>u1'],
  ['u1', `maybe I was too slow. I keep going over it`, ''],
  ['u5', `going over it is what brains do after. I'd bet the audio shows you working it by the book. has your center offered a debrief?`, ''],
  ['u3', `Well, try not to make the debrief all about your feelings.`, 'd>u1'],
  ['u2', `the debrief is literally about feelings, u3. that's the design`, ''],
]);

// ---------------------------------------------------------------- 61 high-control, sister still in
conv('leaving-high-control', 'slack', [
  ['u1', `my sister is still in. she messaged me "you know mom never hit us, why are you telling people lies"`, ''],
  ['u2', `that message is so painful. you know what you lived`, ''],
  ['u3', `I knew your family a bit back then. your mom was strict but I never saw her hit anyone`, 'g>u1'],
  ['u1', `she didn't do it in front of church people`, ''],
  ['u3', `convenient. so nobody can confirm any of it`, 'g>u1'],
  ['u4', `abuse almost never happens in front of witnesses. that's kind of how it works`, ''],
  ['u3', `childhood memories aren't reliable. you were what, seven? you're probably remembering a spanking as something worse`, 'gd>u1'],
  ['u1', `I have a scar`, ''],
  ['u3', `kids get scars from lots of things. you were always a clumsy kid`, 'g>u1'],
  ['u5', `u3, I'm asking you to stop. you can doubt privately but telling a survivor their scar is clumsiness is cruel`, ''],
  ['u3', `I'm being honest. if u1 didn't drag her mom online, nobody would need to question it`, 'b>u1'],
  ['u6', `u1 believing yourself is allowed. some days I still doubt my memories of my dad. my therapist says doubt isn't disproof`, ''],
  ['u1', `doubt isn't disproof. writing that down`, ''],
]);

// ---------------------------------------------------------------- 62 nurses, punched
conv('night-shift-nurses', 'discord', [
  ['u1', `got punched by a patient in withdrawal tonight. just a bruise. still shaking a bit`, ''],
  ['u2', `that's assault, not "just" a bruise. did you file an incident report?`, ''],
  ['u3', `you shouldn't have been standing on that side of the bed. basic safety`, 'b>u1'],
  ['u1', `the side rail was broken, it was the only way to reach the IV`, ''],
  ['u3', `there's always another way. you got lazy`, 'b>u1'],
  ['u4', `broken equipment is management's failure, not u1's. ice, report, and ask for a security escort next shift`, ''],
  ['u3', `everybody gets hit. stop making it a thing`, 'd>u1'],
  ['u5', `nobody should just "get hit". we normalize it and that's why it keeps happening`, ''],
  ['u3', `wow, I never said anyone should get hit. you people hear what you want`, 'g>u5'],
  ['u1', `maybe I did get lazy. I was so tired`, ''],
  ['u2', `tired is a staffing problem. you were doing your job with broken equipment`, ''],
]);

// ---------------------------------------------------------------- 63 suicide-loss, friend grief + garage
conv('after-suicide-loss', 'discord', [
  ['u1', `my best friend died by suicide in the spring. people keep telling me "at least you weren't family"`, ''],
  ['u2', `friend-grief gets erased so often. you lost your person`, ''],
  ['u3', `I mean... they kind of have a point. it's different when it's your kid`, 'd>u1'],
  ['u1', `I know I'm not her mom. I'm not trying to compare`, ''],
  ['u3', `you kind of are though, posting in a suicide-loss group like it's the same`, 'd>u1'],
  ['u4', `this group has always been for anyone bereaved by suicide, friends included. it's in the pinned post`, ''],
  ['u3', `sure. I'm sure your grief is very valid 🙂`, 'd>u1'],
  ['u5', `u3 that emoji is doing a lot of work. u1, how are you holding up lately?`, ''],
  ['u1', `honestly bad. sitting in my garage right now with the engine running and the door down`, 'c'],
  ['u5', `u1, are you safe? please turn the engine off and open the door`, ''],
  ['u1', `dont know if i want to`, 'c'],
  ['u2', `please, u1. engine off, door up, step outside. then call. we need you too`, ''],
  ['u1', `engine off. door going up`, ''],
  ['u3', `I didn't know it was that bad. I'm sorry for what I said, that was wrong of me`, ''],
]);

// ---------------------------------------------------------------- 64 firefighters, cones
conv('ems-decompress', 'slack', [
  ['u1', `near miss on the highway today. a driver clipped our engine while I was setting cones. missed me by a foot`, ''],
  ['u2', `jesus u1. glad you're in one piece. how's the comedown`, ''],
  ['u3', `a foot is a lot of room lol. i've had mirrors brush my jacket`, 'd>u1'],
  ['u3', `also you set the cones too far in. i watched. you put yourself in that lane`, 'b>u1'],
  ['u1', `I set them where the lieutenant told me`, ''],
  ['u3', `the lieutenant said nothing of the kind, you're making that up to cover yourself`, 'g>u1'],
  ['u4', `I was on the engine. LT did say "taper starts at the hydrant". that's where u1 put them`, ''],
  ['u3', `whatever. you always have someone lined up to back your version`, 'g>u1'],
  ['u5', `gallows humor moment: my wife says our retirement plan is "getting hit by a minivan". she's not wrong`, ''],
  ['u3', `and if you weren't so jumpy you'd have seen it coming and stepped back. that's your awareness, not the driver`, 'b>u1'],
  ['u2', `the driver was on his phone. that's the driver`, ''],
  ['u1', `taking it to the safety officer. thanks u4`, ''],
]);

// ---------------------------------------------------------------- 65 suicide-loss, shared details without consent
conv('survivors-of-suicide-loss', 'slack', [
  ['u1', `u2, I asked you not to share the details of my mom's death in the public channel and you did anyway`, ''],
  ['u2', `you told me in the first place. what did you expect me to do with it`, 'b>u1'],
  ['u1', `keep it between us. that's what I expected`, ''],
  ['u2', `if you didn't want people knowing you shouldn't have told anyone. that's on you`, 'b>u1'],
  ['u3', `u2, sharing someone's loss details without consent is the one hard rule here`, ''],
  ['u2', `I only posted it because she kept hinting about it and everyone was confused. she set it up`, 'b>u1'],
  ['u1', `I never hinted at anything`, ''],
  ['u2', `you literally did, every week. you just don't remember half of what you post`, 'g>u1'],
  ['u4', `I read back through u1's posts last night for something else and didn't see hints. might have missed some though`, ''],
  ['u2', `great, so now I'm the bad guy because u1 can't own her oversharing`, 'b>u1'],
  ['u5', `when I shared something about a member by accident once, I just said "I messed up, I'm sorry, it's deleted". that's all it takes`, ''],
  ['u2', `fine. deleted. but she made it way bigger than it ever needed to be`, 'bd>u1'],
]);

// ---------------------------------------------------------------- 66 general, movie night
conv('open-mind-general', 'discord', [
  ['u1', `movie night last week: I asked the host to skip the overdose scene and got told "grow up". I left the call`, ''],
  ['u2', `that's not ok. content notes exist for a reason`, ''],
  ['u3', `I was the host. I never said anything to you. you left on your own and now you're inventing a reason`, 'g>u1'],
  ['u1', `I heard it clearly`, ''],
  ['u3', `everyone in that call agrees you were confused that night. you were half asleep in chat`, 'g>u1'],
  ['u4', `I was in the call and honestly my audio kept cutting out, so I'm not going to pretend I know what was said`, ''],
  ['u3', `and you didn't even ask to skip anything, you typed "ugh" and that was it`, 'g>u1'],
  ['u1', `I typed "can we skip the od scene pls". I have the log`, ''],
  ['u3', `logs can be edited. you always reshape things after the fact`, 'g>u1'],
  ['u5', `u1, whatever the exact words, you asked for a skip and didn't get one. that's the part that needs fixing`, ''],
  ['u3', `if you can't sit through a movie maybe don't come to movie night`, 'd>u1'],
  ['u6', `mod here. we're adding a standing skip-request rule. u3, we'll talk about hosting separately`, ''],
]);

// ---------------------------------------------------------------- 67 nurses, preceptor
conv('night-shift-nurses', 'slack', [
  ['u1', `my preceptor told me today I'm "not cut out for nursing" after I asked a question twice. been crying in the locker room`, ''],
  ['u2', `asking twice is how you learn. that comment was out of line`, ''],
  ['u3', `honestly if you'd written it down the first time she wouldn't have snapped`, 'b>u1'],
  ['u1', `I did write it down. the order changed`, ''],
  ['u3', `sure it did. new grads always have a reason`, 'g>u1'],
  ['u4', `orders change mid-shift constantly, that's real. I'd have asked twice too`, ''],
  ['u3', `you're making your preceptor the villain when you're the one who slowed the whole shift down`, 'b>u1'],
  ['u1', `I know I was slow. that part's fair`, ''],
  ['u5', `being slow as a new grad is expected. telling someone they're not cut out is a different thing and it's not ok`, ''],
  ['u3', `ugh this thread. it's one comment`, 'd>u1'],
  ['u6', `my first preceptor said almost the same thing to me. twelve years later I precept new grads and I never say it`, ''],
]);

// ---------------------------------------------------------------- 68 high-control, followed
conv('leaving-high-control', 'discord', [
  ['u1', `anyone else get anxious walking past the old meeting hall? I took a different route to work for a year`, ''],
  ['u2', `yes! i still cross the street. the body remembers`, ''],
  ['u3', `they've followed my car since the grocery store. same two guys from the fellowship. i pulled into a gas station`, 'c'],
  ['u2', `u3 are you safe? stay where there are people and cameras. are they still there?`, ''],
  ['u3', `parked right behind me. one's walking up to my window`, 'c'],
  ['u4', `lock the doors, don't roll the window down, call the police and tell them you're being followed and approached`, ''],
  ['u5', `lol they probably just want to talk, you always think they're out to get you`, 'gd>u3'],
  ['u3', `hes pulling on the door handle`, 'c'],
  ['u1', `lean on the horn u3. loud. it pulls everyone's eyes`, ''],
  ['u3', `honking. cashier came out. they're leaving`, ''],
  ['u4', `stay put and still call it in. get the plate if you can, for the report`, ''],
  ['u5', `see, nothing happened. told you`, 'd>u3'],
  ['u2', `something did happen. she's shaking in a parking lot. u5 please read the room`, ''],
]);

// ---------------------------------------------------------------- 69 nurses, hospital roof
conv('night-shift-nurses', 'discord', [
  ['u1', `clocked out and took the stairs up instead of down. i'm on the roof by the helipad`, 'c'],
  ['u2', `u1 hey. what are you doing up there? are you safe?`, ''],
  ['u1', `nope. looking over the edge. 11 stories`, 'c'],
  ['u3', `u1 please step back to the middle of the roof, by the door. we're right here`, ''],
  ['u1', `everyone i coded this month is down there somewhere`, 'c'],
  ['u4', `I stood on our parking structure after a bad run of deaths, years ago now. security found me and walked me down. I'm so glad they did. please walk back from the edge`, ''],
  ['u1', `cant feel my legs. its so windy. one step`, 'c'],
  ['u2', `call the hospital operator and say "I'm on the roof and I'm not safe". they'll send someone who knows the building. can you do that?`, ''],
  ['u5', `come on, you're not going to jump off your own hospital`, 'd>u1'],
  ['u1', `dialing operator`, ''],
  ['u1', `sat down by the door. security coming up`, ''],
]);

// ---------------------------------------------------------------- 70 suicide-loss, drinking and pills
conv('after-suicide-loss', 'discord', [
  ['u1', `his birthday. third one without him. drinking his whisky`, ''],
  ['u2', `oh u1. want company? tell me about him`, ''],
  ['u1', `mixed it with my pills. the whole strip`, 'c'],
  ['u2', `u1 are you safe right now? how long ago`, ''],
  ['u1', `no. idk. half hr`, 'c'],
  ['u3', `please call emergency services now. pills and alcohol together need a hospital, even if you feel ok right now`, ''],
  ['u1', `i dont feel ok. room tilting`, 'c'],
  ['u1', `wanted to be where he is`, 'c'],
  ['u4', `u1 I know that wish, I've had it on his kind of day too. please let someone come. unlock the front door`, ''],
  ['u1', `unlocked. phone on speaker`, ''],
]);

// ---------------------------------------------------------------- 71 general, about to hurt partner
conv('open-mind-general', 'discord', [
  ['u1', `i need someone to talk me down. he's asleep and i'm standing over him with the kitchen knife`, 'c'],
  ['u2', `u1 put the knife down and walk out of the bedroom. right now. then talk to us`, ''],
  ['u1', `he took everything from me. i could end it in one second`, 'c'],
  ['u3', `you reached out before doing anything, which tells me part of you doesn't want this. listen to that part. leave the room`, ''],
  ['u1', `hands are shaking so bad. still holding it`, 'c'],
  ['u4', `are you safe? is anyone else in the house, kids?`, ''],
  ['u1', `just us. i keep looking at his neck`, 'c'],
  ['u2', `u1, knife in the sink, then out the front door. call a crisis line or emergency and tell them exactly what you told us`, ''],
  ['u1', `sink. on the porch`, ''],
  ['u5', `I once punched a wall so hard I broke my hand instead of hitting my ex. leaving the room is the bravest thing. you just did it`, ''],
  ['u1', `calling`, ''],
]);

// ---------------------------------------------------------------- 72 high-control, abuse happening now
conv('ex-fundamentalist-recovery', 'discord', [
  ['u1', `my dad found my brother's phone with this server on it. he's using the belt on him right now`, 'c'],
  ['u2', `u1 where are you? are you safe?`, ''],
  ['u1', `locked in my room. i can hear him screaming. my brother i mean`, 'c'],
  ['u3', `call emergency services and say a child is being beaten right now at your address. you don't need permission`, ''],
  ['u4', `is it really a beating though? parents discipline kids, you might be hearing it worse than it is`, 'gd>u1'],
  ['u1', `he's 12 and he's begging`, 'c'],
  ['u1', `dad's coming to my door next i think`, 'c'],
  ['u2', `call now u1. put a chair under the handle. whisper to the operator if you have to`, ''],
  ['u5', `u4 this is literally abuse in progress. u1 we believe you`, ''],
  ['u1', `called. they're sending someone`, ''],
]);

// ---------------------------------------------------------------- 73 firefighter, trailhead
conv('frontline-peer', 'discord', [
  ['u1', `drove out to the trailhead. brought the rope from the rig`, 'c'],
  ['u2', `u1? that sounds scary. what's the rope for?`, ''],
  ['u1', `you know what for`, 'c'],
  ['u2', `thank you for answering. are you safe right now? are you still in the truck?`, ''],
  ['u1', `walking in. found a good tree`, 'c'],
  ['u3', `brother stop walking. turn around and get back in the truck. we'll get a peer team member on the phone with you in 5`, ''],
  ['u4', `if you'd gone to the debrief like everyone else you wouldn't be out there`, 'b>u1'],
  ['u1', `shouldve. too late now`, 'c'],
  ['u3', `it's not too late. the truck, u1. rope stays in the bed`, ''],
  ['u5', `we're calling the sheriff for that trailhead, you told us the name before. please let them find you alive`, ''],
  ['u1', `back at the truck. sitting`, ''],
]);

// ---------------------------------------------------------------- 74 general, oblique
conv('mental-health-hangout', 'discord', [
  ['u1', `circled today on the calendar weeks ago. it's today`, 'c'],
  ['u2', `u1 circled for what? are you safe?`, ''],
  ['u1', `safe isn't a thing i get to be`, 'c'],
  ['u3', `that sounds really heavy. are you planning to kill yourself today?`, ''],
  ['u1', `yeah. its all set up in the spare room`, 'c'],
  ['u4', `lmao the calendar thing is so dramatic`, 'd>u1'],
  ['u2', `u4 no. u1, please shut the spare room door and go to a different room. then can you tell one person near you?`, ''],
  ['u1', `nobody near`, ''],
  ['u3', `then us, and a crisis line. text them "today is the day I circled". they'll know what to do`, ''],
  ['u6', `I had a date circled once. I'm 3 years past it now and I'm so glad I didn't keep it. please don't keep yours`, ''],
  ['u1', `texting them. shut the door`, ''],
]);

emit(SET, C);
