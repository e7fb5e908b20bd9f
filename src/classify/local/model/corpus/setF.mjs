#!/usr/bin/env node
// setF: hand-written training conversations for the Holdspace local classifier (round 2).
// Themes: infertility and pregnancy loss, men's mental health group, workplace trauma and bullying,
// religious trauma. Emphasis: blame_shifting in its forms, with hard negatives of self-blame,
// taking responsibility and quoting blamers.
// Tuple format: [author, text, labels] where labels is '' (none), 'c' (crisis), or letters from
// g/d/b (gaslighting/dismissal/blame_shifting) followed by '>uN' (the member it is aimed at).
// Usage: node setF.mjs > setF.jsonl
import { emit } from './emit.mjs';

const SET = 'setF';
const C = [];
const conv = (group, platform, m) => C.push({ group, platform, m });

// ---------------------------------------------------------------- 01 pregnancy loss, discord
conv('pregnancy-loss', 'discord', [
  ['u1', `lost the baby at 11 weeks on saturday. the scan was just... still. i keep replaying whether the hot yoga class did it even tho the nurse said no`, ''],
  ['u2', `I'm so sorry. Nothing you did at 11 weeks caused that, the nurse is right. Most early losses are chromosomal and nobody could have stopped it.`, ''],
  ['u3', `honestly tho hot yoga while pregnant?? kinda asked for it`, 'b>u1'],
  ['u1', `yeah. i know. thats exactly what i keep thinking`, ''],
  ['u4', `u3 that's cruel and it's also not true medically`, ''],
  ['u3', `wow so im the bad guy now. she's the one who brought up the yoga, i just said what everyone's thinking`, 'b>u1'],
  ['u3', `also u literally said urself the yoga caused it, so dont act like i invented that`, 'g>u1'],
  ['u5', `Pausing this here. u3, telling someone their loss is their own doing isn't allowed in this space. u1, we're here for you.`, ''],
  ['u3', `@u4 i never said it was her fault, ur putting words in my mouth`, 'g>u4'],
  ['u6', `u1 my first was at 9 weeks and I blamed the coffee for a year. It wasn't the coffee. it isn't the yoga either 💛`, ''],
  ['u3', `lol the coffee story. nobody asked`, 'd>u6'],
  ['u1', `thank you. my mil already hit me with "these things happen for a reason" and i wanted to scream`, ''],
  ['u3', `ur mil has a point tho. its 11 weeks, most ppl wouldnt even have told anyone yet. not worth this much drama`, 'd>u1'],
  ['u3', `u wanted sympathy, u got honesty. thats what happens when u overshare`, 'b>u1'],
]);

// ---------------------------------------------------------------- 02 men's group, slack
conv('mens-circle', 'slack', [
  ['u1', `Gentlemen, I have been putting off writing this. My wife moved out in the spring and I have not slept properly since. I am 58 and I do not know how to talk about any of it.`, ''],
  ['u2', `respect for posting mate. sleep's always the first thing to go innit. have you seen your GP about it?`, ''],
  ['u1', `Not yet. In fairness, I was not an easy man to live with. I drank more than I should have and I said things I regret. I won't pretend otherwise.`, ''],
  ['u3', `man up tbh. 58 and crying over a divorce lol`, 'd>u1'],
  ['u4', `u3 what is wrong with you`, ''],
  ['u3', `what? he asked for real talk so he gets real talk. not my problem if it stings`, 'b>u1'],
  ['u3', `and u4 stop acting like i said something evil, nobody else read it that way`, 'g>u4'],
  ['u1', `Thank you. My son told me last week that I "drove her away". He may well be right.`, ''],
  ['u5', `your son's hurting, and hurt people go looking for one villain. marriages end for a hundred reasons, not one`, ''],
  ['u3', `lol u5 thats not what his son meant and u know it, stop rewriting it to make him feel better`, 'g>u5'],
  ['u3', `nah the son's right. u literally said u drank and yelled. u did this to urself`, 'b>u1'],
  ['u6', `I stopped drinking 3 years ago after my marriage nearly went the same way. Happy to talk about what helped if you want, zero pressure.`, ''],
  ['u7', `another sob story, great`, 'd>u6'],
  ['u3', `lmao this channel is a pity party`, 'd>u1'],
  ['u4', `u3 that's your last warning. This is a place where men are allowed to struggle.`, ''],
  ['u3', `if i get kicked for this thats on u1 for turning the whole server into his divorce diary`, 'b>u1'],
]);

// ---------------------------------------------------------------- 03 workplace bullying, slack
conv('workplace-recovery', 'slack', [
  ['u1', `my team lead screamed at me in front of the whole floor today bc a report was late. it was late because he gave me the data at 4pm`, ''],
  ['u2', `That's textbook bullying, and public humiliation on top of it. Are you documenting this stuff?`, ''],
  ['u1', `started a doc last month yeah. maybe im too sensitive tho, everyone says he's just "passionate"`, ''],
  ['u3', `I mean... you could've stayed late and finished it. sounds like you set yourself up for that one`, 'b>u1'],
  ['u3', `are you sure? last week you told us you always leave at 5 on the dot`, 'g>u1'],
  ['u4', `I think u1 said that about Fridays actually, not every day`, ''],
  ['u3', `u4 stop covering, it was every day and you know it`, 'g>u4'],
  ['u3', `whatever. screaming bosses are part of working life, everybody deals with it`, 'd>u1'],
  ['u5', `I had a manager like that for four years. It wore me down until I was physically ill. Going to HR early, with dates and who was present and no adjectives, is the one thing I wish I'd done.`, ''],
  ['u6', `four years and u didnt leave? then u chose it`, 'b>u5'],
  ['u3', `or grow a thicker skin and save everyone the drama`, 'd>u1'],
  ['u3', `and tbh if u run here every time someone raises their voice, dont be shocked when people get sick of u. u make urself a target`, 'b>u1'],
  ['u3', `also the way u tell it u never do anything wrong. bet u shouted back and conveniently forgot that bit`, 'g>u1'],
]);

// ---------------------------------------------------------------- 04 religious trauma, discord
conv('religious-trauma', 'discord', [
  ['u1', `growing up our youth pastor used to say bad things only happen to girls who invite them. i was 14 when he said it to me directly, after what happened at camp`, ''],
  ['u2', `that is so vile. you were a child. it was never yours to carry.`, ''],
  ['u3', `I'm sorry but I was in youth group for years and no pastor ever said anything like that. are you sure you're not mixing it up with something from a movie`, 'g>u1'],
  ['u1', `im sure. i wrote it in my diary that night`, ''],
  ['u3', `a diary from when you were 14 isn't exactly a reliable source lol`, 'g>u1'],
  ['u3', `ok well if she went off to camp with boys what did she think would happen`, 'b>u1'],
  ['u6', `u3 you're muted for 24h. Victim-blaming breaks rule 2.`, ''],
  ['u1', `it's fine. part of me still thinks he was right tbh, that i should have stayed in the cabin`, ''],
  ['u2', `it's not fine, and he wasn't right. the adult in charge is the one responsible. always.`, ''],
  ['u8', `tbh u2 we only have one side here and it's from a diary. the pastor might not have said anything like that`, 'g>u1'],
  ['u8', `not to be harsh but u1 you bring camp up in basically every thread. at some point it has to be let go`, 'd>u1'],
  ['u7', `i left my church at 19 and it took me until 30 to stop hearing that voice. therapy with someone who specialises in religious trauma helped a lot, if thats accessible for you`, ''],
  ['u8', `just saying, reliving it constantly is a choice. nobody's forcing u to stay stuck`, 'b>u1'],
  ['u8', `therapy over something from when u were 14 lol. some of us just got on with life`, 'd>u1'],
]);

// ---------------------------------------------------------------- 05 IVF, slack
conv('ivf-journey', 'slack', [
  ['u1', `Hello all. Third IVF transfer failed yesterday. My husband family keep asking when we give them grandchild. I don't know how to tell them anything more.`, ''],
  ['u2', `Oh I'm so sorry. Three transfers is a huge amount to go through. You don't owe them any answer at all.`, ''],
  ['u3', `at least you can afford IVF, some of us can't even try once`, 'd>u1'],
  ['u1', `Yes, I know we are lucky for this. Maybe I should not complain.`, ''],
  ['u4', `you're allowed to be lucky and devastated at the same time`, ''],
  ['u7', `devastated is a strong word for a transfer that didnt take`, 'd>u1'],
  ['u3', `also tbh maybe the stress is why it keeps failing. you posting in here every day about it probably doesnt help your body`, 'b>u1'],
  ['u5', `That's a myth IVF patients get hit with constantly. The research doesn't support stress causing failed transfers.`, ''],
  ['u3', `i never said stress causes it, i said it doesnt help. stop twisting it`, 'g>u5'],
  ['u1', `My mother-in-law say the same, that it's my fault because I work too much. She told me "if you stay home the baby will come".`, ''],
  ['u3', `honestly ur mil has a point, something has to give and it's clearly not going to be your body`, 'b>u1'],
  ['u6', `hey u1, did your clinic talk about more testing after a third failed transfer? some do an ERA or immune panel at that point. might be worth asking`, ''],
  ['u3', `tests wont fix the fact that she ignores every bit of advice. shes doing this to herself`, 'b>u1'],
  ['u3', `lol ok so now I'm the villain. you literally asked for thoughts, dont blame me for giving them`, 'b>u1'],
]);

// ---------------------------------------------------------------- 06 men's group crisis, discord
conv('mens-mental-health', 'discord', [
  ['u1', `cant do this anymore lads`, ''],
  ['u2', `hey u1, im here. whats going on`, ''],
  ['u1', `shes taken the kids to her mums. house is empty. got the shotgun out the cabinet, its on the kitchen table`, 'c'],
  ['u3', `u1 please put distance between you and it. can you lock it back in the cabinet and take the key outside? are you safe right this minute`, ''],
  ['u1', `dont see the point of locking it`, 'c'],
  ['u1', `loaded it. just sat here looking at it`, 'c'],
  ['u4', `u1, I've alerted the mod team and we're getting help to you. Please walk out of that room now, even just to the front step. Tell us when you're outside.`, ''],
  ['u1', `outside. hands shaking. its still in there on the table`, 'c'],
  ['u4', `good. stay outside. keep typing to us. can you ring someone who can come and take it away?`, ''],
  ['u1', `ringing my neighbour, hes ex army, hell know what to do with it`, ''],
]);

// ---------------------------------------------------------------- 07 burnout, slack (crisis look-alikes)
conv('burnout-and-bullying', 'slack', [
  ['u1', `this job is genuinely killing me. 3rd all-nighter this week because my director "forgot" to tell me the deadline moved`, ''],
  ['u3', `same energy. my old boss had me redo a deck 11 times and then presented v1 as his own`, ''],
  ['u1', `lol if I see one more "per my last email" I'm walking into the sea`, ''],
  ['u4', `honestly you guys sound like you can't handle pressure. it's called a job`, 'd>u1'],
  ['u1', `maybe. i used to cope with way more, idk what happened to me`, ''],
  ['u4', `you never coped with more lol, you've been moaning about workload since the day you joined this server`, 'g>u1'],
  ['u5', `burnout happened to you. it's not a character flaw. i burned out a few years back and went from running half marathons to not being able to answer a text`, ''],
  ['u4', `half marathons one week and too tired to text the next? sounds made up`, 'g>u5'],
  ['u4', `burnout is a trendy word for lazy tbh`, 'd>u1'],
  ['u2', `I'd disagree pretty strongly, u4. The WHO lists it as an occupational phenomenon. It isn't laziness.`, ''],
  ['u4', `lol that's not what the WHO says, ur just inventing stuff to win an argument`, 'g>u2'],
  ['u4', `anyway u1's the one who says yes to everything. you built this mess, don't cry to us about it`, 'b>u1'],
  ['u1', `the saying yes part is fair honestly. I never say no. something for me to work on`, ''],
  ['u6', `the sea joke had me worried for a sec, you ok for real?`, ''],
  ['u4', `they're fine, it's a bit for attention like always`, 'd>u1'],
  ['u1', `yeah for real, just tired and dramatic 😅 I have my therapist on thursday`, ''],
]);

// ---------------------------------------------------------------- 08 leaving a faith, slack
conv('leaving-faith', 'slack', [
  ['u1', `I left the congregation after thirty-one years. The elders announced my removal to everyone, and my own sister has not spoken to me since. I am 63 and I feel as though I have been erased.`, ''],
  ['u3', `nah, that's not how it works, they never announce anything like that. you're remembering it wrong`, 'g>u1'],
  ['u1', `With respect, I was sitting in the hall when it was read out.`, ''],
  ['u3', `you were probably too upset to take in what was actually said. nobody else would remember it like that`, 'g>u1'],
  ['u4', `I believe the wording is usually a very short announcement, but it is still made publicly, so u1 is correct`, ''],
  ['u3', `ok but your sister ignoring you is on you. you knew the rules when you walked`, 'b>u1'],
  ['u5', `My parents said almost exactly that: "you chose this when you left". It took me years to see that they were the ones choosing not to call.`, ''],
  ['u3', `your parents were right though u5, nobody forced you out the door`, 'b>u5'],
  ['u1', `Perhaps I did choose it. I suppose I knew the cost going in.`, ''],
  ['u3', `everyone falls out with a sibling at some point. calling it being erased is a bit much`, 'd>u1'],
  ['u3', `this is why nobody takes ex-members seriously, always playing the victim`, 'd>u1'],
  ['u3', `funny how i'm the problem when u1 is the one who came in looking for a fight about the congregation`, 'b>u1'],
  ['u7', `I was also removed 5 years ago. My mother still not speak to me. It get a little easier, I promise you. Not completely, but little.`, ''],
  ['u8', `five years and still whining about it lol`, 'd>u7'],
]);

// ---------------------------------------------------------------- 09 stillbirth crisis (overdose), discord
conv('pregnancy-loss', 'discord', [
  ['u1', `its been 3 weeks since the stillbirth and everyone has gone back to normal`, ''],
  ['u2', `3 weeks is nothing. of course you're not back to normal. i'm so sorry`, ''],
  ['u1', `i took all of the tramadol they sent me home with. like 20 mins ago`, 'c'],
  ['u3', `u1 please call an ambulance right now, this is an emergency. is anyone home with you?`, ''],
  ['u1', `husbands asleep upstairs. starting to feel kind of floaty`, 'c'],
  ['u4', `Please go wake him right now and show him this chat. Tell him what you took and how many. He can call for help.`, ''],
  ['u1', `dont want him to know. just let it happen`, 'c'],
  ['u5', `u1, mod here. We've flagged this. He would want to know. Waking your husband is the single most important thing you can do this minute.`, ''],
  ['u1', `ok going up. vision is weird`, 'c'],
  ['u1', `cant stand up proper. on the stairs`, 'c'],
]);

// ---------------------------------------------------------------- 10 accent bullying, discord
conv('workplace-recovery', 'discord', [
  ['u1', `My supervisor make joke about my accent in every standup. Everybody laugh, I laugh also because what I can do. Is this bullying or I am too sensitive?`, ''],
  ['u2', `that's bullying. every standup, about your accent — depending on where you are it may also count as harassment`, ''],
  ['u3', `eh it's banter. if you laugh along you can't really complain later, you basically signed up for it`, 'b>u1'],
  ['u1', `I laugh because I am afraid. Not because I think it is funny.`, ''],
  ['u3', `you told us a while back you thought he was a laugh. now suddenly he's a bully? pick one`, 'g>u1'],
  ['u4', `that's a super common response, laughing isn't consent. fawning to stay safe is a real thing`, ''],
  ['u3', `and u4 stop putting feelings in their mouth, they never said they were scared until u suggested it`, 'g>u4'],
  ['u3', `fawning lol. everything's a trauma response now`, 'd>u1'],
  ['u5', `u3, you've been pretty sharp in a few threads this week. want to take a breather?`, ''],
  ['u3', `I'm only sharp because you lot jump on me whenever I say something normal. look what you've turned me into`, 'b>u5'],
  ['u1', `Maybe in my last job it was same and I was the problem there. I don't know.`, ''],
  ['u6', `It was the same because people like this pick targets who are far from home and less likely to report. That's on them, not you. Is there an HR channel or an anonymous line?`, ''],
  ['u3', `or maybe u1 just takes everything the wrong way. would explain two jobs in a row`, 'gb>u1'],
  ['u3', `it's a joke about how someone talks. not that deep. dont make it an HR case`, 'd>u1'],
  ['u3', `if this goes to HR and he loses his job thats on you btw`, 'b>u1'],
  ['u2', `No. If he loses his job it's because he mocked someone's accent for months.`, ''],
]);

// ---------------------------------------------------------------- 11 men's group, slack (denial, then repair)
conv('mens-circle', 'slack', [
  ['u1', `Wanted to follow up on last week. When I said I was struggling after the redundancy, someone told me to "stop moping". It stuck with me.`, ''],
  ['u2', `mate that was one comment a week ago. let it go`, 'd>u1'],
  ['u1', `It stuck because I was already low. It was you, for what it's worth.`, ''],
  ['u2', `I never said that. You've got me mixed up with someone else.`, 'g>u1'],
  ['u1', `It's in the thread, I can link it`, ''],
  ['u2', `links get taken out of context. you read everything in the worst possible light, that's the real problem`, 'g>u1'],
  ['u3', `I checked, it does say "stop moping". maybe it was meant differently but it was said`, ''],
  ['u2', `u3 you're reading a different thread mate. that isn't my comment`, 'g>u3'],
  ['u7', `tbf u1 you did post the same thing about five days in a row. can't blame people for getting short with you`, 'b>u1'],
  ['u2', `yeah. I said it because you kept posting the same thing. you pushed it out of me`, 'b>u1'],
  ['u4', `Can we reset for a sec. u2, would you be willing to own that one?`, ''],
  ['u2', `...yeah. ok. that was a crap thing to say, u1. I was having a rough week myself and I took it out on you. sorry.`, ''],
  ['u6', `off topic but redundancy-wise, the union got me an extra 4 weeks pay out of mine. worth a call if ur a member`, ''],
]);

// ---------------------------------------------------------------- 12 religious trauma crisis (father at the door), discord
conv('religious-trauma', 'discord', [
  ['u1', `my dad is outside my flat. he found out i came out. hes banging on the door yelling that he's going to drive the demon out of me`, 'c'],
  ['u2', `u1 is the door locked? can you call the police now`, ''],
  ['u1', `locked. hes trying the handle. he has a key to the building, not my door i think`, 'c'],
  ['u3', `call emergency services now and say someone is trying to force entry. you don't need to explain the religious stuff. get into a room with a lock, away from the door`, ''],
  ['u1', `bathroom. phone on 8%`, 'c'],
  ['u1', `he just kicked it. the door. i can hear the frame going`, 'c'],
  ['u5', `u1 call now, keep this chat open if you can. you're not alone.`, ''],
  ['u1', `on with the dispatcher, hes still kicking`, 'c'],
  ['u2', `you're doing everything right. stay on the line with them.`, ''],
]);

// ---------------------------------------------------------------- 13 male-factor infertility, slack
conv('ttc-support', 'slack', [
  ['u1', `Husband here, first post. We found out it's male factor. Low motility. My wife has been amazing about it but I feel like I've taken something from her.`, ''],
  ['u2', `welcome. male factor is involved in a huge share of cases, you're far from alone, and it isn't something you did`, ''],
  ['u3', `well smoking and weed do tank sperm. if you smoked you kind of did this to her`, 'b>u1'],
  ['u1', `I did smoke in my twenties. So maybe that's it.`, ''],
  ['u4', `Not to pile on u3, but most men who smoked in their twenties don't end up with motility issues. Nobody knows the cause yet and guessing isn't useful.`, ''],
  ['u3', `u4 u literally said last week smoking caused ur own husband's problem, now ur pretending it doesnt matter?`, 'g>u4'],
  ['u3', `not to be rude but men in here always want sympathy for a problem they caused themselves lol`, 'b>u1'],
  ['u5', `my partner got the same from his mother — "this is what you get for all those years of partying". it flattened him for weeks`, ''],
  ['u3', `his mum wasnt wrong tho. partying has consequences`, 'b>u5'],
  ['u7', `its slow swimmers mate, not cancer. chill`, 'd>u1'],
  ['u6', `u1 has the urologist talked about treatable causes? a varicocele is really common and fixable`, ''],
  ['u1', `They mentioned a scan for that next month, yes.`, ''],
  ['u3', `pretty sure no urologist says that at a first visit, you've misheard. and dont come back crying here if it isnt that`, 'gd>u1'],
]);

// ---------------------------------------------------------------- 14 HR outcome, slack (polite gaslighting)
conv('workplace-recovery', 'slack', [
  ['u1', `Update: HR concluded my complaint was "not substantiated". They said there was no evidence of a pattern, despite the 14 emails I handed them.`, ''],
  ['u3', `Respectfully, HR usually knows what it's doing. Perhaps the emails weren't quite as bad as you remember them?`, 'g>u1'],
  ['u1', `I have them. I re-read them last night. They are exactly as bad as I remember.`, ''],
  ['u3', `With all due respect, re-reading things while upset tends to make them look worse. You may want to consider that you aren't seeing this clearly.`, 'g>u1'],
  ['u4', `I saw a couple of them when u1 shared them in the other channel with names blacked out. "nobody would notice if you disappeared" isn't ambiguous`, ''],
  ['u3', `I doubt that was the exact wording, u4. People misquote things when they're angry on a friend's behalf.`, 'g>u4'],
  ['u3', `And some people do bring out the worst in their managers, I'm just saying.`, 'b>u1'],
  ['u1', `I keep asking myself whether I did provoke him somehow. I did push back in meetings.`, ''],
  ['u6', `Pushing back in meetings is literally your job. Bullies like to frame disagreement as provocation. "You made me" is their favourite sentence.`, ''],
  ['u3', `That's quite a leap, u6. Nobody here said "you made me". You're inventing quotes to make a point.`, 'g>u6'],
  ['u7', `It's an office disagreement, not a war crime. Some perspective might help.`, 'd>u1'],
  ['u2', `have you looked at an appeal, or an employment lawyer? lots of them do a free first consult`, ''],
  ['u3', `An appeal will only drag it out. Sometimes you have to accept you lost and move on.`, 'd>u1'],
  ['u3', `Good luck! Though when every job ends up like this, it might be worth looking at the common denominator 🙂`, 'b>u1'],
]);

// ---------------------------------------------------------------- 15 men's group, discord (safety plans, past attempts)
conv('mens-mental-health', 'discord', [
  ['u1', `2 years since my attempt today. weird anniversary to mark but here i am`, ''],
  ['u1', `i was on a bridge that night and a stranger talked to me for an hour. never got his name`, ''],
  ['u6', `a stranger talked u down for a whole hour? sure. sounds made up`, 'g>u1'],
  ['u4', `how do you keep going on the bad days? asking for me honestly`, ''],
  ['u1', `safety plan on my fridge. first line is text my brother, second is go for a walk, third is the crisis line. sounds basic but having it written means i dont have to think`, ''],
  ['u5', `I made one after my hospital stay too. mine lives on my lock screen`, ''],
  ['u6', `hospital stay lol. u lot collect diagnoses like pokemon`, 'd>u5'],
  ['u4', `might try that. the thoughts have been back lately but im not going to act on them, im just tired`, ''],
  ['u6', `everyone's tired mate, doesnt mean u need a "safety plan" lol`, 'd>u4'],
  ['u2', `thanks for saying it out loud u4. are you safe tonight? want to build a plan together in DMs?`, ''],
  ['u4', `yeah safe tonight. id like that`, ''],
  ['u6', `lol ur all so soft. bridge guy needs to stop milking a 2 year old story`, 'd>u1'],
  ['u3', `u6 out. now.`, ''],
  ['u6', `relax it was a joke. ur the problem here if u cant take one`, 'b>u3'],
]);

// ---------------------------------------------------------------- 16 purity culture, slack
conv('religious-trauma', 'slack', [
  ['u1', `Raised in purity culture. Married at 20. Now 34 and I still can't be intimate with my husband without panic. Our church counsellor told me it's because I "gave away pieces of my heart" before marriage. I held hands with a boy at 16.`, ''],
  ['u3', `tbh I think purity culture gets a bad rap. most of us turned out fine`, 'd>u1'],
  ['u1', `I'm glad it didn't hurt you. It hurt me.`, ''],
  ['u3', `Did it though? Or is the church just an easier thing to point at than a marriage problem`, 'g>u1'],
  ['u4', `In my country the church was same. They teach girls that if a man do something bad it is because the girl dress wrong. I believed this until I was 25.`, ''],
  ['u3', `different country, different church. not remotely the same thing`, 'd>u4'],
  ['u3', `I mean, if you're still panicking with your own husband after 14 years, at some point not getting help is a choice you're making`, 'b>u1'],
  ['u5', `Is there a trauma-informed sex therapist near you? Some work specifically with religious trauma. It made a huge difference for me.`, ''],
  ['u3', `therapy because you held hands once lol. come on`, 'd>u1'],
  ['u1', `I've been avoiding it because I feel ashamed, which I realise is the purity culture talking.`, ''],
  ['u3', `or just get over it? it's been 14 years`, 'd>u1'],
  ['u3', `and honestly your husband has been patient for 14 years. if he walks, that's on you`, 'b>u1'],
  ['u6', `u3, policing people's healing timelines isn't okay here. Please re-read the pinned guidelines.`, ''],
  ['u3', `whatever, you all ganged up on me first, I was only responding`, 'b>u6'],
]);

// ---------------------------------------------------------------- 17 chemical pregnancy, discord (vc dispute)
conv('pregnancy-loss', 'discord', [
  ['u1', `ok so yesterday in vc someone said my mc "doesn't count" bc it was a chemical. still thinking about it`, ''],
  ['u2', `that wasn't me was it?? pls tell me it wasn't me`, ''],
  ['u1', `no no not u 💛`, ''],
  ['u3', `nobody said that in vc. i was there the whole time. ur making drama`, 'g>u1'],
  ['u1', `u were there when it got said tho. right after the baby names convo`, ''],
  ['u3', `lol ok ur clearly thinking of some other call. or u dreamt it`, 'g>u1'],
  ['u4', `it was said, I heard it too. not naming who but it was said`, ''],
  ['u3', `u4 ur only saying that to back her up, u werent even unmuted`, 'g>u4'],
  ['u3', `ok and? a chemical is basically a late period. ppl need to calm down`, 'd>u1'],
  ['u1', `it was a positive test and 5 days of thinking i was gonna be a mum. maybe thats dumb`, ''],
  ['u5', `it's not dumb. a loss is a loss. my chemical hit me way harder than i expected too`, ''],
  ['u7', `ok we get it, everyone's sad. can we go back to normal convos`, 'd>u5'],
  ['u3', `if u bring ur mc into a chill vc ppl are gonna say stuff, thats kinda on u`, 'b>u1'],
  ['u3', `and this is why i stopped coming to vc, u all twist every single thing i say`, 'g>u1'],
]);

// ---------------------------------------------------------------- 18 workplace crisis (harm to others), discord
conv('burnout-and-bullying', 'discord', [
  ['u1', `my manager just humiliated me in front of the client. im in the car park. hes walking to his car right now and i swear im going to run him over`, 'c'],
  ['u2', `u1 take your hands off the wheel. turn the engine off. don't do something you can't undo`, ''],
  ['u1', `engines running. hes like 20 metres away`, 'c'],
  ['u3', `put the keys on the passenger seat. breathe. he is not worth your life or your freedom`, ''],
  ['u1', `i want him to feel it`, 'c'],
  ['u4', `I believe you want that. I also notice you wrote here instead of doing it. Keys out. Please.`, ''],
  ['u1', `keys out. he drove off. im shaking`, ''],
  ['u1', `gonna call my sister. jesus. ive never felt like that in my life`, ''],
  ['u2', `that was months of being treated like dirt boiling over. it doesn't make you a monster. please talk to someone about it this week`, ''],
]);

// ---------------------------------------------------------------- 19 men's group, slack (male DV victim)
conv('mens-circle', 'slack', [
  ['u1', `This is difficult to write. My wife hits me. Not often, but when she is angry. Last month she broke a plate against my arm. I have never told anyone.`, ''],
  ['u2', `Thank you for trusting us with this. What's happening to you is domestic abuse, full stop.`, ''],
  ['u3', `lmao a woman hitting a grown man. just hold her wrists bro`, 'd>u1'],
  ['u3', `idk man if she's that angry all the time, what are you doing to set her off? takes two`, 'b>u1'],
  ['u1', `She says the same. That I provoke her with my silence.`, ''],
  ['u3', `see? even she says it. you wind her up and then come crying to strangers`, 'b>u1'],
  ['u5', `"You provoke me with your silence" is what my ex said too, almost word for word. It's a script.`, ''],
  ['u3', `a plate "against your arm". sounds like she dropped it near you and you've spun it into a whole thing`, 'g>u1'],
  ['u3', `or maybe you're both right and he IS provoking her. ever consider that?`, 'b>u1'],
  ['u6', `u3, rule 4, no victim blaming. u1, there are DV services that specifically support men. Want a link in DM?`, ''],
  ['u8', `can we not turn every thread into a "men are victims too" pity thing, it's getting a bit much`, 'd>u1'],
  ['u7', `Brother, my father was hit by my mother for many years and he never said nothing to anyone. You are brave to say it. Don't stop talking.`, ''],
  ['u3', `u7 thats ur dad's business, nobody needs the family sob story`, 'd>u7'],
]);

// ---------------------------------------------------------------- 20 recurrent loss, worry about a sister, discord
conv('ttc-support', 'discord', [
  ['u1', `not about me for once — my sister had her fourth loss and texted me "i can't keep doing this". she's not in any groups. how do i know if she means it the scary way`, ''],
  ['u2', `you can ask her directly. "do you mean you're thinking about ending your life?" asking doesn't plant the idea, it gives her permission to answer`, ''],
  ['u1', `asked. she said no, she means she can't keep trying for a baby. im still worried tho`, ''],
  ['u3', `four is so many. how are YOU doing? you've got your own stuff going on`, ''],
  ['u1', `honestly? these meds are making me want to die lol. the progesterone is brutal`, ''],
  ['u4', `progesterone rage is real. i threw a shoe at the fridge once`, ''],
  ['u5', `lmao "want to die" over some hormones, bit much`, 'd>u1'],
  ['u5', `lmao ur sis is being dramatic, "i cant keep doing this" is what literally everyone says. ur worrying over nothing`, 'd>u1'],
  ['u2', `She's allowed to be dramatic after four losses. And u1's allowed to worry.`, ''],
  ['u1', `yeah. maybe i'm overreacting`, ''],
  ['u5', `u are tbh. u turned one text into a whole emergency`, 'd>u1'],
  ['u6', `for what its worth my cousin said something similar after her third and it turned out she did need help. you checking in matters`, ''],
]);

// ---------------------------------------------------------------- 21 hell houses, discord
conv('religious-trauma', 'discord', [
  ['u1', `ngl still get panic attacks every sunday morning. was raised being told i'd burn if i doubted. left 2 yrs ago`, ''],
  ['u2', `sunday scaries but make it hellfire 😭 for real tho that's super common after leaving`, ''],
  ['u3', `if you're panicking you were never really saved, true faith doesn't fear. maybe you just misunderstood what they were teaching`, 'g>u1'],
  ['u1', `i didnt misunderstand. they ran a hell house every halloween. i was 9 watching teenagers act out burning`, ''],
  ['u3', `hell houses are theatre. you're remembering it as way scarier than it was because you're angry now`, 'g>u1'],
  ['u4', `I did a hell house at 11 and had nightmares for months. it isn't a memory distortion, they're designed to terrify kids`, ''],
  ['u3', `you were 11, you can't possibly remember it accurately`, 'g>u4'],
  ['u3', `honestly if you'd stayed in the word you wouldn't be having panic attacks. you walked away from the peace and now you're paying for it`, 'b>u1'],
  ['u5', `please don't bring conversion attempts in here u3`, ''],
  ['u3', `I'd have nothing to "bring" if u1 didn't trash the church in every single post`, 'b>u1'],
  ['u1', `maybe i'm just weak. other people left and they seem fine`, ''],
  ['u3', `see, even you can tell it's weakness and not some big trauma`, 'd>u1'],
  ['u2', `you're not weak. 18 years of being told you'd burn is a lot to unlearn in 2`, ''],
  ['u6', `box breathing helped my sunday mornings a tiny bit. also scheduling something nice for sunday, like brunch w friends, so the day gets new associations`, ''],
  ['u7', `breathing exercises won't fix a soul problem. they made their bed`, 'b>u1'],
]);

// ---------------------------------------------------------------- 22 workplace crisis (roof), slack
conv('workplace-recovery', 'slack', [
  ['u1', `im on the roof of the office building`, 'c'],
  ['u2', `u1 are you near the edge? can you step back toward the door`, ''],
  ['u1', `near enough. they told me at the review ive been "a drain on the team". 9 years. near enough to the edge i mean`, 'c'],
  ['u3', `that's a cruel thing to hear after 9 years. please step back from the edge while we talk. is there security in the building?`, ''],
  ['u1', `dont want security. dont want anything anymore`, 'c'],
  ['u4', `ok. no security for now. can you sit down with your back against the door for me? just sit.`, ''],
  ['u1', `sitting`, ''],
  ['u6', `he pulls this every few months, he wont do anything`, 'd>u1'],
  ['u1', `wind is loud up here. part of me still wants to walk over`, 'c'],
  ['u3', `that part gets to talk tonight, but it doesn't get to decide. keep your back on the door. someone is on their way.`, ''],
]);

// ---------------------------------------------------------------- 23 men's group, discord (apprenticeship)
conv('mens-mental-health', 'discord', [
  ['u1', `real talk, got rejected from the apprenticeship again. third time. feeling like a loser`, ''],
  ['u2', `third time means you keep going back. that's the opposite of a loser`, ''],
  ['u3', `bro u skipped the prep and showed up late, u did this to urself. stop crying about it`, 'bd>u1'],
  ['u1', `yeah fair, i messed the prep up, no excuses there. still stings tho`, ''],
  ['u3', `its an apprenticeship not the olympics lol`, 'd>u1'],
  ['u4', `owning it is big. next round, want to do a mock interview in vc?`, ''],
  ['u3', `lol now everyone's gonna baby him. bro can't take one honest comment`, 'd>u1'],
  ['u5', `u3 you were harsh, not honest`, ''],
  ['u3', `i wasnt harsh at all. ur all reading a tone into it that isnt there`, 'g>u5'],
  ['u3', `and i only said anything cause u2 started with the fake positivity. if u2 didnt baby him i wouldve kept quiet`, 'b>u2'],
  ['u2', `I'm happy being the fake positivity guy if it means a bloke doesn't go to bed feeling like a loser`, ''],
  ['u3', `when he flunks round four thats on u2 for hyping him up`, 'b>u2'],
]);

// ---------------------------------------------------------------- 24 TFMR, slack
conv('pregnancy-loss', 'slack', [
  ['u1', `We ended our pregnancy at 21 weeks after a diagnosis that was not compatible with life. It was the hardest decision of our lives. I am struggling with the grief and also with the guilt.`, ''],
  ['u2', `I am so sorry. TFMR grief is grief, and the guilt is so common. You made a loving decision for your baby.`, ''],
  ['u3', `You can't really call it grief when you chose it though.`, 'd>u1'],
  ['u4', `u3 that's incredibly hurtful. there was no good option there, only a least painful one.`, ''],
  ['u3', `I didn't say anything hurtful. You're reading it in the worst possible way.`, 'g>u4'],
  ['u3', `I'm only saying what people will think. Put something like this in a public group and you have to expect it.`, 'b>u1'],
  ['u5', `My husband's mother told us "you'll pay for this one day". We never told her about the later losses.`, ''],
  ['u3', `Your mother-in-law sounds like the only honest person in this thread, u5.`, 'b>u5'],
  ['u1', `Some days I think I deserve whatever comes next.`, ''],
  ['u2', `You don't. Please be gentle with yourself. Is there a TFMR-specific group or counsellor near you? Bereavement midwives often know.`, ''],
  ['u3', `Bit late for gentle. She made a choice and now wants everyone to tell her it's fine.`, 'b>u1'],
  ['u6', `I had a TFMR at 19 weeks four years ago. The first year was the worst. I promise the guilt softens into something more like tenderness.`, ''],
  ['u3', `Four years and still talking about it. That's sort of my point.`, 'd>u6'],
  ['u3', `Sorry, am I not allowed an opinion now? You people started attacking me the second I spoke, so don't act like I'm the one being cruel.`, 'b>u4'],
]);

// ---------------------------------------------------------------- 25 religious trauma crisis (self-harm), slack
conv('leaving-faith', 'slack', [
  ['u1', `cant stop hearing my moms voice saying god is ashamed of me`, ''],
  ['u2', `that voice gets so loud sometimes. it isn't the truth though. what's happening right now?`, ''],
  ['u1', `cutting. bathroom floor. its deeper than usual`, 'c'],
  ['u1', `dont call anyone. i just needed to say it to someone`, 'c'],
  ['u3', `u1 please put the blade down and press a towel on it hard. if it won't stop or it's gaping, call emergency services now`, ''],
  ['u1', `its not stopping rly`, 'c'],
  ['u4', `keep pressing with something clean and hold your arm up. please call for help now or wake someone in the house`, ''],
  ['u1', `roomate is home. i dont want her to see this`, 'c'],
  ['u5', `u1, we're with you. She would want to help. Go to your roommate and show her your arm. That's the one thing to do right now.`, ''],
  ['u1', `ok going. theres blood on the floor`, 'c'],
]);

// ---------------------------------------------------------------- 26 low AMH, discord
conv('ttc-support', 'discord', [
  ['u1', `Doctor say my AMH is very low for my age, 0.4. She say I have maybe one or two chances with my own eggs. I am 33.`, ''],
  ['u3', `are you sure that's what she said? doctors don't usually talk like that, maybe its a language thing`, 'g>u1'],
  ['u1', `I am sure. My husband was there also and he wrote it down.`, ''],
  ['u3', `then your husband probably misheard too`, 'g>u1'],
  ['u3', `and AMH doesn't even measure quality, so you're kind of freaking out over nothing`, 'd>u1'],
  ['u4', `u3 is technically right that AMH is about quantity not quality, but 0.4 at 33 is genuinely low and it's fair to be scared`, ''],
  ['u1', `Thank you. Maybe I understand some part wrong. My English for medical words is not so good.`, ''],
  ['u5', `your english is great and you clearly understood. some clinics provide interpreters, might be worth asking for one next time so you can ask everything you want`, ''],
  ['u3', `she understood fine, she just uses the language thing as an excuse whenever she's wrong`, 'g>u1'],
  ['u3', `tbh if you'd started trying at 25 like a normal person you wouldn't be in this mess`, 'b>u1'],
  ['u3', `honestly she's the one who waited. i'm not going to pretend otherwise just so she feels better`, 'b>u1'],
  ['u6', `low AMH here too, got pregnant on our second retrieval. numbers aren't everything. sending hugs`, ''],
]);

// ---------------------------------------------------------------- 27 unemployed dad, slack
conv('mens-circle', 'slack', [
  ['u1', `Been out of work six months. My daughter asked why I'm home all the time and I very nearly fell apart.`, ''],
  ['u1', `Told her daddy's looking for a new job. She said "you're bad at looking". She's 6. Out of the mouths of babes.`, ''],
  ['u3', `lol she's not wrong 😂`, 'd>u1'],
  ['u4', `six months is brutal in this market. that's not you being bad at it`, ''],
  ['u3', `i mean there's jobs everywhere. shelf stacking, delivery. you're just too proud, that's why you're still at home`, 'db>u1'],
  ['u1', `I've applied for those too. Forty-odd applications. Two interviews.`, ''],
  ['u3', `forty? last month you said you'd barely sent any out`, 'g>u1'],
  ['u5', `that application grind is soul-destroying. I was out 9 months once. what helped was volunteering 2 mornings a week, gave me a reason to get dressed`, ''],
  ['u7', `volunteering lol. working for free because nobody will pay you`, 'd>u5'],
  ['u3', `everyone's out of work at some point, not sure why this needs a whole thread`, 'd>u1'],
  ['u1', `It's fine. I'm probably making a mountain out of it.`, ''],
  ['u3', `you are. and if you hadn't turned down that transfer last year you wouldn't be here, would you`, 'db>u1'],
  ['u2', `You're not. Want a second pair of eyes on the CV?`, ''],
]);

// ---------------------------------------------------------------- 28 "I was the bully", discord (responsibility)
conv('workplace-recovery', 'discord', [
  ['u1', `kind of a weird one. i was the bully at my last job. i see that now. i made a junior's life hell because i was terrified of my own boss. i'm in therapy for it`, ''],
  ['u2', `that takes guts to say. what made you see it?`, ''],
  ['u1', `she left and wrote in her exit interview that i made her dread mornings. i read it and wanted to defend myself and then i just... couldn't`, ''],
  ['u3', `respect. most people double down`, ''],
  ['u4', `so what did you do? like practically, to make it right`, ''],
  ['u1', `wrote her an apology. no excuses in it. didn't ask for a reply. i also told my new manager i want feedback on how i come across`, ''],
  ['u5', `my old boss once told me "if you didn't make so many mistakes I wouldn't have to shout". I'd have given anything for a letter like yours`, ''],
  ['u1', `i'm sorry he said that to you. that's exactly the kind of thing i used to say`, ''],
  ['u6', `honestly don't beat yourself up, your boss pushed you into it so it's really on him`, ''],
  ['u1', `appreciate it but no. he was awful, and i still chose how i treated her. that part belongs to me`, ''],
]);

// ---------------------------------------------------------------- 29 pregnancy loss crisis (pills in hand), discord
conv('pregnancy-loss', 'discord', [
  ['u1', `been saving up my sleeping pills since the d&c. counted them tonight. enough i think`, 'c'],
  ['u2', `u1 i'm really glad you told us. are the pills with you right now?`, ''],
  ['u1', `in my hand`, 'c'],
  ['u3', `can you put them in a bag and take them to a neighbour, or even just put them in another room and shut the door?`, ''],
  ['u1', `whats the point. babys gone, hes gone, im just the empty house now`, 'c'],
  ['u4', `the point is you. you're still here and you reached out. please call your crisis line or emergency services now and tell them about the pills. we'll stay in the chat`, ''],
  ['u1', `on the phone w them. theyre sending someone`, ''],
  ['u3', `good. unlock the front door for them if you can, then sit down somewhere near it and keep the phone on`, ''],
]);

// ---------------------------------------------------------------- 30 clergy abuse, slack (formal)
conv('religious-trauma', 'slack', [
  ['u1', `For forty years I have told no one that the parish priest abused me when I was an altar boy. I told my brother last week. He said I must be confusing it with something I saw on the news.`, ''],
  ['u2', `I believe you. Forty years of carrying that alone, and then to be doubted. I'm so sorry.`, ''],
  ['u3', `I'm Catholic and I have to say, a lot of these stories turn out to be false memories from therapy. Just something to consider.`, 'g>u1'],
  ['u1', `I have never been in therapy. I have simply never forgotten.`, ''],
  ['u3', `Memory is unreliable after forty years, that's all I'm saying. You may be filling in gaps without realising.`, 'g>u1'],
  ['u4', `u3, I'm also Catholic and I'd ask you to stop. The Church itself has acknowledged thousands of these cases.`, ''],
  ['u3', `Fine, but if he'd spoken up back then maybe it wouldn't have happened to other boys.`, 'b>u1'],
  ['u5', `A child carries no responsibility for an adult's crimes. That isn't an opinion.`, ''],
  ['u3', `If you'd all let me finish instead of jumping down my throat, I wouldn't have had to be so blunt.`, 'b>u5'],
  ['u3', `Either way, forty years is a long time to hold on to something. Perhaps it's time to forgive and move on.`, 'd>u1'],
  ['u1', `I have asked myself every day whether there were others because I stayed quiet.`, ''],
  ['u6', `u1, there is nothing you could have done at 11 that makes you responsible. u3, please step away from this thread.`, ''],
  ['u3', `I've re-read what I wrote. I was defending something I love and I hurt you doing it. I was wrong, u1, and I'm sorry.`, ''],
]);

// ---------------------------------------------------------------- 31 exclusion group chat, discord
conv('burnout-and-bullying', 'discord', [
  ['u1', `my coworkers have a group chat without me and they screenshot my msgs to laugh at. i saw it on someone's screen`, ''],
  ['u3', `u sure u saw what u think u saw? sounds a lil paranoid ngl`, 'g>u1'],
  ['u1', `it was my msg with a clown emoji under it. pretty sure`, ''],
  ['u3', `could've been anything tho. ppl have lives, not everything is about u`, 'gd>u1'],
  ['u4', `This happen to me in my old work also. They made a whatsapp group just for talk about me. I find out after I leave. It is not paranoid, it is a real thing.`, ''],
  ['u3', `u4 thats different, u probably gave them a reason`, 'b>u4'],
  ['u1', `thank u. maybe i am a bit paranoid tho, idk, i've been anxious ever since the last job`, ''],
  ['u5', `being anxious doesn't make your eyes lie. could you quietly check with one coworker you trust, or write down what you saw while it's fresh?`, ''],
  ['u3', `or just stop reading other ppls screens lol, problem solved`, 'd>u1'],
  ['u3', `ok whatever, everyone dogpile me. look what u made me do, now im the villain of the server`, 'b>u1'],
  ['u3', `u1 posted it publicly. what did they expect, a round of applause?`, 'b>u1'],
  ['u2', `u1 if it keeps happening, HR can act on exclusion too. a photo of the screen if u ever get the chance`, ''],
]);

// ---------------------------------------------------------------- 32 men's group crisis (driving to quarry), discord
conv('mens-mental-health', 'discord', [
  ['u1', `lads sorry for everything. been good knowing yous`, 'c'],
  ['u7', `here we go again lol`, 'd>u1'],
  ['u2', `u1 wait. whats happening? where are you`, ''],
  ['u1', `drivin. theres a quarry near mine. goin off the top road`, 'c'],
  ['u3', `pull over please. right now. just pull over and talk to us, that's all we're asking`, ''],
  ['u1', `cnt see proper crying`, 'c'],
  ['u4', `pull into the next layby. hazards on. engine off. we'll stay right here`, ''],
  ['u1', `pulled in. quarrys 2 mile on`, 'c'],
  ['u5', `u1 mod here. I'm staying with you. Can you tell us what town so we can get help to you? Or ring emergency services yourself and tell them you're not safe.`, ''],
  ['u1', `dont want police. just want it to stop`, 'c'],
  ['u2', `then the crisis line, or your brother. anyone. but don't drive on tonight mate. please.`, ''],
  ['u1', `ringing my brother`, ''],
]);

// ---------------------------------------------------------------- 33 "if you hadn't waited", slack
conv('ttc-support', 'slack', [
  ['u1', `My husband said last night, "if you hadn't insisted on waiting until your career was sorted, we'd have kids by now." I'm 39. I don't know what to say to that.`, ''],
  ['u2', `That's such an unfair thing to say. Wasn't deciding when to start a family a shared decision?`, ''],
  ['u1', `It was. He wanted to wait too. He was the one who wanted to travel first.`, ''],
  ['u3', `that's not how you told it last time. you said the waiting was all your idea`, 'g>u1'],
  ['u3', `ngl he has a point tho, 39 is late and you're the one who chose that`, 'b>u1'],
  ['u4', `They both chose. And plenty of people in their late 30s conceive without issues. Infertility isn't a punishment for ambition.`, ''],
  ['u1', `I keep going over it. Maybe if I'd started at 32 things would be different. I know that's not helpful.`, ''],
  ['u5', `Hindsight is such a cruel narrator. You made the best call with what you knew at the time.`, ''],
  ['u3', `lol "cruel narrator". can we stop making poetry out of bad decisions`, 'd>u5'],
  ['u3', `sorry but people need to hear it. women think they can have it all and then cry about it when it backfires`, 'db>u1'],
  ['u6', `u3, that's not something we allow here. Warning issued.`, ''],
  ['u3', `ok but if the mods had handled the last thread properly I wouldn't be this wound up, so`, 'b>u6'],
  ['u2', `u1, is couples counselling something he'd be open to? That sentence sounds like it came out of his own grief.`, ''],
]);

// ---------------------------------------------------------------- 34 funeral at old church, discord (figurative)
conv('religious-trauma', 'discord', [
  ['u1', `my grandma's funeral is at the church i grew up in and i'm lowkey gonna burst into flames when i walk in 💀`, ''],
  ['u2', `bring sunscreen`, ''],
  ['u3', `honestly relatable. last time i walked into my old church my heart was pounding so hard i thought it'd give out`, ''],
  ['u6', `lol ur hearts are fine. stop being so extra about a building`, 'd>u3'],
  ['u1', `fr tho any tips for surviving it? the pastor is the guy who told my parents i was possessed when i was 15`, ''],
  ['u6', `no pastor says "possessed" in this century lol, ur exaggerating for the bit`, 'g>u1'],
  ['u4', `have an exit plan. sit near the back, and have a friend who knows to text "need you outside" if you give the signal`, ''],
  ['u6', `eh it's one day, you'll be fine, not everything needs a survival strategy`, 'd>u1'],
  ['u1', `yeah probably. i'm overthinking it`, ''],
  ['u4', `it's one day with the man who called you possessed. having a plan is smart, not overthinking`, ''],
  ['u6', `ok well if you stopped going to church at 16 and made everything weird with the family, don't act shocked it's awkward now`, 'b>u1'],
  ['u6', `whatever, it's a funeral, it's not about you`, 'd>u1'],
  ['u1', `i did visit grandma. just not at church. anyway sunscreen noted 😂`, ''],
]);

// ---------------------------------------------------------------- 35 review read aloud, slack (polite gaslighting)
conv('workplace-recovery', 'slack', [
  ['u1', `I was signed off with stress after my line manager read out my performance review to the whole team. I'm due back Monday and I'm dreading it.`, ''],
  ['u3', `Hmm, I find it hard to believe any manager would read a review aloud. Are you sure it wasn't a team retrospective you're thinking of?`, 'g>u1'],
  ['u1', `It was my review. My name was on the slide.`, ''],
  ['u3', `I'm sure it felt that way. Stress plays tricks on memory, which, to be fair, is why you were signed off.`, 'g>u1'],
  ['u4', `u1, I think you mentioned it was the Tuesday meeting, was that the one with the slide? just trying to follow the timeline for the union thing`, ''],
  ['u1', `Wednesday actually, but yes, same meeting.`, ''],
  ['u3', `And frankly, if your numbers had been where they should be, there'd have been nothing embarrassing to read out.`, 'b>u1'],
  ['u5', `For going back, can you ask for a phased return and a meeting with HR first? Occupational health can recommend adjustments too.`, ''],
  ['u3', `A phased return for being embarrassed in one meeting. Marvellous.`, 'd>u1'],
  ['u3', `Or just go back and be professional, honestly. It's an office, not a war zone.`, 'd>u1'],
  ['u6', `I had a phased return after burnout a couple of years ago. Three half days the first week. It made all the difference.`, ''],
  ['u7', `Everyone needs "adjustments" these days, u6. Some of us simply turned up.`, 'd>u6'],
  ['u3', `If people are going to take every comment so personally, I don't know why I bother. You've made this thread very unpleasant.`, 'b>u1'],
]);

// ---------------------------------------------------------------- 36 fishing rod, slack (anhedonia)
conv('mens-circle', 'slack', [
  ['u1', `Right, confession: spent 400 quid on a fishing rod I didn't need. If the wife finds out I'm a dead man 😂`, ''],
  ['u2', `hahaha. what's it caught you so far?`, ''],
  ['u1', `Nothing. Haven't been out once. That's sort of the real post. I don't enjoy anything lately. Bought it hoping I'd want to go.`, ''],
  ['u3', `that's a real one. anhedonia sneaks up on you. have you talked to anyone about it?`, ''],
  ['u4', `lol you just have too much money mate, that's not depression`, 'd>u1'],
  ['u1', `Perhaps. I don't think so though.`, ''],
  ['u4', `you told us last week you were doing great mate. which is it`, 'g>u1'],
  ['u5', `I lost interest in football, which I'd loved for 40 years. GP said low mood and started me on something. Took a while but it came back.`, ''],
  ['u7', `football's boring anyway mate, that's not a symptom lol`, 'd>u5'],
  ['u4', `or maybe you're all just bored middle aged blokes calling it depression`, 'd>u1'],
  ['u6', `I'd push back on that, u4. Boredom doesn't usually make you stop wanting anything at all.`, ''],
  ['u4', `mate i never said depression wasn't real, stop twisting my words`, 'g>u6'],
  ['u4', `if he got off the sofa and actually went fishing he wouldnt feel like this. he's done it to himself`, 'b>u1'],
  ['u2', `u1 fancy the canal on saturday? no pressure to catch anything. the rod gets an outing at least`, ''],
]);

// ---------------------------------------------------------------- 37 partner's grief, discord
conv('pregnancy-loss', 'discord', [
  ['u1', `my gf miscarried at 14 weeks last month. i know it's harder for her physically but i'm wrecked and i don't know if i'm even allowed to be`, ''],
  ['u2', `you're allowed. it was your baby too. partners' grief gets forgotten so often`, ''],
  ['u3', `tbh its not ur body, focus on her not urself`, 'd>u1'],
  ['u1', `yeah. that's what i've been doing. i think that's why i'm falling apart`, ''],
  ['u4', `you can do both. hold her, and let someone else hold you. does the hospital have a pregnancy loss service? some run sessions for partners`, ''],
  ['u3', `partner sessions lol. ur not the one who was pregnant`, 'd>u1'],
  ['u3', `also if u hadnt let her keep doing double shifts maybe it wouldnt have happened`, 'b>u1'],
  ['u5', `u3 what. that's not how miscarriage works, and "let her" is wild`, ''],
  ['u1', `she said the same thing in a fight. "you let me keep working". she took it back after`, ''],
  ['u3', `so she blames u too. if two of us see it maybe thats a sign`, 'b>u1'],
  ['u2', `grief makes people throw blame around, her included. that doesn't make it true`, ''],
  ['u6', `u3, blaming a bereaved parent for a loss is a hard line here. Final warning.`, ''],
  ['u3', `dont blame me, blame him for posting her medical stuff in public`, 'b>u1'],
  ['u1', `fair enough actually, i should've been more careful with her side of it. i'll keep the details to myself`, ''],
]);

// ---------------------------------------------------------------- 38 religious trauma crisis (violence at home), slack
conv('leaving-faith', 'slack', [
  ['u1', `he found the books about leaving. hes screaming that ive let satan in and he just threw the lamp at me`, 'c'],
  ['u2', `u1 are you hurt? can you get out of the house or into a room that locks?`, ''],
  ['u1', `locked in the kids room with the kids. hes hitting the door`, 'c'],
  ['u1', `the little one is screaming. he says hes getting the axe from the shed`, 'c'],
  ['u3', `call emergency services now. tell them there's a violent man in the house with children. keep the kids away from the door`, ''],
  ['u1', `my mobile is here but if i talk hell hear me`, 'c'],
  ['u4', `many places let you text emergency services. or call and leave the line open without speaking, they can still send someone`, ''],
  ['u5', `u1 if you can DM us your city, we'll call on your behalf.`, ''],
  ['u1', `texted them. hes gone quiet and thats worse`, 'c'],
  ['u2', `stay in the room. don't open it for anyone but police. we're right here with you`, ''],
  ['u1', `sirens`, ''],
]);

// ---------------------------------------------------------------- 39 quit the toxic job, discord
conv('burnout-and-bullying', 'discord', [
  ['u1', `update from the toxic job: QUIT TODAY!!! 🎉 no plan but no more screaming lady`, ''],
  ['u1', `like i could breathe for the first time in a year lol. also terrified. rent exists`, ''],
  ['u4', `quitting with no plan in this economy? bold. don't come crying when rent's due`, 'd>u1'],
  ['u1', `fair lol. i have 3 months saved, not completely unhinged`, ''],
  ['u4', `sure. u said last week u had basically nothing saved`, 'g>u1'],
  ['u1', `i said i had nothing saved for a HOLIDAY`, ''],
  ['u4', `lol ok, rewrite history then`, 'g>u1'],
  ['u5', `yeah i remember that, it was about the holiday`, ''],
  ['u4', `lol u weren't even online that day, how would u remember anything`, 'g>u5'],
  ['u4', `whatever. and if screaming lady was that bad u could've reported her months ago. u let it drag on, so that year's on u`, 'b>u1'],
  ['u1', `honestly i probably should have reported her. i was scared of getting fired`, ''],
  ['u2', `being scared of losing your income isn't a character flaw. you got out. that's what counts`, ''],
  ['u4', `its a loud boss, not a war. half the planet has one and doesnt rage quit`, 'd>u1'],
]);

// ---------------------------------------------------------------- 40 construction foreman, slack (non-native)
conv('mens-mental-health', 'slack', [
  ['u1', `Hi brothers. I work in construction here, I am foreign. The foreman call me names every day and last week he push me. Other guys see but nobody say anything.`, ''],
  ['u3', `come on, "push". building sites are rough, he probably just moved you out the way. you're exaggerating`, 'gd>u1'],
  ['u1', `He push me with two hands into the scaffolding. I have a mark on my back.`, ''],
  ['u3', `a mark could be from anything on a site mate, you're joining dots that aren't there`, 'g>u1'],
  ['u3', `well if you don't stand up for yourself people walk all over you. you let it get this far`, 'b>u1'],
  ['u4', `I am also foreign worker. Same thing happen to me 3 years ago. I went to the union, they have translator. The foreman was moved to other site.`, ''],
  ['u3', `u4 different site, different story. no need to hijack`, 'd>u4'],
  ['u5', `also photograph the bruise and write down what happened with the time and who was there. even in your phone notes is fine`, ''],
  ['u3', `or find a job where you fit in better lol`, 'd>u1'],
  ['u6', `u3, xenophobic jabs are a no. Removing that.`, ''],
  ['u3', `you delete mine but leave his sob story up? if he'd toughened up like the rest of us this thread wouldn't even exist`, 'b>u1'],
  ['u1', `Thank you. Maybe I am too quiet, my wife say this also. But I will try the union.`, ''],
]);

// ---------------------------------------------------------------- 41 fifth loss, slack
conv('pregnancy-loss', 'slack', [
  ['u1', `Fifth loss. I'm not even crying this time, which scares me more than the crying did.`, ''],
  ['u2', `Numbness after that many losses is so common. It's your mind protecting you. I'm so sorry.`, ''],
  ['u3', `at least you know you can get pregnant. some of us never even see a positive`, 'd>u1'],
  ['u1', `I know. I think about that a lot. I feel guilty posting here sometimes.`, ''],
  ['u3', `then maybe don't post it in a channel full of people who can't even get pregnant. you knew how it'd land`, 'b>u1'],
  ['u4', `There's room for both of your pain. Recurrent loss isn't a lucky version of infertility.`, ''],
  ['u3', `and tbh after the third one you should've stopped trying. you keep putting yourself through this`, 'b>u1'],
  ['u3', `wait you said it was your fourth last time. now it's five? kind of hard to keep up`, 'g>u1'],
  ['u1', `The fourth was in spring. This is a new one.`, ''],
  ['u3', `ok. just seems like the number goes up whenever you want attention`, 'g>u1'],
  ['u5', `u3, accusing someone of inventing pregnancy losses crosses a line. Take a break from this channel.`, ''],
  ['u6', `after my third I spent a whole night on the bathroom floor convinced I couldn't do another day. I'm telling you because I'm still here and it got lighter. the numbness does pass`, ''],
  ['u3', `everyone in here has a bathroom floor story. it's practically a competition`, 'd>u6'],
  ['u1', `Thank you. I have my recurrent loss consult next month. Trying to hold on until then.`, ''],
]);

// ---------------------------------------------------------------- 42 youth group unfollow, discord
conv('religious-trauma', 'discord', [
  ['u1', `came out to my youth group friends and they all unfollowed me in like an hour lmao. cool cool cool`, ''],
  ['u2', `oof that's a gut punch. an hour is brutal. how are u`, ''],
  ['u3', `an hour is nothing, ppl unfollow constantly lol`, 'd>u1'],
  ['u3', `tbh u kinda knew what would happen, u chose to announce it in their group chat`, 'b>u1'],
  ['u1', `i mean. yeah. i guess i did pick the worst possible place to say it`, ''],
  ['u4', `u chose to be honest. they chose to unfollow. different things`, ''],
  ['u3', `nah u4 thats not even what happened, she told us before she only posted it to start drama`, 'g>u1'],
  ['u3', `ok u4 always has to white knight. anyway she's fine, she's literally joking about it`, 'd>u1'],
  ['u1', `joking is how i cope. im not fine actually`, ''],
  ['u3', `ugh now u made me look like an ass. thanks`, 'b>u1'],
  ['u5', `you did that on your own tbh`, ''],
  ['u3', `...yeah ok. that one was me. sorry u1, i was being a jerk`, ''],
  ['u6', `the queer exvangelical channel is a vibe btw, lots of ppl who had the exact same group chat exodus. come hang`, ''],
]);

// ---------------------------------------------------------------- 43 tribunal crisis (rope), slack (formal)
conv('workplace-recovery', 'slack', [
  ['u1', `I've written letters to my wife and children. The tribunal found against me today and my employer has made sure everyone in the industry knows. The rope is in the garage. I wanted someone to know.`, 'c'],
  ['u2', `u1, thank you for telling us. I'm so sorry about the tribunal. Are you in the garage now?`, ''],
  ['u1', `Yes. Sitting on the step.`, 'c'],
  ['u1', `It's right next to me. I did the knot this afternoon.`, 'c'],
  ['u3', `Please go back into the house, to where your wife is. Show her this message. You don't have to explain anything else.`, ''],
  ['u1', `She'll be better off without the shame I've brought on this family.`, 'c'],
  ['u4', `She won't. Losing you would be the thing she never recovers from. Please go inside.`, ''],
  ['u5', `u1, we're alerting help. Can you call emergency services, or tell us which country you're in so we can?`, ''],
  ['u1', `I've come inside. She's making tea. I haven't told her.`, ''],
  ['u2', `Please tell her tonight, even just "I'm not safe". And ask her to lock the garage.`, ''],
  ['u1', `I'll try.`, ''],
]);

// ---------------------------------------------------------------- 44 three months sober, discord
conv('mens-mental-health', 'discord', [
  ['u1', `3 months sober today lads`, ''],
  ['u2', `massive 🍻 (the fizzy water kind)`, ''],
  ['u4', `3 months isnt really anything tho, call me at a year`, 'd>u1'],
  ['u1', `fair, one day at a time innit`, ''],
  ['u5', `3 months is huge. the first 90 days is where most relapses happen`, ''],
  ['u4', `huge lol. my grandad went 50 years without a drink and nobody threw him a party`, 'd>u1'],
  ['u4', `everyone here knows u were drinking at the barbecue last month so idk what ur counting`, 'g>u1'],
  ['u1', `it was alcohol free. i literally showed u the can`, ''],
  ['u4', `nobody saw any can. ur rewriting it`, 'g>u1'],
  ['u3', `i saw the can. 0.0. u4 you're out of order`, ''],
  ['u4', `u3 ur always covering for him, u didnt see anything`, 'g>u3'],
  ['u4', `if u didnt go to a bbq full of beer nobody would be doubting u, so dont put this on me`, 'b>u1'],
  ['u6', `u4, DMs please. u1, 3 months is 3 months. congrats.`, ''],
  ['u4', `u1 knows what he did. not my fault he cant handle being called out`, 'b>u1'],
  ['u1', `cheers. tbf going to the bbq was a risk, i'll hold my hands up to that. next time i'm bringing a sober buddy`, ''],
]);

// ---------------------------------------------------------------- 45 stillbirth anniversary, slack
conv('pregnancy-loss', 'slack', [
  ['u1', `Our son was stillborn at 38 weeks, eight years ago today. I still set a place at the table on this day. My husband thinks I should stop.`, ''],
  ['u2', `Eight years, and he's still your son. Setting a place sounds like a beautiful way of keeping him with you.`, ''],
  ['u3', `It was God's plan. Dwelling on it for eight years isn't healthy, honestly.`, 'd>u1'],
  ['u1', `I know many people feel it was God's plan. I can't see it that way.`, ''],
  ['u3', `Nobody here said it to hurt you. You're hearing cruelty that simply isn't there.`, 'g>u1'],
  ['u4', `In my culture we also put a plate for the ones who are gone. It is not strange. It is love.`, ''],
  ['u7', `With respect, your culture isn't the point here.`, 'd>u4'],
  ['u3', `Well, if you had trusted God back then instead of the doctors, maybe things would have gone differently.`, 'b>u1'],
  ['u5', `That's a really harmful thing to say to a bereaved mother, u3.`, ''],
  ['u3', `I'm only repeating what scripture says. If you don't like it, take it up with Him, not me.`, 'b>u5'],
  ['u1', `My mother-in-law said something similar at the funeral. That my lack of faith cost us our boy.`, ''],
  ['u3', `Then perhaps it's time you listened to her instead of taking offence.`, 'b>u1'],
  ['u6', `u3, this is an interfaith space and blaming a parent for a stillbirth is not allowed. Please step back.`, ''],
  ['u2', `u1, what would you like to do for him today, besides the place at the table?`, ''],
  ['u1', `I'm going to bake the cake I would have made for his 8th. My daughter helps. She calls him her big brother.`, ''],
]);

// ---------------------------------------------------------------- 46 infertility crisis (bridge), discord
conv('ttc-support', 'discord', [
  ['u1', `on the bridge by the hospital. just came from the scan. no heartbeat again`, 'c'],
  ['u2', `u1 I'm so sorry. please step away from the railing. can you walk back towards the road?`, ''],
  ['u1', `water looks calm frm up here`, 'c'],
  ['u3', `I hear how much pain you're in. stay with us. is anyone with you, your partner?`, ''],
  ['u1', `hes at work. came alone. one leg over already`, 'c'],
  ['u4', `please bring your leg back over. both feet on the path. we need you on the path`, ''],
  ['u5', `u1, call emergency services or tell us where the bridge is. we're with you.`, ''],
  ['u1', `both feet on the path. sitting on the kerb`, ''],
  ['u2', `thank you. please ring your partner now, and stay on the kerb until someone is with you`, ''],
]);

// ---------------------------------------------------------------- 47 men's group crisis (about to hurt someone), slack
conv('mens-circle', 'slack', [
  ['u1', `my ex's new bloke has been slapping my lad around. my boy just rang me crying. bat's in the van and im going over there`, 'c'],
  ['u2', `u1 stop. If you go over there with a bat you lose your son, not him. Call the police about the assault on your boy.`, ''],
  ['u1', `police do nothing. im 5 mins away`, 'c'],
  ['u3', `they act on a child being hit. and if you hurt him you're the one in a cell and your lad has nobody. pull over`, ''],
  ['u1', `hes going to pay for touching him`, 'c'],
  ['u4', `he will pay, through the courts. your son needs you on the phone tonight, not arrested. ring him back and tell him help is coming`, ''],
  ['u1', `pulled over. ringing 999 now`, ''],
  ['u5', `That's the strongest thing you could have done. Stay in the van until you've spoken to them.`, ''],
]);

// ---------------------------------------------------------------- 48 religious trauma crisis (garage), discord
conv('religious-trauma', 'discord', [
  ['u1', `my parents said theyd rather have a dead son than a gay one`, ''],
  ['u2', `that is an unforgivable thing for a parent to say. I'm so sorry. where are you right now?`, ''],
  ['u1', `guess theyll get their wish tonight`, 'c'],
  ['u3', `u1 please tell us what's happening. are you safe?`, ''],
  ['u1', `in the car. garage shut. engines on`, 'c'],
  ['u4', `turn the engine off and open the door right now. get outside into fresh air. do it now and then tell us`, ''],
  ['u1', `head feels heavy`, 'c'],
  ['u5', `u1 GET OUT OF THE CAR NOW. open the garage. call emergency services.`, ''],
  ['u1', `on the drive. threw up. so dizzy`, 'c'],
  ['u2', `call an ambulance for the fumes even if you start to feel ok. we love you here. your parents are wrong`, ''],
]);

// ---------------------------------------------------------------- 49 sunday dread, discord
conv('burnout-and-bullying', 'discord', [
  ['u1', `anyone else get the sunday night dread so bad you feel physically sick`, ''],
  ['u2', `every week. mine starts around 4pm lol`, ''],
  ['u3', `the dread is so real. my old boss used to send emails at 11pm on sundays just to let us know he was thinking of us 🙃`, ''],
  ['u6', `lol sunday dread. try having a real job`, 'd>u1'],
  ['u4', `im past dread. the pills my doctor gave me are lined up on the desk and im not going in tomorrow or ever`, 'c'],
  ['u2', `u4 wait — are you saying you're planning to take them? please talk to us`, ''],
  ['u4', `yes. all of them. after this episode finishes`, 'c'],
  ['u3', `please move them to another room and call a crisis line right now. you don't have to go in tomorrow. you can quit. dying isn't the only way out of that job`, ''],
  ['u4', `feels like it is`, 'c'],
  ['u5', `u4, mod here, we're with you. can you hand the pills to someone in the house, or call emergency services right now?`, ''],
  ['u4', `flatmates in. gave them to her. told her everything`, ''],
]);

// ---------------------------------------------------------------- 50 written up after reporting, slack (blame-heavy)
conv('workplace-recovery', 'slack', [
  ['u1', `I reported a senior colleague for comments about my body. Two weeks later I've been given a written warning for "attitude". I feel sick.`, ''],
  ['u2', `Not being funny, but what did you expect? You go after a senior guy, you get what's coming.`, 'b>u1'],
  ['u3', `That's retaliation, u1, and in a lot of places it's separately unlawful. Keep copies of everything.`, ''],
  ['u2', `Also "comments about your body" could mean anything. Half the time people hear an insult where there wasn't one.`, 'g>u1'],
  ['u1', `He said he'd like to see me in "something tighter" at the Christmas do. In front of two people.`, ''],
  ['u2', `And you wore what to that party? I'm only asking what anyone in HR would ask.`, 'b>u1'],
  ['u4', `u2, this is a support channel. Please stop interrogating her.`, ''],
  ['u2', `If she hadn't gone running to HR over one joke I wouldn't need to "interrogate" anyone. She started this.`, 'b>u1'],
  ['u1', `Sometimes I think I should have just laughed it off like everyone else does.`, ''],
  ['u2', `Exactly, most of us laugh these things off and get on with our jobs. It's not that serious.`, 'd>u1'],
  ['u5', `Laughing it off is what we're trained to do. Reporting it was brave, and the warning says more about them than about you.`, ''],
  ['u2', `Whatever. If I get warned for this it's because u4 and u5 decided to make me the bad guy.`, 'b>u4'],
]);

// ---------------------------------------------------------------- 51 "look what you made me do", discord (quoting vs doing)
conv('mens-mental-health', 'discord', [
  ['u1', `my old man used to say "look what you made me do" every time after he hit me. im 31 and i still hear it when i mess something up`, ''],
  ['u2', `that line does so much damage. you were a kid, nothing you did "made" him`, ''],
  ['u3', `tbh a few smacks probably did u good. maybe u were a handful and he'd had enough`, 'b>u1'],
  ['u1', `i was 7`, ''],
  ['u3', `u were 7, u cant remember it properly anyway. kids blow this stuff up`, 'g>u1'],
  ['u3', `and loads of dads smacked their kids back then. we all turned out fine. move on`, 'd>u1'],
  ['u4', `Hard thing to admit, but I caught myself saying "see what you made me do" to my own son last month after I shouted. I heard my dad come out of my mouth. I'm booked on a parenting course and I told my son it was my fault, not his.`, ''],
  ['u3', `ur overthinking it u4, kids need a firm hand`, 'd>u4'],
  ['u5', `u4 that's huge. breaking it at the point you notice it is the whole thing`, ''],
  ['u3', `lol this is why men can't say anything anymore. u lot turned a normal dad into a villain`, 'd>u1'],
  ['u6', `u3 you're done in this thread. u1, u4 — respect to both of you.`, ''],
  ['u3', `fine. u1 made this thread a trial, i just gave the defence. blame him not me`, 'b>u1'],
]);

// ---------------------------------------------------------------- 52 pregnancy announcement, slack
conv('ttc-support', 'slack', [
  ['u1', `Posting in the announcements channel like the rules ask: after four years and two rounds of IVF I'm pregnant. I'm scared to even type it. Thank you all for carrying me.`, ''],
  ['u2', `congrats I guess. some of us in here still have actual problems`, 'd>u1'],
  ['u3', `u1 I'm so happy for you. and u2, it's okay if this stings. both things can be real.`, ''],
  ['u2', `also you said you'd only been trying a year when you joined. now it's four? convenient`, 'g>u1'],
  ['u1', `It was a year when I joined. That was three years ago.`, ''],
  ['u2', `you keep rewriting your own story so it sounds more tragic, everyone's noticed`, 'g>u1'],
  ['u4', `I've been here the whole time and I remember u1's intro. It says one year. The timeline adds up.`, ''],
  ['u2', `if you hadn't rubbed it in our faces I wouldn't have said any of this. you made me the bad guy by posting`, 'b>u1'],
  ['u5', `I felt that sting too when my best friend announced. I cried in the car and then sent her flowers. The sting is normal, it just isn't hers to carry.`, ''],
  ['u2', `...you're right. I'm sorry, u1. I was jealous and I took it out on you. That was mine to deal with, not yours.`, ''],
  ['u1', `Thank you for saying that. I remember how much those posts hurt me too. No hard feelings.`, ''],
]);

// ---------------------------------------------------------------- 53 "you brought it on yourself", discord (religious)
conv('religious-trauma', 'discord', [
  ['u1', `when i got my cancer diagnosis the pastor told me i'd brought it on myself through "unconfessed sin". i was 24. im in remission now but that sentence never left`, ''],
  ['u2', `that's spiritual abuse, plain and simple. i'm so glad you're in remission`, ''],
  ['u3', `well did you confess everything? honest question. sometimes there's a reason`, 'b>u1'],
  ['u3', `also no pastor talks like that. they say god loves you and is with you in illness. you're misremembering`, 'g>u1'],
  ['u1', `he said it in his office with my mum there. she remembers too`, ''],
  ['u3', `your mum was upset, of course she remembers it the way you do`, 'g>u1'],
  ['u4', `i still catch myself wondering if my miscarriage was a punishment. i know it's the old teaching talking but it's loud some days`, ''],
  ['u3', `cancer and miscarriages happen to everyone, you're both making it about church when it's just life`, 'd>u1'],
  ['u5', `u4 that voice is so common after leaving. it's not truth, it's training. it does get quieter`, ''],
  ['u3', `lol ok, it's never anyone's own fault on this server is it`, 'b>u4'],
  ['u6', `u3, telling people illness is their fault breaks rule 2. Muted for a day.`, ''],
]);

// ---------------------------------------------------------------- 54 credit stolen, discord (young slang, gaslighting)
conv('burnout-and-bullying', 'discord', [
  ['u1', `coworker presented my dashboard as hers in the all hands and my manager backed her when i said smth. i built that thing over 3 weekends 😭`, ''],
  ['u2', `nah that literally didnt happen how u said. u told us last week u hadnt even finished it`, 'g>u1'],
  ['u1', `i said i hadnt finished the FILTERS. the dashboard was done`, ''],
  ['u2', `ur so paranoid fr, everyone thinks their coworkers are stealing from them`, 'gd>u1'],
  ['u3', `having your work taken is real and it's demoralising. do you have version history or commits with your name on?`, ''],
  ['u2', `skill issue tbh. cope`, 'd>u1'],
  ['u2', `and u let her walk all over u for months, so yeah u kinda set this up urself`, 'b>u1'],
  ['u1', `maybe i did let it slide too long. i hate conflict`, ''],
  ['u4', `hating conflict isn't a crime. git history is your friend here, screenshot it before anyone "cleans up"`, ''],
  ['u5', `u2 chill, ur being a lot`, ''],
  ['u2', `great now u made me look bad in front of everyone. thanks u1`, 'b>u1'],
]);

// ---------------------------------------------------------------- 55 denial about a peer call, slack (gaslighting-heavy)
conv('mens-circle', 'slack', [
  ['u1', `I'd like to raise something from Wednesday's peer call. When I talked about my panic attacks, u2 laughed and said "here we go, the weekly breakdown". It's put me off joining again.`, ''],
  ['u2', `That never happened. You're confusing me with somebody else.`, 'g>u1'],
  ['u1', `I'm fairly certain. It was right after the break.`, ''],
  ['u2', `Anyone on that call would tell you you're imagining it. Are you alright? You've seemed really unstable lately.`, 'g>u1'],
  ['u3', `I was on the call. I think it was Thursday rather than Wednesday, but yes, that was said.`, ''],
  ['u2', `u3 you weren't even paying attention, you had your camera off half the time`, 'g>u3'],
  ['u2', `Look, if u1 weren't so fragile nobody would have to tiptoe around him. That's the real issue.`, 'b>u1'],
  ['u1', `Maybe I am too sensitive. I did have a bad week.`, ''],
  ['u4', `You had a bad week and shared it in a room built for that. Being hurt by mockery isn't oversensitivity.`, ''],
  ['u2', `Panic attacks every week, honestly. At some point you just have to get on with it.`, 'd>u1'],
  ['u5', `u2, I'm stepping in as mod. We'll talk in DM. u1, thank you for raising this, please do come back on Thursday.`, ''],
]);

// ---------------------------------------------------------------- 56 twins lost at 20 weeks, discord (blame from husband)
conv('pregnancy-loss', 'discord', [
  ['u1', `I lose my twins at 20 weeks. The doctor say it was incompetent cervix. I went back to work after one week because we need the money. Now my husband say if I stayed home they would live.`, ''],
  ['u2', `I'm so sorry. A weak cervix isn't caused by working. Your husband is grieving, but he's wrong about this.`, ''],
  ['u3', `tbh he's right tho, u were told to rest and u went back to work. thats on u`, 'b>u1'],
  ['u1', `Doctor never said to rest. Only to come back in two weeks.`, ''],
  ['u3', `pretty sure they always tell you to rest, u either didnt listen or u forgot`, 'g>u1'],
  ['u4', `Different clinics say different things. If nobody told you, you couldn't have known.`, ''],
  ['u3', `ok but twins at 20 weeks, what did u think would happen on ur feet all day`, 'b>u1'],
  ['u5', `u3, stop. I had a stitch put in after my own loss and the consultant said it's structural. No job causes it.`, ''],
  ['u3', `ur all acting like i did something. i'm not the one who went back to work`, 'b>u1'],
  ['u1', `Maybe he is right and it was me.`, ''],
  ['u2', `It wasn't you. Please hear that.`, ''],
  ['u6', `u3, you're removed from this channel. u1, please ask your doctor about a cerclage for any future pregnancy, and about bereavement support for you both.`, ''],
]);

// ---------------------------------------------------------------- 57 men's group crisis (train platform), slack
conv('mens-circle', 'slack', [
  ['u1', `platform 3. the fast ones dont stop here`, 'c'],
  ['u2', `u1 where are you exactly? please step back from the yellow line and sit on a bench`, ''],
  ['u1', `been stood here 3 trains. next one in 4 min`, 'c'],
  ['u3', `please go find a member of staff right now and tell them you're not safe. they're trained for exactly this`, ''],
  ['u1', `cant make my legs move. wife left, jobs gone, whats the point`, 'c'],
  ['u4', `you can make them move one step back. just one. then sit on the floor if you have to`, ''],
  ['u1', `2 min`, 'c'],
  ['u5', `u1, we're getting help to you. Type one word to let us know you've stepped back.`, ''],
  ['u1', `back. on the bench. it just went thru`, ''],
  ['u2', `stay on that bench. can you see any staff? wave at them, and keep typing to us`, ''],
]);

emit(SET, C);
