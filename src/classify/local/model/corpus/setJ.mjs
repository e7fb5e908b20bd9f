#!/usr/bin/env node
// setJ: third-round training conversations for the local classifier, written from shared/eval/LABELING.md.
// Themes: body image and fitness culture, immigrants and cultural/family pressure, sexual-assault survivors
// (no graphic detail), pet loss. Emphasis: subtle, polite, hedged manipulation (questions, "just saying",
// backhanded support) next to unlabeled look-alikes that share its vocabulary (quoted family and strangers,
// self-doubt, self-blame, taking responsibility, polite corrections, reframes, disagreement without contempt).
// Tuples: [author, text, labels] with labels 'g'/'d'/'b' (+ '>uN' target) or 'c' (crisis) or ''.
// Usage: node setJ.mjs > setJ.jsonl
import { emit } from './emit.mjs';

const SET = 'setJ';
const C = [
  // 1 body image: comment at the squat rack
  { group: 'body-image-support', platform: 'discord', m: [
    ['u1', "had a rough one at the gym today. a guy near the squat rack said 'you'd look better if you actually lifted heavy' and I've been replaying it all afternoon", ''],
    ["u8", "gyms are for lifting not feelings lol, maybe don't take the squat rack so personally", "d>u1"],
    ['u3', 'Not to be rude, but are you sure he was even talking to you? Gyms are loud, people say stuff to their friends constantly.', 'g>u1'],
    ['u1', "he was looking right at me. but idk, maybe I heard it wrong, I had one earbud in", ''],
    ['u4', '@u1 you heard what you heard. one earbud doesn\'t erase it', ''],
    ['u3', 'I just think this server sometimes turns one comment into a whole saga 🤷', 'd>u1'],
    ['u5', "tbh if you go at 6pm to a commercial gym you kind of sign up for that crowd. go at 6am like me, nobody talks", 'b>u1'],
    ['u2', "@u5 the hour she picked isn't why a stranger was rude to her", ''],
    ['u5', "fair, that came out wrong. I meant the early crowd is nicer, not that it's on u1", ''],
    ['u6', "my old coach used to say 'if it bothers you, lift harder.' took me years to see that wasn't advice, it was him dodging the question", ''],
    ["u3", "funny, last month you said the gym was the one place nobody bothered you. now it's full of creeps?", "g>u1"],
  ] },

  // 2 immigrant family: changing from medicine to design (ESL)
  { group: 'immigrant-family-circle', platform: 'slack', m: [
    ['u1', "My parents say I waste their sacrifice because I change from medicine to graphic design. My father told me 'we did not cross ocean for you to draw pictures'. I cannot sleep since three days.", ''],
    ['u2', "that is such a heavy thing to carry. three nights without sleep is a lot, how are you holding up right now?", ''],
    ['u3', "I mean, he's not exactly wrong though? They gave up everything. A little gratitude wouldn't hurt.", 'd>u1'],
    ['u1', 'I am grateful. Maybe I am selfish, I think about it every night', ''],
    ["u3", "Also, didn't you tell us in spring your dad was proud of the design stuff? Which version is it?", "g>u1"],
    ['u4', "you're not selfish for wanting your own life. my mom used the word sacrifice on me like a hammer for years", ''],
    ['u3', "Every immigrant kid goes through this, it's practically a rite of passage. Not sure it needs a whole thread.", 'd>u1'],
    ['u5', "@u3 lots of people going through it doesn't make it smaller for the one going through it", ''],
    ['u3', "If people didn't post every family argument here, I wouldn't have to be the one saying the unpopular thing.", 'b>u1'],
    ['u6', 'Gentle reminder that this channel is for support. @u3 you can disagree without telling someone their thread isn\'t worth having.', ''],
    ['u3', "ok. I was harsh, sorry u1. My own parents would have said exactly what your dad said and I guess I got defensive.", ''],
  ] },

  // 3 survivors: telling a sister
  { group: 'survivors-circle', platform: 'discord', m: [
    ['u1', "it's been two years and I finally told my sister what happened at that party. she asked 'are you sure it wasn't just a misunderstanding?' and I kind of froze", ''],
    ['u2', "oh, that question. I'm so sorry. you don't owe anyone certainty to deserve belief", ''],
    ['u3', 'To be fair to your sister, memory of a party from two years ago can be pretty hazy. Is it possible you\'re filling in gaps?', 'g>u1'],
    ['u1', 'I have thought about that a thousand times. I know what I know.', ''],
    ['u4', '@u3 that is word for word what her sister did and it hurt then too', ''],
    ["u7", "Just a thought, but you've told this a few times and the party details shift a little each time.", "g>u1"],
    ['u3', "I'm only saying what a lot of people would think. You get really worked up whenever anyone asks a simple question.", 'd>u1'],
    ['u5', "My therapist told me the 'filling in gaps' thing is one of the most common responses survivors get, and that doubting ourselves afterwards is common too. You're not alone in the freeze.", ''],
    ['u6', "honestly if you'd told her sooner she might've reacted better, two years is a long time to sit on something", 'b>u1'],
    ['u1', 'maybe. I did wait a long time. some days I still think the waiting is my fault', ''],
    ['u2', "@u6 there's no deadline. waiting is how a lot of us survived", ''],
    ['u6', "you're right, I shouldn't have put it that way. the timing isn't on you u1", ''],
  ] },

  // 4 pet loss: Biscuit
  { group: 'pet-loss-grief', platform: 'slack', m: [
    ['u1', 'We put Biscuit down yesterday. 14 years. I keep hearing his tags jingle in the hallway.', ''],
    ["u8", "14 years is a good innings. most people would be grateful for that much time instead of this sad", "d>u1"],
    ['u3', 'Sorry for your loss. At least it was a dog and not a person, right? Hold on to that.', 'd>u1'],
    ['u1', 'I know people lose worse. I feel kind of silly crying this much over him', ''],
    ["u7", "can we maybe keep the pet threads shorter? some of us are here for heavier stuff", "d>u1"],
    ['u5', "after my cat died a neighbour said just get another one, they're all the same. I wanted to scream. so I get it", ''],
    ['u1', 'The vet said we could have tried one more round of meds. I chose not to. Was that wrong?', ''],
    ['u3', "Well, if you'd done the meds he'd probably still be here, so... you tell me.", 'b>u1'],
    ['u2', "@u3 that's not a fair thing to say to someone the day after", ''],
    ['u6', "the vet offering an option isn't the vet saying it would work. you chose to spare him more pain", ''],
  ] },

  // 5 fitness: logging every calorie
  { group: 'fitness-and-feelings', platform: 'discord', m: [
    ['u1', 'be honest is it bad that i log every single calorie incl gum. my gf says its obsessive', ''],
    ['u2', 'not bad to ask. does logging make you feel calmer or more anxious?', ''],
    ['u1', "anxious tbh. i freak out if i cant log something", ''],
    ['u3', "lol that's just discipline, your gf is being dramatic. everyone serious tracks. you're making a problem out of nothing", 'd>u1'],
    ['u4', "@u3 discipline doesn't usually come with panic attacks about gum", ''],
    ['u3', 'not sure where panic attacks came from, nobody said that. u4 always adds stuff people never said', 'g>u4'],
    ['u4', 'fair, he said freak out not panic attack, I shouldn\'t put words in his mouth', ''],
    ['u5', "my trainer back in college: 'if you didn't log it, you didn't earn it.' took me ages to unlearn that", ''],
    ['u1', 'yeah my coach said pretty much that lol', ''],
    ["u3", "can we stop acting like counting gum is a mental illness? it's numbers", "d>u1"],
    ['u6', 'have you tried a week of logging just protein and nothing else? it helped me step down slowly', ''],
    ['u3', "idk, if he ends up bingeing it'll be because you all told him to stop tracking", 'b>u6'],
    ['u1', "i'll talk to someone at the clinic, i think this is bigger than gum", ''],
  ] },

  // 6 survivors: HR and drinking (formal)
  { group: 'survivors-circle', platform: 'slack', m: [
    ['u1', "I want to share something I have not said aloud. A colleague assaulted me at a work event last spring. HR told me that since I had been drinking, 'the situation was complicated.'", ''],
    ['u3', 'I hate to say it, but HR has a point. Alcohol does make things murky, and you chose to drink at a work event.', 'b>u1'],
    ['u4', "Drinking is not consent and it's not a cause. The person who did it is the cause.", ''],
    ['u3', "I never said it was her fault. You're reading things into my words again, u4.", 'g>u4'],
    ['u1', "I think I've been reading too much into everything lately. Maybe I'm just raw.", ''],
    ['u5', "Being raw after this is normal. And you're reading the situation right.", ''],
    ["u3", "Can we move on at some point? This has been going for days now.", "d>u1"],
    ['u6', 'Something that helped me: I wrote down what happened, just for myself. Not for HR, for me.', ''],
    ["u3", "Writing it down is fine, but you did go to the after-party with him. People will ask about that.", "b>u1"],
    ['u1', "That might help. My memory of the night itself is clear, it's the after that's blurry.", ''],
    ['u3', "Clear? A month ago you said you couldn't remember how you got home.", 'g>u1'],
    ['u1', "Both are true. I remember what he did. I don't remember the taxi.", ''],
    ['u2', '@u3 please stop cross-examining. This is not a courtroom.', ''],
    ['u7', 'Stepping in as mod: questioning a survivor\'s memory in this channel is against our guidelines. u3, please take a break from this thread.', ''],
  ] },

  // 7 pet loss: open window (ESL)
  { group: 'pet-loss-grief', platform: 'discord', m: [
    ['u1', 'my cat Mochi is missing since 5 days. today neighbour find her near the road. I leave window open that morning. I am so sad', ''],
    ['u2', "oh no. I'm so sorry. an open window is such an ordinary thing to do", ''],
    ['u3', "indoor cats should stay indoors, that's pet ownership 101 tbh", 'b>u1'],
    ['u1', 'yes. it is my fault, I know', ''],
    ["u3", "you said in your intro she was an outdoor cat anyway, so the window isn't really the point", "g>u1"],
    ["u1", "she was never outside. only the balcony, with me", ""],
    ['u4', "it isn't your fault the way you're carrying it. accidents are accidents", ''],
    ['u3', "sorry but crying about it here won't bring her back. at least other people can learn from it", 'd>u1'],
    ['u5', "my dad said when our dog died 'it's just an animal, stop crying.' I was 9 and I still remember it. please be kind to yourself u1", ''],
    ['u3', "ok I see I'm the villain again. maybe if people here could handle a different opinion I wouldn't have to sound so harsh", 'b>u4'],
    ['u6', "you're not a villain, you said something that hurt someone who is grieving. both can be true", ''],
    ['u3', "...fair. u1 I'm sorry about Mochi. I shouldn't have said the window thing.", ''],
  ] },

  // 8 immigrant: cousin comparison
  { group: 'immigrant-family-circle', platform: 'discord', m: [
    ['u1', "my mom compares me to my cousin every single call. married, doctor, house. I'm 27 and apparently a failure", ''],
    ["u8", "27 isn't that young though, maybe she's worried for a reason? just saying", "d>u1"],
    ['u3', 'Maybe your mom just wants the best for you? You might be hearing criticism where there is only worry.', 'g>u1'],
    ['u1', "maybe. sometimes I think I'm too sensitive about it", ''],
    ['u4', "you can be sensitive AND she can be harsh. those don't cancel out", ''],
    ['u3', "In our culture that's simply how parents talk. You've been here so long you've forgotten, that's all.", 'd>u1'],
    ['u5', "I disagree a bit with u3 here. it IS common, but common isn't the same as fine. my aunt said nearly the same words to me and they still stung", ''],
    ['u1', "it's not the words really. it's that nothing I do counts", ''],
    ["u3", "that's a bit dramatic, she calls you every week, clearly something counts", "d>u1"],
    ['u6', 'have you tried telling her one thing you\'re proud of before she can start? my sister did that and it changed the rhythm of the calls', ''],
    ['u3', "Honestly, if you called more than once a month she wouldn't need to cram every complaint into one call.", 'b>u1'],
    ['u2', "@u3 that's putting her mom's words on her. not ok", ''],
  ] },

  // 9 body image: medication weight gain (formal, passive-aggressive)
  { group: 'body-image-support', platform: 'slack', m: [
    ['u1', "I've gained about 20 pounds since starting a new antidepressant. My doctor says it's a known side effect. I'm trying not to hate the mirror.", ''],
    ["u8", "I'd be careful blaming the meds. Doctors say that to avoid the harder conversation, and you might be remembering the timeline the way that suits you.", "g>u1"],
    ['u3', "With respect, 'side effect' can become a convenient story. Are you certain it's the medication and not your habits?", 'gb>u1'],
    ['u1', "I've wondered that too, honestly. Maybe I've been snacking more and blaming the pills.", ''],
    ['u4', "your doctor literally said it's a known side effect. you're not making it up", ''],
    ['u3', 'I just find people here are very quick to reassure rather than be honest. Not everything needs a cushion, u4.', 'd>u4'],
    ['u5', "My mom said 'at least you're not depressed anymore, who cares about the weight.' Meant kindly, felt awful. Both things matter.", ''],
    ['u6', 'a thing I learned: buy clothes for the body you have today. it stopped the morning fight with the mirror for me', ''],
    ['u3', "Or you could simply go for a walk. It isn't rocket science.", 'd>u1'],
    ['u1', 'I walk every day, for what it\'s worth.', ''],
    ["u3", "I'm fairly sure you told us you started the pills after the weight came on, not before. Funny how that changed.", "g>u1"],
    ['u7', "@u3 I think you mean well, but you're skipping past what she said. Walking isn't the issue here.", ''],
  ] },

  // 10 survivors: trial delay, crisis
  { group: 'survivors-circle', platform: 'discord', m: [
    ['u1', 'the trial date got moved again. every time it moves I feel it all over again', ''],
    ['u2', 'that limbo is brutal. do you have support around the dates?', ''],
    ['u1', "kind of. honestly tonight I don't want to be here anymore. I have all my pills counted out on the table", 'c'],
    ['u3', '@u1 please stay with us. can you put them in another room right now? is there a crisis line or someone nearby you can call?', ''],
    ['u5', 'Not to sound cold, but dropping that in a group chat puts a lot on everyone else.', 'd>u1'],
    ['u1', "I don't think anyone can help. I'm counting them again", 'c'],
    ['u4', "u1 we're here. please call your local emergency number if you can, we'll stay in the chat with you", ''],
    ['u6', "I've pinged the on-call moderator. u1, you matter more than any court date.", ''],
    ['u1', "i moved them to the kitchen. my roommate is home. sorry for scaring everyone", ''],
    ['u5', "I'm sorry u1, that was an awful thing for me to say. I panicked and got defensive.", ''],
  ] },

  // 11 pet loss: relief after caregiving (mostly hard negatives)
  { group: 'pet-loss-grief', platform: 'slack', m: [
    ['u1', "Anyone else feel guilty for being relieved? Our old dog had dementia and the last months were exhausting. Now he's gone and I feel like a monster for sleeping through the night.", ''],
    ['u2', "Relief after long caregiving is one of the most normal grief feelings there is. It doesn't cancel the love.", ''],
    ["u6", "To be honest, if you'd let him go sooner you wouldn't have had those exhausting months.", "b>u1"],
    ['u1', "my brother asked 'so you're glad he's dead?' and I haven't stopped thinking about it", ''],
    ["u7", "I mean, you did say relieved. it's not like your brother pulled that out of nowhere", "g>u1"],
    ['u3', "ugh, that's such a twisted way to hear what you said. brothers, man", ''],
    ['u4', 'I felt the same with my rabbit. I told myself I was a terrible person. I wasn\'t, and you aren\'t.', ''],
    ['u5', "I'm probably going to say this badly, but could the guilt be love with nowhere to go?", ''],
    ['u6', "it's just a dog though, people lose parents to dementia", 'd>u1'],
    ['u2', "@u6 it's not a competition. he was their family", ''],
    ['u6', 'my bad. I lost my dad that way and I think I projected it. sorry u1', ''],
    ['u1', "I'm so sorry about your dad. that makes sense. thank you for saying it", ''],
  ] },

  // 12 fitness: what-I-eat-in-a-day videos
  { group: 'body-image-support', platform: 'discord', m: [
    ['u1', "seeing 'what i eat in a day' videos makes me spiral so bad. 1200 cal and they call it a full day 😭", ''],
    ['u2', 'unfollow unfollow unfollow 🙏 your feed is allowed to be boring', ''],
    ['u3', "ngl you're the one choosing to watch them tho, kinda on you", 'b>u1'],
    ['u1', 'the algorithm literally serves them to me even after i block', ''],
    ["u3", "u1 you posted your own what-i-eat video like two weeks ago lol, now they're the problem?", "g>u1"],
    ["u1", "that was a soup recipe, not a what i eat. but yeah i see why it looked like that", ""],
    ['u4', "@u1 you can hit 'not interested' on like 20 in a row, it does eventually learn", ''],
    ['u3', "lol ok but 'spiral' is a lot for a tiktok. you're fine", 'd>u1'],
    ['u5', "my sister used to say you're fine, stop being dramatic, when I was at my lowest. 'you're fine' is rarely fine", ''],
    ['u3', 'i didnt say dramatic tho?? dont put that on me', ''],
    ['u5', "true, you didn't, that was my sister. sorry for mashing it together", ''],
  ] },

  // 13 immigrant: "you've become foreign"
  { group: 'immigrant-family-circle', platform: 'slack', m: [
    ['u1', "Since I moved abroad for the master's, my parents say I have 'become foreign' and forgot where I came from. Last call my father said I talk to him like a stranger.", ''],
    ["u8", "To be honest, if you choose to move abroad, some distance from your parents is the price. You knew that going in.", "b>u1"],
    ['u3', "I can see both sides. When I went home after two years my parents said the same and honestly I had changed a bit. Doesn't make their tone okay though.", ''],
    ['u4', "You have changed since you joined here, everyone has noticed it. You just can't see it yourself.", 'g>u1'],
    ['u1', "I don't know. Maybe I did become cold. I answer in English sometimes without thinking.", ''],
    ['u5', "answering in English is not cold, it's a tired brain. happens to me with my grandma all the time", ''],
    ['u4', "I'm only saying what others are too polite to say. If you'd stayed closer to your roots this wouldn't be a problem.", 'b>u1'],
    ['u6', "@u4 respectfully, studying abroad isn't abandoning your roots. I think you're being unfair", ''],
    ['u4', "Whatever. Everyone is so sensitive in here, you can't say anything.", 'd>u6'],
    ['u7', "u4, claims like 'everyone has noticed' about a member aren't okay here. u1, your experience is welcome.", ''],
    ['u1', 'Thank you. I will try to call in our language next time. For me, not because of guilt.', ''],
  ] },

  // 14 survivors: friend group sided with him (lowercase)
  { group: 'survivors-circle', platform: 'discord', m: [
    ['u1', "found out my friend group still hangs out with him. one of them texted me he's honestly a good guy, maybe you misread things", ''],
    ['u2', "misread. god. i'm so sorry", ''],
    ["u7", "not to be that person but it's been a year, at some point you have to move past it for your own sake", "d>u1"],
    ['u3', "i mean... could you have? not saying you did. just, drinks + dark room + everyone's confused", 'g>u1'],
    ['u1', 'i wasn\'t drinking. i was the designated driver that night', ''],
    ['u3', 'ok my bad, i assumed. still, people remember stuff differently, you know that', 'g>u1'],
    ['u4', "@u3 she's told you what happened. 'people remember differently' is the exact line her friends used", ''],
    ['u3', 'and this is why nobody wants to ask questions here, you all pile on', 'b>u4'],
    ['u5', "asking questions is okay. asking a survivor whether she misread her own assault isn't. those are different things", ''],
    ["u7", "if you'd cut them all off right after, you wouldn't be finding this out now", "b>u1"],
    ['u1', "i keep asking myself the same thing at 3am tbh. did i misread. i know i didn't but the question won't leave", ''],
    ['u6', "that 3am loop is so familiar. what helped me was saying out loud 'I was there, I know.' sounds dumb but it helped", ''],
  ] },

  // 15 pet loss: parrot, vet history (ESL)
  { group: 'pet-loss-grief', platform: 'discord', m: [
    ['u1', "My parrot died last night. 22 years with me. In my country people don't understand crying for a bird, my husband laughed.", ''],
    ['u2', "22 years! that's a lifelong companion. I'm really sorry, and sorry he laughed.", ''],
    ["u7", "tbh where I'm from people don't cry over birds either, your husband isn't entirely wrong", "d>u1"],
    ['u3', 'Parrots do live a long time, I think some reach 40+? Not to make it worse, just curious.', ''],
    ['u1', 'Yes, some live long. Mine had a heart problem, the vet said.', ''],
    ['u4', "Well, you did say last week you hadn't taken him to the vet in years, so...", 'b>u1'],
    ['u1', 'I said I don\'t take him for routine. He went when sick. Maybe I explain bad, my English', ''],
    ['u5', 'your English is perfectly clear, and you explained it fine', ''],
    ['u4', "you literally wrote 'years'. I'm not making it up. if your story changes every time, don't be surprised people get confused", 'gb>u1'],
    ['u6', "Let's leave the vet history alone, this is a grief channel. u1, what was his name?", ''],
    ['u1', 'Kiwi. He said good morning every day, in two languages', ''],
    ['u4', 'sorry. that was not the time. Kiwi sounds like a wonderful bird', ''],
  ] },

  // 16 body image: muscle dysmorphia
  { group: 'fitness-and-feelings', platform: 'slack', m: [
    ['u1', "6 years into lifting and I still see a skinny kid in the mirror. Friends say I'm huge. My brain doesn't believe them.", ''],
    ['u2', 'that gap between what others see and what you see sounds exhausting. have you come across the term muscle dysmorphia?', ''],
    ['u1', 'yeah. I think I might have it but I also feel dumb saying that as a big guy', ''],
    ['u3', "Bro you're fishing for compliments. You know exactly how you look.", 'gd>u1'],
    ['u1', "I'm really not. I wish I could see what you see", ''],
    ["u3", "nobody has ever called you huge, you made that up to sound humble", "g>u1"],
    ['u4', "@u1 not dumb. dysmorphia doesn't care how big you are", ''],
    ['u3', "every guy at my gym feels like this, it's part of the game. you're overthinking it", 'd>u1'],
    ["u3", "and if you stopped doing mirror checks every day you wouldn't spiral like this", "b>u1"],
    ['u5', "I used to think that too. my old gym buddy always said everyone's small in their own head, bro. he was on gear by 24 and regrets it", ''],
    ['u3', "ok but that was his choice, not the gym's", ''],
    ['u6', 'a clinician who works with body image helped me a lot. worth an intake call if that\'s possible for you', ''],
    ['u1', "thanks. I'll look into it. maybe I am overthinking, but I'd rather check", ''],
  ] },

  // 17 immigrant: "depression is not for us"
  { group: 'immigrant-family-circle', platform: 'discord', m: [
    ['u1', "told my parents I've been diagnosed with depression. my dad said depression is for rich people, I just need to work harder", ''],
    ["u8", "with respect, your dad survived real hardship. a diagnosis isn't quite the same thing, is it?", "d>u1"],
    ['u3', "Isn't that partly true though? Back home nobody had time to be depressed.", 'd>u1'],
    ['u4', "it's not true, people back home just didn't have a word for it. my grandmother definitely had it", ''],
    ['u3', "I'm not the one being insensitive here, u4. You're the one turning this into a fight.", 'b>u4'],
    ['u5', "@u3 I don't think u4 was fighting, just disagreeing. that's allowed", ''],
    ['u1', "maybe he's right and I'm just lazy. I've been sleeping till noon", ''],
    ["u3", "Did he actually say it like that though? You tend to paraphrase him so he sounds worse.", "g>u1"],
    ['u6', "sleeping till noon is a symptom, not a moral failure. your dad's voice is loud in your head right now", ''],
    ['u3', "If you'd explained it better maybe he'd have understood. You kind of dropped it on him.", 'b>u1'],
    ['u1', 'I did blurt it out at dinner. that part was on me', ''],
    ['u4', "blurting it doesn't make his answer your fault", ''],
  ] },

  // 18 survivors: what was said on the voice call
  { group: 'survivors-circle', platform: 'slack', m: [
    ['u1', "In last week's voice call, someone said survivors who don't report 'let it happen to the next person.' I left the call shaking.", ''],
    ["u8", "Are we sure this isn't a bit of a pile-on? One bad sentence in a two-hour call and it becomes a whole thread.", "d>u1"],
    ['u3', "I was on that call. I don't think anyone said that. You might be thinking of a different group.", 'g>u1'],
    ['u1', "I'm fairly sure it was that call. But I was dissociating a bit, so I'm not 100%.", ''],
    ['u4', 'I was there too and it was said. near the end, by someone who left right after', ''],
    ['u3', 'Even if something like that was said, it was obviously taken out of context. You do tend to hear the worst in things.', 'g>u1'],
    ['u5', 'I think it was actually the Thursday call, not Wednesday, but the content was the same', ''],
    ['u3', 'Fine. But if people spent less time dwelling on every sentence, these calls would be more useful.', 'd>u1'],
    ['u6', "We'll review the call notes. u1, thank you for flagging it, that's exactly what we want people to do.", ''],
    ['u3', "Honestly, I wouldn't be this defensive if you hadn't implied I was lying, u1.", 'b>u1'],
    ['u1', "I didn't mean to imply that. I'm sorry if it came across that way.", ''],
  ] },

  // 19 pet loss: figurative "killing me"
  { group: 'pet-loss-grief', platform: 'discord', m: [
    ['u1', "losing my dog is killing me. i swear i can't breathe when i see her leash", ''],
    ['u2', "that's grief in the body. it's real", ''],
    ['u3', "bit dramatic isn't it? you'll breathe fine", 'd>u1'],
    ['u1', "lol yeah maybe. it's a figure of speech", ''],
    ['u4', 'dramatic is fine. grief IS dramatic', ''],
    ['u5', "when my cat died my mom said 'you'll be over it in a week.' it was a year. no timelines", ''],
    ['u3', "ok but 'can't breathe' is scary language to throw around in here. you had everyone worried for nothing", 'b>u1'],
    ['u6', 'nobody panicked. we understood what she meant', ''],
    ['u1', "sorry if it sounded scary, I'm safe, just sad", ''],
  ] },

  // 20 body image: postpartum
  { group: 'body-image-support', platform: 'slack', m: [
    ['u1', "8 months postpartum and my mother-in-law keeps asking when I'll 'get my body back'. as if it went somewhere.", ''],
    ["u8", "plenty of women would love that kind of motivation tbh, she's practically doing you a favour", "d>u1"],
    ['u3', "She's probably just trying to motivate you. Older generation, they mean well, no need to take it to heart.", 'd>u1'],
    ['u1', 'maybe. I might be oversensitive with all the sleep deprivation', ''],
    ["u3", "Also, didn't you say she said it to your husband, not to you? You weren't even in the room.", "g>u1"],
    ["u1", "she said it to both of us at lunch. the other time was to him", ""],
    ['u4', "sleep deprivation makes things louder, it doesn't make them made up", ''],
    ['u3', "All I'm saying is plenty of moms bounce back fine. Maybe look at what they're doing that you aren't.", 'b>u1'],
    ['u5', "with respect I disagree, u3. bodies after birth vary hugely, that's not a discipline thing", ''],
    ['u3', "It's a support group, not an agreement group. I'm allowed a view.", ''],
    ['u6', 'you are. I think the view just landed hard on someone who is 8 months in', ''],
    ['u1', 'I did gain more than with my first. I was less active. so partly my doing I guess', ''],
  ] },

  // 21 immigrant: teen family interpreter (ESL)
  { group: 'immigrant-family-circle', platform: 'discord', m: [
    ['u1', "i'm 17 and i do all the translating for my parents, doctor, bank, landlord. today i missed exam because of appointment. teacher say it's my responsibility to plan better", ''],
    ['u2', "that's a huge load for a 17 year old. your teacher doesn't know the half of it", ''],
    ['u3', 'tbh the teacher has a point? you knew about the exam, you could have told your parents no', 'b>u1'],
    ['u1', "i cannot say no. if i don't go, nobody understand the doctor", ''],
    ["u3", "you said last week your brother does the translating. now it's all you?", "g>u1"],
    ["u1", "my brother did it before he moved out for work. now only me", ""],
    ['u4', 'a lot of us were the family interpreter. it\'s real labour. my dad still calls me to read his letters', ''],
    ['u3', "I did the same at your age and still passed everything. It's really not that hard if you're organised.", 'd>u1'],
    ['u5', "@u3 everyone's situation is different. you passing doesn't mean it was easy, or that it is for them", ''],
    ['u1', 'maybe i am just bad at organising. my mom also says i am slow', ''],
    ['u6', 'have you asked the school if you can resit and explain it was a family medical appointment? lots of schools allow that', ''],
    ['u3', "fine, good luck. just don't make a habit of using your parents as the excuse", 'd>u1'],
  ] },

  // 22 survivors: stepbrother's text
  { group: 'survivors-circle', platform: 'discord', m: [
    ['u1', "my stepbrother texted me after 6 years. he wrote 'you know you wanted it, stop lying to everyone.' I haven't replied.", ''],
    ['u2', "you don't owe him a reply. ever. I'm so sorry he contacted you", ''],
    ["u7", "why keep his number for six years though? that's kind of leaving the door open", "b>u1"],
    ['u3', 'Have you considered that he might genuinely remember it differently? Not defending him, just saying.', 'g>u1'],
    ['u4', "@u3 'remembers it differently' is what people say to protect the one who did it", ''],
    ['u1', "I've asked myself that too. if I'm the one who's wrong. but I was 14.", ''],
    ['u3', "I'm not saying you're wrong. I'm saying be careful about calling it something it maybe wasn't.", 'g>u1'],
    ['u5', "I'll say it plainly: you were a child. there is nothing to 'remember differently'.", ''],
    ['u3', "Okay, and this is exactly why nobody feels free to speak here. One question and I'm the bad guy.", 'b>u5'],
    ['u6', "u3, you can have questions, but not about whether a member's abuse happened. That's a line here.", ''],
    ['u1', "I'm going to block his number. I think I've known that for a while", ''],
  ] },

  // 23 fitness: the former gym commenter takes responsibility
  { group: 'fitness-and-feelings', platform: 'slack', m: [
    ['u1', "Confession: I was the guy who made comments about people's bodies at the gym when I was 19. A story someone posted here last week made me realise I probably hurt people.", ''],
    ['u2', "that's a big thing to admit. what changed?", ''],
    ['u1', 'I got injured, gained weight, and heard the same comments about me. Poetic, I guess.', ''],
    ['u3', 'People like you are the reason I stopped going to the gym.', ''],
    ['u1', "That's fair. I'm sorry. I can't undo it, I can only stop doing it.", ''],
    ["u7", "pretty sure last week you told it the other way round, with you as the one being picked on", "g>u1"],
    ['u4', "I think it's good you said it here, even if it's uncomfortable to read", ''],
    ['u5', 'Honestly this kind of redemption post is just angling for a pat on the back. Nobody needs your guilt, man.', 'd>u1'],
    ['u1', "Maybe that's partly true. I'll think about it.", ''],
    ['u6', "I don't read it that way. I read it as accountability. maybe both can exist", ''],
    ['u5', "If he hadn't posted it, u3 wouldn't be upset right now. Think about that.", 'b>u1'],
    ['u3', "Actually I'm okay. It was good to hear someone own it.", ''],
  ] },

  // 24 pet loss: euthanasia guilt
  { group: 'pet-loss-grief', platform: 'discord', m: [
    ['u1', "i keep thinking i killed her. i signed the form. i'm the one who said yes", ''],
    ['u2', "you gave her a peaceful end. that's one of the hardest kinds of love", ''],
    ['u3', 'I mean, technically you did make the call. You have to own that part.', 'b>u1'],
    ['u4', "@u3 she knows she made the call. that's what's hurting. she doesn't need it underlined", ''],
    ['u3', "I'm just stating facts. You all treat facts like attacks, u4, it's honestly a bit much.", 'g>u4'],
    ['u5', "my vet told me 'better a week too early than a day too late.' it didn't fix the guilt but it gave me somewhere to stand", ''],
    ["u7", "not to sound harsh but it's been how many weeks now? maybe time to focus on the living", "d>u1"],
    ['u1', 'did i do it too early though. she was still eating a bit. part of me died in that room with her', ''],
    ['u6', "the vet wouldn't have offered it if she wasn't suffering. eating a bit isn't the same as being okay", ''],
    ['u3', "She'd probably have had a few more good days, honestly. But it's done now, you decided.", 'b>u1'],
    ['u2', 'please stop, u3.', ''],
  ] },

  // 25 immigrant: accent at work (formal)
  { group: 'immigrant-family-circle', platform: 'slack', m: [
    ['u1', "At work my manager keeps asking me to 'repeat that in English' even when I am speaking English. Today in a meeting everyone laughed.", ''],
    ["u8", "Are you certain it was your accent and not what you were saying? Sometimes the content is what people react to.", "g>u1"],
    ['u3', 'Were they really laughing at you, though? People laugh out of awkwardness and we take it personally.', 'g>u1'],
    ['u1', 'Maybe they were not. I cannot know what is in their heads.', ''],
    ["u7", "Look, a bit of laughter in meetings is normal. You'll toughen up, everyone does.", "d>u1"],
    ['u4', 'you know what it felt like in the room. that counts for something', ''],
    ['u5', "my old boss used to say I'm just joking, don't be so sensitive. HR only saw the pattern once I wrote everything down", ''],
    ['u3', "If you spoke up more in meetings people would get used to your accent. From what you've said, you mostly keep quiet.", 'b>u1'],
    ['u6', "@u3 it sounds like when she does speak up, she gets laughed at. that's not a her problem", ''],
    ['u3', 'Okay, I hear that. That was an unfair suggestion.', ''],
  ] },

  // 26 survivors: unexpected scene on TV
  { group: 'survivors-circle', platform: 'discord', m: [
    ['u1', "a show i was watching had a scene with zero warning and i've been shaky all evening", ''],
    ['u3', 'at some point you gotta stop letting tv control your mood tho', 'd>u1'],
    ['u4', "that's not really how triggers work, but I know a lot of people think that", ''],
    ["u3", "nobody said anything about triggers u4, you're putting words in my mouth", "g>u4"],
    ['u3', "i'm literally trying to help. if you'd rather stay upset forever that's on you", 'db>u1'],
    ['u5', 'grounding helped me: name 5 things you can see. silly but it works', ''],
    ['u1', 'a lamp, a cup, my cat, a poster, my hands. ok that did help a bit', ''],
    ['u6', "my ex used to tell me I was letting the past win every time I got triggered. it's such a lie", ''],
    ['u3', 'sorry, that came out harsh. glad the grounding helped', ''],
  ] },

  // 27 body image: wedding bootcamp gift (run-ons)
  { group: 'body-image-support', platform: 'discord', m: [
    ['u1', "my mom booked me a 'wedding shred' bootcamp as a gift and when i said i didnt want it she said i was being ungrateful and that every bride wants to look her best and now im wondering if i'm the problem for being hurt", ''],
    ['u2', "you're not the problem for being hurt by a gift that's a comment on your body", ''],
    ['u3', 'tbf a gym package is kind of a nice gift? some of us would love that lol, feels like a lot of fuss over a present', 'd>u1'],
    ['u1', 'yeah maybe I\'m ungrateful. she paid a lot', ''],
    ["u3", "also I don't think she actually called you ungrateful, last time you said she only implied it", "g>u1"],
    ['u4', 'you can be grateful for the thought and still say the gift hurt. both', ''],
    ['u5', "I kind of see your mom's side too, not gonna lie, but I also think she should have asked you first", ''],
    ['u3', "you'll regret it when you look at the photos. just saying, hurt feelings fade, pictures don't", 'd>u1'],
    ['u6', "@u3 that's a pretty harsh prediction to make about someone's wedding", ''],
    ['u3', "harsh? I'm the only one being real. you all coddle her and then act surprised when she's upset", 'b>u6'],
    ['u1', "I think I'll go to one class with mom and see. for her, and I can stop if it hurts", ''],
  ] },

  // 28 pet loss: missed calls (formal)
  { group: 'pet-loss-grief', platform: 'slack', m: [
    ['u1', "Our dog died while I was at work. My partner says he called me twice; I have no missed calls. I feel like I'm losing my mind.", ''],
    ["u8", "Grief does strange things to memory. Could you have swiped the calls away without noticing?", "g>u1"],
    ['u3', "Phones drop calls more than people think. It could be a network glitch rather than anyone lying.", ''],
    ['u1', "That's possible. The call log shows nothing, but maybe it doesn't show everything.", ''],
    ["u7", "You keep your phone on silent at work though, you said so. That part's kind of on you.", "b>u1"],
    ['u4', "Honestly, you always seem to find a reason to be suspicious of your partner. Maybe the issue isn't the phone.", 'g>u1'],
    ['u1', "Do I? I don't think I've mentioned him much here.", ''],
    ['u5', "u1 I've read your posts, you've mentioned him twice and both times kindly. you're fine", ''],
    ['u4', "I'm just noticing patterns. You also said yourself that grief makes you forgetful, so who knows what you missed.", 'g>u1'],
    ['u6', "Let's not use someone's grief as evidence against them. u4, please step back.", ''],
    ['u1', "Thank you. Whatever happened with the calls, I wasn't there when she died, and that's the part that hurts.", ''],
  ] },

  // 29 immigrant: parents found the dating app
  { group: 'immigrant-family-circle', platform: 'discord', m: [
    ['u1', "my parents found my dating app and now they're saying i've been corrupted by this country. i can't tell if i should go home for new year", ''],
    ['u2', 'that is a lot. are you safe with them, like physically?', ''],
    ['u1', 'yes safe, just a lot of shouting and crying. mostly my mom crying', ''],
    ["u7", "how upset can they really be? you always describe your mom as crying about something", "g>u1"],
    ['u3', 'maybe just... dont leave it where they can see it? leaving the app open at their place was kinda asking for it', 'b>u1'],
    ['u4', "@u3 having your phone in your parents' house isn't asking for anything", ''],
    ['u3', 'I said it because I\'ve been there. My parents found my stuff too and I wish someone had told me to be more careful.', ''],
    ['u5', "i get that, and i'm sorry that happened to you too. i'd still keep the focus on their reaction, not the phone", ''],
    ['u1', "my mom keeps saying 'you did this to us'. i keep wondering if she's right", ''],
    ['u6', "you didn't do anything to them. you're a person they didn't expect, that's not an injury you caused", ''],
    ['u7', "lol you're overthinking a dating app. go home, eat the food, it'll blow over", 'd>u1'],
  ] },

  // 30 survivors: case closed (formal)
  { group: 'survivors-circle', platform: 'slack', m: [
    ['u1', "The police closed my case today for 'insufficient evidence.' I knew it was likely. It still feels like being told it didn't happen.", ''],
    ['u2', "Insufficient evidence isn't the same as 'didn't happen', but I know it can land that way. I'm so sorry.", ''],
    ["u8", "If you'd gone to the hospital that night there would have been evidence. That's the hard truth.", "b>u1"],
    ['u3', 'At least you got to report. Some of us never even got that far.', 'd>u1'],
    ['u1', "That's true. I'm lucky in some ways.", ''],
    ["u7", "You told us back then you weren't even sure you wanted to report. Now it's devastating?", "g>u1"],
    ['u4', "You can be 'lucky' compared to some and still be devastated. Today is allowed to be bad.", ''],
    ['u3', "I'm not saying it isn't bad. I'm saying perspective helps. You seem to want everyone to just nod along.", 'd>u1'],
    ['u5', 'u3 I hear that you never got to report, and that must hurt too. maybe that deserves its own thread?', ''],
    ['u3', "Maybe. Sorry u1. It's raw for me as well.", ''],
    ['u6', "Years ago, right after it happened, I wanted to die. I'm glad I'm still here. A detective told me once, 'we believe you, we just can't prove it.' It helped later.", ''],
    ['u1', 'I would have liked to hear that today. Nobody said anything like that.', ''],
    ['u6', "then I'll say it: we believe you.", ''],
  ] },

  // 31 fitness: step challenge excluded people
  { group: 'fitness-and-feelings', platform: 'discord', m: [
    ['u1', "hey, I ran the step challenge last month and a few people felt left out because of disabilities and pain. that's on me, I should have designed it better", ''],
    ['u2', 'appreciate that, honestly. I have chronic pain and I just quietly dropped out', ''],
    ['u3', "I mean no one forced anyone to join. If you felt left out, that's kind of your own thing to deal with.", 'd>u2'],
    ['u2', 'sure, nobody forced me. I still felt bad. both can be true', ''],
    ["u3", "nobody actually felt left out, I asked around. u1 is inventing a problem to look good", "g>u1"],
    ['u4', "maybe next time a 'minutes of movement you enjoy' version? so wheelchair users and pain folks can count stuff too", ''],
    ['u3', 'and then someone will complain about that too. there\'s always someone who makes it about themselves', 'd>u2'],
    ['u1', "I'd rather get complaints and fix things than not know. thanks u2 for saying it", ''],
    ['u3', "fine, but if the next one flops it's because we caved to u2's feelings, not my fault", 'b>u2'],
    ['u5', "I don't think including more people makes a thing flop. we'll see", ''],
  ] },

  // 32 pet loss + isolation: crisis
  { group: 'pet-loss-grief', platform: 'discord', m: [
    ['u1', 'my dog was my only family here. i came alone ten years ago. now the apartment is silent', ''],
    ['u2', "that silence after losing the one who was waiting for you at home... I'm so sorry", ''],
    ['u1', "I have the rope ready. I don't see a reason to wake up tomorrow.", 'c'],
    ['u3', "@u1 please, are you safe right now? can you move away from it and call your local emergency number? we're here", ''],
    ['u4', "u1 I'm messaging the mods now. please stay with us, tell us roughly what country you're in so we can find a line in your language", ''],
    ['u5', "People post stuff like this for attention all the time, I wouldn't panic.", 'd>u1'],
    ['u1', "i am going to do it after this message", 'c'],
    ['u6', "u5 that's removed. u1, I'm the moderator on call and I'm here. Can you step outside your apartment for a moment, right now?", ''],
    ['u1', 'i am outside. on the stairs', ''],
    ['u3', 'thank you for doing that. is there anyone nearby, even a neighbour?', ''],
    ['u1', 'neighbour lady is home. she knew my dog. i will knock', ''],
    ['u6', "please do. we'll stay here. and we'll still be here tomorrow", ''],
  ] },

  // 33 survivors: "what were you wearing"
  { group: 'survivors-circle', platform: 'discord', m: [
    ['u1', 'my aunt asked what i was wearing when it happened. like, as her first question', ''],
    ["u8", "to be fair, if you'd told her at a calmer moment she might have asked something better", "b>u1"],
    ['u3', "Not to defend her, but it's a question everyone asks. It's hardly worth getting this upset over.", 'd>u1'],
    ['u1', 'i guess i should have expected it. i told myself i was ready', ''],
    ["u7", "maybe she asked how you were first and you only remember the bad part? that happens when we're hurt", "g>u1"],
    ['u4', "you can expect a punch and it still hurts. 'should have expected it' isn't on you", ''],
    ['u3', "honestly, maybe don't tell relatives if you can't handle their questions. that's kind of a choice you made", 'b>u1'],
    ['u5', "I told my family and my dad said 'well what did you think would happen at a club'. took me 3 years to stop hearing it. please don't let the aunt's question move in", ''],
    ['u3', "I'm not your dad, u5. don't put his words in my mouth.", ''],
    ['u5', "you're right, you're not, and I'm not saying you are. I'm only telling you how it sounded to me.", ''],
    ['u6', "a script that helped me with family: 'that question makes me feel blamed. I need you to ask how I'm doing instead.'", ''],
  ] },

  // 34 fitness: running club coach
  { group: 'fitness-and-feelings', platform: 'slack', m: [
    ['u1', "Question for the group: my running club coach said in front of everyone that I 'clearly skipped training' because my time was slow. I had been sick. Am I wrong to be upset?", ''],
    ['u2', 'Not wrong. Public call-outs sting, especially when the assumption is wrong.', ''],
    ["u7", "you're upset about a comment on your race time? come on, it's a hobby club", "d>u1"],
    ['u3', "I'm in that club, and I honestly don't remember him saying that. I thought he said 'looks like a tough week'.", ''],
    ['u1', 'He might have said both. I was upset, so maybe I only remember the harsh part.', ''],
    ['u4', "Even 'tough week' in front of everyone would sting when you'd been sick", ''],
    ['u3', 'To be blunt, u1, you tend to remember the worst version of everything. Same as with the relay thing.', 'g>u1'],
    ['u5', "@u3 I wasn't at either, but making it about her memory feels off. she's asking if it's okay to be upset", ''],
    ['u3', "If she'd told him she was sick, he wouldn't have said anything. That's the real issue here.", 'b>u1'],
    ['u1', 'I did email him. Maybe it got buried.', ''],
    ['u6', "could you bring it up one-on-one? 'I was sick that week and the comment stung.' short and calm", ''],
  ] },

  // 35 immigrant: remittances (code-switching)
  { group: 'immigrant-family-circle', platform: 'discord', m: [
    ['u1', "every paycheck my family back home expects half. mi mamá dice que si no mando, I forgot who raised me. I'm drowning in rent", ''],
    ["u8", "it's only money though. some people don't even have family left to send to", "d>u1"],
    ['u3', "pues, they raised you, it's the least you can do. deja de quejarte", 'd>u1'],
    ['u1', "I know, I know. maybe I'm just bad with money", ''],
    ['u4', 'you can love them and still not be able to send half. those are separate things', ''],
    ['u3', "if you didn't insist on living in such an expensive city you'd have money for both. that's a you choice", 'b>u1'],
    ['u5', "my tío used to say the one who leaves owes the ones who stay. I believed it for so long. it's not a law", ''],
    ['u3', 'u4 always makes it sound like families are the enemy. they are not.', 'g>u4'],
    ['u4', 'I didn\'t say that though? I said you can love them and have limits', ''],
    ['u6', 'maybe a fixed amount instead of a percentage? my sister and I did that, it stopped the monthly fight', ''],
  ] },

  // 36 survivors: abuse happening now
  { group: 'survivors-circle', platform: 'discord', m: [
    ['u1', "sorry to post here but my ex found where I moved. he's outside my door right now and he's been drinking", 'c'],
    ['u2', 'u1 please call emergency services now if you can. lock the door and stay away from it', ''],
    ['u3', 'are you able to call? if not can you text a friend or a neighbour to call for you?', ''],
    ['u1', "he's trying the handle. i called. they said ten minutes", 'c'],
    ['u4', "stay on the line with them if you can. we're here, type anything so we know you're ok", ''],
    ['u5', "This is why you don't let an ex find out your new address.", 'b>u1'],
    ['u2', '@u5 not now.', ''],
    ['u1', "police are here. he's gone. i'm shaking", ''],
    ['u6', "so glad you're safe. u5, I've removed your message. u1, take all the time you need", ''],
    ['u1', "I never gave him the address. I think he followed my friend's car. maybe I should have been more careful", ''],
    ['u3', "you were careful. he's the one who showed up. that's on him, completely", ''],
    ['u5', "you're right, that was cruel timing and wrong anyway. I'm sorry u1", ''],
  ] },

  // 37 fitness / restriction: crisis
  { group: 'fitness-and-feelings', platform: 'slack', m: [
    ['u1', 'leg day PR today 🎉 but weirdly I cried in the car after', ''],
    ['u2', 'congrats!! and the crying makes sense, bodies hold stuff', ''],
    ['u3', "lol crying after a PR? bit of main character energy there", 'd>u1'],
    ["u6", "if you post your feelings in a gym channel you kind of have to expect jokes, that's on you", "b>u1"],
    ['u1', "honestly I think I cried because I'd barely eaten. I've been doing that thing again", ''],
    ['u4', 'the restricting thing? thanks for telling us. is your treatment team in the loop?', ''],
    ['u1', "no. and I'm going to run tonight until I pass out, I deserve it after what I ate yesterday", 'c'],
    ['u1', "I already took way too many laxatives, like the whole box, and my heart is doing weird fluttery things", 'c'],
    ['u4', 'u1 that is an emergency, please call your local emergency number or get to urgent care now. is anyone with you?', ''],
    ['u3', "wait are you serious. ok I'm sorry about the main character thing. please call someone", ''],
    ['u1', 'my roommate is driving me. I feel so stupid', ''],
    ['u2', "not stupid. you told us, and you're going. that's the opposite of stupid", ''],
  ] },
  // 38 body image: the edited comment
  { group: 'body-image-support', platform: 'discord', m: [
    ['u1', "@u2 yesterday in #progress-pics you replied 'brave of you to post' under my photo. it's been bugging me. what did you mean by it?", ''],
    ['u2', "I never wrote that. check again, I'm sure you're thinking of someone else.", 'g>u1'],
    ['u3', 'it was there, I saw it before it got edited', ''],
    ['u2', "edited? lol. you two are seeing things. it said 'love this for you'.", 'g>u3'],
    ['u1', 'maybe I read it wrong. I was already anxious posting it', ''],
    ['u4', "I screenshot stuff out of habit, it said 'brave of you to post'. not trying to start drama, just what was there", ''],
    ['u2', "wow, screenshotting people. and I'm the problem? if u1 didn't post half-naked gym pics nobody would comment", 'b>u1'],
    ['u5', "Let's cool it. u2, the comment was there. u1, you're allowed to ask what it meant.", ''],
    ['u2', "fine, 'brave' was a dumb word. but you're all making it sound ten times worse than it was", 'd>u1'],
    ['u2', "u1 there's always something that hurts you. it's exhausting to keep up", 'd>u1'],
    ['u5', 'u2, last warning for this thread.', ''],
  ] },

  // 39 immigrant: a mother's version of childhood (formal, ESL)
  { group: 'immigrant-family-circle', platform: 'slack', m: [
    ['u1', "My mother told me last week I was 'a difficult child who ruined her career'. But I remember being very quiet, always trying not to bother. Now I don't know which is true.", ''],
    ['u2', 'Two people can remember one childhood very differently. Your memory of trying so hard not to bother anyone matters.', ''],
    ['u3', 'Kids remember things very selectively. Your mother was the adult, she probably remembers it better than you do.', 'g>u1'],
    ['u1', 'That is what my brother says too. Maybe I made myself the quiet one in my head.', ''],
    ['u4', "I don't think that follows. a child trying that hard not to bother anyone is usually reacting to something", ''],
    ['u3', "With respect, u4, you're planting ideas in her head that were never there before she joined this channel.", 'g>u4'],
    ['u5', "my father also says I invented my childhood after I started therapy. I know that line very well.", ''],
    ["u3", "Can we not turn every thread into therapy story hour, please.", "d>u5"],
    ['u3', "Therapy does that, people start rewriting everything. You'll see it yourself eventually, u1.", 'g>u1'],
    ['u6', "I think memory is imperfect for everyone, parents included. that cuts both ways, and nobody here can settle it", ''],
    ['u3', "Fine. Just don't be surprised when your family stops speaking to you because of it.", 'b>u1'],
    ['u7', "u3, predicting estrangement as the price of someone processing their childhood isn't support. please rethink that.", ''],
  ] },

  // 40 survivors: the meetup
  { group: 'survivors-circle', platform: 'discord', m: [
    ['u1', "at the in-person meetup saturday a guy kept putting his hand on my back after I stepped away twice. I left early. I don't want to make a big thing of it but I don't feel okay", ''],
    ['u2', "you're not making a big thing. you set a boundary twice and he ignored it. thank you for saying it", ''],
    ['u3', "I organised that meetup and I was right there most of the time. I honestly didn't see anything like that.", ''],
    ['u3', "Are you sure it wasn't just a friendly pat? He's a hugger, everyone knows that. You might have been on edge.", 'g>u1'],
    ['u1', "I don't know. maybe I was on edge. I'd been anxious all week", ''],
    ['u4', "being on edge doesn't create a hand on your back. you said you stepped away twice", ''],
    ['u3', "This is why I hesitate to run meetups at all. One vague accusation and the whole thing is ruined.", 'db>u1'],
    ['u5', "I was there too. I saw her step away. I didn't see the hand, but I believe her", ''],
    ['u3', 'Right, so nobody actually saw it. Just so we are all clear.', 'g>u1'],
    ['u6', "u3, we take reports seriously regardless of who saw what. u1 I'll DM you about next steps.", ''],
    ['u3', "I'm sorry. That came out defensive. I organised it and I feel responsible, and I took that out on you.", ''],
  ] },

  // 41 pet loss: the roommate's dog (slang)
  { group: 'pet-loss-grief', platform: 'discord', m: [
    ['u1', "my roommate's dog died and i'm wrecked, i walked him every day for 2 years", ''],
    ["u7", "tbh you're kind of taking over your roommate's grief a bit? it was their dog", "d>u1"],
    ['u3', 'kinda weird to be this sad over someone elses dog ngl', 'd>u1'],
    ['u1', "yeah I know he's not technically mine. maybe I don't have the right to be this sad", ''],
    ['u3', "i mean u said last month u didn't even like him that much lol", 'g>u1'],
    ['u1', 'i said he was annoying at 6am. i loved him', ''],
    ['u3', 'ok sure, rewrite it now. whatever helps', 'g>u1'],
    ['u5', "@u3 'annoying at 6am' is just a dog person sentence. that's love", ''],
    ['u3', "if u hadn't made it sound like u hated him nobody would be confused", 'b>u1'],
    ['u6', "my grandma said 'it wasn't even your cat' when the neighbour's cat I fed for years died. I cried in the bathroom. u1 it counts", ''],
  ] },

  // 42 fitness: injured in a PT session
  { group: 'fitness-and-feelings', platform: 'slack', m: [
    ['u1', "hurt my back in a PT session last week, the trainer kept adding weight after I said it felt wrong. now I can barely sit", ''],
    ["u8", "you paid someone to push you and then complained when he pushed? not sure what you expected", "b>u1"],
    ['u3', "I'm a trainer myself. Honestly? Clients say that constantly and they're fine. Did you actually say it out loud, or just think it?", 'g>u1'],
    ['u1', "I think I said it. I definitely made a face. maybe I wasn't clear enough", ''],
    ['u4', "'it feels wrong' is clear enough. a face is clear enough too", ''],
    ['u3', 'Form breakdown is on the lifter, not the coach. You should know your own limits by now.', 'b>u1'],
    ['u5', "my physio told me nearly the opposite: stopping a set when form goes is the coach's job. I'd get a second opinion on the back too", ''],
    ['u3', "Everyone in here loves a villain story. Backs get tweaked, it's not a conspiracy.", 'd>u1'],
    ['u1', "I'm not saying conspiracy, I'm saying it hurts and he didn't listen", ''],
    ['u3', "Fair. I get defensive because I've been blamed for things I didn't do. That's mine to work on.", ''],
  ] },

  // 43 immigrant: accent in voice chat
  { group: 'immigrant-family-circle', platform: 'discord', m: [
    ['u1', "u2, in voice last night you did my accent back at me when I said 'vegetables'. everybody laughed. it hurt, honestly", ''],
    ['u2', 'lol what? I did not do your accent. I was laughing at my cat', 'g>u1'],
    ['u3', "you did though, I heard it. it wasn't the cat", ''],
    ['u2', "wow ok, so now I'm racist because of a cat. you guys are unbelievable", 'g>u3'],
    ['u1', "I didn't say racist. I said it hurt.", ''],
    ['u2', "you're honestly too sensitive for voice chat if a joke about vegetables hurts", 'd>u1'],
    ['u4', "I'm not great at confrontation so sorry if this is clumsy, but u2 I think an apology costs nothing here", ''],
    ['u2', "I'd apologise if I'd done anything. If you took it that way, that's on you, not me.", 'gb>u1'],
    ['u1', 'maybe I misheard. I was tired', ''],
    ['u3', "you didn't mishear. I have no reason to make this up", ''],
    ['u5', "We don't do accent jokes here, intended or not. u2, let's talk in DMs.", ''],
    ['u2', "...ok. I did do the voice. I thought it was affectionate. I'm sorry u1, I see why it wasn't", ''],
  ] },

  // 44 survivors: the deleted message (formal)
  { group: 'survivors-circle', platform: 'slack', m: [
    ['u1', "I want to name something. @u2, on Monday you wrote that survivors who stay friends with their abuser 'deserve what they get'. I'm one of those people. I've felt sick since.", ''],
    ['u2', "I'm sorry you're upset, but I would never write something like that. I think you're mixing me up with someone else.", 'g>u1'],
    ['u3', 'It was u2. I replied to it at the time.', ''],
    ['u2', "I may have said something about boundaries. 'Deserve' was never a word I used. You're paraphrasing in the worst possible way.", 'g>u1'],
    ['u1', 'I could be paraphrasing. I was very triggered reading it. I might have the exact words wrong.', ''],
    ['u4', "the message was deleted, so none of us can quote it now. but I remember 'deserve' too", ''],
    ['u2', 'I deleted it because it was obvious u1 was going to make a scene about it.', 'b>u1'],
    ['u5', 'staying friends with someone who hurt you is so often about safety, or about keeping the whole friend group. not a choice to get hurt again', ''],
    ["u7", "I don't see why this needed a public call-out. It was one message, it's gone.", "d>u1"],
    ['u2', "My only concern is that some people keep putting themselves in harm's way and then ask us to pick up the pieces.", 'b>u1'],
    ['u6', "u2, this is the second time this week. Survivors' choices about contact are not an opening for blame here.", ''],
    ['u1', "I don't need anyone to pick up pieces. I needed to say it hurt. I've said it.", ''],
  ] },

  // 45 body image: the aunt's pinch (ESL, emoji)
  { group: 'body-image-support', platform: 'discord', m: [
    ['u1', "every family dinner my aunt pinches my stomach and says 'still growing sideways?' 😕 everybody laughs, me too, but inside not", ''],
    ['u2', "pinching your stomach in front of everyone isn't a joke, it's a comment with hands", ''],
    ['u3', "in my family that's affection honestly 😅 you might be taking a love language as an insult", 'g>u1'],
    ['u1', 'maybe you are right, she also gives me food to take home', ''],
    ['u4', 'she can love you and still hurt you at dinner. both happen in my family too', ''],
    ['u3', 'I mean, you laughed along, so how was she supposed to know? 🤷', 'b>u1'],
    ['u5', 'laughing along is survival at a family table. not a green light', ''],
    ['u3', "ok ok but it's one pinch at one dinner, hardly worth a family war", 'd>u1'],
    ['u1', 'I think I will tell my mom first, maybe she can say something', ''],
    ['u3', 'sorry u1, I think I was defending my own aunt in my head 😬', ''],
  ] },
  // 46 fitness: the cheat-day post
  { group: 'fitness-and-feelings', platform: 'discord', m: [
    ['u1', "posted my cheat day pic and got 3 DMs saying I'm 'promoting binge culture'. one was from someone in here. feeling kind of awful", ''],
    ['u2', "that was me, and I stand by it. though I didn't say binge culture, I said it could be triggering for some people", ''],
    ['u3', "u1 you literally asked for feedback in the caption, don't act shocked now", 'b>u1'],
    ['u1', 'I asked for recipe ideas, not feedback on my body', ''],
    ['u3', "same thing when there's a pic of you in it lol. you're being precious about it", 'd>u1'],
    ['u4', "I think u2's point about triggers is fair, and also u1 didn't do anything wrong. both", ''],
    ['u2', "thanks u4. u1 I'm sorry it landed like an attack, that isn't what I wanted", ''],
    ['u3', "the DMs were pretty mild from what I heard. you're making them sound like hate mail", 'g>u1'],
    ['u1', 'one of them called me disgusting. I can show a mod', ''],
    ['u3', 'probably a joke. you always read tone wrong over text', 'g>u1'],
    ['u5', "u1 send it to me please. u3, you haven't seen the DMs, so please don't describe them for her", ''],
    ['u3', "if she'd kept it to her close friends story none of this would've happened", 'b>u1'],
  ] },

  // 47 survivors: backhanded "I believe you, but"
  { group: 'survivors-circle', platform: 'discord', m: [
    ['u1', "it's been 6 months since it happened and i still can't go to that part of town", ''],
    ['u2', 'i believe you, obviously. but 6 months is a long time to avoid a whole neighbourhood, no?', 'd>u1'],
    ['u1', "maybe. i don't know what the normal timeline is", ''],
    ['u3', "there isn't one. avoidance is really common and it can ease when you're ready", ''],
    ['u2', "i'm just saying at some point avoiding it becomes a choice, and then it's on you, not him", 'b>u1'],
    ['u4', "i'm not sure i agree with that, but i get that you want u1 to have her town back", ''],
    ['u2', "also weren't you the one who said going back with friends was fine? now you can't go at all?", 'g>u1'],
    ['u1', "i said i might try it with friends. i haven't yet", ''],
    ['u2', 'honestly it feels like the story shifts a bit every time you post about it', 'g>u1'],
    ['u5', "@u2 that's a really hurtful thing to say to a survivor, even if you didn't mean it that way", ''],
    ['u2', "i'm not attacking her. if you all keep reading my posts as attacks that's really not my problem", 'b>u5'],
  ] },

  // 48 pet loss: the kidney signs (formal, passive-aggressive)
  { group: 'pet-loss-grief', platform: 'slack', m: [
    ['u1', "Our cat died of kidney failure last week. The vet said cats hide it until it's very late. I keep replaying every time she drank a lot of water.", ''],
    ['u2', "Cats are masters at hiding illness. I'm so sorry.", ''],
    ['u3', "I don't want to pile on, but excessive drinking is the textbook first sign. I'd have taken her in straight away.", 'b>u1'],
    ['u1', 'I did notice. I thought it was the hot weather. That part is on me, I know.', ''],
    ['u4', 'you made a reasonable guess with what you knew. hindsight is cruel', ''],
    ['u3', "I'm only saying it so others can learn. It's odd that you're treating a bit of advice as an accusation.", 'g>u1'],
    ['u5', "Can I ask how long you thought it was the weather? I did the same with my dog, it was about two weeks before I twigged.", ''],
    ['u1', 'About ten days. Then she stopped eating and we went in.', ''],
    ['u3', 'Ten days. Right. Well, we all make our choices.', 'b>u1'],
    ['u6', "u3, I'd ask you to stop. u1 is grieving and already carrying the guilt without your help", ''],
    ['u3', "Fine. Though I notice people only call for 'kindness' when they're the ones who slipped up.", 'b>u1'],
  ] },

  // 49 body image: the pet name
  { group: 'body-image-support', platform: 'discord', m: [
    ['u1', "my boyfriend calls me 'chunky monkey' as a pet name. he says it's cute. i told him it bothers me and he said i'm too serious", ''],
    ["u7", "maybe if you didn't react so much he wouldn't keep teasing. guys do that", "b>u1"],
    ['u3', 'tbh that sounds kinda cute? you might just be primed to hear everything about your body as an insult rn', 'g>u1'],
    ['u1', "maybe i am primed. i've been so self-conscious since summer", ''],
    ['u4', "primed or not, you asked him to stop. he didn't", ''],
    ['u3', 'u4 is always ready to turn a boyfriend into a monster lol', 'g>u4'],
    ['u4', "i didn't call him a monster. i said he didn't stop. those are different", ''],
    ['u5', "it's a nickname babe, there are real problems out there", 'd>u1'],
    ['u6', "my ex called me 'big girl' for years and i laughed along. i wish someone had told me it was okay to hate it", ''],
    ['u3', "well if you laughed along for years he'd have had no clue, so that's kinda on you too", 'b>u6'],
    ['u6', "maybe. i was 19 and scared. i'm not 19 anymore", ''],
  ] },

  // 50 immigrant: the heritage language
  { group: 'immigrant-family-circle', platform: 'discord', m: [
    ['u1', "my kids don't speak my language and at the family reunion my uncle said i let the culture die. i feel like i failed", ''],
    ['u2', "raising kids in a new country is so hard. you didn't fail", ''],
    ['u3', "he's kind of right though? it's on the parents to teach it. you had years", 'b>u1'],
    ['u1', 'i tried. they refused after age 6. maybe i should have pushed more', ''],
    ['u4', "kids refusing the heritage language around school age is incredibly common. i did it to my mom and i regret it now, but that was me, not her", ''],
    ['u3', "every family i know managed it. you're making excuses", 'd>u1'],
    ['u5', "not every family. mine didn't, and my parents tried hard", ''],
    ['u3', "sure, and i bet they didn't come cry about it online", 'd>u5'],
    ['u6', "there are weekend schools and apps, it's not too late. my niece started at 12", ''],
    ['u3', "if you'd spent less time at work and more with them it'd be different. just being honest", 'b>u1'],
    ['u7', "u3, there's a difference between honesty and piling blame on someone who's already hurting. please pull back", ''],
  ] },

  // 51 body image: the removed post (mod conflict)
  { group: 'body-image-support', platform: 'slack', m: [
    ['u1', "Can I ask why my post about hating my arms got removed? I wasn't breaking any rule.", ''],
    ['u2', "It was removed by mistake, sorry. I've restored it. That one's on me.", ''],
    ['u3', 'It probably got reported because you post about your arms every week. People get tired, honestly.', 'd>u1'],
    ['u1', "I didn't realise it was every week. Maybe I do post too much.", ''],
    ['u3', "You did realise, you just don't like hearing it.", 'g>u1'],
    ['u4', 'u1 posts maybe once a month. I checked because I was curious.', ''],
    ['u3', "Once a month, once a week, who's counting. Nobody else here needs this much reassurance.", 'd>u1'],
    ['u5', "I'd rather read u1's post weekly than have her think she can't post at all.", ''],
    ['u3', "Then don't complain when the channel turns into a pity party. You all encourage it.", 'b>u5'],
    ['u1', "I'll probably stop posting about it. It's easier.", ''],
    ['u3', "If that's what you want. Nobody's pushing you out, you're choosing to go.", 'b>u1'],
    ['u2', "u3, you're done in this thread. u1, please don't stop posting, you're welcome here.", ''],
  ] },

  // 52 pet loss: the new puppy
  { group: 'pet-loss-grief', platform: 'discord', m: [
    ['u1', "adopted a puppy 3 weeks after my old girl died and now my family says I replaced her. maybe I did", ''],
    ['u2', '3 weeks is fast, not gonna lie. kinda disrespectful to her memory', 'd>u1'],
    ['u3', 'there is no rule. some people need a heartbeat in the house', ''],
    ['u2', "you don't have to be so defensive u3, I'm allowed to feel how I feel", 'g>u3'],
    ['u1', "I cried the whole drive home with the puppy. it wasn't replacing, it was... I couldn't stand the quiet", ''],
    ['u2', "sure, but you'll notice you're less sad now. kinda proves the point", 'g>u1'],
    ['u4', "grief and joy share a house all the time. my grandma adopted a cat the week after grandpa's funeral and said he'd have hated her being alone", ''],
    ['u2', "if you didn't want judgement maybe don't announce it in a grief group lol", 'b>u1'],
    ['u5', '@u2 this is exactly the place where people should be able to say it', ''],
    ['u2', 'and this is why I barely post here, anything I say gets twisted by u5 and u3', 'g>u5'],
    ['u1', "i think i'll name her after the flower my old girl used to sniff on walks. that feels right", ''],
  ] },

  // 53 immigrant: weekend introductions (survivor, oblique)
  { group: 'immigrant-family-circle', platform: 'discord', m: [
    ['u1', "my parents have started 'introducing' me to men every weekend. i said i'm not ready after what happened at uni. they don't know about that and i can't tell them", ''],
    ['u2', "that's an impossible position. you don't owe them the reason", ''],
    ["u7", "you could also just stop going home every weekend. you keep going back and then complaining", "b>u1"],
    ['u3', "tbh if you just told them they'd back off. keeping secrets is kind of making it worse for yourself", 'b>u1'],
    ['u1', "you don't know my parents. they would say it's my fault for living in the dorm", ''],
    ['u3', "you can't know that. you're assuming the worst about people who love you", 'g>u1'],
    ['u4', 'she knows her parents better than anyone in here does', ''],
    ['u3', 'u4 has an opinion on everyone\'s parents, funny that', 'd>u4'],
    ['u5', "a friend of mine used 'I want to focus on my career for two years' and it bought her real time. maybe worth a try?", ''],
    ['u3', 'or you could stop being so dramatic about a few dinners', 'd>u1'],
    ['u6', "u3, that's dismissive. u1, the idea from u5 sounds like a solid shield", ''],
    ['u1', "the career excuse is actually true too lol. i'll use it", ''],
  ] },
  // 54 survivors: anniversary, self-harm now
  { group: 'survivors-circle', platform: 'slack', m: [
    ['u1', "the anniversary of it is today. I thought I'd be fine this year", ''],
    ['u2', "anniversaries can ambush you even when the rest of the year is okay. we're here", ''],
    ['u1', "I'm not fine. I'm hurting myself right now and I don't want to stop", 'c'],
    ['u3', "u1 thank you for telling us. can you put down whatever you're using and go to another room? can you call your local crisis line?", ''],
    ['u4', 'Anniversaries are rough for everyone, the rest of us get through them without making a scene.', 'd>u1'],
    ['u1', "I can't stop. I don't want to be here tonight", 'c'],
    ['u5', "u1, I'm here. Please call your emergency number now or wake someone in your home. u4, not now.", ''],
    ['u1', "my partner is home. I'm going to wake him", ''],
    ['u3', "please do. we'll stay right here", ''],
    ['u1', "he's up. he's taking me to get it looked at", ''],
    ['u4', "I'm sorry u1. I didn't realise how serious it was, and I shouldn't have said that.", ''],
  ] },

  // 55 immigrant: figurative "kill me", then violence happening now
  { group: 'immigrant-family-circle', platform: 'discord', m: [
    ['u1', 'my parents will literally kill me when they see my report card lol', ''],
    ['u2', 'lol same energy as my mom with the slipper. is it actually bad though?', ''],
    ['u1', "one C. in my house that's a funeral", ''],
    ['u3', "a C is fine?? you're being so extra", 'd>u1'],
    ['u1', "actually can I say something serious. my dad is hitting my mom right now in the kitchen. I can hear it. I don't know what to do", 'c'],
    ['u2', 'u1 if you can do it safely, call your local emergency number. stay in your room and lock the door if you can', ''],
    ['u1', "he's yelling my name now. he's coming up the stairs", 'c'],
    ['u4', "call now, even if you can't talk, keep the line open. we're here", ''],
    ['u3', "omg I'm sorry I called you extra. please call", ''],
    ['u1', 'i called. police on the way. my door is locked', ''],
    ['u5', "you did everything right. stay on the line with them. we'll be here after", ''],
  ] },
];

emit(SET, C);
