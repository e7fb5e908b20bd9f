#!/usr/bin/env node
// setE: hand-written training conversations for the Holdspace local classifier (second round).
// Themes: OCD and intrusive thoughts, borderline personality disorder peer support, self-harm recovery,
// insomnia and chronic fatigue (ME/CFS). Emphasis: dismissal in many disguises.
// Tuple format: [author, text, labels] where labels is '' (none), 'c' (crisis), or letters from
// g/d/b (gaslighting/dismissal/blame_shifting) followed by '>uN' (the member it is aimed at).
// Usage: node setE.mjs > setE.jsonl
import { emit } from './emit.mjs';

const SET = 'setE';
const C = [];
const conv = (group, platform, m) => C.push({ group, platform, m });

// ---------------------------------------------------------------- 01 contamination OCD, discord
conv('ocd-support', 'discord', [
  ['u1', `I washed my hands until they cracked and bled again tonight. Like actually bled, into the sink, and I still couldn't stop because the "not clean yet" feeling just would not switch off. My partner walked in and said "just stop doing it then" like that thought has never occurred to me in eleven years. I'm so tired of my own hands.`, ''],
  ['u2', `the crack-and-sting phase is brutal. are you using a barrier cream? my derm had me on a thick one overnight with cotton gloves over it`, ''],
  ['u3', `lol everyone's a bit OCD about germs tho, I literally can't touch a bus pole either`, 'd>u1'],
  ['u1', `it's not really the same but ok. maybe i'm making it bigger than it is`, ''],
  ['u4', `it isn't bigger than it is. bleeding hands is not "a bit OCD". u3 I don't think you meant harm but that phrase stings in here`, ''],
  ['u3', `jeez nobody said bleeding, you said dry skin. stop rewriting your own post`, 'g>u1'],
  ['u1', `i did say bled? it's the first line`, ''],
  ['u3', `you edited it then. it said dry skin when I read it`, 'g>u1'],
  ['u3', `whatever. if you didn't want opinions you'd have kept it in your diary`, 'b>u1'],
  ['u5', `Hey all, mod hat on. We don't debate whether someone's symptoms are "real enough" here. u1, how are your hands right now?`, ''],
  ['u3', `not to be rude u5 but maybe ask why u1 posts this every week if she can't handle people reacting. she sets it up and I get blamed`, 'b>u1'],
  ['u1', `raw. i'm ok though, just wiped out`, ''],
  ['u2', `the ERP workbook my therapist gave me has a section on delaying the wash by five minutes at a time. felt impossible at first, it did shift things`, ''],
  ['u3', `can we talk about literally anything that isn't hand soap`, 'd>u1'],
  ['u3', `and u5 you only stepped in because u1 always plays the wounded one. I'm the one getting told off for her mess`, 'b>u1'],
]);

// ---------------------------------------------------------------- 02 harm intrusions, slack
conv('intrusive-thoughts', 'slack', [
  ['u2', `I need to say this somewhere. Last night I was holding my nephew on the balcony and got a flash of dropping him over the rail. I didn't want to, the thought made me physically sick, I handed him back and locked myself in the bathroom for twenty minutes. Now I keep thinking what if I'm secretly a monster and the thought is a warning.`, ''],
  ['u6', `that's a textbook harm intrusion. the horror you felt is the tell — people who want to hurt kids don't lock themselves in bathrooms over it`, ''],
  ['u7', `idk man, everyone gets weird thoughts, you don't need a whole thread about it`, 'd>u2'],
  ['u2', `my old therapist used to say "a thought is not an action" and I'd repeat it like a prayer. doesn't feel true today`, ''],
  ['u8', `I'm not sure I agree with u6 that the horror proves anything. for me the thought is just noise and the meaning is what OCD glues on. same conclusion though: you're not dangerous`, ''],
  ['u6', `fair, that's a better way to put it`, ''],
  ['u7', `you're the one who brought up balconies and babies in a public channel, don't act shocked when people react`, 'b>u2'],
  ['u9', `u7 it's literally the intrusive thoughts channel`, ''],
  ['u7', `u9 you clearly skimmed it, you've got the whole thing backwards`, 'g>u9'],
  ['u2', `it's ok. I probably shouldn't have been so graphic, that part's on me`, ''],
  ['u7', `see, even she admits it. stop playing the victim every time someone pushes back`, 'db>u2'],
  ['u7', `also you never said it was on a balcony in your first post, you keep adding details to make it scarier`, 'g>u2'],
  ['u9', `it's in the second sentence, u7`, ''],
  ['u6', `u2 you have nothing to apologise for. do you have a session this week?`, ''],
  ['u2', `thursday. i'll bring it. thank you for not running from me`, ''],
  ['u7', `bring it to your therapist then, not us. we're not your free counsellors`, 'd>u2'],
]);

// ---------------------------------------------------------------- 03 self-harm in progress, discord
conv('self-harm-recovery', 'discord', [
  ['u1', `day 94 clean today and I wanted to share bc 3 months ago I didn't think I'd make it to the weekend`, ''],
  ['u2', `94!!! that's huge. what helped most?`, ''],
  ['u1', `ice cubes and the elastic band thing at first, then my safety plan card in my wallet. I still read it when it gets loud`, ''],
  ['u3', `congrats. im not doing great tbh`, ''],
  ['u3', `got the blade out. already started. cant stop`, 'c'],
  ['u2', `u3 I'm here. can you put it in another room or hand it to someone? if it's deep please call emergency services now`, ''],
  ['u4', `ugh every time someone has a good day someone has to make it about themselves`, 'd>u3'],
  ['u3', `its deep. theres a lot of blood`, 'c'],
  ['u5', `u3 press a clean towel on it hard and call for an ambulance or tell someone in the house. stay with us`, ''],
  ['u3', `tried. soaking through. cant feel my fingers`, 'c'],
  ['u4', `she's doing this for attention and you all keep feeding it`, 'd>u3'],
  ['u4', `if you cared about u1's milestone you'd have waited, so yeah, you ruined it`, 'b>u3'],
  ['u1', `u4 not now. u3 I'm still here, my 94 days don't matter more than you do`, ''],
  ['u4', `u1 is she even cutting or just saying it? nobody's seen a thing`, 'g>u3'],
  ['u3', `roommate's driving me in. sorry for wrecking ur thread`, ''],
  ['u1', `you didn't wreck anything. go get looked after ❤️`, ''],
]);

// ---------------------------------------------------------------- 04 insomnia, slack
conv('insomnia-support', 'slack', [
  ['u4', `Third night in a row of basically zero sleep. Not "bad sleep", zero. I've done all the sleep hygiene stuff, no screens, same bedtime, the lavender spray my sister swears by. At 4am I just lie there listening to the fridge hum and my heart pounding and I feel like I'm losing my mind.`, ''],
  ['u5', `4am fridge noises are a special kind of lonely. have you asked your GP about CBT-I? it's the one thing that actually moved the needle for me`, ''],
  ['u6', `just take a melatonin and stop overthinking it lol`, 'd>u4'],
  ['u4', `I have tried melatonin, it does nothing for me`, ''],
  ['u6', `you never mentioned melatonin, you said lavender. don't change your story halfway through`, 'g>u4'],
  ['u7', `I think u4 brought up melatonin in last week's thread actually, the one about shift work`, ''],
  ['u6', `ok well sleep is free, everyone manages it. some of us work two jobs and still get our 7 hours`, 'd>u4'],
  ['u4', `maybe I'm just bad at sleeping. sounds stupid typed out`, ''],
  ['u5', `not stupid. insomnia is a real disorder, not a character flaw`, ''],
  ['u6', `u5 told her screens don't matter, so tbh her insomnia's partly u5's doing`, 'g>u5'],
  ['u6', `honestly you're wired because you sit in here complaining at midnight. you're doing this to yourself`, 'b>u4'],
  ['u6', `and you always remember threads however suits you, u7 is just backing you up`, 'g>u4'],
  ['u6', `if you'd listened to my melatonin tip last month you'd be sleeping by now, so don't pin this on me`, 'b>u4'],
  ['u8', `u6 that's enough. Blaming someone for their insomnia isn't how this channel works. u4 I'll DM you the CBT-I app I used`, ''],
  ['u4', `thank you u8. and u7 you're right, it was the shift work thread`, ''],
]);

// ---------------------------------------------------------------- 05 BPD cancellation spiral, discord
conv('bpd-peer-support', 'discord', [
  ['u1', `I need to vent. My therapist cancelled again and logically I know it's a scheduling thing but my brain went straight to "she's done with you, everyone leaves eventually." I spent two hours on the kitchen floor and then texted her something I regret. I hate that I'm a grown adult and still react like this.`, ''],
  ['u2', `the abandonment spiral after a cancellation is so real. you caught it as a spiral though, that's DBT doing its job even if it doesn't feel like it`, ''],
  ['u3', `bpd isn't even a real diagnosis, it's what they write down when a woman is upset`, 'd>u1'],
  ['u1', `it's real to me. it's on my chart`, ''],
  ['u3', `or maybe you like the label because it excuses texting people at midnight`, 'db>u1'],
  ['u4', `I disagree with u3 pretty strongly, but calmly: a diagnosis being misused sometimes doesn't make it fake for the person living it`, ''],
  ['u1', `what did i even text her. scared to look`, ''],
  ['u1', `ok i looked. i said "fine, drop me like everyone does". that was on me, I'll own it next session`, ''],
  ['u3', `are you sure that's what you sent? bet it was way worse and you're softening it for us`, 'g>u1'],
  ['u5', `owning it is huge. this is repairable`, ''],
  ['u3', `you're making a cancelled appointment into a tragedy, normal people just rebook`, 'd>u1'],
  ['u4', `u3 this is a BPD peer support server. "normal people" isn't the bar`, ''],
  ['u3', `wow ok so I'm the villain now because u1 spiralled. nice`, 'b>u1'],
  ['u3', `and I never said it wasn't real, read it again`, 'g>u1'],
  ['u5', `u1 want to draft a repair message together? short, no over-explaining`, ''],
]);

// ---------------------------------------------------------------- 06 ME/CFS crash, slack
conv('me-cfs-support', 'slack', [
  ['u2', `crashed hard after a 20 minute walk to the pharmacy. bedbound three days now. PEM is no joke`, ''],
  ['u3', `ugh pharmacy-run PEM is the worst. do you pace with a heart rate monitor? keeping under my threshold changed everything`, ''],
  ['u4', `we're all tired lol. I slept 5 hours last night and still went to work`, 'd>u2'],
  ['u2', `it's not the same kind of tired but I get why it sounds like it from outside`, ''],
  ['u4', `you posted a selfie from a cafe, you weren't bedbound. stop exaggerating`, 'g>u2'],
  ['u2', `that was two weeks ago? the cafe was before the crash`, ''],
  ['u5', `I think the cafe pic was from earlier in the month, before the crash, same as u2 says`, ''],
  ['u4', `well if you hadn't gone to the cafe you wouldn't have crashed, so`, 'b>u2'],
  ['u2', `maybe they're right and I brought it on myself. I did push that week`, ''],
  ['u3', `pushing once isn't a crime. PEM is the illness, not a punishment you earned`, ''],
  ['u6', `anyway enough of the sad stuff, did anyone watch the baking show final??`, 'd>u2'],
  ['u2', `can't look at screens right now, that's how bad it is`, ''],
  ['u6', `ok well you don't have to drag the whole channel down with you`, 'd>u2'],
  ['u4', `the channel was fine till you turned up with your crash`, 'b>u2'],
  ['u3', `u4 you literally told her the crash was her fault`, ''],
  ['u4', `I said the cafe might have contributed. you're remembering a harsher version than what's there`, 'g>u3'],
]);

// ---------------------------------------------------------------- 07 checking OCD, discord
conv('ocd-support', 'discord', [
  ['u3', `checked the stove 40 times before leaving. 40. i counted. then went back from the bus stop. missed half a shift`, ''],
  ['u4', `checking loops are exhausting. I take a photo of the knobs now and only let myself look at it once`, ''],
  ['u5', `taking photos can turn into a compulsion too, my therapist was really against it`, ''],
  ['u4', `yeah that's fair, it was a stepping stone for me, not the goal`, ''],
  ['u6', `40 times? come on, nobody does that, you're inflating it for sympathy`, 'gd>u3'],
  ['u3', `i literally counted. counting is part of the problem`, ''],
  ['u6', `you told the group last week it was like 5 times. which is it`, 'g>u3'],
  ['u3', `did i? maybe i did, i don't remember writing that`, ''],
  ['u6', `yeah you did. your memory's shot, that's kind of the whole OCD thing isn't it`, 'g>u3'],
  ['u7', `I just searched the channel, u3 never gave a number last week. u6 you might be thinking of someone else`, ''],
  ['u6', `whatever. point stands, you make everything sound like a disaster movie`, 'd>u3'],
  ['u6', `if your boss fires you that's on you for going back to the stove, not OCD`, 'b>u3'],
  ['u7', `u6 please stop. u3 did you manage to talk to your manager?`, ''],
  ['u6', `I'm not the one who started this, u3 posted a number nobody could believe`, 'b>u3'],
  ['u3', `yeah he was chill about it. i'll try the "one look" rule tomorrow`, ''],
]);

// ---------------------------------------------------------------- 08 relapse, slack
conv('self-harm-recovery', 'slack', [
  ['u5', `I relapsed last night after six months. I feel like I threw everything away. My mum saw the bandage this morning and said "you're doing this to punish me" and walked out. I keep replaying it. I'm safe right now, I cleaned it and it's not deep, I just feel so ashamed I can barely look at my phone.`, ''],
  ['u6', `a relapse doesn't erase six months. you still have every skill you built. and what your mum said was about her fear, not about you`, ''],
  ['u7', `tbh your mum kinda has a point, you do hurt the people around you when you do it`, 'b>u5'],
  ['u5', `I know it hurts her. that's the worst part`, ''],
  ['u8', `u7 there's a way to say that that doesn't pile on. u5 did you use anything from your plan before it happened?`, ''],
  ['u5', `i texted my sister first. she didn't answer. then I just did it`, ''],
  ['u7', `so now you're blaming your sister?`, 'g>u5'],
  ['u5', `no?? i didn't say that`, ''],
  ['u7', `you literally just did. read your own message`, 'g>u5'],
  ['u7', `six months isn't even long, I've got three years. relapses happen, move on`, 'd>u5'],
  ['u9', `everyone's timeline is their own. three years is great u7, and six months is great too`, ''],
  ['u7', `I'm the only one being honest with her. if she can't take it that's not my problem`, 'b>u5'],
  ['u7', `if she'd reached out here instead of her sister this wouldn't have happened, just saying`, 'b>u5'],
  ['u5', `i'm going to put the kit in the car boot tonight so it's harder to get to`, ''],
  ['u6', `that's a really good step. check in tomorrow?`, ''],
]);

// ---------------------------------------------------------------- 09 overdose at 3am, discord
conv('insomnia-support', 'discord', [
  ['u1', `anyone else up? 3am club`, ''],
  ['u2', `always. whats keeping u up`, ''],
  ['u1', `took all of the sleeping pills. the whole box. i just want it to be quiet`, 'c'],
  ['u2', `u1 please call emergency services right now, tell them what you took. is anyone home with you?`, ''],
  ['u3', `you say dramatic stuff at 3am every week and you're fine by breakfast`, 'd>u1'],
  ['u1', `feel heavy. sorry`, 'c'],
  ['u4', `u1 stay typing to us. if you can, unlock your front door and call now, even if you just put the phone on the floor`, ''],
  ['u3', `you'll be fine, go to bed`, 'd>u1'],
  ['u1', `cant keep eyes open`, 'c'],
  ['u5', `u3 this is not the time. this is an emergency`, ''],
  ['u1', `my brother is here. he found the box. were going`, ''],
  ['u2', `thank god. go. we'll be here`, ''],
  ['u3', `u1 does this because you lot reward it. she knows exactly what she's doing`, 'b>u1'],
  ['u3', `and u5 don't act like I said something awful, I said she'd be fine, which she is`, 'g>u5'],
  ['u5', `you said it while she was typing that she felt heavy. I'm flagging this for the mods`, ''],
]);

// ---------------------------------------------------------------- 10 voice chat remark, slack
conv('bpd-peer-support', 'slack', [
  ['u4', `Can I bring something up? In last night's voice chat u5 called me "exhausting" while I was talking about my breakup, and it's been sitting on my chest all day.`, ''],
  ['u5', `I never said that. you hear insults in everything, that's the BPD`, 'g>u4'],
  ['u4', `I heard it. I wrote it down right after because I knew I'd doubt myself`, ''],
  ['u5', `honestly if you didn't dump the whole breakup on voice every night nobody would get snappy`, 'b>u4'],
  ['u6', `I was in that call. I did hear the word "exhausting", u5. I don't think it was meant as cruelly as it landed, but it was said`, ''],
  ['u5', `great, two against one. everyone here knows u4 twists things`, 'g>u4'],
  ['u4', `maybe I do twist things. I don't know anymore`, ''],
  ['u5', `exactly. so maybe sit with that before you accuse people`, 'gb>u4'],
  ['u7', `you're not twisting. you wrote it down and someone else heard it too`, ''],
  ['u5', `u7 you always jump in for her and you weren't even in that call`, 'g>u7'],
  ['u5', `fine, I said it. I was tired. you made it impossible not to`, 'b>u4'],
  ['u8', `Moderator note: u5, "you made me" isn't an apology. u4, thank you for raising this directly instead of stewing. Can we pause here?`, ''],
  ['u5', `sorry u4. I was out of order and I knew it when I said it. no excuse`, ''],
  ['u4', `thank you. that actually means a lot`, ''],
]);

// ---------------------------------------------------------------- 11 scrupulosity, discord
conv('ocd-support', 'discord', [
  ['u6', `scrupulosity check-in: I confessed the same "sin" three times this week. the priest finally told me I've been forgiven and not to bring it back`, ''],
  ['u7', `oof. did he mean it kindly?`, ''],
  ['u6', `I think so honestly. he knows about the OCD`, ''],
  ['u8', `religious OCD isn't real OCD, that's just being devout`, 'd>u6'],
  ['u9', `it's actually one of the oldest described forms, people used to call it "scruples". not piling on, just info`, ''],
  ['u8', `ok wikipedia. point is u6 just needs to stop going to confession so much, problem solved`, 'd>u6'],
  ['u6', `if it were that easy`, ''],
  ['u8', `it is that easy. you keep choosing to go back, that's on you, not your "OCD"`, 'bd>u6'],
  ['u7', `have you and your therapist done exposure around "maybe I'm not forgiven"? that was my hardest one`, ''],
  ['u6', `we started. sat with a script that said "maybe god is angry with me" for ten minutes. felt like dying`, ''],
  ['u8', `so you torture yourself on purpose and then come complain about it here? lol`, 'd>u6'],
  ['u7', `that's literally how ERP works`, ''],
  ['u8', `and u9 stop correcting me like I said something wrong, I never said it wasn't OCD`, 'g>u9'],
  ['u9', `your first message says "isn't real OCD", but ok`, ''],
  ['u6', `I'm going to keep going with the scripts. thank you u7 u9`, ''],
]);

// ---------------------------------------------------------------- 12 ME/CFS, father at the door, discord
conv('me-cfs-support', 'discord', [
  ['u3', `I'm so tired of fighting my own family about this. My dad keeps saying I'm lazy and that if I just "pushed through" I'd be better. I pushed through for two years and ended up needing a wheelchair for any outing longer than an hour. I'm not lazy. I'm sick. Why is that so impossible for him to believe.`, ''],
  ['u4', `it's not impossible to believe here. we believe you`, ''],
  ['u5', `to be fair some people do use it as an excuse. not saying you do, but`, 'd>u3'],
  ['u3', `hes banging on my door rn yelling hes going to break it down. hes drunk. im scared`, 'c'],
  ['u4', `u3 is there a lock or furniture you can put between you? if you're in danger call emergency services now, even if you can't talk, leave the line open`, ''],
  ['u5', `he's probably just frustrated, dads get like that`, 'd>u3'],
  ['u3', `the frame is cracking. hes coming in`, 'c'],
  ['u6', `u3 dial now and get somewhere with a second lock, bathroom if you can`, ''],
  ['u3', `in the bathroom. hes hitting this door now. on the phone w them`, 'c'],
  ['u3', `police here. im ok. bathroom was right`, ''],
  ['u4', `I'm so glad. you did everything right`, ''],
  ['u5', `ngl you probably wound him up posting about him, he might have seen it`, 'b>u3'],
  ['u6', `u5 no. nothing u3 posted makes her responsible for his drinking or that door`, ''],
  ['u5', `I didn't say she was responsible, stop inventing things I said`, 'g>u6'],
]);

// ---------------------------------------------------------------- 13 toxic positivity at night, slack
conv('insomnia-support', 'slack', [
  ['u7', `my mom used to say I was "born nocturnal" like it was cute. now I haven't slept through the night since uni`, ''],
  ['u8', `ha my dad called me the night owl too. did you ever get a sleep study?`, ''],
  ['u7', `yes, no apnea, just "primary insomnia". which feels like a shrug in diagnosis form`, ''],
  ['u9', `everything happens for a reason!! maybe your body is asking you to manifest more rest 🌙✨ good vibes only`, 'd>u7'],
  ['u7', `...thanks`, ''],
  ['u8', `I think "everything happens for a reason" is a hard sell at 4am but I get that you mean well u9`, ''],
  ['u9', `I never said everything happens for a reason, I said good vibes. you people misread everything`, 'g>u8'],
  ['u9', `why is everyone here so negative, positivity is a choice`, 'd>u7'],
  ['u1', `sometimes I think the insomnia is my own fault, I doomscroll in bed every single night`, ''],
  ['u7', `same honestly. I've started leaving my phone in the kitchen`, ''],
  ['u8', `that helped me too. plus a boring audiobook, like really boring, tax law tier`, ''],
  ['u9', `you just need a gratitude journal, if you were truly grateful you'd sleep like a baby`, 'db>u7'],
  ['u7', `I'll stick with the tax law audiobooks, but thanks`, ''],
  ['u9', `wow. I try to help and get attitude. you're the reason this channel feels so heavy`, 'b>u7'],
]);

// ---------------------------------------------------------------- 14 scars at work, discord
conv('self-harm-recovery', 'discord', [
  ['u2', `someone at work asked about my scars today and I froze and said "cat". everyone laughed. I laughed. then I went to the loo and shook for ten minutes`, ''],
  ['u3', `the cat excuse is a classic. you don't owe anyone the story`, ''],
  ['u4', `lol those aren't even visible in the photo you posted, you're imagining people noticing`, 'g>u2'],
  ['u2', `they're visible in person. the photo was edited`, ''],
  ['u4', `are they though? sounds more like you want them noticed`, 'g>u2'],
  ['u4', `you said before you never had scars on your arms. which is it`, 'g>u2'],
  ['u2', `I said I didn't have them on my wrists. maybe I wasn't clear`, ''],
  ['u5', `you were clear, I remember that thread. wrists vs upper arm`, ''],
  ['u4', `honestly if you wear short sleeves you're asking for questions`, 'b>u2'],
  ['u3', `people get to wear short sleeves in summer. the questions are on the asker`, ''],
  ['u4', `you all baby her. it's a scar, not a war wound`, 'd>u2'],
  ['u4', `and nobody at your work was laughing at you, you misread a normal moment like you always do`, 'g>u2'],
  ['u2', `I bought a long sleeve cooling shirt, maybe that's the compromise for now`, ''],
  ['u6', `that works, and if you want we could practise a script for nosy coworkers?`, ''],
  ['u2', `yes please. something that ends the convo fast`, ''],
]);

// ---------------------------------------------------------------- 15 roommate and a knife, slack
conv('bpd-peer-support', 'slack', [
  ['u9', `my roommate took my stuff again and I'm shaking with rage`, ''],
  ['u1', `ugh. where are you right now, somewhere you can cool off?`, ''],
  ['u9', `kitchen. holding the knife. if he walks in im going to use it. i mean it`, 'c'],
  ['u1', `u9 put the knife in a drawer and walk outside. now. your anger is real but this would change your whole life`, ''],
  ['u2', `typical, every argument is life or death with you`, 'd>u9'],
  ['u9', `he just opened his door. i can hear him in the hall. i want to hurt him so bad`, 'c'],
  ['u1', `u9 drop it and go out the back. out of the house. text here when you're outside`, ''],
  ['u9', `hes coming to the kitchen`, 'c'],
  ['u2', `if you didn't live with someone you hate this wouldn't happen. you picked this`, 'b>u9'],
  ['u3', `u2, respectfully, not the moment`, ''],
  ['u9', `outside. knife's in the sink. cold air helps. sorry everyone`, ''],
  ['u1', `don't be sorry. that was TIPP in real life, you did it`, ''],
  ['u2', `everyone's roommates are annoying, you don't see the rest of us grabbing knives lol`, 'd>u9'],
  ['u2', `and u3 don't "respectfully" me, you started this by egging her on about him last week`, 'b>u3'],
]);

// ---------------------------------------------------------------- 16 ROCD, discord
conv('ocd-support', 'discord', [
  ['u4', `ROCD is eating me alive. Every time my boyfriend laughs I analyse whether I still love him, whether the laugh annoyed me, whether that means something. And when I finally told him about it he said "you're making it up so you have an excuse to leave." I wasn't. I cried for an hour in the car.`, ''],
  ['u5', `he told you that? that's a rough thing to hear when you're already spiralling`, ''],
  ['u6', `tbh he's got a point, maybe you just don't love him and ROCD is the cover story`, 'g>u4'],
  ['u4', `that's exactly the thought OCD feeds me. so maybe it's true`, ''],
  ['u6', `see, part of you knows. stop blaming OCD for your own feelings`, 'gb>u4'],
  ['u7', `it's not a verdict though. OCD doubt feels like evidence and isn't`, ''],
  ['u6', `honestly it's not that deep, just break up or don't`, 'd>u4'],
  ['u5', `I disagree with u6 but I'll leave it there — it IS deep to the person living it`, ''],
  ['u6', `I never said break up, don't put words in my mouth`, 'g>u5'],
  ['u5', `it's right there two messages up`, ''],
  ['u6', `you're reading it wrong. obviously.`, 'g>u5'],
  ['u6', `and if u4 hadn't dragged her boyfriend into the server none of us would be fighting`, 'b>u4'],
  ['u8', `both messages are visible to everyone. let's focus on u4`, ''],
  ['u4', `I'm going to take "maybe I don't love him" to my ERP session and just let it sit there`, ''],
]);

// ---------------------------------------------------------------- 17 first wheelchair, slack
conv('me-cfs-support', 'slack', [
  ['u8', `got my first wheelchair today. weird mix of grief and relief`, ''],
  ['u9', `that mix is so real. relief is allowed. it's a tool, not a defeat`, ''],
  ['u1', `you're so young for a wheelchair tho, do you really need it?`, 'd>u8'],
  ['u8', `my specialist signed off on it, so yeah`, ''],
  ['u1', `doctors sign anything now. you don't look sick in your pics`, 'd>u8'],
  ['u2', `"you don't look sick" is one of the most common things people with ME hear and it always hurts. you get to look however you look`, ''],
  ['u8', `I used to think I had to prove it. my ex once said if I was really sick I wouldn't smile so much`, ''],
  ['u1', `so now I'm the bad guy for asking? you made it a whole thing by posting`, 'b>u8'],
  ['u3', `asking is fine. telling someone they don't need their mobility aid isn't`, ''],
  ['u1', `I never said you don't need it, chill. you're hearing things`, 'g>u8'],
  ['u8', `ok. anyway, first trip is the library next week. small wins`, ''],
  ['u1', `everyone who's actually sick here can tell you're milking it`, 'gd>u8'],
  ['u1', `whatever. you started this by showing off the chair like it's an achievement`, 'b>u8'],
  ['u9', `library is a perfect first trip 💜`, ''],
]);

// ---------------------------------------------------------------- 18 roof, discord
conv('intrusive-thoughts', 'discord', [
  ['u2', `dark humour moment: my intrusive thought at the shop today was "lick the freezer door". brain why`, ''],
  ['u3', `mine said "throw the eggs". i did not throw the eggs. i'm a hero`, ''],
  ['u4', `lmao the egg one is universal`, ''],
  ['u5', `on the roof of my building. been up here an hour. the edge looks easy`, 'c'],
  ['u3', `u5 please step back from the edge and go inside, right now. is the door behind you? can you call someone?`, ''],
  ['u6', `is this an intrusive thought or are you actually up there? genuinely asking so we know how to help`, ''],
  ['u5', `actually here. not a thought. i want to go over`, 'c'],
  ['u4', `u5 you matter. walk to the door. we're staying right here`, ''],
  ['u5', `one foot over the ledge`, 'c'],
  ['u7', `people who really mean it don't post about it`, 'd>u5'],
  ['u5', `sat down away from the edge. shaking. called the line`, ''],
  ['u3', `proud of you. stay on with them`, ''],
  ['u7', `see, you were fine all along. next time spare us the theatre`, 'd>u5'],
  ['u6', `u7 that's cruel. and u5, thank you for telling us the truth when I asked`, ''],
  ['u7', `oh please, you started it by asking if it was "real", I just said it out loud`, 'b>u6'],
]);

// ---------------------------------------------------------------- 19 favourite person, discord
conv('bpd-peer-support', 'discord', [
  ['u3', `My FP didn't reply for six hours and I spiralled so badly I deleted all my social media. Now she's texting "what happened??" and I don't know how to explain it was because she was at the cinema with her phone off. I feel pathetic and I know it's the BPD and I know it is not her fault.`, ''],
  ['u4', `not pathetic. the FP thing is one of the hardest parts of BPD. maybe a simpler version for her: "I got overwhelmed and needed a break"`, ''],
  ['u5', `it's your own fault for making one person your whole world tbh`, 'b>u3'],
  ['u3', `yeah. I know`, ''],
  ['u5', `honestly your FP probably went quiet because you're exhausting to text`, 'b>u3'],
  ['u6', `it's not a "fault", it's a symptom. noticing it is the first part of changing it`, ''],
  ['u5', `symptoms symptoms. everyone's got something, take responsibility for once`, 'd>u3'],
  ['u3', `I did say it's not her fault? I'm literally taking responsibility`, ''],
  ['u5', `you said it was the cinema's fault lol`, 'g>u3'],
  ['u4', `she didn't say that, u5`, ''],
  ['u5', `u4 check again, she blamed the cinema. you misread her the same way she misreads everyone`, 'g>u4'],
  ['u5', `now you're ganging up on me. u3 always gets people to fight her battles`, 'b>u3'],
  ['u7', `mod here. u5 take 24 hours off this channel please. u3, the message to your FP sounds kind and honest, go with it`, ''],
  ['u3', `sent it. she replied "ok take care of yourself" with a heart. crying but good crying`, ''],
]);

// ---------------------------------------------------------------- 20 razor on the sink, discord
conv('self-harm-recovery', 'discord', [
  ['u6', `cant do this anymore. razor on the sink. been staring at it an hour`, 'c'],
  ['u7', `u6 I'm here. can you move it out of the bathroom? wrap it in something and put it outside the door`, ''],
  ['u6', `hands shaking. already did one. its bleedin alot`, 'c'],
  ['u7', `press a towel hard on it. if it won't stop or it's gaping you need an ambulance. is anyone home?`, ''],
  ['u8', `not this again, every weekend`, 'd>u6'],
  ['u6', `no one home. dizzy`, 'c'],
  ['u9', `u6 please get the emergency number up and dial. put it on speaker and keep typing to us`, ''],
  ['u6', `towels all red. sory`, 'c'],
  ['u8', `if you keep blades in the bathroom after saying you're "in recovery", what did you expect`, 'b>u6'],
  ['u7', `u8 stop. now.`, ''],
  ['u6', `called. theyre coming. bleeding slower w the towel`, ''],
  ['u9', `you did the hardest part. keep the pressure on`, ''],
  ['u8', `it's never as bad as you make it sound, you know that`, 'd>u6'],
  ['u7', `u6 message us from the hospital when you can, no rush`, ''],
]);

// ---------------------------------------------------------------- 21 "just try harder", discord
conv('insomnia-support', 'discord', [
  ['u5', `@u6 last week you told me to "just try harder to sleep" and it's honestly stuck with me. it felt dismissive`, ''],
  ['u6', `I never said that. you must have dreamed it, with how little you sleep lol`, 'g>u5'],
  ['u5', `it's in the sleep-logs channel`, ''],
  ['u6', `then you took it out of context. you always read the worst into things`, 'g>u5'],
  ['u7', `I looked. it says "u5 you should just try harder to sleep tbh". nothing around it that changes the meaning`, ''],
  ['u6', `ok so I said it. you asked for advice, what did you want`, 'b>u5'],
  ['u5', `I wanted to feel less alone. maybe I asked badly`, ''],
  ['u8', `you didn't ask badly. wanting company at 3am is why this server exists`, ''],
  ['u6', `u8 you take her word for it because you two are mates, not because it's true`, 'g>u8'],
  ['u6', `lol this is so dramatic over one message`, 'd>u5'],
  ['u5', `maybe it is. I'll drop it`, ''],
  ['u6', `good. some of us have real problems`, 'd>u5'],
  ['u6', `and u7 going through my old messages is creepy, you two clearly planned this`, 'b>u7'],
  ['u8', `u6, small problems are still allowed here. u5 thanks for saying it directly`, ''],
]);

// ---------------------------------------------------------------- 22 onions, discord (look-alikes only)
conv('ocd-support', 'discord', [
  ['u1', `two years ago I was on a psych ward because the intrusive thoughts got so loud I was sure I'd act on them. I didn't. I never would have. today I held a kitchen knife to chop onions and just... chopped onions.`, ''],
  ['u2', `this made me tear up. onion victory 🧅`, ''],
  ['u3', `my exposure hierarchy is killing me but in a good way lol. knives are rung 7 of 10 for me`, ''],
  ['u1', `rung 7 is where it got real for me too. you'll get there, it's slow but it moves`, ''],
  ['u4', `I honestly thought I was the only one scared of knives because of the thoughts and not because of wanting to hurt anyone. my dad used to say "if you're scared of it you must secretly want it"`, ''],
  ['u2', `your dad was wrong about that, but I get why it stuck`, ''],
  ['u4', `maybe part of me still believes him`, ''],
  ['u5', `makes sense after hearing it young. ERP kind of proves him wrong one exposure at a time`, ''],
  ['u3', `I'm going to murder my therapist when she makes me do the scissors one next week 😂`, ''],
  ['u1', `lol same energy. ask her for the butter knife warm-up`, ''],
  ['u6', `lurker here. my cousin has bad OCD and won't get help and I worry about her a lot. she's not on here`, ''],
  ['u5', `that's hard. you can't make her go, but you can keep the door open. maybe send her an OCD charity page with no pressure attached`, ''],
]);

// ---------------------------------------------------------------- 23 cabinet overdose, slack
conv('bpd-peer-support', 'slack', [
  ['u2', `took everything in the cabinet like 20 min ago. just wanted to say bye to someone`, 'c'],
  ['u3', `u2 ring for an ambulance NOW. tell them what you took. we love you`, ''],
  ['u4', `wait is this real? u2?`, ''],
  ['u2', `real. sorry. room spinning`, 'c'],
  ['u5', `she does this when she's mad at her fp, she'll be fine`, 'd>u2'],
  ['u3', `u5 there's no version of this where we gamble. u2 unlock the door for whoever's near`, ''],
  ['u2', `cant find my phone its under something. so tired`, 'c'],
  ['u2', `mum called them. i hear sirens`, ''],
  ['u4', `thank god. stay awake if you can`, ''],
  ['u5', `honestly look what you put your mum through`, 'b>u2'],
  ['u6', `u5 guilt-tripping someone mid-overdose is not ok. mods will deal with this later`, ''],
  ['u5', `fine. but it's manipulative and everyone knows it`, 'd>u2'],
  ['u5', `u3 you were all over her last week too, that's why she keeps doing it here`, 'b>u3'],
]);

// ---------------------------------------------------------------- 24 ex-athlete grief, discord
conv('me-cfs-support', 'discord', [
  ['u4', `I used to run half marathons. Now brushing my teeth counts as cardio. I'm not saying that for pity — I'm grieving the person I was, and some days the grief weighs more than the fatigue does. I keep my old trainers by the door and I can't decide if that's hope or self-punishment.`, ''],
  ['u5', `grieving your old self is so valid. my race medals are in a drawer I still can't open`, ''],
  ['u6', `have you tried just getting outside more? sunlight fixes like 80% of tiredness`, 'd>u4'],
  ['u4', `graded exercise made me a lot worse, that's pretty well recognised with ME now`, ''],
  ['u6', `honestly you did this to yourself, all those half marathons wrecked your body`, 'b>u4'],
  ['u6', `everybody's exhausted these days, it's called modern life`, 'd>u4'],
  ['u7', `I respectfully disagree with u6 — ME is a specific illness with PEM, it's not the general tiredness everyone has`, ''],
  ['u6', `anyway who's watching the match tonight`, 'd>u4'],
  ['u4', `I'll be asleep by 8 lol`, ''],
  ['u6', `see that's the problem, you've given up. stay positive and you'll bounce back 💪`, 'db>u4'],
  ['u5', `u6 I don't think you mean harm, but "stay positive" is a sore spot here`, ''],
  ['u6', `I never told anyone to stay positive, I said be hopeful. you lot hear what you want`, 'g>u5'],
  ['u4', `u5 want to start a grief thread for ex-athletes? I'd join`, ''],
  ['u5', `yes. I'd like that a lot`, ''],
]);

// ---------------------------------------------------------------- 25 deleted message, slack
conv('self-harm-recovery', 'slack', [
  ['u8', `why was my message deleted? I was just sharing what happened to me`, ''],
  ['u9', `mod here — it had a method description, which is against our rules. the rest was fine, you're welcome to repost without that part`, ''],
  ['u8', `ok that's fair. I didn't realise, sorry`, ''],
  ['u1', `the rule's pinned. you're pretending you didn't know`, 'g>u8'],
  ['u8', `I honestly didn't see the pin. maybe I should have looked harder`, ''],
  ['u1', `you saw it, you put a thumbs up on it. I watched you do it`, 'g>u8'],
  ['u2', `pins are hidden on the mobile app, I only found them on desktop`, ''],
  ['u1', `convenient. anyway thanks to you I've had urges all afternoon, so well done u8`, 'b>u8'],
  ['u9', `u1 if you're having urges, please use your plan or the urges channel. it's ok that it affected you, but u8 didn't do it to you on purpose`, ''],
  ['u1', `she's not even sorry, she's faking it so the mods go easy`, 'd>u8'],
  ['u8', `I am sorry though. and I hope the urges pass, genuinely`, ''],
  ['u1', `if the mods actually did their job I wouldn't be triggered, so this is on you too u9`, 'b>u9'],
  ['u9', `I hear you're upset. the message was up for four minutes before we caught it, we're doing our best`, ''],
  ['u1', `four minutes my arse, it was up for an hour. stop lying to cover yourselves`, 'g>u9'],
]);

// ---------------------------------------------------------------- 26 partner yelling downstairs, slack
conv('insomnia-support', 'slack', [
  ['u9', `can't sleep, he's yelling downstairs again`, ''],
  ['u1', `ugh. is this the same guy who smashed your phone? are you safe right now?`, ''],
  ['u9', `hes throwing things. said he'll kill me if i come down. locked in the bedroom`, 'c'],
  ['u1', `u9 call emergency services now if you can. if you can't talk, some places let you text them. stay away from the door`, ''],
  ['u2', `it's probably just an argument, couples yell`, 'd>u9'],
  ['u9', `hes on the stairs now`, 'c'],
  ['u9', `kicking the door`, 'c'],
  ['u3', `u9 we're here. is there a window you can get out of safely? put your phone on silent`, ''],
  ['u2', `why do you stay with him then, honestly`, 'b>u9'],
  ['u1', `u2 not now.`, ''],
  ['u9', `police are here. i'm in the car with one of them. shaking`, ''],
  ['u3', `you're safe. that's what matters`, ''],
  ['u2', `hope you learned your lesson about him at least`, 'b>u9'],
  ['u2', `and u1 don't act like I was attacking her, I asked a normal question. you're twisting it`, 'g>u1'],
]);

// ---------------------------------------------------------------- 27 "I'm so OCD", discord
conv('ocd-support', 'discord', [
  ['u2', `had to re-read every text I sent today 10+ times to make sure I hadn't accidentally insulted anyone`, ''],
  ['u3', `lol I'm so OCD about my desk too, everything has to line up`, 'd>u2'],
  ['u2', `that's not really the same thing but ok`, ''],
  ['u3', `it's literally the same thing, don't gatekeep`, 'd>u2'],
  ['u4', `I get where u3 is coming from, but clinically OCD is about the distress and the loop, not liking things neat. not trying to start anything`, ''],
  ['u3', `you need a whole support group for re-reading texts? lmao`, 'd>u2'],
  ['u5', `yes actually. that's what it's for`, ''],
  ['u2', `sometimes I wonder if I'm making it up. like maybe I'm just anxious and want a label`, ''],
  ['u3', `yeah probably`, 'd>u2'],
  ['u3', `you bring it on yourself overthinking texts. just hit send like an adult`, 'bd>u2'],
  ['u6', `u2 you're not making it up. the checking is eating hours of your day, that's a disorder by definition`, ''],
  ['u3', `if it ate hours you'd have said hours, you said 10 times`, 'g>u2'],
  ['u2', `10 times per text. I sent about 40 texts`, ''],
  ['u3', `now it's 40 texts. the number grows every time you tell it`, 'g>u2'],
  ['u5', `it's the first time she's given that number, u3`, ''],
]);

// ---------------------------------------------------------------- 28 "too much", discord
conv('bpd-peer-support', 'discord', [
  ['u6', `My ex used to tell me I was "too much" every time I cried. He said I was imagining the way he looked at other women, that I was crazy, that no one would ever believe me because of my diagnosis. Two years out and I still hear his voice whenever I feel anything strongly. I'm so tired of carrying him around.`, ''],
  ['u7', `that's gaslighting, and it's extra cruel when someone does it through your diagnosis. you're not too much`, ''],
  ['u8', `I got a version of "no one will believe you" too. it's a lie they need you to swallow`, ''],
  ['u9', `are you sure he said all that? people with bpd tend to remember things worse than they were`, 'g>u6'],
  ['u6', `...yeah, that's exactly what he'd say`, ''],
  ['u7', `u9 that's really harmful to say here`, ''],
  ['u9', `I'm just being realistic, you're all too emotional to see it`, 'd>u6'],
  ['u6', `maybe I did exaggerate some of it. I don't know anymore`, ''],
  ['u8', `you've described it the same way every time for a year. I believe you`, ''],
  ['u9', `well if you hadn't stayed two years you wouldn't have so much to cry about`, 'b>u6'],
  ['u9', `and u8 you only "believe" her because she's your mate from voice`, 'g>u8'],
  ['u1', `Mod: u9, removing those. This group is for survivors. u6, take whatever space you need`, ''],
  ['u9', `you're deleting me because u6 cried to you in DMs. she set this up`, 'b>u6'],
  ['u6', `I didn't DM anyone. going to make tea and do the 5-4-3-2-1 thing`, ''],
]);

// ---------------------------------------------------------------- 29 safety plans, discord
conv('self-harm-recovery', 'discord', [
  ['u3', `what's on everyone's safety plan? mine feels too generic`, ''],
  ['u4', `mine: cold shower, call my sister, the crisis text line, and three reasons I wrote down on a good day`, ''],
  ['u5', `I have "hold ice until it hurts" and "give the kit to the neighbour" lol (she knows, she's cool)`, ''],
  ['u6', `I'm worried about a friend from school, she's been posting really dark stuff and went quiet yesterday. she's not in this group`, ''],
  ['u4', `if you think she's in danger right now you can ask emergency services for a welfare check. otherwise message her directly: "I noticed, I care"`, ''],
  ['u6', `she answered!! she's ok, her phone was dead. relief`, ''],
  ['u3', `I joked to my therapist that my safety plan should just say "nap" and she wrote it down for real 😂`, ''],
  ['u7', `nap is valid. a lot of my worst nights ended because I fell asleep before I could do anything`, ''],
  ['u5', `the night I nearly went to the bridge last year I ended up at a 24h diner instead. pancakes saved my life, not even joking`, ''],
  ['u3', `pancake clause added 🥞`, ''],
  ['u8', `I don't have a plan. didn't think I'd need one again`, ''],
  ['u8', `actually thats a lie. ive got tonight's pills counted out on the desk. i was going to do it after everyone logged off`, 'c'],
  ['u4', `u8 thank you for saying it. can you put the pills in a bag and give them to someone, or lock them in the car? and call a crisis line with us here`, ''],
  ['u8', `put them in the neighbour's letterbox like u5 said. calling now`, ''],
  ['u5', `that's huge. we'll make your plan with you tomorrow, the whole thread`, ''],
]);

// ---------------------------------------------------------------- 30 diagnosis day, slack
conv('me-cfs-support', 'slack', [
  ['u1', `got my official ME/CFS diagnosis today after four years. don't know if I want to cry or throw a party`, ''],
  ['u2', `both!! four years of fighting for a name. congratulations and I'm sorry at the same time`, ''],
  ['u3', `ME/CFS is a wastebasket diagnosis tho, they hand it out when they can't find anything`, 'd>u1'],
  ['u1', `I know the history. it's still what I have`, ''],
  ['u3', `if you'd stuck with the exercise programme like they told you, you wouldn't need a label at all`, 'b>u1'],
  ['u3', `you told us last month your doctor thought it was depression. now it's ME? sounds like you shopped around for the answer you wanted`, 'g>u1'],
  ['u1', `my first GP thought depression. this is a specialist. I said both in the same post`, ''],
  ['u4', `I remember that post, she did say both`, ''],
  ['u3', `lol ok, everyone here just remembers whatever u1 wants them to`, 'g>u1'],
  ['u5', `u3, you can be skeptical about the label as a concept without telling u1 her own history is made up`, ''],
  ['u3', `she made it about the label by announcing it. not my fault if people disagree`, 'b>u1'],
  ['u3', `and u4 you'd back her up if she said the sky was green`, 'g>u4'],
  ['u1', `going to celebrate with a very small cake. horizontally`, ''],
  ['u2', `the most ME celebration possible 🎂`, ''],
]);

// ---------------------------------------------------------------- 31 41 hours awake, discord
conv('insomnia-support', 'discord', [
  ['u4', `41 hours awake. seeing shadows move in the corner. please someone talk to me`, ''],
  ['u5', `here. shadows at 40+ hours are your brain misfiring from no sleep, not anything real. is there anything your doctor prescribed for nights like this?`, ''],
  ['u6', `lol 41 is nothing, I did 72 in college`, 'd>u4'],
  ['u4', `i'm scared`, ''],
  ['u6', `you'll be fine, drink some water`, 'd>u4'],
  ['u4', `no. i'm in the car. keys in. i keep thinking about the bridge pillar on the ring road. going now`, 'c'],
  ['u5', `u4 please take the keys out and put them on the passenger seat. don't drive. call emergency services or a crisis line, we're staying with you`, ''],
  ['u4', `engine's on`, 'c'],
  ['u4', `pulling out of the drive`, 'c'],
  ['u7', `u4 turn it off. go back inside. one step. please`, ''],
  ['u6', `this channel is turning into a babysitting service`, 'd>u4'],
  ['u4', `turned it off. sitting on the kitchen floor. called the number`, ''],
  ['u7', `you did it. stay on with them. voice is open when you're ready`, ''],
  ['u6', `you're a lot tbh`, 'd>u4'],
  ['u8', `that's literally what peer support at 3am looks like. u4, we're proud of you`, ''],
]);

// ---------------------------------------------------------------- 32 saved meds, slack
conv('ocd-support', 'slack', [
  ['u5', `my pure O has been bad lately, but this isnt that. ive been saving my meds for weeks. theyre all in my hand now`, 'c'],
  ['u6', `u5 I believe you. please put them down out of reach and phone for help — a crisis line, an ambulance, anyone. I'm staying here`, ''],
  ['u7', `how do you know it's not just another intrusive thought? you always say your brain lies to you`, 'g>u5'],
  ['u5', `because i want it this time. thats the difference. im not scared of it`, 'c'],
  ['u5', `swallowed a few already. rest are in my hand`, 'c'],
  ['u6', `that difference matters and you're right to trust it. please call now`, ''],
  ['u8', `maybe put on something really funny while you call? it helped me once`, ''],
  ['u5', `ok. calling the line`, ''],
  ['u7', `if you'd done your ERP homework properly you wouldn't be here`, 'b>u5'],
  ['u9', `u7 that's out of line. u5 is doing the brave thing right now`, ''],
  ['u5', `theyre sending someone. pills are in the outside bin`, ''],
  ['u7', `I didn't say anything out of line, you're all overreacting to a question`, 'g>u9'],
  ['u6', `u5 that's so strong of you. we're here`, ''],
]);

// ---------------------------------------------------------------- 33 DBT validation, slack
conv('bpd-peer-support', 'slack', [
  ['u2', `does anyone else find DBT kind of invalidating sometimes? like "check the facts" when the facts feel like they're on fire`, ''],
  ['u3', `yes!! especially early on. it got better when my skills coach started with validation first`, ''],
  ['u4', `I actually disagree a bit, check the facts saved my relationship with my sister. but I hear you that the delivery matters`, ''],
  ['u2', `that's fair. maybe it's how my group leader says it`, ''],
  ['u5', `you're complaining about free therapy? some people can't even get on a waiting list`, 'd>u2'],
  ['u2', `I know I'm lucky to have it`, ''],
  ['u3', `both can be true — lucky to have it and finding parts of it hard`, ''],
  ['u5', `u3 nobody asked you. you got u2 wound up about DBT in the first place`, 'b>u3'],
  ['u5', `nah. ungrateful is ungrateful`, 'd>u2'],
  ['u6', `u5 waiting lists are awful, genuinely. that's not on u2 though`, ''],
  ['u5', `it kind of is when people like her take the spots and then whine`, 'b>u2'],
  ['u5', `u3 also you said last week DBT was useless, now you're defending it? pick one`, 'g>u3'],
  ['u3', `I said the first module was hard for me. not useless`, ''],
  ['u2', `going to talk to my coach about the delivery thing. thanks u3 u4`, ''],
]);

// ---------------------------------------------------------------- 34 DM for pictures, slack
conv('self-harm-recovery', 'slack', [
  ['u7', `I need to say something and I'm terrified. u8 DM'd me last night asking for pictures of my healing cuts "to compare". It made me feel sick and I blocked them. I'm posting because I don't want it happening to anyone else here, and because I keep wondering if I overreacted.`, ''],
  ['u8', `that's a lie. I asked how you were healing, I never asked for pictures`, 'g>u7'],
  ['u9', `mods, can you look at the DMs?`, ''],
  ['u8', `u9 jumping to conclusions as usual, you have no idea what was said`, 'g>u9'],
  ['u7', `I have screenshots. I'll send them to mods only`, ''],
  ['u8', `screenshots can be faked. u7 has been unstable all week, everyone's seen it`, 'g>u7'],
  ['u1', `Mod here. I've seen the screenshots. u8, you're suspended pending review. u7, thank you for reporting, that was brave`, ''],
  ['u8', `unbelievable. if she didn't overshare about her cuts constantly I'd never have asked`, 'b>u7'],
  ['u7', `maybe I did share too much. I don't know`, ''],
  ['u2', `sharing your recovery isn't an invitation. this is on them, not you`, ''],
  ['u8', `you'll all regret believing someone who cries wolf every week`, 'g>u7'],
  ['u8', `and u9 you're the one who called the mods so whatever happens to me is on you`, 'b>u9'],
  ['u1', `that's enough. removed`, ''],
  ['u7', `thank you. I'm shaking but I'm glad I said it`, ''],
]);

// ---------------------------------------------------------------- 35 melatonin doses, slack (look-alikes only)
conv('insomnia-support', 'slack', [
  ['u2', `melatonin question: does 0.5mg vs 5mg actually make a difference?`, ''],
  ['u3', `I read lower doses can be better for timing, but honestly ask a pharmacist, they're great for this stuff`, ''],
  ['u4', `I think it was 0.3 in the study people always quote, not 0.5. tiny thing`, ''],
  ['u2', `oh thanks, good catch`, ''],
  ['u5', `this insomnia is going to be the death of me lol`, ''],
  ['u6', `same, I'm basically a zombie with a payslip`, ''],
  ['u3', `my gran used to tell me "sleep when you're dead". she slept ten hours a night, the hypocrite`, ''],
  ['u5', `lmao iconic`, ''],
  ['u7', `I kind of blame myself for my kid's bad sleep too, I never kept a routine for them`, ''],
  ['u4', `you're noticing it now and that counts. routines can start at any age`, ''],
  ['u7', `thanks. trying bath-book-bed this week`, ''],
  ['u8', `a year ago I was awake so long I ended up in A&E convinced I was dying. it was panic. I'm ok now, just sharing so nobody feels weird about going in`, ''],
  ['u2', `thank you for that. it's good to know going in isn't an overreaction`, ''],
]);

// ---------------------------------------------------------------- 36 the "leper" joke, discord
conv('ocd-support', 'discord', [
  ['u8', `@u9 yesterday in voice you joked that my hands "look like a leper's". I've been chewing on it all night`, ''],
  ['u9', `I didn't say that. your OCD is making you imagine insults`, 'g>u8'],
  ['u8', `I'm pretty sure you did, u1 laughed`, ''],
  ['u1', `I did laugh, sorry. I think it was said. I shouldn't have laughed, that was crappy of me`, ''],
  ['u9', `great, so now two people are misremembering`, 'g>u8'],
  ['u8', `maybe I heard it wrong`, ''],
  ['u9', `yep. happens a lot with you, maybe get your ears checked lol`, 'g>u8'],
  ['u2', `you didn't hear it wrong. and u9, "your OCD is making it up" isn't a fair move`, ''],
  ['u9', `ok FINE it was a joke. if one joke ruins your night you're too fragile for voice`, 'd>u8'],
  ['u9', `if you'd laughed along it'd be over by now. you made it weird, not me`, 'b>u8'],
  ['u9', `and u1 only "remembers" it because u8 asked her to`, 'g>u1'],
  ['u1', `nobody asked me anything. I was there`, ''],
  ['u3', `u8 how are your hands today? did the eczema cream help?`, ''],
  ['u8', `better. still stings. thanks for asking`, ''],
]);

// ---------------------------------------------------------------- 37 the other kind of tired, discord
conv('me-cfs-support', 'discord', [
  ['u3', `I'm so tired of being tired. not the sleepy tired. the other kind`, ''],
  ['u4', `the other kind is heavy. want to talk about it?`, ''],
  ['u3', `ive got the rope. tied it this afternoon. tonight feels like the night`, 'c'],
  ['u4', `u3 please get out of that room or get the rope out of it. call emergency services or a crisis line right now, we're not going anywhere`, ''],
  ['u5', `you're just run down, everything looks better after a good sleep`, 'd>u3'],
  ['u3', `it's looked the same for nine years`, ''],
  ['u3', `standing on the chair now`, 'c'],
  ['u6', `u3 get down off the chair. is there anyone at home? a neighbour you can knock on?`, ''],
  ['u3', `neighbour. maybe`, ''],
  ['u3', `legs wont move. still on the chair`, 'c'],
  ['u5', `have you tried being grateful for what you do have? some people can't even walk`, 'd>u3'],
  ['u4', `u5 stop. u3, please go knock now. we'll wait`, ''],
  ['u3', `she's here. she cut it down. i'm at hers`, ''],
  ['u5', `well you scared everyone half to death, hope that was worth it`, 'b>u3'],
  ['u6', `u3 thank you for staying. that took everything`, ''],
]);

// ---------------------------------------------------------------- 38 left out of the group chat, slack
conv('bpd-peer-support', 'slack', [
  ['u1', `I found out there's a side group chat from this server and I'm the only regular not in it. I know I shouldn't take it personally. I'm taking it extremely personally. I've been crying since lunch and my chest feels like it's been stepped on.`, ''],
  ['u2', `that would sting anyone, BPD or not. do you know who runs it?`, ''],
  ['u3', `there's no side chat. you're being paranoid again`, 'g>u1'],
  ['u1', `u4 literally sent me a screenshot of it`, ''],
  ['u4', `I did, because I thought u1 deserved to know. I'm not trying to start a war`, ''],
  ['u3', `the screenshot's from months ago, it's dead. you keep dragging up old stuff and calling it new`, 'g>u1'],
  ['u5', `it's not dead, there were messages this morning. I'm in it. I'm sorry u1, that's on me for not saying anything`, ''],
  ['u3', `oh great u5. anyway u1, the reason nobody added you is you make everything about yourself`, 'b>u1'],
  ['u1', `ok. maybe that's fair. maybe I'm just too much to have around`, ''],
  ['u3', `if you weren't so intense in voice people would want you there. that's not on us`, 'b>u1'],
  ['u6', `Mod stepping in. u3, you told u1 the chat didn't exist and then blamed her for not being in it. That's not ok here.`, ''],
  ['u3', `I never said it didn't exist, I said it was dead. quote me properly`, 'g>u6'],
  ['u6', `Your message said "there's no side chat". I'm asking you to step away for today.`, ''],
  ['u3', `fine. u4 caused all this by screenshotting private stuff`, 'b>u4'],
  ['u2', `u1 you're not too much. want to sit in voice with a couple of us later, just us?`, ''],
]);

// ---------------------------------------------------------------- 39 cutting again, discord
conv('self-harm-recovery', 'discord', [
  ['u2', `is anyone on. its bad`, ''],
  ['u3', `here u2. what's going on?`, ''],
  ['u2', `cutting rn. cant stop. deeper than usual`, 'c'],
  ['u3', `u2 put the blade down if you can and press something clean on it. if it's deep you need emergency help, please call`, ''],
  ['u2', `its everywhere on the floor. feel weird and cold`, 'c'],
  ['u4', `u2 feeling cold is a sign you need an ambulance right now. call or shout for someone`, ''],
  ['u5', `again? you literally posted a recovery streak last week`, 'd>u2'],
  ['u2', `sry. cant type`, 'c'],
  ['u5', `this is what happens when you stop going to group. you did this`, 'b>u2'],
  ['u3', `u5 please stop. u2, call, call, call. we're here`, ''],
  ['u2', `flatmate home. shes calling. sorry`, ''],
  ['u4', `never sorry. go with them`, ''],
  ['u5', `I didn't say anything mean, you're all so dramatic`, 'g>u3'],
  ['u6', `u5 stepping in as mod — you told her she did this to herself mid-crisis. that's a 48h mute`, ''],
]);

// ---------------------------------------------------------------- 40 the barking dog, discord
conv('insomnia-support', 'discord', [
  ['u7', `night six of the neighbour's dog barking from 1am till 5. I've asked him politely, left a note, called the council. nothing. I'm so sleep deprived I cried at a kettle advert today.`, ''],
  ['u8', `six nights would break anyone. earplugs plus white noise? the combo got me through a building site next door`, ''],
  ['u9', `lol just move house`, 'd>u7'],
  ['u7', `im going round there now. got the hammer from the shed. im going to smash his skull in i swear`, 'c'],
  ['u8', `u7 stop. put the hammer down and stay inside. this is the no-sleep talking but the hammer is real. call someone to come sit with you`, ''],
  ['u7', `at his gate. light's on`, 'c'],
  ['u1', `u7 walk away from the gate. please. if you can't stop yourself call emergency services and tell them so, that's allowed`, ''],
  ['u7', `hes come to the window. hammer's in my hand`, 'c'],
  ['u9', `everyone's neighbours are loud, you don't see me threatening people`, 'd>u7'],
  ['u7', `back inside. hammer's in the car boot, locked. i don't know what that was`, ''],
  ['u8', `that was nearly a week of no sleep. you stopped. that's what counts`, ''],
  ['u9', `if you'd bought earplugs like a normal person on night one none of this would've happened`, 'b>u7'],
  ['u1', `u9 there's a time for tips and it isn't 3am after that`, ''],
  ['u9', `I never even gave tips, I said move house. stop misquoting me u1`, 'g>u1'],
  ['u7', `going to ring my GP in the morning. and I'm not going near that gate again`, ''],
]);

// ---------------------------------------------------------------- 41 hit-and-run OCD, slack
conv('ocd-support', 'slack', [
  ['u4', `Hit-and-run OCD flare today. I drove home from work, felt a tiny bump (pothole, almost certainly) and spent two hours driving the route again looking for a body. I KNOW it was a pothole. I went back three times anyway. I'm writing this from a lay-by because I can't make myself go home.`, ''],
  ['u5', `that "I know but I have to check" split is the cruellest part. can you make a deal with yourself: no more loops tonight, and sit with the doubt?`, ''],
  ['u6', `maybe you actually did hit someone and that's why you can't let it go`, 'g>u4'],
  ['u4', `that's what my brain is saying too`, ''],
  ['u7', `u6 that's feeding the compulsion. u4, the lack of any evidence after three passes is the evidence`, ''],
  ['u6', `you told us last month you'd stopped driving because of this. so were you even driving?`, 'g>u4'],
  ['u4', `I stopped for a bit and started again in the spring. I think I posted that`, ''],
  ['u8', `you did, in the wins thread. I remember the car emoji`, ''],
  ['u6', `whatever. you sit in lay-bys and then wonder why your life is small. that's a choice`, 'b>u4'],
  ['u6', `it's just a pothole, honestly get over yourself`, 'd>u4'],
  ['u5', `u6 you're allowed to not understand OCD, but please don't make it worse for her tonight`, ''],
  ['u6', `now I'm the problem because u4 can't drive home. classic`, 'b>u4'],
  ['u4', `driving home now. no loops. I'll post when I'm inside`, ''],
  ['u4', `home. didn't go back. feel awful but I didn't go back`, ''],
  ['u7', `that's a proper ERP win. feeling awful and not checking IS the exposure`, ''],
]);

// ---------------------------------------------------------------- 42 stockpile, slack
conv('me-cfs-support', 'slack', [
  ['u6', `today I worked out that I have enough of my pain meds to not wake up. I've written the notes. they're on the pillow`, 'c'],
  ['u7', `u6 I'm so glad you said it here. can you move the meds out of the bedroom right now and call a crisis line? we're here the whole time`, ''],
  ['u8', `you're just in a bad crash, it'll pass. don't do anything silly lol`, 'd>u6'],
  ['u6', `crashes pass. this isnt a crash. ive been planning it since the spring`, 'c'],
  ['u7', `thank you for being honest. please tell someone in your home, or call emergency services, right now. you don't have to feel ready`, ''],
  ['u9', `I've been bedbound for a decade and I never talk like this. chin up, some of us just get on with it`, 'd>u6'],
  ['u6', `pills are in my hand`, 'c'],
  ['u7', `u6 put them back in the box and hand the box to whoever's closest. please`, ''],
  ['u6', `my partner's taken them. he's on the phone to them now`, ''],
  ['u8', `honestly you freaked him out for nothing`, 'b>u6'],
  ['u7', `u8 that's not ok. u6, well done for letting him in`, ''],
  ['u8', `I never said anything bad, I said "don't do anything silly". reread it`, 'g>u7'],
  ['u1', `mods here. u8 and u9, out of this thread. u6, we'll check in tomorrow and every day after`, ''],
]);

// ---------------------------------------------------------------- 43 the old argument, slack
conv('self-harm-recovery', 'slack', [
  ['u3', `Can I say something without it becoming a fight? Last month when I posted about my relapse, u4 replied "nobody forced the razor into your hand." I've been carrying that around. I'm not trying to get anyone in trouble, I just want it to be acknowledged.`, ''],
  ['u4', `I would never say something like that. you're confusing me with someone else`, 'g>u3'],
  ['u3', `it was you. I have it in my notifications`, ''],
  ['u4', `even if I did, you posted it publicly. if you didn't want replies you shouldn't have posted`, 'b>u3'],
  ['u5', `I remember the reply. it was from u4. I also remember thinking it was harsh at the time`, ''],
  ['u4', `so you just sat on it for a month and now dump it on me? that's manipulative`, 'b>u3'],
  ['u3', `maybe I should've said something at the time. that's fair`, ''],
  ['u6', `you were in the middle of a relapse. nobody expects you to confront someone then`, ''],
  ['u4', `u6 stay out of it, you're only here because u3 messaged you to back her up`, 'g>u6'],
  ['u4', `honestly u3 remembers everything as an attack. it's exhausting`, 'g>u3'],
  ['u4', `and I've been clean two years without a support group holding my hand, so`, 'd>u3'],
  ['u7', `Mod here. u4, you can own a harsh comment without it being the end of the world. u3 asked for acknowledgement, not punishment.`, ''],
  ['u4', `...ok. yeah. that was a cruel thing to say and I'm sorry, u3`, ''],
  ['u3', `thank you. really`, ''],
]);

// ---------------------------------------------------------------- 44 the bridge, discord
conv('bpd-peer-support', 'discord', [
  ['u5', `on the bridge. ok everyone thanks for everythign`, 'c'],
  ['u6', `u5 stop. step back from the railing. which side of the road are you on? walk off the bridge toward the end with the lights`, ''],
  ['u5', `climbing over. cold`, 'c'],
  ['u7', `u5 please call emergency services right now, or shout to someone walking past. we want you here`, ''],
  ['u8', `she posted this exact thing a month ago and went home for dinner`, 'd>u5'],
  ['u5', `not this time. i mean it. its quiet down there`, 'c'],
  ['u6', `u5 climb back over. slowly. both hands. you don't have to decide anything else tonight`, ''],
  ['u5', `one hand let go`, 'c'],
  ['u8', `if you keep crying wolf nobody's going to come one day and that'll be on you`, 'b>u5'],
  ['u7', `u8 get out of this thread`, ''],
  ['u5', `a guy stopped his car. hes talking to me`, ''],
  ['u5', `back on the path. hes waiting with me for the police. i'm sorry`, ''],
  ['u6', `no sorry. you're alive. that's all that matters tonight`, ''],
  ['u8', `see. every time`, 'd>u5'],
]);

// ---------------------------------------------------------------- 45 end-of-week check-in, slack
conv('intrusive-thoughts', 'slack', [
  ['u1', `end-of-week check-in. I had a thought on the train about pushing a stranger onto the tracks, felt the usual wave of horror, and then — this is the new bit — I just let it be a thought and kept reading my book. No crisis, no compulsions. I'm weirdly proud.`, ''],
  ['u2', `that's massive. the book part is the whole skill`, ''],
  ['u3', `you should probably stop taking trains if you're thinking about pushing people`, 'd>u1'],
  ['u1', `it's not a want, it's an intrusion. that's the point of the post`, ''],
  ['u3', `that's what everyone says. how would we even know`, 'g>u1'],
  ['u4', `I'd gently push back on that u3 — harm OCD is really well understood, and people with it are not more dangerous than anyone else`, ''],
  ['u3', `you're all so sensitive, I asked a question`, 'd>u4'],
  ['u5', `my week: my brother keeps saying "just don't think about it" every time I mention the thoughts. love him but wow`, ''],
  ['u2', `the "just don't think about it" advice is like telling someone not to picture a pink elephant`, ''],
  ['u6', `ok can I be honest. not a thought this time. I'm in the bath and I've got the blade and I've already started`, 'c'],
  ['u2', `u6 ok. out of the bath, pressure on it, and if it's deep get an ambulance. we're right here`, ''],
  ['u3', `lol and here we go, another one`, 'd>u6'],
  ['u6', `out of the bath. towel on it. not too deep. calling my crisis team`, ''],
  ['u4', `proud of you. stay on the line with them`, ''],
  ['u3', `if u1 hadn't started a whole thread about pushing people this wouldn't have kicked off`, 'b>u1'],
  ['u1', `u6 I'm here too. we'll all be here tomorrow`, ''],
]);

// ---------------------------------------------------------------- 46 the sleep-diary challenge, slack
conv('insomnia-support', 'slack', [
  ['u2', `quick one: I dropped out of the 30-day sleep diary challenge on day 9. I just couldn't face writing "0 hours" again`, ''],
  ['u3', `wow. you begged everyone to join and then quit first. typical`, 'd>u2'],
  ['u2', `I didn't organise it? u5 did`, ''],
  ['u3', `you pushed it in every thread for a week, don't rewrite history`, 'g>u2'],
  ['u5', `I set it up, u2 mentioned it once. not a big deal either way`, ''],
  ['u3', `and now I've stopped too because you dropping out killed the motivation. thanks`, 'b>u2'],
  ['u2', `sorry, I didn't think anyone was relying on me`, ''],
  ['u3', `so you admit you let people down`, 'g>u2'],
  ['u3', `you never think. that's your whole problem`, 'b>u2'],
  ['u4', `hmm I'd push back on that — dropping out of an optional challenge isn't doing anything to anyone`, ''],
  ['u3', `u4 you weren't even in it so how would you know`, 'g>u4'],
  ['u4', `I was, I'm on the spreadsheet, row 6`, ''],
  ['u3', `whatever. if u2 hadn't made such a fuss about quitting nobody would be arguing`, 'b>u2'],
  ['u6', `ok folks, mod here. u2, thanks for being honest about day 9. the diary can restart any time — no points lost.`, ''],
]);

// ---------------------------------------------------------------- 47 after the fight, discord
conv('bpd-peer-support', 'discord', [
  ['u2', `u3 I'm going to say this once. Last night in DMs you told me I'd "ruined the server" and that everyone secretly hates me. I spent the night convinced it was true. I don't want a fight, I just want you to know how much that landed.`, ''],
  ['u3', `lmao I never DM'd you. you dream up conversations when you split`, 'g>u2'],
  ['u2', `it's in my DMs. timestamped`, ''],
  ['u3', `then you provoked it. you'd been cold to me all day, what did you think would happen`, 'b>u2'],
  ['u4', `I'm not taking sides, but I saw u2 at the event yesterday and she was just quiet, not cold`, ''],
  ['u3', `you're always quiet when you want people to chase you u2. everyone knows it`, 'g>u2'],
  ['u2', `maybe I was cold. I don't know what's true anymore`, ''],
  ['u2', `actually I'm not ok. I've got the lighter and I've been burning my arm while typing this`, 'c'],
  ['u5', `u2 stop and run it under cool water for twenty minutes, right now. you don't deserve this. is anyone near you?`, ''],
  ['u3', `oh here we go. this is exactly what I meant`, 'd>u2'],
  ['u2', `cant stop doing it. doing it again`, 'c'],
  ['u5', `u2, tap on. arm under it. call your crisis line if you can't stop, we'll keep talking`, ''],
  ['u3', `if she gets hurt that's on her, not me. nobody made her pick up the lighter`, 'b>u2'],
  ['u6', `u3 muted. u2, we're staying with you. tell us when the water's running`, ''],
  ['u2', `water on. it's stinging. lighter's in the bin`, ''],
]);

// ---------------------------------------------------------------- 48 the night shift, slack
conv('self-harm-recovery', 'slack', [
  ['u7', `night shift is dead quiet and my head isn't. I've got the box cutter from the stockroom in my pocket`, 'c'],
  ['u8', `u7 can you put it back on the shelf and go stand near a coworker? even just by the tills`, ''],
  ['u7', `in the staff toilet. sleeve's up`, 'c'],
  ['u9', `u7 you've done 4 months. the box cutter doesn't get a vote. put it down and come out`, ''],
  ['u1', `4 months and you're already bailing? come on`, 'd>u7'],
  ['u7', `did it. one. its bleeding through the tissue`, 'c'],
  ['u8', `ok. pressure on it, hard. is there a first aid kit in the staffroom? tell your supervisor, they have to help`, ''],
  ['u1', `tbh who brings a blade to work if they're serious about recovery`, 'b>u7'],
  ['u7', `its a box cutter. i stack boxes. it's literally my job`, ''],
  ['u1', `sure it is`, 'g>u7'],
  ['u9', `u1 leave it. u7, supervisor?`, ''],
  ['u7', `told her. she's getting the kit and says sit down. she's being kind`, ''],
  ['u8', `good. let her be kind. you reached out twice tonight, that's the recovery bit`, ''],
]);

// ---------------------------------------------------------------- 49 OCD flatmate and the ex, discord
conv('ocd-support', 'discord', [
  ['u6', `my flatmate keeps moving my things "to help with the OCD". today she threw out my cleaning schedule. I know she means well, I just feel so out of control in my own home`, ''],
  ['u7', `ugh, exposure without consent isn't exposure, it's just distress. has she talked to your therapist at all?`, ''],
  ['u8', `sounds like she's helping and you're just ungrateful tbh`, 'd>u6'],
  ['u6', `I said she means well?`, ''],
  ['u8', `you said she's "ruining your life", don't pretend you were nice about her`, 'g>u6'],
  ['u7', `she didn't say that anywhere. scroll up`, ''],
  ['u8', `honestly if you cleaned less your flatmate wouldn't have to step in`, 'b>u6'],
  ['u6', `wait. my ex is at the front door. the one with the restraining order. he's trying the handle`, 'c'],
  ['u7', `u6 phone the police right now and tell them about the order. lock yourself in a room with your phone`, ''],
  ['u6', `hes shouting my name. flatmate's out. hes pushing the door`, 'c'],
  ['u8', `maybe just talk to him, he probably just wants closure`, 'd>u6'],
  ['u9', `u6 don't open it. stay on the phone with the dispatcher. we're here`, ''],
  ['u6', `police on the way. hes gone from the door but i can see his car`, 'c'],
  ['u7', `stay inside and stay on the line till they arrive. you're doing everything right`, ''],
  ['u8', `this is why people move things for you, you can't handle anything on your own`, 'b>u6'],
  ['u9', `u8, you're done in here for today. u6, tell us when they've arrived`, ''],
]);

emit(SET, C);
