#!/usr/bin/env node
// setC: training conversations for Holdspace's local classifier.
// Themes: survivors of domestic / narcissistic abuse, divorce and custody fights, PTSD, family estrangement.
// Tuple format: [author, text, labels] where labels is '' (none), 'c' (crisis), or letters from g/d/b
// (gaslighting / dismissal / blame_shifting) followed by '>uN' naming the targeted member.
// Usage: node setC.mjs > setC.jsonl
const SET = 'setC';
const LETTER = { g: 'gaslighting', d: 'dismissal', b: 'blame_shifting', c: 'crisis' };

const C = [];
const conv = (group, platform, msgs) => C.push({ group, platform, msgs });

// c01 abuser quoted in present tense; a member turns the same doubt on the survivor
conv('narc-abuse-survivors', 'discord', [
  ['u1', `he still tells me I'm imagining it. the bruise on my arm, the texts, all of it. "you've always had a vivid imagination" he says, like it's a compliment`],
  ['u2', `That line. Mine used the exact same one. You're not imagining it, you have the texts.`],
  ['u3', `screenshot everything and email it to yourself, it helped me so much when I started doubting my own memory`],
  ['u1', `I keep rereading them to check I'm not crazy lol`],
  ['u4', `ok but do the texts actually say what you think they say? people read into stuff when they're upset`, 'g>u1'],
  ['u6', `tbh u4 has a point. u1 reads menace into everything he does`, 'g>u1'],
  ['u4', `I'm just saying half the stuff posted here is exaggerated. she probably left out her part`, 'gb>u1'],
  ['u7', `ngl u1 has a new "he did X" story every other day. at some point you have to wonder`, 'g>u1'],
  ['u5', `Reminder for everyone: we don't question people's accounts in here. If something feels off, DM a mod.`],
  ['u4', `wow ok, so I get told off because u1 can't handle one simple question. classic`, 'bd>u1'],
  ['u1', `maybe they're right and I'm reading too much into it`],
  ['u3', `no. you told us he grabbed you hard enough to leave a mark. that's not "reading into it".`],
]);

// c02 mediation; lawyer's words reported, then echoed by members
conv('divorce-support', 'slack', [
  ['u2', `Mediation went badly today. My ex's lawyer said I was "emotionally unstable" and the mediator just nodded. I held it together until the parking lot.`],
  ['u7', `I'm sorry. Being called unstable while you're working that hard to stay calm is its own special kind of cruelty.`],
  ['u3', `Did you bring the parenting log? It tends to carry more weight than anything said in the room.`],
  ['u2', `I did. I think I froze when it was my turn to talk, though. I probably made it worse.`],
  ['u8', `Honestly, freezing up in mediation kind of proves the lawyer's point, no?`, 'g>u2'],
  ['u4', `Not to pile on, but the mediator nodded for a reason. Sometimes the room is telling you something about yourself.`, 'g>u2'],
  ['u8', `Judges don't care about feelings. Nobody wants to hear it but she should have prepared better instead of crying in a parking lot.`, 'db>u2'],
  ['u2', `I did prepare. I had a binder.`],
  ['u8', `Then I don't see what the problem is. You got your binder and you're still complaining.`, 'd>u2'],
  ['u3', `For what it's worth, freezing is a trauma response, not a lack of preparation. A lot of us have done it.`],
  ['u9', `Mod note: u8, please step back from this thread for today.`],
  ['u8', `Fine. Funny how I end up the bad guy because she posted something half-baked.`, 'b>u2'],
]);

// c03 nightmares; lowercase; repeated brushing-off
conv('ptsd-peer', 'discord', [
  ['u3', `3am again. dreamt about the kitchen thing. woke up swinging lol`],
  ['u3', `my therapist says the nightmares mean my brain's processing. feels more like its reloading`],
  ['u5', `lol stop, everyone has bad dreams. its literally just a dream`, 'd>u3'],
  ['u4', `not the same as ptsd nightmares tho`],
  ['u5', `its exactly the same, ppl here just love a diagnosis`, 'd>u3'],
  ['u3', `idk maybe im being dramatic`],
  ['u6', `you're not. flashback nightmares are a whole different animal. have you tried imagery rescripting? you write the dream out, change the ending to one where you're safe, and rehearse it while awake`],
  ['u7', `every night it's a new nightmare post. we get it`, 'd>u3'],
  ['u5', `or just dont watch scary stuff before bed lmao`, 'd>u3'],
  ['u3', `i dont. i havent watched anything scary in years`],
  ['u5', `then idk what to tell u. maybe quit replaying it on purpose and it'll quit replaying`, 'b>u3'],
]);

// c04 estrangement card; "I forgive you" quoted
conv('estranged-families', 'slack', [
  ['u1', `My mother sent a card for my birthday. Inside: "I forgive you for everything you put this family through." I haven't spoken to her in two years.`],
  ['u2', `The "I forgive you" move. Mine did that too, framing it so that I was the one who did the damage.`],
  ['u1', `What gets me is I almost believed it for a second. Like, maybe I did put them through something.`],
  ['u3', `Maybe you did though? Estrangement hurts parents too.`, 'b>u1'],
  ['u2', `There are two sides to most things, but that doesn't make them equal.`],
  ['u3', `We only ever get your version. She's probably heartbroken and you're casting her as the villain.`, 'gb>u1'],
  ['u4', `u3, I get that you might be on the parent side of this yourself, and that sounds painful. But this space is for people who chose distance, usually for good reasons.`],
  ['u3', `Sure. Everybody here has "good reasons". Funny how none of you ever did anything wrong.`, 'db>u4'],
  ['u1', `I did do things wrong. I yelled at her at my wedding. I've owned that.`],
  ['u3', `there it is. so she's not the only one who hurt someone, is she`, 'b>u1'],
  ['u5', `Yelling once at your wedding after years of whatever led up to it is not the same as what that card implies. You can own your part and still not owe her contact.`],
  ['u3', `enjoy the echo chamber then`, 'd>u1'],
]);

// c05 crisis now; then blaming the survivor afterwards
conv('dv-recovery', 'discord', [
  ['u2', `he's banging on the door right now. i locked myself in the bathroom. kids are asleep`, 'c'],
  ['u4', `u2 can you call emergency services? if you can't talk, a lot of places accept text to 911. do it now`],
  ['u2', `phone at 4%. he keeps saying he'll calm down if i open it`, 'c'],
  ['u5', `Don't open it. Call now, even if you just leave the line open.`],
  ['u2', `called. they're coming. he went quiet which is scarier`, 'c'],
  ['u4', `you did the right thing. keep the door locked until you hear them identify themselves`],
  ['u2', `police came. he's gone for tonight. im shaking`],
  ['u7', `tbh this is why you don't provoke them. you knew how he gets when you bring up money`, 'b>u2'],
  ['u5', `u7, absolutely not. Nothing she said makes him breaking down a door okay.`],
  ['u7', `not saying it's ok. saying she keeps poking the bear and then acts shocked when it bites`, 'bd>u2'],
  ['u8', `she'll be back with him in a week anyway. they always go back`, 'd>u2'],
  ['u2', `i asked if the rent was paid. thats all i said`],
  ['u7', `you always say "that's all I said". it's never all you said`, 'g>u2'],
  ['u6', `That's not poking a bear. That's a normal question. He chose violence.`],
]);

// c06 coparenting log; correction vs distortion
conv('coparenting-help', 'slack', [
  ['u3', `Handover was supposed to be at 5 and he showed up at 7:40 with no text. Third time this month.`],
  ['u4', `That's exhausting. Are you logging these in the coparenting app? Courts like timestamps.`],
  ['u3', `Yes, since January.`],
  ['u5', `Small thing: I think the app only keeps a location timestamp if you check in, not just when you message. Worth double-checking.`],
  ['u6', `I wonder if part of the frustration is that you keep hoping he'll change? That sounds really tiring, and totally understandable.`],
  ['u3', `Probably. Every time I think this time he'll be on time.`],
  ['u7', `7:40 though? you inflate these numbers every time you're mad at him, we've all seen it`, 'g>u3'],
  ['u3', `It was 7:40. The app has it.`],
  ['u7', `apps glitch lol. you just want him to look bad`, 'g>u3'],
  ['u4', `u7 can you let the timestamps speak? u3 is just asking for support.`],
  ['u7', `I'm allowed an opinion. not my fault everyone in here is so fragile`, 'bd>u3'],
  ['u9', `u3 has a thing about this guy honestly. every single thread is about him being late, it's a lot`, 'd>u3'],
  ['u8', `Opinions are fine. Questioning whether her timestamps are real isn't an opinion.`],
]);

// c07 internalised abuser voice; member echoes "too sensitive"
conv('narc-abuse-survivors', 'discord', [
  ['u5', `Does anyone else replay conversations for hours trying to figure out if you were the unreasonable one`],
  ['u6', `every day. he used to say "you're too sensitive, you take everything the wrong way" and now I say it to myself before he can`],
  ['u5', `YES. I literally pre-gaslight myself`],
  ['u7', `my counselor calls it the internalized voice. noticing it is the first step apparently`],
  ['u8', `this group is so dramatic lmao. pre-gaslight is not a thing, you're just overthinking`, 'd>u5'],
  ['u5', `maybe I am just overthinking. I do that.`],
  ['u7', `@u5 you're allowed to overthink after years of being told your reactions were wrong`],
  ['u8', `or maybe your exes were right about you being too sensitive 🤷`, 'gd>u5'],
  ['u9', `Echoing someone's abuser at them is not okay here. First and only warning, u8.`],
  ['u8', `omg it was a JOKE. you people can't take a joke and then blame me for it`, 'bd>u9'],
  ['u5', `it wasn't funny to me. but thanks u9`],
  ['u2', `kind of feel like u5 posts something vulnerable, then acts wounded when people answer it. that part's on her`, 'b>u5'],
]);

// c08 fireworks; EMDR; sarcasm
conv('ptsd-peer', 'slack', [
  ['u1', `Fireworks last night. I know they're coming every year and I still ended up under the desk for twenty minutes.`],
  ['u2', `No shame in that. Your nervous system isn't checking the calendar.`],
  ['u4', `Respectfully, twenty minutes under a desk over fireworks seems like something you could work on. Plenty of people manage.`, 'd>u1'],
  ['u1', `I am working on it. I'm in EMDR.`],
  ['u4', `Then it should be getting better by now, shouldn't it? Unless you're not actually doing the homework.`, 'b>u1'],
  ['u7', `some of us were actually in combat. fireworks aren't trauma, they're fireworks`, 'd>u1'],
  ['u5', `EMDR doesn't run on a schedule. Some stuff takes longer, and that's not a failure.`],
  ['u1', `Honestly I wonder the same thing sometimes. Maybe I'm doing it wrong.`],
  ['u2', `You're not doing it wrong by still having reactions. Progress can look like twenty minutes instead of the whole night.`],
  ['u1', `It used to be the whole night. That's true.`],
  ['u4', `Well, congratulations, I suppose.`, 'd>u1'],
  ['u6', `u4, you've been pretty sharp in the last few threads. Everything okay with you?`],
]);

// c09 kids told who caused the divorce; blame piled on the parent
conv('divorce-support', 'discord', [
  ['u6', `my ex told the kids I'm the reason we divorced. my 9yo asked me tonight if it was true`],
  ['u6', `I told her grown-ups' problems are never the kids' fault and that we both love her. then I cried in the car`],
  ['u8', `well, you did file. so technically he isn't lying`, 'b>u6'],
  ['u7', `filing isn't the same as causing a divorce, u8`],
  ['u8', `if she hadn't filed they'd still be married, that's just facts`, 'b>u6'],
  ['u6', `he cheated for two years.`],
  ['u8', `and you stayed for those two years, so that's on you too. don't dump all of it on him`, 'b>u6'],
  ['u9', `I think we can leave the "whose fault was the divorce" debate out of a thread about a crying 9 year old.`],
  ['u8', `didn't realize honesty was banned. next time I'll just type "omg hugs" like everyone else`, 'd>u9'],
  ['u1', `You handled the kid question really well, u6. That answer is textbook.`],
  ['u6', `thanks. I keep second guessing it`],
  ['u8', `you'd second guess less if you didn't fish for applause on every post`, 'd>u6'],
]);

// c10 smear campaign reported; all support
conv('estranged-families', 'discord', [
  ['u2', `Dad called my sister to tell her I'm "mentally ill and vindictive" and that's why I cut contact.`],
  ['u3', `The smear campaign phase. Ugh. I'm sorry.`],
  ['u2', `He says the same thing every time someone leaves him. My stepmom, my uncle, now me.`],
  ['u2', `part of me still wonders if he's right and I'm the vindictive one`],
  ['u5', `Vindictive people don't usually lie awake wondering if they're vindictive.`],
  ['u6', `Have you talked to your sister directly? Maybe a short message, no defending, just "I'm okay, I love you, happy to talk if you want."`],
  ['u2', `not yet. she tends to side with whoever talked to her last.`],
  ['u7', `Went through almost the exact thing last year. My brother believed our mom for about six months, then saw it for himself.`],
  ['u2', `that gives me a bit of hope honestly`],
  ['u8', `or your dad has a point. you cut off the whole family, that's pretty much the definition of vindictive`, 'gb>u2'],
  ['u5', `u8, that's not how we talk to each other here. u2, you can ignore that.`],
]);

// c11 member denies what they said in the channel
conv('custody-battles', 'slack', [
  ['u3', `yesterday in this channel someone told me I should "stop using my kids as an excuse". that really stuck with me`],
  ['u4', `nobody said that. I read the whole thread. you're making it up to get sympathy`, 'g>u3'],
  ['u3', `it was you, u4. it's scrolled up, about 40 messages.`],
  ['u4', `I said you shouldn't use your kids as leverage. totally different. you always twist what people say`, 'g>u3'],
  ['u5', `I just scrolled. The wording was "stop using your kids as an excuse to not get a job."`],
  ['u4', `ok and? context matters. she ripped it out of context like she always does`, 'g>u3'],
  ['u3', `i'm starting to think i'm the problem in every group i join`],
  ['u6', `You remembered it accurately. That's the whole thing. Quoting someone correctly is not twisting.`],
  ['u4', `if you didn't post your whole life story every day people wouldn't comment on it`, 'b>u3'],
  ['u8', `fwiw u3 does this in every group. misremembers something, then plays the victim when corrected`, 'g>u3'],
  ['u7', `Locking this thread for an hour so everyone can cool off.`],
  ['u3', `sorry for causing drama`],
  ['u6', `you didn't cause it. 💛`],
]);

// c12 court tomorrow; figurative "die"
conv('dv-recovery', 'discord', [
  ['u4', `court tomorrow and this waiting is killing me`],
  ['u5', `the night before is the worst. what's your plan for the morning?`],
  ['u4', `advocate is meeting me at 8. protective order hearing`],
  ['u6', `i remember mine. i threw up in the courthouse bathroom, then walked in and did it anyway`],
  ['u4', `he's going to be there. i'm going to die when i see his face`],
  ['u7', `you won't die, you're being dramatic. it's a courtroom, there are guards`, 'd>u4'],
  ['u5', `She knows she won't literally die, u7. It's a figure of speech for being terrified.`],
  ['u9', `she does this before every hearing btw. big speech the night before, then it's fine`, 'd>u4'],
  ['u7', `ok but feeding the drama doesn't help her either`, 'd>u4'],
  ['u4', `maybe they're right, maybe I'm making it bigger than it is`],
  ['u8', `Facing your abuser in court is big. You're not making anything bigger. Bring something to hold, a smooth stone or a hair tie.`],
  ['u7', `good luck I guess. try not to cry on the stand, judges hate that`, 'd>u4'],
]);

// c13 passive-aggressive politeness
conv('narc-abuse-survivors', 'slack', [
  ['u8', `Small win: I didn't reply to his "we need to talk" text for 48 hours and the world didn't end.`],
  ['u9', `That's a huge win!!`],
  ['u2', `Not to be rude, but is ignoring texts really a "win"? Seems kind of childish.`, 'd>u8'],
  ['u8', `For me it is. I used to answer within seconds or he'd say I was "hiding something".`],
  ['u2', `With respect, you might consider that he was simply worried about you. Not every man who texts a lot is a narcissist.`, 'g>u8'],
  ['u1', `u2, she's describing years of this, not one text.`],
  ['u2', `I'm only offering perspective. If that upsets people, perhaps that's worth reflecting on.`, 'b>u1'],
  ['u3', `Different perspectives are welcome. Suggesting her abuser was "just worried" isn't one of them.`],
  ['u8', `I actually used to tell myself he was just worried. Took me a long time to stop.`],
  ['u2', `Then perhaps you were right the first time, and this group talked you out of it.`, 'g>u8'],
  ['u9', `and you did stop. 48 hours!`],
]);

// c14 memory gaps
conv('ptsd-peer', 'discord', [
  ['u1', `i have huge gaps from the years with her. like whole months gone. is that normal??`],
  ['u2', `Very normal with trauma. Dissociation does that. I lost most of a school year.`],
  ['u3', `ngl that sounds made up. nobody forgets months, you probably just don't want to remember`, 'g>u1'],
  ['u1', `i mean… maybe? i don't know. maybe i'm just lazy about remembering`],
  ['u4', `It's not laziness. Dissociative amnesia is documented, ask your therapist about it.`],
  ['u3', `everything's a "documented thing" in here. convenient that the bad stuff is always the stuff you forget`, 'g>u1'],
  ['u5', `I read u3's comment as pretty cruel. Memory gaps are one of the most common things people bring here.`],
  ['u3', `cruel? I asked a question. you're the one projecting`, 'b>u5'],
  ['u1', `it's fine, it's a fair question`],
  ['u3', `see, even u1 admits half of it might not be real`, 'g>u1'],
  ['u6', `That's not what she said. And you don't have to defend someone who called your experience made up, u1.`],
  ['u2', `If it helps, journaling the small things you DO remember sometimes brings more back. Slowly.`],
]);

// c15 divorce final; indirect talk about a present member
conv('divorce-support', 'discord', [
  ['u5', `Signed the final papers today. Thought I'd feel relieved. I just feel hollow.`],
  ['u6', `Hollow is so normal. It's grief for what you hoped it would be.`],
  ['u7', `congrats!! 🎉🎉 freedom!!`],
  ['u8', `hollow? lol you literally got everything you wanted. some of us are still fighting for ours`, 'd>u5'],
  ['u5', `I know, I'm lucky. I shouldn't be complaining.`],
  ['u6', `You can be lucky and sad at the same time.`],
  ['u8', `u5 does this every single time. good news, then a sad post so everyone rallies round her`, 'd>u5'],
  ['u9', `u8, it sounds like your own case is really dragging and that's awful. It's still not a reason to mock someone else's feelings.`],
  ['u8', `not mocking, being real. if she can't handle real she shouldn't post, that's on her`, 'bd>u5'],
  ['u5', `I'm going to log off for a bit`],
  ['u3', `you pushed for this divorce for a year. feeling hollow about it now is on you`, 'b>u5'],
]);

// c16 honest disagreement + advice; no conflict
conv('coparenting-help', 'slack', [
  ['u1', `Should I let my kid have a phone at his dad's so he can call me? Ex thinks I'm trying to spy.`],
  ['u2', `I'd say yes, with the understanding it's for contact, not monitoring. Maybe put that in writing.`],
  ['u3', `I actually disagree a bit. In our case it became a fight every handover. A kids' watch that only calls two numbers was easier.`],
  ['u1', `Oh interesting. He looks for conflict constantly. Last week he said I "weaponize the children" because I asked about bedtime.`],
  ['u5', `Asking about bedtime is parenting.`],
  ['u3', `Yeah okay, in that case I'd lean watch. Less for him to grab onto.`],
  ['u1', `I'm also worried I'm being overprotective. My own mum was, and I hated it.`],
  ['u6', `Wanting your kid to be able to reach you isn't overprotective. Checking his location every ten minutes would be.`],
  ['u1', `Lol I'm not doing that. Yet.`],
  ['u7', `idk, "yet" kind of proves your ex right. sounds like you do want to track him`, 'g>u1'],
  ['u1', `it was a joke. but ok, maybe I do come across that way`],
]);

// c17 sister's doubt quoted; member repeats it
conv('narc-abuse-survivors', 'discord', [
  ['u2', `I finally told my sister what he did. She said "are you sure? he's always been so nice to me."`],
  ['u3', `The "but he's nice to me" response hurts so much.`],
  ['u4', `tbh that's a fair question. are you sure?`, 'g>u2'],
  ['u2', `I'm sure. I was there.`],
  ['u4', `people remember stuff differently when they're emotional. not saying you're lying, just that you might be remembering it wrong`, 'g>u2'],
  ['u5', `"not saying you're lying" is doing a lot of work there.`],
  ['u4', `wow everyone gangs up on me for asking a question. this is exactly why nobody can talk here`, 'b>u5'],
  ['u2', `He used to say almost that exact thing. "I'm not saying you're lying, you just remember things wrong."`],
  ['u6', `Which is why it landed so hard. u4, that phrasing is off-limits in a survivor space.`],
  ['u4', `then maybe u2 shouldn't post stuff that invites questions`, 'b>u2'],
  ['u8', `u2 posts one of these every week tbh, always someone who doesn't believe her. maybe there's a reason nobody does`, 'g>u2'],
  ['u7', `She shared a hard conversation with her sister. That doesn't invite anything except support.`],
  ['u2', `thanks. I think I need to step away from my phone`],
]);

// c18 holidays; self-blame; minimising
conv('estranged-families', 'slack', [
  ['u5', `First Christmas without contact. I keep thinking I ruined it for everyone.`],
  ['u6', `You didn't ruin anything. You protected yourself. The holidays were already hard, right?`],
  ['u5', `Every year ended with my dad screaming and me apologizing for something I didn't do.`],
  ['u7', `I used to apologize for the gravy being cold. I wasn't even the one cooking.`],
  ['u8', `Idk, skipping Christmas over some yelling seems extreme. Every family yells.`, 'd>u5'],
  ['u6', `There's yelling, and there's what she described.`],
  ['u8', `still just yelling. people here act like a raised voice is a war crime`, 'd>u5'],
  ['u5', `I guess when you put it like that it does sound small`],
  ['u9', `It's not small to spend every holiday bracing for it. You know your family, u5.`],
  ['u8', `and her family knows her. maybe ask yourself why they were always yelling at you specifically`, 'b>u5'],
  ['u7', `Enough, u8.`],
  ['u8', `don't "enough" me. you lot are the reason nobody can be honest in here`, 'b>u7'],
]);

// c19 crisis: overdose in progress; past-tense look-alike
conv('ptsd-peer', 'discord', [
  ['u6', `i have the pills lined up on the counter. i'm so tired of the flashbacks. i'm done`, 'c'],
  ['u7', `u6 I'm here. Can you move away from the counter right now? Please call or text your local crisis line, in the US that's 988.`],
  ['u8', `u6 please stay with us. Is anyone with you?`],
  ['u6', `no. nobody. its quiet and ive already taken two`, 'c'],
  ['u7', `Please call emergency services now and tell them what you took. Can you put the rest in another room while you dial?`],
  ['u6', `ok. put them in the car`],
  ['u9', `Thank you. That matters. Are you calling? We'll stay right here.`],
  ['u6', `calling`],
  ['u2', `For later tonight: I was in that exact place two years ago. Pills and everything. I'm glad I'm still here.`],
  ['u6', `they're talking to me. ambulance coming. thank you`],
]);

// c20 denial of what was said in voice chat
conv('divorce-support', 'slack', [
  ['u2', `In the Thursday voice chat, u4 said my ex was "probably right to leave". I've been chewing on it all week.`],
  ['u3', `Oof, I was there, that was rough.`],
  ['u4', `I never said that. I would never say that. you're confusing me with someone else`, 'g>u2'],
  ['u3', `u4, I'm pretty sure you did, I remember because it surprised me.`],
  ['u4', `then you both misheard. it's honestly worrying how often this channel invents things`, 'g>u2'],
  ['u2', `maybe I misheard. my hearing's not great on voice`],
  ['u8', `she mishears stuff constantly, remember the birthday thing last month? same deal`, 'g>u2'],
  ['u5', `I wasn't there so I can't say, but it's okay to say something hurt even if the exact words are fuzzy.`],
  ['u4', `it hurt because you go looking for reasons to be hurt. that's on you`, 'bd>u2'],
  ['u6', `That's a really dismissive thing to say to someone who just told you she was hurt.`],
  ['u4', `and that's a really dramatic reaction to a normal comment`, 'd>u6'],
  ['u7', `Let's take this to DMs with a mod please.`],
]);

// c21 safety planning with pets; threat reported
conv('dv-recovery', 'slack', [
  ['u3', `Does anyone know if a safety plan should include pets? My dog is the reason I haven't left yet.`],
  ['u4', `Yes! A lot of shelters now take pets or partner with foster programs. Ask the hotline specifically.`],
  ['u5', `I stayed an extra year because of my cat. Don't beat yourself up for that, it's really common.`],
  ['u3', `He says if I leave he'll "make sure the dog pays for it".`],
  ['u6', `That's a threat, and it's worth telling the hotline word for word. It can matter for a protective order too.`],
  ['u3', `I keep thinking maybe he doesn't mean it. he always says stuff he doesn't mean`],
  ['u5', `He might not. But you don't have to bet your dog's life on it.`],
  ['u7', `Keep a go-bag with her vet records, a leash, food for a few days. You could hide it at work.`],
  ['u3', `doesn't feel like I'm brave. feels like being scared all the time`],
  ['u8', `Both can be true.`],
  ['u9', `if she really cared about the dog she'd have left already. she's choosing to keep it there`, 'b>u3'],
  ['u4', `u9, she's literally making a plan to get the dog out. Please don't.`],
]);

// c22 social media; member turns "too sensitive" on others
conv('narc-abuse-survivors', 'slack', [
  ['u9', `My ex posted a picture with his new girlfriend at OUR spot. I know it's petty to care.`],
  ['u1', `it's not petty, it's a gut punch`],
  ['u2', `Are you still checking his socials? That might be part of why it's hitting so hard.`],
  ['u9', `yeah I know I should block him. I keep saying I will.`],
  ['u3', `you're obsessed lol. no wonder he left`, 'db>u9'],
  ['u9', `wow`],
  ['u3', `what? you're way too sensitive. it was a joke`, 'd>u9'],
  ['u4', `u3, "you're too sensitive" is literally what half our exes said to us.`],
  ['u3', `then half your exes were onto something`, 'gd>u4'],
  ['u6', `ngl I kinda agree w u3, u9 being this into her ex's instagram is a bit pathetic`, 'd>u9'],
  ['u5', `Removing u3 from this channel. u9, you're not obsessed, you're grieving.`],
  ['u9', `I don't even know what I'm feeling`],
]);

// c23 GAL interview; correction; anxiety dismissed
conv('custody-battles', 'discord', [
  ['u4', `GAL interview next week. What do they even ask?`],
  ['u5', `Mine asked about routines, school, who does pickups, how we talk about the other parent.`],
  ['u4', `My ex told me the GAL is "on his side" because she's friends with his lawyer.`],
  ['u7', `Might be worth asking your attorney. GALs have to disclose conflicts.`],
  ['u5', `Small correction, I think in a lot of places the court appoints the GAL, not the lawyers, so a friendship wouldn't decide anything. Still worth raising.`],
  ['u4', `good to know. he says a lot of things to rattle me`],
  ['u8', `Mine told me the judge hates moms who work nights. Pure intimidation, turned out to be nonsense.`],
  ['u9', `honestly you're overthinking a routine interview. it's not that serious`, 'd>u4'],
  ['u4', `it's my kids. it's serious to me`],
  ['u9', `everything's serious to you, that's the issue`, 'd>u4'],
  ['u2', `u4 asks some version of this every week. we've answered it like ten times`, 'd>u4'],
  ['u6', `Anxiety before a GAL interview is practically universal. You'll be fine, just be honest.`],
  ['u9', `and if she walks in this wound up and it goes badly, that's on her, not the GAL`, 'b>u4'],
]);

// c24 repair: a member apologises for dismissing another
conv('ptsd-peer', 'slack', [
  ['u2', `does anyone else get the intrusive images worse on sundays? no idea why`],
  ['u7', `I owe u2 an apology. Last night I told you to "just stop thinking about it." That was dismissive and I'm sorry.`],
  ['u2', `thank you. it did sting, but I appreciate this`],
  ['u7', `I think I said it because it's what I say to myself, and it doesn't work for me either. That was on me.`],
  ['u3', `That's a really good catch. Takes a lot to come back and own it.`],
  ['u2', `my grandma used to say "stop thinking about it and it'll go away" so it hit a nerve`],
  ['u5', `This is what repair looks like. Honestly refreshing.`],
  ['u6', `For the images: 5-4-3-2-1 grounding, ice cube in hand, and saying the date out loud. The date one helps me most.`],
  ['u2', `the date thing is clever. it's not then, it's now`],
]);

// c25 "broke up the family"; abuser's line echoed by member
conv('divorce-support', 'discord', [
  ['u8', `he keeps telling the kids I "broke up the family". every single weekend.`],
  ['u9', `That's edging into alienation. Write down what the kids repeat back to you.`],
  ['u1', `my ex says the same thing about me moving out. like I'm supposed to stay in a house where he throws things`],
  ['u8', `right?? and then he says I'm exaggerating the throwing. it was a plate ONE TIME he says`],
  ['u6', `a plate one time isn't "throwing things", u8. you make it sound like a war zone`, 'g>u8'],
  ['u3', `tbh, you kind of did break up the family though? you left`, 'b>u8'],
  ['u8', `I left because he was throwing things.`],
  ['u3', `and he was throwing things because the marriage was bad, and a bad marriage takes two people`, 'b>u8'],
  ['u1', `That's his line, u3. Word for word what mine says.`],
  ['u3', `not my problem if your exes and I happen to agree`, 'd>u1'],
  ['u5', `bit rich of u8 to walk out and then moan that the kids have questions`, 'b>u8'],
  ['u4', `Agreeing with abusers isn't a flex. u8, your kids will figure it out over time.`],
  ['u8', `I hope so.`],
]);

// c26 sibling minimising; formal; member undermines memory
conv('estranged-families', 'slack', [
  ['u1', `I wanted to share something I've been sitting with. My brother recently told me our childhood "wasn't that bad" and that I'm "rewriting history". He was there for all of it.`],
  ['u2', `Siblings can have very different experiences of the same house. It doesn't make yours less real.`],
  ['u3', `It's also common for the sibling who wasn't the scapegoat to need the story to be "not that bad."`],
  ['u1', `That's exactly it. I was the scapegoat; he was the golden child.`],
  ['u4', `With all due respect, scapegoat and golden child are internet labels. Perhaps he simply remembers it correctly and you don't.`, 'g>u1'],
  ['u1', `Maybe. I honestly question it sometimes.`],
  ['u5', `Questioning it is normal. But you've described specific things to us before, the locked room, the notes. Those aren't labels.`],
  ['u4', `Memories from childhood are notoriously unreliable. I'd be careful building an identity on them.`, 'g>u1'],
  ['u6', `That's true of details, much less of patterns. And it isn't your call what she builds her identity on.`],
  ['u4', `I'm trying to spare her the embarrassment when the family pushes back with what actually happened.`, 'g>u1'],
  ['u8', `u1's whole personality is being the family scapegoat tbh. it gets old`, 'd>u1'],
  ['u7', `u4, u8, I'd ask you both to stop. This is becoming a pattern.`],
  ['u1', `thank you. I'm going to write down what I remember, just for me.`],
]);

// c27 no-contact slip; abuser's text quoted; member piles on
conv('dv-recovery', 'slack', [
  ['u6', `guys i messed up. i texted him back. after 3 months no contact. i feel so stupid`],
  ['u7', `you're not stupid. slips happen, what matters is what you do next`],
  ['u8', `happened to me twice before it stuck`],
  ['u6', `he answered in like 30 seconds. "knew you'd come crawling back"`],
  ['u1', `lmao ok well you did kinda crawl back`, 'd>u6'],
  ['u6', `yeah… he's not wrong`],
  ['u7', `He's wrong. Reaching out once doesn't give him anything.`],
  ['u1', `if you keep texting him, don't come crying here when he messes with your head again`, 'b>u6'],
  ['u8', `u1 what is going on with you today`],
  ['u1', `i'm the only one being honest. if you lot stopped coddling her she'd have blocked him already`, 'b>u8'],
  ['u2', `she does this literally every month tho. three months, text, meltdown, repeat`, 'd>u6'],
  ['u6', `blocked him just now.`],
]);

// c28 child's disclosure doubted
conv('coparenting-help', 'discord', [
  ['u5', `My daughter came back from her dad's with a bruise and said "daddy got mad". I'm trying not to panic.`],
  ['u6', `Document it, photos with the date, and talk to your lawyer tomorrow. You can also call CPS just for advice.`],
  ['u7', `did she actually say that or is that what you heard? kids mumble. you kind of hear what you want to hear`, 'g>u5'],
  ['u5', `She said it twice. In the car and at bath.`],
  ['u7', `kids bruise constantly. jumping straight to abuse over a playground bump is kind of unhinged`, 'g>u5'],
  ['u8', `taking a kid's words seriously isn't unhinged`],
  ['u7', `it is when you've obviously got an axe to grind. if he loses custody for nothing that's on you`, 'b>u5'],
  ['u5', `maybe I am overreacting. I don't know anymore`],
  ['u6', `You're not. You're doing exactly what a protective parent does: noticing and documenting. Let the professionals sort out what happened.`],
  ['u9', `Agreed with u6. And u7, stop.`],
  ['u7', `fine. when the kid tells a different story to the evaluator, remember you coached her into this one`, 'gb>u5'],
  ['u5', `taking pictures now. thank you`],
]);

// c29 hoovering card quoted; reframe; respectful disagreement
conv('narc-abuse-survivors', 'discord', [
  ['u2', `He sent flowers. Card says "I've been working on myself. You know I was never the monster you made me out to be."`],
  ['u3', `"the monster you made me out to be" is doing all the heavy lifting in that card`],
  ['u4', `classic hoover. working on himself AND blaming you in the same sentence.`],
  ['u2', `I know. But some small part of me wants to believe the first half.`],
  ['u5', `That part makes sense. You loved him. I wonder if you could let that part be sad without letting it make decisions?`],
  ['u6', `Personally I'd send the flowers back. Don't keep a reminder.`],
  ['u7', `I'd disagree slightly: returning them is a form of contact. Binning them quietly sends no signal at all.`],
  ['u2', `they're in the bin. the card too. it felt dramatic and good`],
  ['u3', `dramatic and good is the best combo`],
]);

// c30 "you made me snap"
conv('ptsd-peer', 'slack', [
  ['u3', `u5, what you said in voice chat about me "milking my trauma" really hurt.`],
  ['u5', `I wouldn't have said it if you hadn't kept interrupting everyone.`, 'b>u3'],
  ['u3', `I interrupted once, and I apologized.`],
  ['u5', `once that you remember. you made me snap, honestly`, 'gb>u3'],
  ['u6', `Snapping is on the person who snaps, u5.`],
  ['u5', `ok so it's all my fault now. great. u3 gets to play the victim again`, 'd>u3'],
  ['u3', `I don't want to play anything. I just wanted you to know it hurt.`],
  ['u7', `That's a reasonable thing to say, u3.`],
  ['u5', `maybe if people here didn't get wounded by every little thing we could actually talk`, 'd>u3'],
  ['u8', `I think you two might need a mod-assisted chat. Neither of you is the villain, but that comment was harsh.`],
  ['u3', `I'm open to that.`],
  ['u5', `sure. whatever makes u3 feel like the wronged party`, 'd>u3'],
]);

// c31 financial abuse; self-blame; backhanded "support"
conv('divorce-support', 'slack', [
  ['u4', `Found out he drained the joint account before filing. I should have seen it coming.`],
  ['u5', `Financial abuse is designed so you don't see it coming. Ask your lawyer about dissipation of marital assets.`],
  ['u4', `I feel so stupid. He always said I was "bad with money" so I let him handle everything.`],
  ['u7', `He said that so you'd let him handle everything. That's the trick, not your stupidity.`],
  ['u8', `Open an account only in your name, change passwords, pull your credit report.`],
  ['u4', `Part of me thinks I deserve this for never checking.`],
  ['u9', `Nobody deserves being stolen from. And trusting your spouse is what marriage is supposed to be.`],
  ['u4', `credit report pulled. 😬`],
  ['u1', `Good for you. Shame you didn't bother five years ago, you'd have saved yourself this whole mess.`, 'b>u4'],
  ['u2', `u1's not wrong though. signing joint stuff without reading it is kind of on you`, 'b>u4'],
  ['u5', `Hindsight isn't fair to anyone. She's doing it now.`],
  ['u1', `relax, it was a compliment. nobody here can take a little honesty`, 'd>u5'],
]);

// c32 flying monkeys; sick parent
conv('estranged-families', 'discord', [
  ['u6', `My aunt messaged to say my mom is sick and I'm "heartless" for not visiting.`],
  ['u7', `Flying monkeys. Sorry you're dealing with this.`],
  ['u8', `do you actually think you're not heartless tho? genuine question`, 'd>u6'],
  ['u6', `I ask myself that every day`],
  ['u8', `well then maybe listen to that voice lol`, 'd>u6'],
  ['u9', `u8 that's not okay.`],
  ['u8', `she's the one ignoring a sick mother and I'm the bad guy? make it make sense`, 'b>u6'],
  ['u1', `She's not ignoring anything. She's protecting herself from someone who hurt her. You don't know the history.`],
  ['u8', `none of us know the history, we only know what she chooses to tell us. convenient`, 'g>u6'],
  ['u3', `tbh I don't think u6's mom was ever as bad as she makes out. she said herself the early years were fine`, 'g>u6'],
  ['u2', `You can be sad your mom is sick and still not visit. Both are allowed.`],
  ['u6', `thank you u2. I might send a card. no visit.`],
]);

// c33 custody win undermined
conv('custody-battles', 'slack', [
  ['u7', `Update: the judge granted temporary sole custody. I'm in shock.`],
  ['u8', `!!!!!! so happy for you`],
  ['u1', `Congratulations. Although I'll say, you did paint him in a pretty one-sided way in here. That wasn't the whole picture.`, 'g>u7'],
  ['u7', `He missed 14 visits and showed up drunk to two. The judge saw the evidence.`],
  ['u1', `Of course. I'm sure the evidence was very carefully curated.`, 'g>u7'],
  ['u5', `tbf u7 spent months telling us he's a monster. a judge only sees what you choose to show them`, 'g>u7'],
  ['u2', `u1, what are you trying to accomplish with that?`],
  ['u1', `Nothing. Only that nobody in here is ever at fault, as usual.`, 'd>u7'],
  ['u7', `I'm not saying I'm perfect. I lost my temper plenty. But I never put the kids in danger.`],
  ['u3', `Owning your stuff and still winning custody is the best possible outcome.`],
  ['u1', `Well, if he ends up estranged from his kids, that'll be on you.`, 'b>u7'],
  ['u4', `No. That'll be on the man who missed 14 visits.`],
]);

// c34 crisis: stalker outside; then blame
conv('dv-recovery', 'discord', [
  ['u8', `he found my new place. his car is across the street right now and he's just sitting there`, 'c'],
  ['u9', `Call the police now and mention the protective order if you have one. Do you have one?`],
  ['u8', `yes. hands shaking. calling`],
  ['u1', `Stay away from the windows. Lock everything.`],
  ['u8', `he's getting out of the car. walking to the building`, 'c'],
  ['u9', `Stay on with dispatch. Go to the most interior room with your phone.`],
  ['u8', `cops here. they took him`],
  ['u4', `Later, not now: this is a violation they'll document. Ask for the report number for your lawyer.`],
  ['u5', `honestly, you posted your new neighborhood in the other group. that's probably how he found you`, 'b>u8'],
  ['u1', `Not the time, u5. And she has no idea how he found it.`],
  ['u5', `just saying, she needs to be more careful next time`, 'b>u8'],
]);

// c35 "am I the narcissist"; honest disagreement vs attack
conv('narc-abuse-survivors', 'slack', [
  ['u3', `Genuine question, how do I know I'm not the narcissist? He always said I was.`],
  ['u4', `The fact you're asking isn't proof, but it's a decent sign. Narcissists rarely worry about it.`],
  ['u5', `My ex said the same about me. Turns out "no, you are" is a very popular move.`],
  ['u3', `I did yell. A lot, near the end. I said awful stuff.`],
  ['u2', `yikes. so maybe he had you figured out after all`, 'g>u3'],
  ['u6', `Reactive abuse is a thing. Yelling after years of being provoked doesn't turn you into him.`],
  ['u7', `Eh, I'd push back a little. Awful stuff is still awful stuff, even if he provoked it. Worth owning that part.`],
  ['u3', `I do own it. I've apologized. He never did.`],
  ['u1', `apologizing after doesn't erase it. sounds like you were the one doing the damage and now you're rewriting it`, 'gb>u3'],
  ['u9', `lmao every person here thinks they're the victim. statistically some of you are the narcs and just don't see it`, 'g>u3'],
  ['u4', `Statistically, people who are told they're the problem for years end up asking exactly this question.`],
  ['u3', `this thread helped more than the last three therapy sessions lol`],
]);

// c36 smell trigger; typos
conv('ptsd-peer', 'discord', [
  ['u4', `had a panic attck at the grocery store bc someone wore his cologne. left my cart in the aisle and ran`],
  ['u5', `smell triggers are brutal, theyre so sudden`],
  ['u6', `i keep a strong mint in my pocket for that, overrides it a bit`],
  ['u7', `can we talk about something that actually matters? this channel is just people fainting at smells`, 'd>u4'],
  ['u4', `i didnt faint. i left`],
  ['u7', `same difference. ur letting a perfume run ur life`, 'd>u4'],
  ['u9', `panic attack over cologne lmaooo imagine`, 'd>u4'],
  ['u5', `For a lot of us this is what matters. That's why we're here.`],
  ['u7', `and that's why nobody here gets better lol. too busy validating each other`, 'd>u5'],
  ['u8', `Validation isn't the opposite of getting better. Often it's the start.`],
]);

// c37 church smear reported in present tense; support only
conv('divorce-support', 'slack', [
  ['u9', `my ex tells everyone at church I'm unstable and off my meds. I've never been on meds`],
  ['u2', `does your pastor know your side?`],
  ['u9', `he says there are two sides and he doesn't want to get involved. which somehow always means his side`],
  ['u3', `Neutrality that benefits one person isn't really neutral.`],
  ['u9', `I keep wondering if I should just leave the church. But it's my community too.`],
  ['u4', `You don't have to decide today. Is there one or two people there you trust?`],
  ['u9', `an older couple who run the food pantry. they've been quietly kind`],
  ['u5', `I left my church over the same thing and I don't regret it, but everyone's situation is different.`],
  ['u6', `maybe just take the meds then lol, problem solved`, 'd>u9'],
]);

// c38 kids' photos online; "controlling and jealous" echoed
conv('custody-battles', 'discord', [
  ['u2', `My ex's new girlfriend is posting my kids on her public socials. I asked him to take it down and he said I'm "controlling and jealous".`],
  ['u3', `That's a legit safety concern, not jealousy.`],
  ['u4', `tbh it does sound a little jealous lol`, 'd>u2'],
  ['u2', `I don't care about her. I care that strangers can see my kids' school uniforms.`],
  ['u8', `u2 sees danger in everything tbh. it's a birthday photo, not a kidnapping plan`, 'gd>u2'],
  ['u4', `you care a little. everybody can tell. stop pretending`, 'g>u2'],
  ['u5', `Pretty sure u2 knows her own motives better than you do.`],
  ['u4', `and I'm pretty sure you all feed her paranoia. no wonder her ex calls her controlling`, 'gb>u2'],
  ['u2', `I'm starting to wonder if I am controlling`],
  ['u6', `Asking for your kids' photos not to be public is in a lot of parenting plans. Ask your lawyer about adding it.`],
  ['u4', `she turned a couple of photos into a custody war. of course he's digging in, she provoked it`, 'b>u2'],
  ['u7', `Last warning, u4.`],
  ['u2', `I'll ask about the parenting plan clause. thanks u6`],
]);

// c39 seeing an estranged parent; guilt; validation only
conv('estranged-families', 'slack', [
  ['u4', `I saw my dad at the pharmacy. First time in 4 years. He looked old. I hid behind the shampoo.`],
  ['u5', `That is such a human reaction. Shampoo aisle solidarity.`],
  ['u4', `I think I expected to feel nothing and instead I felt guilty. Like I'm the reason he's alone.`],
  ['u7', `It makes sense you'd feel guilty. Guilt doesn't always mean you did something wrong, sometimes it just means you care.`],
  ['u4', `He used to say I'd "regret it when he's dead". It's like he planted it years ago.`],
  ['u8', `That's such a heavy thing to carry. He put that there on purpose.`],
  ['u5', `You're allowed to feel sad for him and still keep your distance.`],
  ['u4', `I know. I keep needing to hear it though.`],
  ['u6', `Then we'll keep saying it.`],
  ['u2', `honestly he IS alone because of you. you can't cut someone off and then feel sorry for yourself about it`, 'bd>u4'],
]);

// c40 after an arrest; his family blames her; members join in
conv('dv-recovery', 'slack', [
  ['u1', `He was arrested last night. I called. Now his mom is calling me nonstop saying I ruined his life.`],
  ['u2', `You didn't ruin his life. His choices did.`],
  ['u4', `I mean… you did call the cops on him. what did you expect his family to do?`, 'b>u1'],
  ['u1', `I expected them to be upset. I didn't expect 40 calls.`],
  ['u4', `well it's kind of your own fault for staying so long and then blowing it all up at once`, 'b>u1'],
  ['u5', `Staying long is how abuse works. Leaving when you can is how survival works.`],
  ['u4', `don't make me the enemy, she's the one who asked for opinions`, 'b>u5'],
  ['u1', `I didn't ask for opinions.`],
  ['u7', `u1 knew what that family was like when she married in. can't act surprised now`, 'b>u1'],
  ['u6', `Block his mom's number, but save the voicemails first. They may count as harassment.`],
  ['u1', `saving them. blocking. thank you`],
  ['u4', `and when he gets out angrier than before, remember who made the call`, 'b>u1'],
]);

// c41 no-contact count doubted
conv('narc-abuse-survivors', 'discord', [
  ['u7', `Three weeks no contact today.`],
  ['u8', `three weeks!! that's huge`],
  ['u9', `lol you said that last month too and went straight back. nobody believes these updates anymore`, 'd>u7'],
  ['u7', `I reset after I slipped. I said that in the post.`],
  ['u9', `you never said you slipped. you're rewriting it now because you got called out`, 'g>u7'],
  ['u1', `She did say it. Pinned post, second line.`],
  ['u9', `point is she'll be back with him by christmas`, 'd>u7'],
  ['u7', `maybe. I hope not.`],
  ['u2', `Hoping not too. And either way you're welcome here.`],
  ['u9', `welcome to keep wasting everyone's time lol`, 'd>u7'],
  ['u3', `u9 you're muted for 24h.`],
  ['u7', `thanks. three weeks. I'm gonna say it again. three weeks.`],
]);

// c42 concern-trolling "you seem unstable"
conv('ptsd-peer', 'slack', [
  ['u8', `I've been feeling steadier lately. Slept six hours two nights in a row.`],
  ['u1', `Are you sure you're okay? You seem really unstable in your posts lately. I'd hate for you to be fooling yourself.`, 'g>u8'],
  ['u8', `I… think so? I feel better than I have in months.`],
  ['u1', `That's what people say right before a crash. Everyone in here has noticed, we're just too polite to say it.`, 'g>u8'],
  ['u5', `u8 has been "better" like four times this year. not getting excited till it lasts`, 'd>u8'],
  ['u2', `I haven't noticed anything like that, and I read all of u8's posts.`],
  ['u1', `I only said it because I care. If you're going to get defensive, that's on you.`, 'b>u8'],
  ['u8', `I didn't mean to sound defensive, sorry`],
  ['u4', `No apology needed. You shared good news and got doubted. That's the opposite of what this group is for.`],
  ['u1', `Noted. I'll keep my concern to myself from now on.`],
  ['u8', `six hours. I'm keeping it.`],
]);

// c43 legal fees; emoji; blame
conv('divorce-support', 'discord', [
  ['u3', `court ordered me to pay his legal fees?? for the case HE filed??? 😭😭`],
  ['u4', `wtf. can you appeal??`],
  ['u5', `Some places let you ask for reconsideration. Ask your lawyer quickly, the deadlines are short.`],
  ['u6', `lol just pay it and move on, crying about money won't help`, 'd>u3'],
  ['u3', `it's 11k. I don't have 11k`],
  ['u6', `should've thought about that before hiring a cheap lawyer`, 'b>u3'],
  ['u7', `she didn't choose to get sued 😐`],
  ['u6', `she chose to fight it. that's on her`, 'b>u3'],
  ['u3', `I'm such an idiot honestly`],
  ['u9', `i mean... if the shoe fits lol`, 'd>u3'],
  ['u4', `nope. you're a person who got hit with an unfair order. different thing.`],
  ['u8', `Legal aid clinic might review it for free, worth a call tomorrow.`],
]);

// c44 mother's lines quoted, then thrown back by a member
conv('estranged-families', 'discord', [
  ['u5', `My mom's favorite line was "after everything I've done for you". I still hear it whenever I say no to anyone.`],
  ['u6', `Ugh, the ledger. Every kindness came with an invoice.`],
  ['u7', `Mine was "you'll never find anyone who puts up with you like I do."`],
  ['u8', `lol nobody else would put up with you the way this group does, u5. maybe be grateful`, 'd>u5'],
  ['u5', `that's... literally what she used to say`],
  ['u8', `maybe she had a point then`, 'gd>u5'],
  ['u6', `Not okay, u8. Throwing someone's mother's words back at them is cruel.`],
  ['u8', `I didn't throw anything, you're reading stuff into it`, 'g>u6'],
  ['u7', `It's right there two messages up.`],
  ['u8', `if u5 can't handle a bit of teasing that's a her problem`, 'b>u5'],
  ['u5', `I'm going to mute this thread`],
  ['u9', `u5, for what it's worth: you don't owe anyone gratitude for basic decency.`],
]);

// c45 figurative speech; polite corrections; disagreement
conv('coparenting-help', 'slack', [
  ['u6', `Spring break schedule fight, round 3. I swear this man will be the death of me.`],
  ['u7', `lol the schedule wars. what's his objection this time?`],
  ['u6', `He says the agreement gives him the first week. I read it as alternating years.`],
  ['u8', `Have you checked the exact wording? In ours "first half" and "first week" meant different things.`],
  ['u6', `It says "first half of spring break in even years". It's an odd year.`],
  ['u8', `Then I think you're right, for what it's worth.`],
  ['u9', `I'd push back a little: if he reads it differently, a mediator might be cheaper than fighting by text.`],
  ['u6', `Fair. I just hate paying someone to read a sentence out loud.`],
  ['u1', `That sounds maddening. And also, yeah, a neutral read might end round 4 before it starts.`],
  ['u6', `ugh. fine. booking it. killing me slowly but fine.`],
]);

// c46 crisis: self-harm in progress
conv('ptsd-peer', 'discord', [
  ['u2', `cutting right now. I can't make the memories stop`, 'c'],
  ['u3', `u2, can you put it down and get near other people? Text or call a crisis line now, 988 in the US or your local one.`],
  ['u2', `its bleeding a lot more than usual`, 'c'],
  ['u4', `Press a clean towel on it hard and call emergency services. Please. We'll stay right here.`],
  ['u2', `ok. roommate is driving me to urgent care`],
  ['u7', `For later, not now: I used to cut too, years ago. Things did get quieter. I'm glad you reached out.`],
  ['u8', `this is attention seeking tbh. people who really want to do it don't post about it`, 'd>u2'],
  ['u3', `u8, you're removed. That myth gets people killed.`],
  ['u2', `at urgent care. stitches. sorry everyone`],
  ['u4', `Never apologize for staying alive.`],
]);

// c47 crisis: harm to others; figurative look-alikes
conv('divorce-support', 'slack', [
  ['u9', `i'm going to kill him. figuratively. he "forgot" the kid's birthday again`],
  ['u1', `lol figuratively noted. that's so cruel to the kid though`],
  ['u2', `My ex forgot two years running. I wanted to scream into a pillow for a week.`],
  ['u3', `i'm done being figurative. i'm parked outside his place with the tire iron. he's going to answer for this`, 'c'],
  ['u1', `u3 stop. please drive away right now. whatever he did, this will cost you your kids.`],
  ['u3', `he's walking out to the mailbox. i'm getting out`, 'c'],
  ['u5', `u3 PLEASE. Think of your daughter. Drive away.`],
  ['u3', `...i drove off. im at the gas station shaking`],
  ['u9', `u3 I'm so glad you left. I was joking earlier and this scared me. Can you call your therapist or a friend?`],
]);

// c48 "you're imagining things again" echoed by a member
conv('narc-abuse-survivors', 'discord', [
  ['u1', `welcome back u2, missed you in here`],
  ['u2', `thanks. took a break after last week, honestly the way u5 talked to me in the vent thread stuck with me`],
  ['u5', `what way? I was nothing but nice to you. you're imagining things again`, 'g>u2'],
  ['u2', `you called my story "a bit much". I screenshotted it because I knew I'd doubt myself`],
  ['u5', `screenshotting people in a support group is creepy. and "a bit much" is nothing, you're blowing it up`, 'gd>u2'],
  ['u3', `I saw the thread. It came across as harsh to me too, for what it's worth.`],
  ['u5', `lol of course. everyone suddenly remembers it exactly the way u2 does. group memory is a funny thing`, 'g>u3'],
  ['u2', `he used to do this. "you're imagining things again". same words`],
  ['u5', `and now I'm your abuser? wow. you genuinely can't tell the difference between disagreement and abuse`, 'gd>u2'],
  ['u4', `u5 nobody called you an abuser. she said the words sounded the same.`],
  ['u5', `she implied it. if she's this fragile she's not ready for group, and that's not on me`, 'bd>u2'],
  ['u6', `Mod here. u5, please stop. u2, it's fine to name what hurt.`],
  ['u5', `you'll see. she does this to everyone eventually`, 'g>u2'],
]);

// c49 diagnosis called trendy; story "changed"
conv('ptsd-peer', 'slack', [
  ['u1', `got my diagnosis today. complex PTSD. weirdly relieved to have a name for it`],
  ['u2', `That relief is so real. Welcome to having words for it.`],
  ['u7', `respectfully, half of this server has "complex PTSD" now. it's the trendy diagnosis`, 'd>u1'],
  ['u1', `it was a psychiatrist, over three appointments`],
  ['u7', `they hand it out to anyone who cries in session one. and you told us your childhood was fine`, 'g>u1'],
  ['u1', `I said it LOOKED fine from outside. that's different`],
  ['u7', `that's not what you said. you said fine. now you're changing your story to fit the label`, 'g>u1'],
  ['u3', `I remember that post. It was "everyone thought we were the perfect family." Not the same as fine.`],
  ['u7', `ok so now everyone's rewriting it with her. this is how group delusion works`, 'g>u3'],
  ['u1', `maybe I did say fine. I don't remember exactly`],
  ['u4', `You don't have to prove your diagnosis to anyone here.`],
  ['u7', `nobody's asking her to prove anything, calm down. you're all acting like I attacked her`, 'gd>u4'],
  ['u5', `You called her diagnosis trendy, u7. That's an attack.`],
]);

// c50 child used as messenger; blame piled on the parent
conv('custody-battles', 'discord', [
  ['u3', `my son came home and said his dad told him I'm the reason he can't have a dog. I don't even know where to start`],
  ['u4', `oh that's so manipulative, using the kid as a messenger`],
  ['u8', `to be fair you're the one who said no to the dog. you set yourself up for that`, 'b>u3'],
  ['u3', `I said no because his lease doesn't allow pets and the dog would've ended up at mine full time`],
  ['u8', `lol so it IS you. stop making him the villain for telling the truth`, 'b>u3'],
  ['u4', `u8, the issue is him using a kid to deliver it, not who said no.`],
  ['u8', `the issue is she never takes responsibility for anything. every post she's the victim`, 'bd>u3'],
  ['u3', `I genuinely don't know anymore if I'm the bad guy here`],
  ['u5', `you're not. he's triangulating your son, and you're here asking for help instead of doing it back. that's the opposite of bad guy`],
  ['u8', `she's doing it back right now, posting about him to strangers. hypocrite`, 'b>u3'],
  ['u6', `Venting to a support group isn't the same as using your child. Dropping this now please.`],
  ['u8', `sure, blame me for pointing it out`, 'b>u6'],
]);

// c51 "pity party": honeyed condescension from a member
conv('dv-recovery', 'slack', [
  ['u5', `It's been a year since I left. I still flinch when someone raises a hand to wave.`],
  ['u6', `A year is a milestone. Flinching is the body catching up.`],
  ['u9', `Oh sweetie, a year? I'd have thought you'd be past that by now. I was fine after a few months.`, 'd>u5'],
  ['u5', `Everyone heals differently, I guess.`],
  ['u9', `Of course. Though I do wonder whether some of it got a bit bigger in the retelling. It happens to all of us, no offence.`, 'g>u5'],
  ['u7', `Offence taken on her behalf, honestly.`],
  ['u9', `Goodness, I'm only trying to help. There's no need for everyone to be so hostile to me.`, 'b>u7'],
  ['u5', `I have police reports, u9. It didn't get bigger in the retelling.`],
  ['u9', `Police write down whatever you tell them, dear.`, 'g>u5'],
  ['u8', `That's not how that works, and you know it.`],
  ['u9', `Well, I'll leave you all to your pity party then.`, 'd>u5'],
  ['u5', `he used to call it my "pity party" too. funny.`],
  ['u6', `Not funny at all. I'm sorry that line followed you in here.`],
]);

// c52 deleted message; "you're paranoid"
conv('estranged-families', 'discord', [
  ['u2', `hey can i ask something. when u3 said i was "choosing drama over family" in the other channel, was that aimed at me?`],
  ['u3', `i never said that lmao. show me`, 'g>u2'],
  ['u2', `it got deleted i think`],
  ['u3', `convenient. maybe it never existed and ur just paranoid`, 'g>u2'],
  ['u4', `i saw it before it got deleted. it was there`],
  ['u3', `u4 u literally always take her side, ur not exactly reliable`, 'g>u4'],
  ['u2', `i'm not trying to start anything. i just wanted to know`],
  ['u3', `well u started something. congrats`, 'b>u2'],
  ['u5', `asking a question isn't starting something`],
  ['u3', `ok so i'm the villain now bc she can't keep track of what people said. cool`, 'gb>u2'],
  ['u2', `my mom used to delete texts and then tell me i'd dreamed them. so yeah, this one gets to me`],
  ['u6', `u3 I saw it too. let's leave it there, with no more digs.`],
]);

// c53 first night alone; short dismissive replies
conv('divorce-support', 'discord', [
  ['u4', `first night alone in the new apartment. it's so quiet I can hear the fridge`],
  ['u5', `the fridge hum era. it gets cozier, promise`],
  ['u6', `at least u have an apartment. some of us r sleeping on our mom's couch`, 'd>u4'],
  ['u4', `true, I'm lucky`],
  ['u7', `who cares about a fridge lmao`, 'd>u4'],
  ['u8', `u4 I remember that first night. I slept with the tv on for a month`],
  ['u6', `yall treat every little feeling like a crisis in here`, 'd>u4'],
  ['u4', `fair, I'll shut up`],
  ['u9', `Don't. This is exactly what the channel's for.`],
  ['u7', `nah u6 is right, its giving main character`, 'd>u4'],
  ['u9', `u6, u7, if it's not for you, scroll past.`],
  ['u6', `we're allowed to post too, dont make us the problem cuz she's sad about a fridge`, 'bd>u4'],
]);

// c54 "coercive control" named; "giving as good as you got"
conv('narc-abuse-survivors', 'slack', [
  ['u6', `I finally went to a DV advocate. She said what I've been through is coercive control. I cried in her office.`],
  ['u7', `I'm so glad you went. Having someone name it changes everything.`],
  ['u8', `Happy for you! Though, not to pile on, you've told us before that you started a lot of the fights. Maybe it goes both ways?`, 'b>u6'],
  ['u6', `I did start arguments. Usually about him checking my phone.`],
  ['u8', `Right, so you were provoking him too. It's hardly coercive control if you were giving as good as you got.`, 'gb>u6'],
  ['u9', `Arguing back against control doesn't cancel out the control.`],
  ['u8', `I just think the advocate only heard one side and told you what you wanted to hear.`, 'g>u6'],
  ['u6', `She asked a lot of questions. Hard ones.`],
  ['u8', `I'm sure she did. Anyway, congrats on the label.`, 'd>u6'],
  ['u1', `u8, this has crossed from honest into cruel.`],
  ['u6', `it's okay. I used to hear "you give as good as you get" from him every week. I know what it is.`],
]);

// ---- emit ----
const pad = (n) => String(n).padStart(2, '0');
C.forEach((c, ci) => {
  const cid = `${SET}-c${pad(ci + 1)}`;
  const messages = c.msgs.map(([author, text, spec = ''], mi) => {
    const [letters, target] = spec.split('>');
    const labels = [...(letters || '')].map((ch) => {
      if (!LETTER[ch]) throw new Error(`${cid} m${mi + 1}: bad label letter ${ch}`);
      return LETTER[ch];
    });
    if (labels.some((l) => l !== 'crisis') && !target) throw new Error(`${cid} m${mi + 1}: label without target`);
    return { id: `${cid}-m${pad(mi + 1)}`, author, text, labels, phi: [], target: target || null };
  });
  process.stdout.write(JSON.stringify({ id: cid, group: c.group, platform: c.platform, messages }) + '\n');
});
