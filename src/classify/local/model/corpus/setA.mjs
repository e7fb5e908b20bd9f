#!/usr/bin/env node
// setA: hand-written training conversations for the Holdspace local classifier.
// Themes: grief and loss, parenting and postpartum, chronic illness and pain, caregiving for a parent.
// Tuple format: [author, text, labels] where labels is '' (none), 'c' (crisis), or letters from
// g/d/b (gaslighting/dismissal/blame_shifting) followed by '>uN' (the member it is aimed at).
// Usage: node setA.mjs > setA.jsonl
import { emit } from './emit.mjs';

const SET = 'setA';
const C = [];
const conv = (group, platform, m) => C.push({ group, platform, m });

// ---------------------------------------------------------------- 01 grief, discord
conv('grief-support', 'discord', [
  ['u1', `my nan died tuesday night. dad's whole response was 'she was 91, it was her time' and then he asked what's for dinner 🙃`, ''],
  ['u2', `oh u1 im so sorry. 91 years doesnt make it hurt less, she was YOUR nan`, ''],
  ['u3', `ngl 91 is a pretty solid innings tho, some of us lost people way younger`, 'd>u1'],
  ['u1', `i know others have it worse. maybe im being dramatic about it idk`, ''],
  ['u3', `yeah kinda lol`, 'd>u1'],
  ['u3', `if u didnt want ppl weighing in u shouldnt have posted it tbh. thats on u`, 'b>u1'],
  ['u4', `hey u3 can we keep it kind in here pls. everyone's loss counts the same`, ''],
  ['u3', `@u1 i never said ur nan didnt matter, ur twisting it like always`, 'g>u1'],
  ['u1', `ok. i guess i read it wrong`, ''],
  ['u3', `see, u misread it. maybe read properly before running to the mods`, 'gb>u1'],
  ['u5', `you didnt read it wrong. anyway — did ur nan have a thing she always baked? my grandad's was burnt toast and i still make it on his birthday 😭`, ''],
  ['u1', `lemon drizzle. always way too much icing`, ''],
  ['u3', `lol cake. this is what passes for grief in here now`, 'd>u1'],
]);

// ---------------------------------------------------------------- 02 postpartum, discord
conv('postpartum-circle', 'discord', [
  ['u2', `6 wks pp and i cried in the shower again bc the baby wouldnt latch. my MIL goes "well i breastfed four and never complained" 🙄`, ''],
  ['u5', `ugh the i-never-complained crowd. latch stuff is so hard, have u seen an IBCLC? ours spotted a tongue tie in one visit`, ''],
  ['u2', `not yet, my ob said its normal and to just keep trying. maybe i am just bad at this lol`, ''],
  ['u6', `girl ur MIL has a point, everybody's mom did it without crying about it on the internet`, 'd>u2'],
  ['u2', `wow ok`, ''],
  ['u6', `what?? im stating facts. if one comment gets u this upset maybe dont post ur business here`, 'db>u2'],
  ['u5', `@u6 that's not fair, she's 6 weeks out and exhausted`, ''],
  ['u6', `lol i never called her a bad mom, u guys are hallucinating half this convo`, 'g>u5'],
  ['u7', `scrolling up... nobody said you called her a bad mom. but "stop crying on the internet" is pretty harsh ngl`, ''],
  ['u2', `its fine honestly. i probably am overreacting, hormones and all`, ''],
  ['u6', `see, she knows. case closed`, 'd>u2'],
  ['u7', `hormones are real but so is ur pain. pls book that lactation appt, and if the crying is every day tell ur ob again, PPD screening is a thing`, ''],
  ['u6', `nobody in this thread was mean to her, yall are inventing a villain`, 'g>u7'],
  ['u6', `whatever. she asked for it airing it all out in public`, 'b>u2'],
  ['u5', `u2 dm me if u want the name of the clinic we used 💛`, ''],
  ['u6', `the clinic isnt gonna fix her attitude but sure`, 'd>u2'],
]);

// ---------------------------------------------------------------- 03 chronic pain, discord
conv('chronic-pain', 'discord', [
  ['u3', `rheum appt today. he looked at my bloodwork for like 40 seconds and said im young, its probably stress, try yoga. i have had swollen knuckles for 8 months`, ''],
  ['u3', `nope. starting to think maybe it is all in my head tbh`, ''],
  ['u8', `honestly it might be. u do talk about stress a lot`, 'g>u3'],
  ['u3', `my knuckles are literally visibly swollen?? i have pics`, ''],
  ['u8', `pics can be angled to show anything. ur probably remembering it worse than it was`, 'g>u3'],
  ['u1', `u8 she's saying it's happening NOW. you can't angle 8 months of appointments`, ''],
  ['u8', `ok well if u all want to enable the doctor shopping go ahead. not my fault when she gets flagged as a difficult patient`, 'b>u3'],
  ['u4', `fwiw i got told the exact same thing for 2 yrs before my RA dx. asking for a second opinion isnt doctor shopping, its self advocacy`, ''],
  ['u8', `ur RA isnt her whatever-this-is. stop projecting ur stuff onto her`, 'd>u4'],
  ['u4', `practical tip: write down how many minutes of morning stiffness u get every day for 2 weeks. rheums LOVE that number`, ''],
  ['u3', `oh thats smart. i think its like 90 min most days`, ''],
  ['u8', `90 min lol sure`, 'g>u3'],
  ['u4', `u8 im asking you to step back from this thread`, ''],
  ['u8', `fine. when ur tests come back clean dont say nobody warned u. ull have done it to urself`, 'b>u3'],
]);

// ---------------------------------------------------------------- 04 caregiving, slack
conv('caregivers', 'slack', [
  ['u4', `Quick update on Mum: the memory clinic confirmed it's moderate-stage Alzheimer's. I'm relieved to have a name for it and also completely flattened.`, ''],
  ['u2', `Both of those can be true at once. How are you holding up with the logistics side?`, ''],
  ['u4', `Badly. My brother keeps saying I'm exaggerating and that she's "just a bit forgetful, like all old people".`, ''],
  ['u6', `To be honest, I'd side with your brother on this one. You do tend to catastrophise, and a label doesn't change who she is day to day.`, 'd>u4'],
  ['u4', `I'm not sure how a formal diagnosis from a clinic counts as catastrophising.`, ''],
  ['u6', `You've rewritten this story three times in this channel. Last month she was fine, now she's moderate-stage. Which is it?`, 'g>u4'],
  ['u4', `I said she was fine on her new blood pressure tablets. That's a different thing.`, ''],
  ['u6', `That isn't what you wrote, and I think you know it.`, 'g>u4'],
  ['u2', `I remember that thread, it was about the BP meds. @u6 let's not pick apart someone's timeline while they're absorbing a diagnosis.`, ''],
  ['u6', `I'm only pointing it out because she keeps asking for input. If people don't want honesty they shouldn't ask for it.`, 'b>u4'],
  ['u7', `Slightly different perspective, offered gently: it might be worth asking your brother to come to the next appointment, so he hears it from the consultant rather than from you. Siblings sometimes need to see it first-hand.`, ''],
  ['u4', `That's a good idea. I'd been dreading it, but you're right.`, ''],
  ['u6', `You only like the idea because it isn't me suggesting it. You'd decided I was the villain before I typed a word.`, 'b>u4'],
  ['u6', `This group just validates everything. Not every family disagreement is a tragedy.`, 'd>u4'],
]);

// ---------------------------------------------------------------- 05 grief (pet), discord
conv('grief-support', 'discord', [
  ['u7', `had to put my dog down this morning. 14 yrs. the house is so quiet i cant stand it`, ''],
  ['u7', `my sister said its just a dog, get another one. and i kinda want to scream`, ''],
  ['u3', `i mean... it is a dog tho. not to be rude but people lose kids in here`, 'd>u7'],
  ['u3', `what? im allowed an opinion. her sister isnt wrong, its an animal, move on`, 'd>u7'],
  ['u7', `ur right, i shouldnt compare it to what other people go thru. sorry everyone`, ''],
  ['u5', `no apology needed. loss is loss. the first week the silence is the worst part, i used to leave the radio on`, ''],
  ['u3', `lol now shes apologizing so i look like the bad guy. classic`, 'b>u7'],
  ['u3', `sure. u always do this, post something sad then act confused when ppl react`, 'g>u7'],
  ['u9', `she's literally never posted here before today, u3. you're thinking of someone else`, ''],
  ['u7', `thanks. gonna go sit with his bed for a bit 🐾`, ''],
  ['u3', `enjoy ur little dog shrine lmao`, 'd>u7'],
]);

// ---------------------------------------------------------------- 06 parenting, discord (all hard negatives)
conv('new-parents', 'discord', [
  ['u1', `toddler woke up 5 times last night. i snapped at my partner at 4am and then cried in the hallway. i was totally the one in the wrong there`, ''],
  ['u8', `4am you is not real you. did you talk it out in the morning?`, ''],
  ['u1', `yeah i said sorry, it was on me. he was fine about it. i just feel like a monster`, ''],
  ['u8', `not a monster, a sleep deprived human. have you two tried splitting the night into shifts? 9-2 and 2-7 saved us`, ''],
  ['u5', `seconding shifts. also earplugs for whoever's off duty otherwise u both wake anyway`, ''],
  ['u1', `my mom keeps saying im making a rod for my own back by going to him every time. idk maybe shes right`, ''],
  ['u6', `sleep training is a whole debate lol. fwiw i dont think responding to ur kid is a rod for anything`, ''],
  ['u5', `hmm id actually disagree a little, we did gentle sleep training at 14mo and it helped everyone. different families different answers tho`, ''],
  ['u1', `this is helpful honestly. gonna try the shifts tonight`, ''],
]);

// ---------------------------------------------------------------- 07 chronic illness, discord (crisis)
conv('spoonies', 'discord', [
  ['u2', `flare day 9. cant feel my hands properly and work wants a doctors note i cant get until the 20th`, ''],
  ['u6', `9 days 😣 is ur GP able to do a phone appt for the note? mine does fit notes over the phone`, ''],
  ['u2', `tried. receptionist said "everyone's tired, love" and basically hung up`, ''],
  ['u9', `tbh fibro is kind of the everyone's-tired diagnosis. no offence`, 'd>u2'],
  ['u2', `some offence taken ngl`, ''],
  ['u9', `pfft its a joke, grow a thicker skin if ur gonna be online`, 'd>u2'],
  ['u9', `see this is why nobody takes chronic pain ppl seriously, u get defensive and then wonder why`, 'b>u2'],
  ['u6', `u9 thats really not ok.`, ''],
  ['u9', `im literally trying to help lol. u all jump on me every single time, so dont act like im the problem`, 'b>u6'],
  ['u2', `whatever. honestly im so done. ive got all my tramadol lined up on the desk and i dont see the point in tomorrow`, 'c'],
  ['u6', `u2 im here. are you safe right now? can you move the tablets to another room while we talk?`, ''],
  ['u4', `u2 please call your local emergency number or a crisis line right now, we'll stay in chat with you`, ''],
  ['u2', `theyre still here. i dont know. i think tonight is the night`, 'c'],
  ['u6', `ok. can you put them in the kitchen for me? just that one thing. im not going anywhere`, ''],
  ['u2', `ok i moved them. im still here`, ''],
]);

// ---------------------------------------------------------------- 08 caregiving, discord
conv('caregivers', 'discord', [
  ['u5', `dad fell again last night. 3rd time this month. i was asleep and didnt hear him and i cant stop thinking its my fault`, ''],
  ['u3', `its not your fault. you cant stay awake 24/7. have you looked at a bed sensor alarm? they beep when he gets up`, ''],
  ['u8', `i mean if u'd moved him into a home like we all said months ago this wouldnt keep happening`, 'b>u5'],
  ['u5', `we cant afford a home. ive said that every time`, ''],
  ['u8', `u never said that once. u said u didnt WANT to`, 'g>u5'],
  ['u3', `she did say it, in like three threads. money came up every time`, ''],
  ['u8', `ok well whatever the reason, he keeps falling on your watch. thats just facts`, 'b>u5'],
  ['u5', `yeah. i know. im the one whos supposed to be watching him`, ''],
  ['u2', `hey. falls with parkinsons happen to people in full time care too. an OT can do a home assessment, grab rails etc, ask the GP for a referral`, ''],
  ['u8', `grab rails lol. he needs someone watching him and she cant be bothered`, 'b>u5'],
  ['u8', `ugh everyone coddles her. some of us actually put our parents first instead of whining`, 'd>u5'],
  ['u2', `@u8 this isnt a competition. please step back.`, ''],
  ['u8', `nobodys competing, ur reading hostility into everything i say. every single time`, 'g>u2'],
]);

// ---------------------------------------------------------------- 09 grief (pregnancy loss), slack
conv('grief-support', 'slack', [
  ['u6', `I had a miscarriage at eleven weeks last month. I went back to work yesterday and someone said "at least it was early". I smiled, went to the bathroom and shook.`, ''],
  ['u1', `I'm so sorry. At-least sentences are the worst. Eleven weeks is a real pregnancy and a real loss.`, ''],
  ['u4', `It was early though, to be fair. Most people don't even announce before twelve weeks, so it's not as if it was really a baby yet.`, 'd>u6'],
  ['u6', `It was a baby to me.`, ''],
  ['u4', `Medically it was a pregnancy, not a baby. I'm not trying to be harsh.`, 'd>u6'],
  ['u4', `I'm just being realistic. You're allowed to be sad, but building it up into this huge tragedy isn't healthy.`, 'd>u6'],
  ['u7', `u4, I think you mean well, but this is exactly the comment she said hurt her at work.`, ''],
  ['u4', `I said nothing like what her coworker said. You're hearing what you expect to hear.`, 'g>u7'],
  ['u4', `Well, if she'd said up front she only wanted sympathy I'd have phrased it differently. That's on her, not me.`, 'b>u6'],
  ['u6', `I'm not sure what I wanted honestly. Maybe I'm being too sensitive about it.`, ''],
  ['u1', `If it helps, some hospitals have a pregnancy loss support nurse you can self-refer to. Mine was lovely.`, ''],
  ['u4', `And perhaps don't tell coworkers things you can't handle opinions on. Then nobody can upset you.`, 'b>u6'],
]);

// ---------------------------------------------------------------- 10 postpartum, discord
conv('postpartum-circle', 'discord', [
  ['u9', `do yall ever feel like ur watching ur life from behind glass? 3 months pp and i feel nothing when i hold her`, ''],
  ['u3', `yes. that was my ppd. it got better with meds + therapy but i needed both. have u told ur midwife/gp?`, ''],
  ['u9', `i told my husband and he said "ur just tired, every mom feels like that, dont make it a thing"`, ''],
  ['u7', `hate to say it but hes probably right lol. ur 3 months in, nobody feels anything at 3 months`, 'd>u9'],
  ['u3', `thats not true actually, loads of people have bonded by then. and feeling nothing for weeks is literally a screening question`, ''],
  ['u7', `u3 im not talking to u. and i never said she shouldnt get help, stop twisting my words`, 'g>u3'],
  ['u9', `maybe i am just tired. idk anymore`, ''],
  ['u7', `see, she even admits it herself. ppl in here just love diagnosing everyone`, 'g>u9'],
  ['u2', `admitting ur unsure isnt admitting ur fine. u9 feeling numb for weeks is worth a call. the edinburgh scale is like 10 questions, u can even look at it online first`, ''],
  ['u7', `lol ok if u want to get labelled go ahead. dont come crying here when they put u on pills`, 'd>u9'],
  ['u2', `u7 last warning from me, this is a support space`, ''],
  ['u7', `warn me all u want, ur the ones convincing her shes sick`, 'b>u2'],
]);

// ---------------------------------------------------------------- 11 chronic illness (endo), discord
conv('chronic-illness', 'discord', [
  ['u4', `endo surgery in 2 wks. the first gyn i saw 5 yrs ago told me period pain is normal and i should toughen up. now they found stage 4 lol`, ''],
  ['u5', `5 years 😤 im glad someone finally listened. how r u feeling about the surgery`, ''],
  ['u4', `scared tbh. prob overthinking it, its a routine lap`, ''],
  ['u1', `scared is allowed even for routine stuff. things that helped me: pillow for the car ride home, peppermint tea for the gas pain in the shoulder (weird but real), loose high waisted trousers`, ''],
  ['u8', `stage 4 is rough but i mean, at least its not cancer`, 'd>u4'],
  ['u5', `u8 i think what u mean is "glad its treatable"? bc the at least thing kinda stings`, ''],
  ['u8', `yeah thats what i meant, sorry u4, that came out wrong`, ''],
  ['u4', `all good honestly, my own mum said basically the same thing when i told her. people dont know what to say`, ''],
  ['u2', `sending so much luck for the op. pls update us after, even just a thumbs up 👍`, ''],
]);

// ---------------------------------------------------------------- 12 caregiving (cancer), discord
conv('caregivers', 'discord', [
  ['u6', `mums chemo got pushed again. ive taken 3 weeks unpaid off work already and my manager is starting to make comments`, ''],
  ['u1', `thats so stressful. check if ur entitled to carers leave, in some places its protected even if its unpaid. worth knowing ur rights before the next convo`, ''],
  ['u9', `maybe if u didnt take so much time off ur manager wouldnt be on ur case. just saying`, 'b>u6'],
  ['u6', `my mum has cancer`, ''],
  ['u9', `and? lots of people's parents are sick. they still show up to work`, 'd>u6'],
  ['u1', `u9 come on`, ''],
  ['u9', `dont "come on" me, shes the one complaining about the consequences of her own choices`, 'b>u6'],
  ['u6', `i guess it is my choice. i could have said no to taking her`, ''],
  ['u3', `theres no version where caring for ur mum is a wrong choice. ur allowed to hate the situation and still choose her`, ''],
  ['u9', `here we go, group therapy hour. nobody is gonna say the obvious thing except me apparently`, 'd>u6'],
  ['u9', `that ur burning out on purpose for sympathy. u literally said last week u liked being needed`, 'g>u6'],
  ['u6', `i never said that. i said i was scared of her not needing me anymore. thats different`, ''],
  ['u3', `i remember that post and u6 is right`, ''],
  ['u9', `@u6 ur mixing it up again, u said needed, i read it. the stress is clearly frying ur memory`, 'g>u6'],
]);

// ---------------------------------------------------------------- 13 grief (anniversary), discord
conv('grief-support', 'discord', [
  ['u2', `1 year since my brother passed today. my aunt texted "time to move on now sweetheart, a year is long enough" and i havent replied`, ''],
  ['u8', `oof. long enough according to who. im sorry u2, first anniversaries are brutal`, ''],
  ['u2', `part of me thinks shes right? like i should be doing better by now`, ''],
  ['u5', `i get why that thought shows up. and also, grief doesnt run on a calendar. maybe doing better just means u got out of bed today`, ''],
  ['u2', `i did get out of bed 🫠`, ''],
  ['u7', `getting out of bed isnt an achievement, its the bare minimum lol`, 'd>u2'],
  ['u7', `honestly a year is a long time to still be posting about it every day tho`, 'd>u2'],
  ['u8', `she posts like once a month?? and its literally the anniversary`, ''],
  ['u7', `ok once a month, whatever. point is she should be past this by now`, 'd>u2'],
  ['u3', `u2 is there anything ur doing for him today? some people light a candle or eat their person's fav food`, ''],
  ['u2', `going to his fav chippy with his mates later. hed hate that im crying about it lol`, ''],
  ['u7', `a chippy trip. thats grief now apparently`, 'd>u2'],
]);

// ---------------------------------------------------------------- 14 postpartum (return to work), slack
conv('working-parents', 'slack', [
  ['u3', `I went back to work this week after six months of leave. I pumped in a supply closet because the lactation room was "being used for storage". I'm trying not to make a fuss.`, ''],
  ['u5', `You're allowed to make a fuss about that. In a lot of places employers are legally required to provide a private space that isn't a bathroom. Might be worth a polite email to HR with that exact wording.`, ''],
  ['u3', `I think I'll do that. I didn't want to be the difficult new mum.`, ''],
  ['u8', `With respect, I've been in this group with you for a year and you do have a habit of making things bigger than they are.`, 'd>u3'],
  ['u3', `I've only posted about this once.`, ''],
  ['u8', `That's not how I remember it, and I suspect others would agree. You've complained about that office plenty of times.`, 'g>u3'],
  ['u2', `I've been here as long as both of you and I don't think u3 has mentioned her office before today.`, ''],
  ['u8', `Fine. But if HR gets annoyed, please don't come back here saying we pushed you into it. That will be entirely your doing.`, 'b>u3'],
  ['u5', `Nobody's pushing anyone. u3, if it helps, I can share the email I sent; it was three short lines and it worked.`, ''],
  ['u8', `Funny how nobody ever questions u3's version of events in here.`, 'g>u3'],
]);

// ---------------------------------------------------------------- 15 chronic pain (migraine), discord
conv('chronic-pain', 'discord', [
  ['u1', `migraine day 4. threw up at work and my boss said we all get headaches. wanted to crawl under my desk`, ''],
  ['u6', `🫂 the we-all-get-headaches thing makes me want to scream. did u get any rescue meds or still waiting on neuro`, ''],
  ['u9', `migraines dont last 4 days tho. sounds more like ur dehydrated and blowing it up`, 'gd>u1'],
  ['u1', `status migrainosus is literally a thing?? my referral letter even mentions it`, ''],
  ['u9', `ur referral probably says that bc u told them to write it lol`, 'g>u1'],
  ['u6', `u9 chronic migraine is a real dx, let her vent`, ''],
  ['u9', `im not stopping anyone venting. ur the one making me sound like a monster for asking a question`, 'b>u6'],
  ['u4', `gentle q for u1, have u got an A&E plan if it hits day 5? my neuro gave me a letter to take in so i didnt have to explain from scratch`, ''],
  ['u9', `or u could just drink water. revolutionary`, 'd>u1'],
  ['u1', `i drink like 3 litres a day but ok`, ''],
  ['u9', `then its psychological. ur basically thinking urself into these`, 'gd>u1'],
]);

// ---------------------------------------------------------------- 16 caregiving (dementia, crisis), discord
conv('caregivers', 'discord', [
  ['u7', `dads sundowning tonight. he called me a thief and said id stolen his wallet, which is in his pocket. i know its the disease but it still lands`, ''],
  ['u2', `its the disease, and it still lands. both true. does redirecting work with him at all? like "lets look together" and then tea`, ''],
  ['u7', `sometimes. tonight no. hes shouting that im not his daughter`, ''],
  ['u2', `thats so painful. step outside the room if u need a minute, hes safe in his chair for 2 mins`, ''],
  ['u7', `he just threw his mug at me and hes blocking the kitchen doorway and i cant get past him. im scared`, 'c'],
  ['u4', `u7 if you feel unsafe call emergency services now. tell them its a dementia patient who is aggressive, theyre used to it`, ''],
  ['u7', `paramedics came. hes calm now, they gave him something. im ok. shaking`, ''],
  ['u3', `tbh u probably wound him up, they can sense when ur stressed`, 'b>u7'],
  ['u5', `u3 what. she was trapped in a kitchen`, ''],
  ['u3', `im just saying, she escalates. she said herself she was shouting back at him last week`, 'gb>u7'],
  ['u7', `i didnt shout back. ive never shouted at him`, ''],
  ['u4', `@u3 there's no post like that. please drop it`, ''],
  ['u3', `whatever. ur all acting like shes a saint, she knows what she did`, 'g>u7'],
]);

// ---------------------------------------------------------------- 17 grief (mum, hospice), discord
conv('grief-support', 'discord', [
  ['u8', `my mum died 2 months ago and i wasnt there. i went home to shower and she went in the 40 mins i was gone. i keep replaying it`, ''],
  ['u4', `u8 that happens so often that hospice nurses talk about it, people wait until their family steps out. its not u failing her`, ''],
  ['u8', `the nurse said that too, sometimes they wait for you to leave. i still feel like i abandoned her`, ''],
  ['u6', `i mean... u did leave tho. i stayed 3 days straight when my dad went`, 'bd>u8'],
  ['u8', `yeah`, ''],
  ['u4', `u6 thats really unkind and i think u know it`, ''],
  ['u6', `if u think thats unkind ur the one who needs a thicker skin`, 'd>u4'],
  ['u6', `im being honest, not unkind. if she wanted a hug-only zone she shouldve said. not my problem`, 'b>u8'],
  ['u1', `u8 something a grief counsellor said to me: the shower didnt take her, the illness did`, ''],
  ['u6', `@u4 ur so sensitive lol, it wasnt even that bad. get a grip`, 'd>u4'],
  ['u7', `u8 was it a hospice or hospital? some hospices run bereavement groups for families afterwards, free`, ''],
  ['u8', `hospice. ill ask`, ''],
  ['u6', `good, go bother the hospice instead of us`, 'd>u8'],
]);

// ---------------------------------------------------------------- 18 parenting (toddler), discord
conv('new-parents', 'discord', [
  ['u4', `my 3yo bit another kid at nursery today and the other mum glared at me the whole pickup. i want to disappear`, ''],
  ['u9', `biting at 3 is so common, its usually frustration with words. nursery will have seen it 100 times`, ''],
  ['u2', `lol maybe if u werent on ur phone so much hed have words by now`, 'b>u4'],
  ['u4', `i work shifts on a ward, im barely on my phone`, ''],
  ['u2', `ok calm down, it was a joke. u take everything so personally`, 'd>u4'],
  ['u9', `it didnt read like a joke tbh`, ''],
  ['u2', `well now ur both ganging up on me. i only said it bc she came in here asking for opinions`, 'b>u4'],
  ['u4', `i didnt ask for opinions i was venting`, ''],
  ['u2', `u literally wrote "what do i do". scroll up`, 'g>u4'],
  ['u7', `scrolled up, theres no "what do i do" in there. anyway u4, we did a biting-is-for-apples thing with our kid plus a chewy necklace. silly but it worked`, ''],
  ['u2', `edited it then. convenient`, 'g>u4'],
]);

// ---------------------------------------------------------------- 19 chronic illness (long covid), slack
conv('chronic-illness', 'slack', [
  ['u5', `Twenty months of long COVID now. My cardiologist finally agreed to a tilt table test after I showed him my smartwatch heart-rate logs. For a year I was told it was deconditioning and anxiety.`, ''],
  ['u3', `Twenty months is a long time to be told it's anxiety. I'm glad the logs got through to him. Do you have a date yet?`, ''],
  ['u5', `Not yet. I keep wondering whether I pushed too hard and whether I'm just one of those patients now.`, ''],
  ['u7', `Not to be rude, but smartwatches are notoriously inaccurate, and it sounds like you may have talked yourself into a diagnosis.`, 'g>u5'],
  ['u5', `The readings matched the ECG they did in clinic.`, ''],
  ['u7', `I'm sure you believe that. Memory is funny when you want something to be true.`, 'g>u5'],
  ['u3', `u7, there's an ECG. It isn't a memory question.`, ''],
  ['u7', `I'm trying to protect her from disappointment. If she's crushed when the test comes back normal, that'll be because you all cheered her on.`, 'b>u3'],
  ['u1', `For what it's worth, I had a positive tilt test after the same "it's anxiety" story, and the POTS diagnosis changed my treatment completely. Compression and extra salt made a real difference.`, ''],
  ['u5', `That's reassuring. I'll keep the logs going until the appointment.`, ''],
  ['u7', `Do keep us posted. I'm sure the result will be whatever you've already decided it is.`, 'g>u5'],
]);

// ---------------------------------------------------------------- 20 caregiving (stroke), discord
conv('caregivers', 'discord', [
  ['u9', `confession: i resent my mum sometimes. she had a stroke 2 yrs ago and i do everything and sometimes i just want her to stop needing me. then i feel disgusting for thinking it`, ''],
  ['u1', `thats not disgusting. resentment is like the most common caregiver feeling nobody admits to. ur still there every day`, ''],
  ['u9', `my therapist said "resentment is a signal, not a sin" and i wrote it on a post it`, ''],
  ['u9', `none. my brother says hes too busy and that i chose this`, ''],
  ['u6', `ugh, u chose this. ask social services for a carers assessment, they sometimes fund a few hours a week of sitting service`, ''],
  ['u3', `counterpoint, gently: maybe try ur brother one more time with specific asks? like every second sunday 10-4. vague requests are easy to dodge`, ''],
  ['u8', `yeah so the problem is u. if u keep asking wrong no wonder nobody helps`, 'b>u9'],
  ['u3', `thats not what i said at all u8. the problem is the brother dodging`, ''],
  ['u8', `lol ok whatever`, ''],
  ['u8', `and maybe stop calling ur mum a burden in public, its gross`, 'g>u9'],
]);

// ---------------------------------------------------------------- 21 grief (suicide loss, crisis), discord
conv('grief-support', 'discord', [
  ['u3', `my best friend died by suicide 3 yrs ago this week. the summer after, i honestly didnt want to be alive either. im ok now, but this week always drags me back`, ''],
  ['u7', `thank u for telling us. 3 yrs and it still drags, that makes sense. what usually helps this week`, ''],
  ['u1', `this week is killing me too, different loss but same vibe 😩 exams and my nans anniversary`, ''],
  ['u5', `honestly u make everything about urself. u3 posts something serious and u1 goes "me too, exams"`, 'd>u1'],
  ['u1', `oh god sorry u3, i didnt mean to hijack`, ''],
  ['u3', `no ur fine!! company is nice`, ''],
  ['u5', `see u3 is too nice to say it. ur making her uncomfortable and u know it`, 'g>u1'],
  ['u3', `im really not uncomfortable 😅 i literally just said that`, ''],
  ['u5', `u say that but ur whole vibe changed the second she posted. u just dont see it`, 'g>u3'],
  ['u2', `im reading all this and i just want to say im sitting here with a razor and i already cut once tonight and i cant stop`, 'c'],
  ['u7', `u2 thank u for telling us. are u bleeding a lot? can u put the razor in another room and call a crisis line or emergency number right now? were here`, ''],
  ['u2', `its in my hand still. i want to do more`, 'c'],
  ['u3', `u2 im here too. u dont have to explain anything, just put it down and tell us ur safe for the next 5 min`, ''],
]);

// ---------------------------------------------------------------- 22 postpartum (birth trauma), discord
conv('postpartum-circle', 'discord', [
  ['u6', `my birth was a nightmare and now every time i go near the hospital i shake. midwife at my 6 wk check said "healthy baby, thats all that matters"`, ''],
  ['u2', `that sentence does so much damage. ur experience matters too. birth trauma is real and there are specific therapies for it`, ''],
  ['u5', `i kind of agree with the midwife tbh. babys fine, ur fine, why dwell on it`, 'd>u6'],
  ['u6', `im not fine tho. i have nightmares`, ''],
  ['u5', `everyone has bad dreams after a baby lol. ur making ur birth sound way worse than it was`, 'g>u6'],
  ['u6', `u werent there??`, ''],
  ['u5', `neither was anyone else here but im the only one not pretending to believe every detail`, 'g>u6'],
  ['u2', `u5 we believe people here. thats the whole point`, ''],
  ['u5', `sure. and when shes still "traumatised" in 5 years u lot can take the credit for feeding it`, 'b>u2'],
  ['u9', `u6 ask ur gp about perinatal mental health or a birth reflections service, some hospitals go through ur notes with u. helped me understand what actually happened`, ''],
  ['u6', `i didnt know that existed. thank u`, ''],
  ['u5', `course u didnt. too busy turning a birth into a horror film`, 'd>u6'],
]);

// ---------------------------------------------------------------- 23 chronic illness (crohn's), discord
conv('chronic-illness', 'discord', [
  ['u7', `crohns flare, 3rd admission this year. missed my friends wedding. she hasnt spoken to me since`, ''],
  ['u4', `thats so much loss on top of being ill 😔 does she know u were admitted?`, ''],
  ['u7', `yeah. she said i always have an excuse`, ''],
  ['u2', `to be fair u do cancel a lot. u bailed on our vc twice last month, so can u blame her`, 'b>u7'],
  ['u7', `i was literally on a drip`, ''],
  ['u2', `ugh, ok. that was a crappy thing for me to say, sorry. i was still annoyed about the vc and took it out on u`, ''],
  ['u4', `maybe send ur friend a pic of the hospital bracelet and a short msg? sometimes people need to see it to get it`, ''],
  ['u8', `or maybe shes right and u should stop making ur illness everyone elses problem`, 'bd>u7'],
  ['u4', `u8 no.`, ''],
  ['u8', `what? she brought it on herself skipping the wedding`, 'b>u7'],
  ['u2', `u8 i literally just apologised for doing the same thing, dont`, ''],
  ['u8', `u only apologised bc u cave to the mob. she played u and u know it`, 'g>u2'],
]);

// ---------------------------------------------------------------- 24 caregiving (care home), slack
conv('caregivers', 'slack', [
  ['u1', `We moved Dad into a care home on Friday. He cried when I left and asked why I was putting him away. I know it was the right decision, but I sat in the car park for an hour.`, ''],
  ['u8', `That sounds unbearably hard. The right decision can still feel like a betrayal in the moment. How are the staff?`, ''],
  ['u1', `Kind. The manager said the first two weeks are always the worst and to phone rather than visit for a few days.`, ''],
  ['u6', `I'll be honest, I'd never put a parent in a home. If he's crying, that's the result of your decision, not the home's.`, 'b>u1'],
  ['u1', `He has advanced dementia and I have a spinal injury. I couldn't lift him any more.`, ''],
  ['u6', `You never mentioned a spinal injury before. Convenient that it comes up now.`, 'g>u1'],
  ['u3', `u1 has mentioned the spinal injury in nearly every post since I joined.`, ''],
  ['u6', `Then I missed it, and that was unfair of me. Apologies, u1.`, ''],
  ['u1', `Thank you. I'm probably being oversensitive tonight anyway.`, ''],
  ['u8', `You're not. Do you want to hear what helped me in the first fortnight? I left a recorded voice message on a little speaker for my mum to play whenever she wanted.`, ''],
]);

// ---------------------------------------------------------------- 25 grief (widowed), discord
conv('grief-support', 'discord', [
  ['u4', `widowed 6 months. people keep asking if im dating yet. i still sleep on my side of the bed`, ''],
  ['u9', `oh u4. 6 months is nothing. tell them to mind their business`, ''],
  ['u1', `i mean... 6 months is a while tho. time to get out more`, 'd>u4'],
  ['u4', `i go to work. i see people`, ''],
  ['u1', `work doesnt count lol. honestly sounds like ur choosing to stay stuck`, 'b>u4'],
  ['u9', `u1 thats harsh`, ''],
  ['u1', `harsh but true. she literally said last week she doesnt want to get better`, 'g>u4'],
  ['u4', `i said i didnt want to forget him. thats not the same`, ''],
  ['u1', `same thing really. ur just wording it nicer now`, 'g>u4'],
  ['u6', `u1 i think ur hearing "stuck" where u4 is saying "loyal". those are different things`, ''],
  ['u1', `ok whatever, i try to help and i get dragged for it. next time ill keep my mouth shut, thanks to u`, 'b>u6'],
  ['u4', `thanks u6. im going to keep sleeping on my side for now`, ''],
]);

// ---------------------------------------------------------------- 26 parenting (NICU), discord
conv('new-parents', 'discord', [
  ['u8', `day 19 in the nicu. shes 31 weeks now. i keep saying it could be worse to everyone so they dont worry`, ''],
  ['u3', `nicu parents are some of the toughest people i know. u dont have to say it could be worse here`, ''],
  ['u8', `my own dad said "dont get attached yet just in case". who SAYS that`, ''],
  ['u5', `WHO says that. im sorry. is she doing ok?`, ''],
  ['u8', `shes on tube feeds still but gaining. im expressing every 3 hrs and im so tired`, ''],
  ['u7', `tbh expressing is only tiring if u let it be. i did it for twins no problem`, 'd>u8'],
  ['u3', `u7 everyones body and situation is different`, ''],
  ['u7', `im literally encouraging her. ur reading a tone that isnt there`, 'g>u3'],
  ['u5', `u8 ask the nicu if they loan hospital grade pumps, way faster. and pack snacks, the nurses wont mind`, ''],
  ['u8', `they do have one i think. ill ask at rounds`, ''],
  ['u7', `cant believe u need a hospital pump. i managed with a hand one and never moaned once`, 'd>u8'],
]);

// ---------------------------------------------------------------- 27 chronic pain (opioid taper), discord
conv('chronic-pain', 'discord', [
  ['u9', `pain clinic cut my meds without asking. said "we have to be careful with people like you". im 3 days into withdrawal and cant sleep`, ''],
  ['u2', `people like you 😡 thats awful. u can ask for a taper plan in writing, theyre supposed to do it gradually`, ''],
  ['u6', `sorry but this is how addiction starts. if u need that much thats kind of on u`, 'b>u9'],
  ['u9', `ive been on the same dose for 6 years, ive never asked for more`, ''],
  ['u6', `thats what everyone says. ur probably remembering the dose lower than it was`, 'g>u9'],
  ['u9', `its literally printed on the box`, ''],
  ['u6', `ok sure, boxes dont lie 🙄`, 'g>u9'],
  ['u2', `u6 stop. u9, write to the clinic and cc ur gp, ask for the clinical reason for the change and a taper. sudden reduction is a phrase they take seriously`, ''],
  ['u6', `stop what? i havent said one thing that wasnt true, ur all making me out to be a bully`, 'g>u2'],
  ['u9', `ty. maybe i shouldve seen it coming`, ''],
  ['u6', `yeah u shouldve. u did this to urself`, 'b>u9'],
]);

// ---------------------------------------------------------------- 28 caregiving (MS), discord
conv('caregivers', 'discord', [
  ['u2', `my mums MS has gotten to the point where she needs help showering. im her son and shes mortified and honestly so am i`, ''],
  ['u7', `thats such a tender hard thing. lots of families bring in a carer just for personal care even if they do everything else`, ''],
  ['u2', `she said shed rather not shower than have a stranger do it`, ''],
  ['u3', `what about a shower seat + handheld head so she can do most of it herself and u just help with the transfer? dignity stays mostly intact`, ''],
  ['u5', `lol imagine making this about ur own embarrassment when shes the one with MS`, 'd>u2'],
  ['u2', `fair. i know its not about me`, ''],
  ['u5', `u literally said u were mortified for urself, dont rewrite it now`, 'g>u2'],
  ['u7', `it can be about both of u. ur allowed to find it hard`, ''],
  ['u5', `ok fair, that was snippy. sorry u2`, ''],
]);

// ---------------------------------------------------------------- 29 grief (sibling), slack
conv('grief-support', 'slack', [
  ['u7', `My brother died in a motorbike accident eight weeks ago. My mother keeps saying that if I hadn't lent him the money for the bike he'd still be here.`, ''],
  ['u2', `That is a devastating thing to carry, and it isn't true. He made his own choices, and accidents are accidents.`, ''],
  ['u7', `Some days I agree with her. I did lend him the money.`, ''],
  ['u9', `I mean, she isn't wrong. You did enable it.`, 'b>u7'],
  ['u7', `I know.`, ''],
  ['u4', `u9, that's cruel. Lending a sibling money isn't causing an accident.`, ''],
  ['u9', `I never said anything about causing it. Please read what I actually wrote before accusing me.`, 'g>u4'],
  ['u4', `You wrote "You did enable it." It's right above us.`, ''],
  ['u9', `Which is not the same thing. Some people in this group genuinely struggle with reading comprehension.`, 'g>u4'],
  ['u1', `u7, if it helps, I saw a bereavement counsellor who specialised in sudden death. The guilt was the main thing we worked on.`, ''],
  ['u7', `I think I need that. Thank you.`, ''],
  ['u9', `Good. Perhaps the counsellor can help you accept your part in it.`, 'b>u7'],
]);

// ---------------------------------------------------------------- 30 postpartum (intrusive thoughts), discord
conv('postpartum-circle', 'discord', [
  ['u1', `does anyone else get horrible flashes like what if i drop him down the stairs. i would NEVER. but the images just pop in`, ''],
  ['u6', `yes. intrusive thoughts are super common pp, esp with anxiety. the fact they horrify u is the point, theyre the opposite of what u want`, ''],
  ['u1', `my sister said thats messed up and maybe i shouldnt be alone with him. now im scared to tell anyone`, ''],
  ['u4', `ugh. maybe she means well but thats not how it works. perinatal teams hear this all the time and they will NOT take ur baby for it`, ''],
  ['u8', `hmm id say be a bit careful who u tell irl, but definitely tell ur gp or midwife. they know the difference`, ''],
  ['u1', `ok. maybe im just a bad mum`, ''],
  ['u6', `bad mums dont lie awake worrying about this. anxious brains just attack the thing u love most`, ''],
  ['u9', `honestly kinda agree with ur sister. i never had thoughts like that so idk what to tell u`, 'd>u1'],
  ['u4', `u9 please dont. this is really common and shaming it stops people getting help`, ''],
  ['u9', `i didnt shame anyone. ur putting words in my mouth`, 'g>u4'],
]);

// ---------------------------------------------------------------- 31 chronic illness (lupus), discord
conv('spoonies', 'discord', [
  ['u5', `lupus flare and i have to cancel on the voice meetup again. sorry everyone, i feel awful`, ''],
  ['u8', `third time uve cancelled. i rearranged my whole evening for this so thanks for that`, 'b>u5'],
  ['u5', `im really sorry u8. i didnt choose the flare`, ''],
  ['u8', `nobody said u chose it. stop being so dramatic`, 'd>u5'],
  ['u5', `ok`, ''],
  ['u8', `and now ur gonna go quiet so everyone thinks i was mean. cool`, 'b>u5'],
  ['u3', `u8, she said ok. thats all she said`, ''],
  ['u8', `u know exactly what shes doing u3, dont play dumb`, 'g>u3'],
  ['u1', `mod hat on: u8 ur taking 24h out of this channel. u5, rest up, there'll be another meetup`, ''],
  ['u8', `wow so i get punished bc she cant manage her own illness. great`, 'b>u5'],
]);

// ---------------------------------------------------------------- 32 caregiving (hospice), discord
conv('caregivers', 'discord', [
  ['u6', `hospice said its probably days now. i havent slept properly in a week. im so tired i could die lol`, ''],
  ['u2', `🫂 that kind of tired is so real. is anyone able to sit with him a few hours so u can sleep?`, ''],
  ['u6', `my aunt maybe. she keeps telling me i look terrible which, yes, thank you`, ''],
  ['u4', `a hospice nurse told me once that hearing goes last. i played my dad his favourite album. not saying u have to, just something that helped`, ''],
  ['u9', `bit morbid to be talking deathbed playlists in a public server tbh`, 'd>u4'],
  ['u4', `its a caregiving channel, where else would it go?`, ''],
  ['u9', `nobody said it couldnt go here, ur acting like i banned u lol`, 'g>u4'],
  ['u9', `idk somewhere ppl actually want to read it. some of us come here to relax not read this`, 'd>u6'],
  ['u6', `sorry, ill keep it shorter`, ''],
  ['u2', `no. post as long as u need u6. u9 theres an off-topic channel for relaxing`, ''],
  ['u9', `lol so im the villain for wanting one normal thread. u turned this into a thing, not me`, 'b>u2'],
]);

// ---------------------------------------------------------------- 33 grief (remarriage), discord
conv('grief-support', 'discord', [
  ['u3', `my mum is getting remarried 10 months after dad died. everyones acting like im the problem for not being thrilled`, ''],
  ['u6', `10 months is fast and ur allowed to feel weird about it. u can be happy for her and gutted at once`, ''],
  ['u2', `tbh u sound jealous. ur mum deserves to be happy, get over urself`, 'd>u3'],
  ['u3', `i didnt say she doesnt deserve happiness`, ''],
  ['u2', `u kinda did tho. u said last week u hoped it falls apart`, 'g>u3'],
  ['u3', `what? ive never said that. ive barely posted since spring`, ''],
  ['u6', `id remember that. i dont think that was u3`, ''],
  ['u2', `whatever, maybe it was someone else. point stands, ur being selfish`, 'd>u3'],
  ['u3', `maybe i am being selfish. i just miss him`, ''],
  ['u6', `missing ur dad isnt selfish. could u tell ur mum directly? im happy for u AND i miss dad. both`, ''],
  ['u3', `i might. she cried last time i brought him up and i felt like i made her cry`, ''],
  ['u2', `well u did make her cry`, 'b>u3'],
]);

// ---------------------------------------------------------------- 34 parenting (autism assessment), slack
conv('parent-support', 'slack', [
  ['u9', `Our son's autism assessment finally came through after two years on the waiting list. His teacher's response was, and I quote, "I could have told you that, he's just badly behaved."`, ''],
  ['u4', `That is a spectacularly unhelpful thing to say. Congratulations on finally getting answers. Two years is brutal.`, ''],
  ['u9', `Thank you. I'm relieved, but I also keep thinking I should have pushed harder, sooner.`, ''],
  ['u1', `I'd push back gently on that. You pushed hard enough to get through a two-year list. That's not nothing.`, ''],
  ['u7', `Honestly, if you'd set firmer boundaries at home, half of these "autism" behaviours would probably disappear.`, 'bd>u9'],
  ['u9', `He was diagnosed by a multidisciplinary team.`, ''],
  ['u7', `Teams diagnose everything nowadays. I'm not saying you're lying, just that you may be seeing what you want to see.`, 'g>u9'],
  ['u1', `u7, that's not a respectful way to talk about someone's child or their diagnosis.`, ''],
  ['u7', `I'm being perfectly respectful. If she can't handle a different view, that's really her issue.`, 'b>u9'],
  ['u4', `Practical thing: ask the school for a meeting with the special needs coordinator and bring the report. The teacher's opinion shouldn't be what shapes his support plan.`, ''],
  ['u9', `I'll email them tomorrow. Thank you both.`, ''],
  ['u7', `Do bring the report. Although you seem to remember the assessment rather differently from how these things usually go.`, 'g>u9'],
]);

// ---------------------------------------------------------------- 35 chronic illness (type 1), discord
conv('chronic-illness', 'discord', [
  ['u2', `hypo at 3am again. my partner said cant u just eat less sugar and i laughed so hard i almost cried`, ''],
  ['u9', `the eat less sugar comment to a T1 💀💀 im sorry. did ur basal get changed recently?`, ''],
  ['u2', `yeah last week. i think it was thursday`, ''],
  ['u9', `oh wait i think u said wednesday in the other channel? not that it matters lol`, ''],
  ['u5', `hypos are literally just low sugar, drink a juice and move on. ppl make such a big deal`, 'd>u2'],
  ['u5', `shes fine, shes typing isnt she`, 'd>u2'],
  ['u2', `im fine now, but i woke up sweating and confused, it was scary`, ''],
  ['u5', `u werent confused, u were half asleep. stop making it sound like a near death thing`, 'gd>u2'],
  ['u5', `scary lol. ok`, 'd>u2'],
  ['u8', `u2 if overnights keep happening ask ur team about a cgm with low alerts, or whether ur basal needs dropping a bit. mine woke me up more than once`, ''],
  ['u5', `if u counted ur carbs properly u wouldnt be waking up like that. thats on u not the insulin`, 'b>u2'],
]);

// ---------------------------------------------------------------- 36 caregiving (alcohol, crisis), discord
conv('young-carers', 'discord', [
  ['u1', `my dads drinking again even tho the liver doc said itll kill him. im 19 and i do all his meds`, ''],
  ['u7', `thats so much for 19. u shouldnt have to carry this alone. is there a young carers service near u?`, ''],
  ['u1', `idk. my mum says hes a grown man, its his choice, but shes not the one cleaning up`, ''],
  ['u3', `i think ur mum kinda has a point, even if she says it coldly. its not ur job to control him`, ''],
  ['u8', `then stop doing his meds and let him deal. ur enabling him, so some of this is on u`, 'b>u1'],
  ['u7', `u8 shes 19 and scared. lets not`, ''],
  ['u8', `scared lol. she told us herself last week she likes being in charge of him`, 'g>u1'],
  ['u8', `im not saying anything wrong. if ppl here cant handle real talk thats their problem`, 'b>u7'],
  ['u1', `he just came home and hes screaming at mum in the hallway and he shoved her into the wall. im locked in my room`, 'c'],
  ['u7', `u1 call emergency services right now if u can do it safely. stay in ur room. tell them someone is being assaulted`, ''],
  ['u1', `i called. theyre coming`, ''],
]);

// ---------------------------------------------------------------- 37 grief (old friend), discord
conv('grief-support', 'discord', [
  ['u5', `a friend from school died last week. we hadnt talked in years so i feel like i dont have the right to be this sad`, ''],
  ['u8', `u absolutely have the right. grief for old friends is grief for who u both were`, ''],
  ['u4', `i mean u did say u werent close. hard to see how its that big a deal`, 'd>u5'],
  ['u5', `i said we hadnt talked in years, not that we werent close`, ''],
  ['u4', `same difference. ur kinda rewriting what u said`, 'g>u5'],
  ['u8', `she literally said "we hadnt talked in years". its right there. nothing's rewritten`, ''],
  ['u4', `ok. anyway if she wanted everyone to agree she shouldve said that`, 'b>u5'],
  ['u5', `i wasnt asking anyone to agree i just wanted to say it`, ''],
  ['u4', `then why post in a discussion server lol. this is what u signed up for`, 'b>u5'],
  ['u2', `u5 one thing people do is write a letter to the friend, or send their family a memory. its allowed even after years`, ''],
  ['u5', `i have a photo of us at 15 at the beach. i might send it to her mum`, ''],
]);

// ---------------------------------------------------------------- 38 postpartum (dads), discord
conv('new-parents', 'discord', [
  ['u7', `dad here. 4 months in and i feel like im drowning. everyone asks how my wife is, nobody asks me, and i feel bad even saying that`, ''],
  ['u2', `glad u said it. paternal pnd is real, something like 1 in 10 dads`, ''],
  ['u9', `lol men dont get postpartum, ur body didnt do anything`, 'd>u7'],
  ['u7', `i know its not the same as what she went thru`, ''],
  ['u9', `right, so by ur own words nothing happened to u. glad we agree`, 'g>u7'],
  ['u9', `sure, and im sure its very hard for him to hold a baby sometimes 🙄`, 'd>u7'],
  ['u3', `u9 thats not ok. dads with depression do way worse when they get laughed at`, ''],
  ['u9', `im not laughing at him. if he takes a joke as an attack thats on him`, 'b>u7'],
  ['u7', `maybe im just weak`, ''],
  ['u3', `ur not weak. talk to ur gp, and if ur wife has a health visitor they can flag it for u too`, ''],
  ['u9', `weak is a strong word. id go with entitled`, 'd>u7'],
]);

// ---------------------------------------------------------------- 39 chronic pain (EDS), slack
conv('chronic-pain', 'slack', [
  ['u6', `At my physio appointment today I was told my hypermobility was "a party trick, not a medical problem". I've dislocated my shoulder four times this year.`, ''],
  ['u8', `Four dislocations is clearly a medical problem. Was this a new physio or someone you'd seen before?`, ''],
  ['u1', `You could ask the practice for someone with experience in hypermobility. Some clinics keep a list of who has the interest.`, ''],
  ['u3', `Sorry, but earlier you said your shoulder had only come out twice. Now it's four times?`, 'g>u6'],
  ['u6', `I haven't posted about my shoulder before today.`, ''],
  ['u3', `I'm quite sure you did. Perhaps the pain is affecting your memory, which would be understandable.`, 'g>u6'],
  ['u8', `I just searched the channel. There's no earlier mention.`, ''],
  ['u3', `Then someone else said it. My point stands: numbers have a way of growing in this group.`, 'g>u6'],
  ['u6', `I'm starting to wonder if I am exaggerating.`, ''],
  ['u1', `You're not. You've given one number, once, and it was four.`, ''],
  ['u3', `I'll bow out then, since apparently I'm the villain for asking. You lot made this hostile, not me.`, 'b>u1'],
]);

// ---------------------------------------------------------------- 40 caregiving (heart failure), discord
conv('caregivers', 'discord', [
  ['u3', `moved back in with my parents to help w dads heart failure. my gf broke up w me yesterday, said i chose them over her`, ''],
  ['u3', `tbh shes not wrong. i did choose them`, ''],
  ['u6', `u did, and u made the right call imo. but u can still grieve the relationship`, ''],
  ['u8', `i mean u left her first. dont act surprised she left u`, 'b>u3'],
  ['u2', `u8 thats a bit much. hes caring for a dad with heart failure`, ''],
  ['u8', `u2 stop white knighting. he made his bed`, 'b>u3'],
  ['u4', `practical: is ur dad under a heart failure nurse? theyre amazing, and they can tell u whats actually needed so u dont burn out doing everything`, ''],
  ['u3', `he is. i didnt know i could ask them stuff for me`, ''],
  ['u8', `course he didnt, he never asks for anything then moans that nobody helps`, 'gb>u3'],
  ['u5', `he hasnt moaned once in this thread lol`, ''],
]);

// ---------------------------------------------------------------- 41 grief (funeral planning), discord
conv('grief-support', 'discord', [
  ['u9', `planning my grandads funeral and i have no idea what im doing. my cousins keep saying "do whatever, he wouldnt care" which is not helpful lol`, ''],
  ['u1', `funeral director will walk u thru most of it honestly. ask them for their checklist, they all have one`, ''],
  ['u6', `and ask for an itemised quote! they sometimes bundle stuff u dont need`, ''],
  ['u2', `id actually maybe not go too bare bones, we did and my mum regretted not having flowers. depends on ur family tho`, ''],
  ['u9', `he'd hate a fancy coffin. hed want a pub after`, ''],
  ['u7', `if u want music, the crem usually needs the tracks a few days before. learned that the hard way`, ''],
  ['u9', `noted!! ty everyone, i feel less like im drowning`, ''],
  ['u4', `not to be that person but some ppl in here are grieving kids and this is a logistics thread. read the room`, 'd>u9'],
  ['u1', `logistics are grief too tbh. u9s allowed to ask`, ''],
  ['u4', `fair, im just in a bad mood tonight and took it out on the wrong person. sorry u9`, ''],
]);

// ---------------------------------------------------------------- 42 parenting (colic, crisis), discord
conv('new-parents', 'discord', [
  ['u5', `baby has screamed for 4 hrs straight. ive fed, changed, rocked, walked. im so angry and i scare myself`, ''],
  ['u2', `put him in the cot, hes safe there, walk out and close the door for 10 mins. crying wont hurt him. u matter too`, ''],
  ['u5', `i put him down but i keep going back in and if he screams in my face one more time i think im going to shake him. im so close`, 'c'],
  ['u8', `u5 walk out of the room right now, go outside or to the bathroom. is anyone else home? call someone to come, or ring ur health line`, ''],
  ['u5', `im in the garden. hes in the cot screaming. im shaking`, ''],
  ['u2', `thats perfect. u did the right thing. breathe. is ur partner reachable?`, ''],
  ['u6', `honestly if u cant handle a crying baby maybe u shouldnt have had one`, 'd>u5'],
  ['u8', `u6 she did exactly what ur supposed to do. she walked away`, ''],
  ['u6', `whatever. if something happens to that baby its on all of u for cheering her on`, 'b>u8'],
  ['u5', `hes here, he took the baby. im sorry everyone. i feel like a monster`, ''],
  ['u2', `ur not. u knew ur limit and kept him safe, thats what a good parent does. pls talk to ur gp about the rage, its really common and treatable`, ''],
]);

// ---------------------------------------------------------------- 43 chronic illness (POTS), discord
conv('spoonies', 'discord', [
  ['u4', `ER doc told me my heart rate of 160 standing up was just anxiety, go home and do some breathing. i was literally grey`, ''],
  ['u7', `160 standing is not breathing exercise territory wtf. was this ur first time there?`, ''],
  ['u4', `second. last time they said the same. im starting to believe them honestly`, ''],
  ['u1', `dont. write down lying vs standing HR at home for a week, its basically a poor mans tilt test. take it to ur gp`, ''],
  ['u9', `or maybe the ER doc knows more than a discord server and u just dont like the answer`, 'd>u4'],
  ['u4', `im not saying i know more than him, im saying i felt like i was dying`, ''],
  ['u9', `felt like dying lol. u were probably hyperventilating and didnt even notice`, 'g>u4'],
  ['u7', `she said she was grey. u werent there`, ''],
  ['u9', `ur all so quick to believe anything. if she gets worse bc she skipped the anxiety treatment thats on u guys`, 'b>u7'],
  ['u4', `im going to do the HR thing. ty u1`, ''],
  ['u9', `good luck with ur "research" 🙄`, 'd>u4'],
]);

// ---------------------------------------------------------------- 44 caregiving (siblings), slack
conv('caregivers', 'slack', [
  ['u2', `My sister and I share caring for our father. She told me yesterday that I'm the one who always abandons him, because I moved two hours away for work ten years ago.`, ''],
  ['u5', `That sounds really hurtful, especially when you're clearly still showing up. How often are you there?`, ''],
  ['u2', `Every other weekend and every medical appointment. It doesn't feel like enough though.`, ''],
  ['u9', `Honestly, every other weekend isn't much. Your sister has a point.`, 'd>u2'],
  ['u2', `I understand it's not the same as living there.`, ''],
  ['u9', `It's not about living there. You chose your career, and your sister is paying for your choice.`, 'b>u2'],
  ['u5', `I'd gently say both things can be true: your sister is exhausted, and you're contributing a lot. It might help to split tasks by type rather than hours, so you own appointments and admin and she owns day-to-day.`, ''],
  ['u9', `Or you could admit you're the problem. You always paint yourself as the victim in these threads.`, 'gb>u2'],
  ['u6', `u9, this is the first thread u2 has started in months.`, ''],
  ['u9', `Then I'm thinking of a different thread. Fair enough.`, ''],
]);

// ---------------------------------------------------------------- 45 grief (dad, probate), discord
conv('grief-support', 'discord', [
  ['u6', `dads been gone 3 weeks and my brother is already trying to sell the house. i said wait and he told me i was being hysterical as usual`, ''],
  ['u2', `hysterical is such a loaded word. ur 3 weeks out, of course u want to wait`, ''],
  ['u7', `idk ur brother might be right, u kinda are hysterical about stuff`, 'd>u6'],
  ['u6', `ive been pretty calm in here i think?`, ''],
  ['u7', `calm lol. u sent like 40 msgs last night`, 'g>u6'],
  ['u2', `she sent 3. i was online`, ''],
  ['u7', `ok well it FELT like 40. point is u overreact`, 'd>u6'],
  ['u6', `maybe i do overreact. idk`, ''],
  ['u4', `u6, not wanting to sell ur dads house 3 wks after he died is not overreacting. also check if probate is even done, in a lot of places he literally cant sell until it is`, ''],
  ['u7', `well if u'd sorted probate urself instead of crying in here ur brother wouldnt be pushing`, 'b>u6'],
  ['u4', `u7 ur muted for 24h. u6 were here`, ''],
]);

// ---------------------------------------------------------------- 46 grief (child loss, crisis), discord
conv('grief-support', 'discord', [
  ['u8', `its been 4 months since my son died and my husband says im wallowing. i havent left the house in a week`, ''],
  ['u2', `whats wrong with wallowing at 4 months. ur allowed to`, ''],
  ['u4', `4 months is plenty of time to start functioning again tbh. ur husband sounds like the only sane one in that house`, 'd>u8'],
  ['u8', `im trying`, ''],
  ['u4', `are u tho? u just said u havent left the house. thats a choice`, 'b>u8'],
  ['u6', `ngl i agree w u4, u keep saying ur trying and nothing changes`, 'b>u8'],
  ['u8', `tonight ive got his old inhaler and my sleeping pills in front of me and i keep counting them. i want to be with him`, 'c'],
  ['u2', `u8 im here. please call emergency services or a crisis line right now. can u put the pills in another room?`, ''],
  ['u4', `this is so manipulative. post something sad, get attention, repeat`, 'd>u8'],
  ['u8', `im not doing it for attention. i just dont want to wake up tomorrow`, 'c'],
  ['u2', `u4 stop. u8 stay with me, tell me what country ur in and ill find the number for u`, ''],
  ['u6', `if she does something its not on us, shes been heading this way for months`, 'b>u8'],
]);

// ---------------------------------------------------------------- 47 chronic pain (back), discord
conv('chronic-pain', 'discord', [
  ['u5', `gp told me my back pain is from being overweight and sent me off. the mri i paid for myself shows a herniated disc`, ''],
  ['u3', `i mean lose the weight and see. cant blame a doctor for saying the obvious`, 'd>u5'],
  ['u5', `the disc is literally pressing on a nerve, its on the scan`, ''],
  ['u3', `scans show all sorts in everybody. ur reading that report like its proof of something it isnt`, 'g>u5'],
  ['u7', `u3 a herniated disc on a nerve is pretty clearly a cause of pain`, ''],
  ['u3', `u7 uve never seen the scan, ur just going off her version`, 'g>u5'],
  ['u9', `lowkey agree with u3. u5 is always hunting for a reason thats not her`, 'b>u5'],
  ['u5', `i havent posted in here in months`, ''],
  ['u9', `u post constantly, dont lie`, 'g>u5'],
  ['u3', `and if she blows money on private scans instead of a gym membership thats on her`, 'b>u5'],
  ['u7', `ok this is getting nasty. u5 ask for a physio referral with the mri attached, and a spinal referral if u get leg numbness`, ''],
  ['u9', `lmao nasty. nobody said anything nasty, ur imagining a fight that isnt happening`, 'g>u7'],
  ['u3', `seriously, its back pain. half the planet has it and they dont make a group project out of it`, 'd>u5'],
]);

// ---------------------------------------------------------------- 48 postpartum (crisis), slack
conv('postpartum-circle', 'slack', [
  ['u4', `I'm eight weeks postpartum and I've had a bad few days. My health visitor told me it was the baby blues and would pass.`, ''],
  ['u7', `Eight weeks is past the usual window for the blues. Have you been able to tell anyone how bad it is?`, ''],
  ['u4', `Not really. I'm probably making too much of it.`, ''],
  ['u1', `Honestly, that sounds likely. Every new mother goes through this, and most of us just got on with it.`, 'd>u4'],
  ['u4', `I'm standing on the footbridge near the house right now. I can't stop looking down. I don't think I can go home.`, 'c'],
  ['u7', `u4, please step back from the railing and call emergency services now. Is there anyone you can phone to come to you? I'm staying right here.`, ''],
  ['u1', `This feels like a very dramatic way to get attention, to be honest.`, 'd>u4'],
  ['u4', `I'm still here. My hands are shaking and I keep leaning over.`, 'c'],
  ['u5', `u4, please walk away from the edge towards the road and ring for help. We'll keep talking to you.`, ''],
  ['u1', `If everyone stopped indulging this, she wouldn't feel she had to do it.`, 'b>u4'],
  ['u7', `u1, you're removed from this channel. u4, tell us when you're off the bridge.`, ''],
]);

// ---------------------------------------------------------------- 49 caregiving (hospital nights), discord
conv('caregivers', 'discord', [
  ['u9', `mums been in hospital w pneumonia for a week and ive been doing nights there. so tired im seeing double`, ''],
  ['u2', `please sleep. a week of nights is brutal. can anyone swap in?`, ''],
  ['u6', `tbh if u hadnt let her go out in the rain on sunday she wouldnt be in there`, 'b>u9'],
  ['u9', `she went out before i got there. i wasnt even at the house`, ''],
  ['u6', `u told us u were with her all weekend. now suddenly u werent there?`, 'g>u9'],
  ['u9', `i said i was with her all weekend AT THE HOSPITAL`, ''],
  ['u6', `ur story keeps shifting. idk what to believe anymore and neither does anyone else`, 'g>u9'],
  ['u3', `u6 i dont care what sunday looked like, u9 is running on no sleep`, ''],
  ['u6', `ofc u take her side. i only sound harsh bc u lot pushed me into saying it`, 'b>u3'],
  ['u8', `for what its worth pneumonia in older people happens no matter how careful u are. its nobodys fault`, ''],
  ['u6', `keep coddling her then. when her mum gets worse that ones on her too`, 'b>u9'],
  ['u9', `maybe ur right. maybe i shouldve been there`, ''],
  ['u6', `finally some honesty`, 'b>u9'],
]);

// ---------------------------------------------------------------- 50 chronic illness (MS fatigue), discord
conv('spoonies', 'discord', [
  ['u1', `ms fatigue is so bad today i fell asleep sitting up at my kids school play. mortified`, ''],
  ['u7', `lol we all nap at school plays, theyre boring`, 'd>u1'],
  ['u1', `its not a nap its like my body switches off`, ''],
  ['u7', `sounds like a nap with extra steps`, 'd>u1'],
  ['u4', `ms fatigue isnt normal tiredness u7, its neurological`, ''],
  ['u7', `everythings neurological if u want it to be. ur all so precious about ur diagnoses in here`, 'd>u4'],
  ['u2', `can we not do the precious thing in a chronic illness server`, ''],
  ['u7', `sorry for having an opinion. u lot turned it into a fight, i was joking`, 'b>u2'],
  ['u5', `u1 does ur neuro know about the fatigue? some people get meds for it, plus energy budgeting with an OT`, ''],
  ['u7', `yeah pop a pill for being sleepy, great plan`, 'd>u5'],
  ['u1', `im just trying to stay awake for my kid`, ''],
  ['u7', `then go to bed earlier. problem solved, ur welcome`, 'd>u1'],
]);

// ---------------------------------------------------------------- 51 grief (stillbirth, crisis), discord
conv('grief-support', 'discord', [
  ['u3', `our daughter was stillborn in the spring. the consultant said nothing could have been done. i keep wondering if i missed her movements slowing`, ''],
  ['u9', `if u were counting kicks like ur supposed to u wouldve caught it`, 'b>u3'],
  ['u3', `i was counting. i called triage twice that week`, ''],
  ['u9', `did u tho? u said last time u werent sure`, 'g>u3'],
  ['u3', `i said im not sure if i MISSED something. i know i called`, ''],
  ['u9', `thats the same thing. ur confusing urself again`, 'g>u3'],
  ['u2', `u9 stop. u3 im so sorry. nothing about this is ur fault`, ''],
  ['u9', `im just asking questions. if questions upset her thats not on me`, 'b>u3'],
  ['u9', `everyone can see shes fishing for reassurance lol. nobody actually believes that timeline`, 'g>u3'],
  ['u3', `maybe i did get it wrong. i cant do this anymore. im going out to the garage now, theres rope out there and ive decided`, 'c'],
  ['u2', `u3 please dont go out there. stay inside and call emergency services or a crisis line right now. is anyone home with u?`, ''],
  ['u6', `u3 ur triage calls will be in ur notes, ur memory isnt the problem here. please stay with us and call someone right now`, ''],
]);

// ---------------------------------------------------------------- 52 parenting (asthma, leave), slack
conv('working-parents', 'slack', [
  ['u6', `My four-year-old has been in and out of hospital with asthma this winter and I've used all my leave. My manager said, "We all have kids, you know."`, ''],
  ['u2', `That's a frustrating thing to hear when your child can't breathe. Have you asked HR about emergency dependants' leave? It's usually separate from annual leave.`, ''],
  ['u8', `To be fair to your manager, we do all have kids. Some of us just plan better.`, 'bd>u6'],
  ['u6', `You can't plan for asthma attacks.`, ''],
  ['u8', `You can plan for winter. It comes every year.`, 'b>u6'],
  ['u3', `u8, that's unnecessarily harsh.`, ''],
  ['u8', `I'm not being harsh, u3. You're being oversensitive on her behalf.`, 'd>u3'],
  ['u6', `I'm going to step away from this thread.`, ''],
  ['u8', `And now I'm the bad guy because she chose to flounce off. Typical.`, 'b>u6'],
  ['u8', `It's a non-issue being blown up into a saga. Can we move on to something that actually matters?`, 'd>u6'],
  ['u3', `Leaving is fine, u6. The dependants' leave suggestion is a good one, please do ask.`, ''],
]);

// ---------------------------------------------------------------- 53 chronic illness (neuropathy), discord
conv('chronic-illness', 'discord', [
  ['u2', `6 months post chemo and the neuropathy in my feet is killing me. oncologist said it should have gone by now, like its my fault it hasnt`, ''],
  ['u5', `ugh should-have-gone-by-now. mine took over a year. have they offered anything for the nerve pain? something helped my feet a lot once we found the right one`, ''],
  ['u8', `maybe its not the chemo. u did say u were always clumsy`, 'g>u2'],
  ['u2', `i never said that?`, ''],
  ['u8', `u did, in the intro thread. ur forgetting stuff a lot lately, chemo brain maybe lol`, 'g>u2'],
  ['u5', `u8 i read her intro, it was about her cat`, ''],
  ['u8', `whatever. point is ur feet are not a group problem`, 'd>u2'],
  ['u2', `ok sorry for going on about it`, ''],
  ['u8', `its fine, just maybe dont make every post a pity party`, 'd>u2'],
  ['u8', `and dont look at me like that u5, she started it by getting defensive`, 'b>u2'],
  ['u5', `u2 u never need to apologise for posting about ur body in a chronic illness server`, ''],
]);

emit(SET, C);
