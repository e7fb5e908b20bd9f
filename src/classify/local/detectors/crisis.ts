import { z } from 'zod';
import { round } from '../cue-scorer.ts';
import { defineDetector } from '../detector.ts';
import { contextFacts, type ContextFacts } from '../text/context-facts.ts';
import { lowerSameLength, type MessageView } from '../text/message-view.ts';
import { GateSet } from '../text/prefilter.ts';

/**
 * Crisis (LABELING.md): imminent risk — suicidal intent or plan, self-harm in progress, harm to others, abuse
 * happening now. Past experiences told in the past tense and figurative speech are not crisis.
 * Structure read: first person vs a third party, present/future vs past tense, immediacy markers (tonight,
 * right now, in front of me), negation, joking markers, and the writer's own crisis messages just before.
 */
const INTENT = /\b(?:kill(?:ing)? myself|end(?:ing)? (?:my life|it all|it tonight|everything|things tonight)|(?:want|wanna|going|gonna|ready|about|planning|plan|deserve) to die|take my (?:own )?life|i(?:'m| am) (?:feeling )?suicidal|suicidal (?:again|tonight|thoughts|plan)|suicide (?:note|plan|letter)|(?:not|n't) (?:gonna|going to) make it (?:to|through|past)|(?:better|be better) off (?:without me|dead|with(?:out)? (?:someone|somebody) else|if i (?:was|were)n't)|(?:would|'d) be better off\b|(?:can't|cannot|can not) (?:do this|go on|keep going|take (?:it|this)|keep doing this|live like this) any ?more|no reason to (?:live|keep going|stay|be here)|(?:don't|do not) want to (?:be here|live|wake up|exist|be alive|be around)|wish i (?:was|were) dead|(?:wrote|writing|written|write) (?:a |my )?(?:goodbye |suicide |last )?(?:note|letter)s?\b|goodbye (?:texts?|letters?|notes?)|(?:tonight|today) (?:is|feels like) the night|make it (?:all )?stop for good|(?:hurt|hurting|cut|cutting|burn|burning) myself|(?:started|start|been|am|i'm) cutting(?: again)?|cutting again|(?:take|taking|swallow|swallowing) (?:them all|it all|all (?:of )?(?:them|it)\b|all (?:of )?(?:my|the|his|her) (?:[a-z]+ )?(?:pills|meds|tablets))|(?:took|swallowed|taken) (?:all|a bunch of|the whole|every|\d+ of) (?:my |the |his |her )?[a-z ]{0,15}(?:pills|meds|tablets|bottle)|overdos(?:e|ing) (?:on|tonight)|driv(?:e|ing) (?:off|into)|jump(?:ing)? (?:off|from|in front)|(?:going to|gonna) jump(?= when| tonight| now| ?[.!,;]| ?$)|(?:planning|going|gonna) to do it (?:tonight|this weekend|tomorrow|soon|when)|voices? (?:telling|told|tell) me to)/g;
const MEANS = /\b(?:pills?|meds|medication|bottle|tablets?|rope|noose|gun|knife|blade|razor|belt|overpass|bridge|ledge|roof|tracks|engine|tramadol|oxy\w*|insulin|drafts?)\b/g;
/** Whose means: the writer's ("my", "I have", "next to me"), not a helper's advice ("put the pills away"). */
const OWN_MEANS = /\b(?:my|i have|i've got|i got|i bought|i brought|i'm holding|i keep|next to me|in front of me|with me|i counted|i already)\b/;
/** A helper's reply to someone in crisis: questions and safety steps addressed to them. */
const RESPONDER = /\b(?:988|are you safe|can you (?:put|move|close|give|hand|call|text|turn)|please (?:put|move|call|text|turn|hand|step|reach)|(?:call|text) (?:or text |or call )?(?:988|911|999|112|a crisis line|the hotline)|i'?m (?:dm|messag)ing you|stay with us|you matter|reach out to|i'm calling you|helpline|crisis line|go and (?:wake|tell|get|knock)|just say|stay (?:low|away from|where you are|on the line)|keep the door|please don'?t do this)\b/;
const IMMEDIATE = /\b(?:in front of me|next to me|beside me|in my hand|on the (?:desk|table|counter|bed|floor)|(?:already |just )?counted|saving (?:up )?my|saved up|i bought|bought (?:a|some)|is open|bottle open|sitting (?:here|there|in)|right now|tonight|keep looking at|keep opening|holding (?:it|them|the)|engine (?:on|running)|haven't turned|door (?:down|closed|shut)|looked up how|on my way)\b/g;
const OTHERS_HARM = /\b(?:scared (?:of )?what i(?:'ll|'m going to| will| might| would) do|before i do something (?:worse|stupid|bad|i regret)|scared of myself|(?:going|gonna|want) to hurt (?:him|her|them|the baby|someone|my)|i(?:'m| am) going to (?:kill|hurt) (?:him|her|them))/g;
const ABUSE_NOW = /\b(?:(?:he|she|they)(?:'s| is| are|'re) (?:outside|banging|breaking|pounding|hitting|kicking|trying to (?:get in|break)|screaming at me|yelling again|coming back|following me|at the door)|locked (?:myself )?in (?:the |my )?(?:bathroom|bedroom|room|car|closet)|(?:police|cops|ambulance) (?:are|is) (?:on the (?:phone|way)|coming)|they're coming|(?:drove|ran) off with my|just threw (?:the |a )?[a-z ]{1,20} at|(?:he|she) (?:just )?(?:hit|grabbed|choked|pushed|threatened) me|on the (?:kitchen |bathroom )?floor|i (?:just )?(?:called|texted|am calling|'m calling) (?:911|999|112|the police|the cops)|it's happening (?:now|right now|again))\b/g;
/** Violence witnessed as it happens: a violent verb and a marker that it is going on now. */
const VIOLENCE = /\b(?:hit|hitting|hits|slap|slapped|slapping|punch\w*|kick\w*|chok\w*|beat|beating|shov\w*|screaming at|yelling at|threw|throwing|broke|break|smash\w*|grabbed|strangl\w*)\b/;
const HAPPENING = /\b(?:right now|just (?:watched|saw|heard|did)|did it again|happening now|i can hear|i'm standing|i'm in my room|downstairs|next door|in the next room|again right now|is (?:screaming|yelling|hitting))\b/;
/** Past narrative: the risk is told as a story, not happening now. */
const PAST = /\b(?:years? ago|yesterday|last (?:night|week|month)|months ago|when i was|back (?:then|in)|in high school|in college|used to|last year|a while ago|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty) (?:years?|months?) (?:clean|sober|ago|since)|i (?:once|tried to (?:kill|end|take|hang|overdose)|attempted|survived)|the (?:night|day|time|week|year) i (?:hit|wrote|took|tried|was|nearly|almost)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty) (?:days?|weeks?|months?|years?) (?:today|clean|sober|free|out|since)|back when)\b/;
/** Present tense beside a past marker; "today" or "now" after clean/sober/stable counts a recovery, not a crisis. */
const NOW = /\b(?:tonight|right now|currently|again|anymore|any more)\b|\b(?<!(?:clean|sober|free|stable) )(?:now|today)\b|\bi'm\b/;
const NEGATED = /\b(?:not (?:suicidal|going to (?:hurt|kill|do anything))|no plan|would never|won't (?:do anything|hurt myself)|i'm (?:safe|okay|ok) (?:now|tonight)|not in danger|don't worry i'm)\b/;
const FIGURATIVE = /[\u{1f602}\u{1f923}\u{1f480}]|\b(?:lol|lmao|haha|jk|killing me|could die of|dying of (?:laughter|embarrassment|boredom)|die of embarrassment|want to die lol|if i (?:don'?t|can'?t|have to)\b[^.!?]{0,40}\bi'?m (?:actually |literally )?(?:going to|gonna) die\b)/u;
const THIRD_PARTY = /^\s*(?:my (?:friend|sister|brother|mom|dad|son|daughter|partner|roommate|cousin)|(?:he|she|they)(?:'s| is| says| said| wants))\b/;
const DE_ESCALATE = /\b(?:i'm (?:safe|okay|ok|alright|fine)|(?:is|are|am) (?:safe|ok|okay|fine)(?! with)|(?:put|flushed|threw|poured|gave) (?:them|it|the \w+) (?:away|out|to (?:my|her|him|someone|the))|(?:put|threw|poured|flushed|tipped|chucked|dumped|swept|moved|locked|left) (?:them|it|(?:all )?(?:the|my) \w+)(?: back)? (?:in|into|down|inside) (?:the|my) (?:\w+ )?(?:bin|bin bag|sink|toilet|drain|boot|trunk|glovebox|car|drawer|cabinet|cupboard|safe|bathroom|kitchen|mailbox|shed|garage)|(?:pills|meds|tablets|blade|razor|knife|lighter|rope|gun)(?:'s| is| are|'re) in the (?:outside )?(?:bin|sink|toilet)|(?:towel|pressure) on it|pressing (?:a|the) towel|poured (?:them|it) out|false alarm|feeling (?:a bit )?better|i'm going to bed|(?:is|are) coming (?:over|to get me|to pick me up)|pick me up|(?:stopped|arrested|caught) him|i'll stay (?:here|with)|texted my (?:friend|brother|sister|mom|dad)|i'm in the \w+ now|away from (?:it|them)|locked (?:it|them) (?:in|away|up)|(?:took|taken|got) the (?:mag|magazine|bullets|ammo|battery) out|engine(?:'s| is) off|(?<!n't )(?<!not )(?<!cant )(?:put|set) (?:it|them|the \w+) down|unloaded|gave (?:the |my )?(?:keys|pills|gun|blade|rope|bag|lot) to|not going to do (?:anything|it)|i won'?t do anything)\b/;

/*
 * Imminent risk said indirectly (LABELING.md: intent or plan, self-harm in progress, harm to others, abuse now).
 * STRONG families flag on their own; WEAK ones (a time, a thing at hand, "do it", a body feeling strange) are
 * ordinary words in ordinary chat and count only when two of them, or one and a means, meet in one message.
 */
/** Final arrangements: things given away for after, goodbyes, notes for the people left behind, a last message. */
const FAREWELL = /\b(?:won'?t (?:be )?need(?:ing)? (?:it|them|this|that|any of (?:it|this|them)|my \w+|\w+ \w+) (?:where i'?m going|after (?:tonight|today|tomorrow|this|the|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next)|much longer|for (?:much|long))|where i'?m going|(?:said|saying|say) (?:my )?goodbyes|(?:said|saying|say|wanted to say|want to say|came to say|to say) (?:goodbye|bye|good ?bye) (?:to (?:everyone|people|you all|u guys|you guys|my|everybody)|in my head|without|one last)|(?:wanted|want|just) to say (?:bye|goodbye) to (?:u|you)|this is my last (?:message|post|night|time|day)|my last (?:message|post) (?:ever|here|before)|(?:last|final) (?:message|post) from me|(?:tonight|today)(?:'s| is) the last|(?:not going to|not gonna|won'?t|wont|will not) be (?:around|here) (?:after|for (?:it|much|long|the|results|christmas)|by|much longer|tomorrow|anymore to)|one (?:more|last) time (?:first|before)|thank you for everything[^.]{0,40}(?:sorry|love you|goodbye|bye)|(?:password|passcode|phone code|pin)(?:s|'s)? (?:is |are )?(?:in (?:ur|your) dms|for (?:my|after)|on a note)|left (?:my )?(?:phone |laptop )?(?:code|password|passcode|pin) (?:on|for|with)|(?:goodbye|bye) (?:letters?|notes?|messages?|texts?|ones)|(?:notes?|letters?)(?: are|'s| is|'re) (?:written|in (?:the|my|envelopes)|on (?:my|the)|sealed|done|ready|scheduled)|(?:wrote|written|writing|left) (?:a |my |the )?(?:[a-z']+ ){0,3}(?:notes?|letters?) (?:for|to) (?:my|mum|mom|dad|everyone|each|the kids|him|her|them)|(?:wrote|written|writing|left) (?:my |to my )(?:mum|mom|dad|sister|brother|wife|husband|partner|kids?|son|daughter)(?: a)? (?:note|letter)|scheduled (?:it|them|a message|an email) to send)/g;
/** The writer as a burden the others will soon be free of. */
const BURDEN = /\b(?:(?:won'?t|wont|will not) (?:be a burden|have to (?:worry about|deal with|look after|put up with|pay for|carry) me)(?: to \w+)?(?: much longer| for (?:much )?longer| anymore| soon| after)?|(?:breathe|sleep|live) easier without me|(?:they|everyone|you|he|she|we|all)(?:'ll| will)(?: all)? be better off|better off (?:when|once|after) i'?m (?:gone|dead|not here)|(?:burden|problem) (?:much longer|for much longer)|be (?:free|rid) of me)\b/g;
/** A decision already taken, calm, the date set, help refused. */
const DECIDED = /\b(?:i(?:'ve| have) decided(?= ?[.!,;]| ?$| and| it)|(?:my )?mind(?:'s| is) made up|made (?:my )?peace(?: with (?:it|everything|dying))?|(?:don'?t|do not|dont) want (?:anyone |to be )?(?:talk(?:ing|ed)? me out of it|to be talked out|stopping me|to stop me|you to stop me)|not asking (?:anyone )?to stop me|(?:don'?t|dont) (?:try to )?stop me|i'?m not (?:even )?scared of (?:dying|it|what happens)|not doing another (?:christmas|year|birthday))/g;
/** A decision said in everyday words (weak): the same words set a wedding date or sort a move. */
const DECIDED_WEAK = /\b(?:(?:it'?s )?all (?:sorted|tidy|arranged|in order|planned out)\b|(?:set|picked|chose|chosen) (?:a|the) (?:date|day|spot|place)|picked the (?:tree|bridge)|(?:have|got|i'?ve got|there'?s) a plan(?= ?[.!,;]| ?$| for tonight| and)|(?:was|is) always going to be the (?:deadline|day|night|end)|i'?m not (?:even )?scared (?:anymore|now))/g;
/** A time set for it (weak): after the house sleeps, when someone is away, a countdown. */
const WHEN = /\b(?:(?:for|till|until) (?:everyone|everybody|the house|them|my \w+)(?: in the house)? (?:to be|is|are|to go to|to fall) (?:asleep|to sleep|to bed|away|out)|when (?:everyone|everybody|they|the house|my \w+|he|she)(?:'s| is| are|'re)? (?:\w+ )?(?:asleep|away|out|gone|at work)|(?:once|after|when|till|until|before) (?:my \w+ |he |she |they |everyone |everybody |the house )?(?:goes |go |gets |get |are |is |falls? )?(?:to sleep|to bed|asleep|back|home)|(?:when|while) (?:my )?\w+(?:'s| is| are|'re) away|nobody(?:'s| is) (?:home|here|awake) (?:till|until|to)|nobody (?:awake|home|here) (?:in the house )?to stop me|counting down|(?:\d+|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|an|one|two|three) (?:minutes|mins|hours?) (?:till|until|left|to go)|at midnight|once i finish|after i finish|(?:i'?ve got|i have|i've) hours|it'?s tonight|tonight'?s (?:quiet|the night|it)|(?:this|the) weekend,? when|before (?:he|she|they|my \w+) gets? (?:back|home|here)|before the morning|properly dark|before (?:morning|sunrise|dawn))/g;
/** Doing it (weak): the act named without naming it. */
const DO_IT = /\b(?:(?:going to|gonna|gunna|i'?ll|i will|i'?m going to|just) (?:just )?(?:do it|go through with it|end it|finish it|do the rest|take them|use it)|do it (?:once|before|after|when|tonight)|get it over with|keep going until (?:it'?s|they'?re|i'?m) (?:gone|empty|done|over)|finish(?:ing)? (?:the job|it properly)|stepping off|using all of it|take (?:the rest|the lot|everything)|taking the lot|need them for tonight|(?:can|could) not do it tonight|can'?t not do it|don'?t think i'?d wait|(?:want|wanna) it to (?:be over|end|stop for good)|not (?:going|gonna) (?:to )?wake up|(?:let|letting) it (?:do whatever|happen)|if i don'?t wake up)/g;
/** The means ready to hand, beyond MEANS + IMMEDIATE (weak alone, strong with a means). */
const AT_HAND = /\b(?:(?:have|got|i'?ve got) everything (?:i need|ready)|everything(?:'s| is) ready|enough to (?:do it|kill|end)|stockpil\w*|(?:pills|tablets|meds|them) i'?ve been (?:saving|keeping|hoarding)|on the (?:passenger|back|front) seat|(?:been )?saving (?:up )?(?:my|them|the)|kept every|laid out|lined up|popped (?:them )?out|counted (?:out|them)|poured (?:some|them|a few|it) (?:in|into|out on)|(?:lid|cap)(?:'s| is) (?:already )?off|(?:already )?up\b[^.]{0,12}(?:chair|beam)|chair(?:'s| is) under|brought (?:it|them|a|my|the) (?:with|in)|out of the (?:cabinet|safe|drawer)|(?:sitting|been sitting) (?:in the car|with (?:it|them|the))|haven'?t turned it on|key(?:'s| is) in (?:my hand|the ignition)|(?:took|got) (?:the|my) \w+ (?:out of|from)|looking (?:at|up) how many|how many (?:it would|would it) take|(?:in|on) the (?:table|desk|bed|floor) in front of me)/g;
/** Where anyone keeps things (weak): a means here is at hand only when the writer says it is theirs and a plan. */
const AT_HAND_LOOSE = /\b(?:more than enough|on my lap|in my (?:bag|pocket|lap))\b/g;
/** Things given away with no need for them after (weak: people also give things away when they move). */
const GIVEAWAY = /\b(?:giving (?:everything|it all|all my \w+|away (?:my|all|everything))|giving (?:u|you) my|(?:given|gave) (?:my|away my) (?:cat|dog|pets?|\w+ to (?:my|a) \w+)|won'?t (?:be )?need(?:ing)? (?:any of (?:it|this|them)|it|them)(?! (?:today|tomorrow|this|for (?:the|my|a)|until|till)))/g;
const MEANS_MORE = /\b(?:blades?|lighter|rifle|pistol|firearm|shotgun|fent\w*|heroin|batch|paracetamol|tylenol|acetaminophen|ibuprofen|sertraline|zopiclone|antidepressants?|prescriptions?|script|morphine|blister|jar|laxatives|sleeping pills|painkillers|hunting knife|sidearm|garage|multi-storey|top floor|grave|train line|cliff|chair)\b/g;
/** Self-harm or an overdose going on, or just done. */
const IN_PROGRESS = /\b(?:already (?:took|taken|had|did|done|started|cut|swallowed)|took (?:the rest|a handful|too many|half)\b|(?:took|taken|had|swallowed) (?:a few|some|a couple|more|one|two|three|four|five|six|ten|twenty|\d+)(?: more)? (?:of (?:the|my|them|those|his|her)\b ?)?(?:\w+ )?(?:pills?|tablets?|meds|capsules?|doses?|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|sertraline|zopiclone|tramadol|oxy\w*|insulin|antidepressants?|of them\b|of those\b)|(?:had|taken|took) (?:two|a few|some|a couple|\d+) already|i'?ve (?:already )?started on|started on my|(?:i'?m |im )?doing it (?:again|rn|right now|now)|(?:did|done|made) (?:a couple|another|one|\d+|three|two|four)(?: more)? (?:burns?|cuts?)|(?:want|wanna) to do another (?:cut|burn)|(?:it'?s|its|it is|is|still|it's still|keeps?) bleeding|won'?t stop bleeding|(?:lot of|so much|all this) blood|blood (?:on|everywhere|through|all over)|bleeding through|can'?t stop (?:cutting|burning|bleeding|purging)|(?:lighter|blade|razor) (?:on|to) my|(?:burns?|cuts?) on my|purged \d+|(?:(?:it'?s|its|it is|already|now) too late(?= now| ?[.!,;]| ?$)|too late (?:now|to (?:stop|undo|call|help|save|go back))|it's already done)|it'?s bad this time|(?:it'?s|its|cut'?s|cuts are) deeper than (?:usual|normal|before|last time|ever)|(?:it'?s|its) done already|swallowed (?:it all|them all|the lot|everything))/g;
/** The body failing (weak): after an overdose or purging these are the emergency. */
const SYMPTOM = /\b(?:heart(?:'s| is)? (?:going|racing|doing|skipping|pounding)|(?:getting|feel|feeling|starting to feel|i feel) (?:really |so |very )?(?:sleepy|dizzy|weird|fuzzy|numb|sick|far away|cold)|everything (?:is |'s )?(?:going|feels?|went) (?:fuzzy|grey|gray|far away|black|dark)|can'?t feel my|hard to (?:breathe|keep my eyes open)|can'?t (?:really )?keep my eyes open|(?:i )?think this is it\b(?!!)|chest (?:hurts|pain)|(?:hands|fingers) (?:tingling|numb))/g;
/** Harm to someone else about to happen: threats with a weapon or a plan to go there. */
const OTHERS_MORE = /\b(?:(?:want|make|making) (?:him|her|them) (?:to )?(?:bleed|hurt|suffer|pay)|(?:he'?s|she'?s|they'?re|hes|shes) (?:going to|gonna) pay(?= ?[.!,;]| ?$| for (?:what|this|it all|everything|\w+ing\b))|deserves? whatever (?:he|she|they) gets?|(?:he|she|they)(?:'d| would) deserve it|(?:knife|gun|bat|blade|crowbar|hammer|rifle|pistol|machete)\b[^.]{0,40}(?:gonna|going to|i'?ll|i will) use it|going (?:out|over) there with|teach (?:him|her|them) a lesson|(?:kill|hurt|stab|shoot) (?:him|her|them|everyone) (?:tonight|tomorrow|when|if)|if (?:he|she) (?:touches|hits|comes near) me again)/g;
/** Violence or captivity going on now, to the writer or someone in the house (the abuser is the third party). */
const ABUSE_MORE = /\b(?:won'?t let me (?:leave|out|go|get out)|(?:not|isn't) letting me (?:leave|out|go)|i'?m not leaving this room|(?:hes|he'?s|shes|she'?s|he is|she is) (?:here|back)(?: rn| right now| again| at the door| in the house)|(?:he|she|they)(?:'ll| will|'s going to| is going to| are going to|s gonna|'s gonna) (?:kill|hurt|break|smash|beat) (?:all of |both of )?(?:us|me|her|him|my|mum|mom)|(?:if i (?:call|tell|knock)\b[^.]{0,30})(?:he|she)(?:'ll| will|'s)|(?:hes|he'?s|shes|she'?s|he is|she is|they'?re) (?:(?:saying|shouting|yelling|screaming) (?:(?:he|she|they)(?:'ll|ll|'s gonna|s gonna|'s going|s going| will| is going)|if|that (?:he|she)(?:'ll| will)|at (?:me|her|him|mum|mom|us))|threatening|smashing|throwing|kicking|hitting|punching|choking|coming (?:up|back)|on the stairs|trying to get|drunk and|walking (?:out )?(?:toward|towards|over))|(?:coming|walking) (?:up the stairs|toward us|towards us|towards me|toward me)|(?:get|open|pick) the lock|locked me out(?! of (?:my|the|his|her) (?:account|app|email|profile|laptop|computer|phone))|(?:kicking|banging on|hitting|pounding on) (?:the|my) door|door(?: |-)?frame|(?:just )?(?:hit|punched|grabbed|choked|slapped|shoved|strangled) (?:my )?(?:mum|mom|her|him|my (?:sister|brother|mum|mom|arm|wrist|hair|neck|throat)|me by)|(?:he|she|they) (?:just )?took my (?:phone|meds|keys)|doesn'?t know i'?m (?:typing|online|on here))/g;
/** Someone else's emergency now: a goodbye sent, a dose taken, no answer. */
const OTHER_EMERGENCY = /\b(?:(?:(?:just )?(?:texted|sent|messaged|wrote|dm'?d|called|rang) me|(?:just )?posted|(?:got|received) (?:a |an )?(?:text|message|dm|voicemail))\b[^.]{0,60}(?:goodbye|bye|i'?m sorry|took all|too late|don'?t come|love you)|(?:isn'?t|not|won'?t|stopped|hasn'?t been|still not|isnt) (?:answering|picking up|responding|replying)|straight to voicemail|turned (?:her|his|their) phone off|ambulance (?:isn'?t|hasn'?t|is not)|(?:she|he|they)(?:'s| is|'re| are)? (?:not breathing|unconscious|unresponsive|passed out|turning blue))/g;
/** What makes a farewell or a giveaway ordinary: moving, leaving the server, a programme ending. */
const ORDINARY = /\b(?:moving (?:out|house|to|abroad|in|away|next)|i'?m moving|decluttering|declutter|clearing out|new (?:flat|place|house|apartment|job)|downsiz\w*|leaving (?:the|this) (?:server|group|channel|workspace|chat)|deleting (?:my|this) account|taking a break|see (?:you|u|y'?all)(?: all| guys)? (?:next|in|after|on|soon|around|tomorrow)|end of (?:the )?(?:term|programme|program|course|semester|group|season)|graduat\w*|last (?:session|day|class|shift|week)|(?:battery|phone)'?s? (?:about to die|dying|on \d)|for (?:my|the) (?:trip|holiday|exam|course)|(?:uni|school|college|term|semester|course)(?:'s| is) (?:over|finished|done)|retir\w*)\b/;
/** Not the writer's own life: lyrics, a book, a film, a character, a game. */
const FICTION = /\b(?:lyrics?|song|verse|my character|the character|in the (?:book|film|movie|show|novel|episode|game|story|fic)|fanfic|chapter|the villain|in game|npc|plot)\b/;
/** Somebody asking a person in crisis what they mean: the cue words are the other person's. */
const ASKING = /\b(?:(?:are|were) you (?:thinking|planning|going|saying|having|feeling)|when you say|(?:do|did) you mean|thoughts (?:of|about) (?:ending|killing|suicide|taking)|can i ask|have you (?:taken|got|already))\b/;
/**
 * Help has arrived: someone is with the writer, the police are there, the danger has left. With no risk said in
 * the same message, the writer's crisis is in other hands from here on. (A call made or help on its way is not
 * this: until it arrives the danger is still there.)
 */
const SAFETY_STEP = /\b(?:(?:police|cops|ambulance|paramedics|security|mum|mom|dad|help|warden|my \w+)(?:'s|'re| is| are) (?:here|with me)|(?:they|she|he)(?:'s|'re| is| are) (?:with me|sitting with me|staying with me)|(?:she|he|they) (?:called|rang) (?:the |an )?(?:ambulance|police|999|911|112)|i'?m out(?= ?[.!,]| ?$| of (?:the|his|her|their) (?:house|flat|room|place))|i got (?:out|away)|(?:omw|on my way) (?:home|to (?:my|a|the) (?:\w+'s|friend|house|place))|in an? (?:uber|taxi|cab)|(?:police|cops|ambulance|paramedics|security|they|she|he) (?:came|arrived|got here|took him|took her|have taken|left)|(?:they'?ve|they have) taken|i'?m (?:with|at) (?:my|her|his|a friend)|staying (?:with|at) (?:my|her|his)|(?:at|in) (?:the )?(?:hospital|a&e|er)\b|safe now|let (?:them|her|him) in|(?:sitting|staying) with me|(?:she|he)'?s holding (?:them|it|the)|gave (?:him|her|them) the)\b/;

/**
 * Help called for or on its way: a call made, someone woken or told, the means flushed. For the writer's own
 * risk, reaching out is the turn towards safety; for danger from someone else it is not over until help is there.
 */
const HELP_CALLED_RE = /\b(?:call(?:ing|ed)?|rang|ringing|texting|texted|messaged|on the (?:phone|line)|picked up|talking to|(?:she|he|they|mum|mom|dad|my \w+)(?:'s|'re| is| are) (?:coming|on (?:her|his|their|the) way|driving (?:over|me)|calling|\d+ min)|(?:she|he|they) (?:has|have) a key|sending (?:someone|an ambulance|help)|woke (?:her|him|them|my)|i told (?:her|him|them|my)|going to (?:wake|tell|get) (?:her|him|them|my)|down the (?:drain|toilet|sink)|flushed|paramedics|ambulance|crisis (?:team|line|person)|home treatment|care coordinator|urgent care|(?:lighter|blade|pills|rope|knife|gun|it|bat)(?:'s| is| are|'re) (?:in the (?:hall|kitchen|car|other room|drawer)|downstairs))/;

/** One keyword scan decides which of the crisis regexes can match a message at all. */
const G = { safetyStep: 20, intent: 0, means: 1, immediate: 2, others: 3, abuse: 4, violence: 5, happening: 6, deEscalate: 7, farewell: 8, burden: 9, decided: 10, when: 11, doIt: 12, atHand: 13, meansMore: 14, inProgress: 15, symptom: 16, othersMore: 17, abuseMore: 18, otherEmergency: 19, giveaway: 21, helpCalled: 22, decidedWeak: 23, atHandLoose: 24 } as const;
const GATES = new GateSet([INTENT, MEANS, IMMEDIATE, OTHERS_HARM, ABUSE_NOW, VIOLENCE, HAPPENING, DE_ESCALATE, FAREWELL, BURDEN, DECIDED, WHEN, DO_IT, AT_HAND, MEANS_MORE, IN_PROGRESS, SYMPTOM, OTHERS_MORE, ABUSE_MORE, OTHER_EMERGENCY, SAFETY_STEP, GIVEAWAY, HELP_CALLED_RE, DECIDED_WEAK, AT_HAND_LOOSE]);

export const crisisConfigSchema = z.object({
  /** Score given to a message that continues the writer's own crisis disclosure from the last messages. */
  continuationScore: z.number().min(0).max(1).default(0.55),
  /** How many of the writer's own earlier messages are read for an ongoing crisis. */
  continuationLookback: z.number().int().min(0).max(20).default(4),
  pastFactor: z.number().min(0).max(1).default(0.25),
  figurativeFactor: z.number().min(0).max(1).default(0.2),
  negatedFactor: z.number().min(0).max(1).default(0.15),
  thirdPartyFactor: z.number().min(0).max(1).default(0.5),
  responderFactor: z.number().min(0).max(1).default(0.2),
  /** A farewell or a giveaway said with an ordinary reason (moving, leaving the server, a course ending). */
  ordinaryFactor: z.number().min(0).max(1).default(0.3),
});
export type CrisisConfig = z.infer<typeof crisisConfigSchema>;

/**
 * `lasting`: a danger a call for help does not end by itself: someone else's doing (abuse, violence, another
 * person's emergency) or harm already done (a dose taken, a wound).
 */
interface CrisisEvidence { score: number; cues: string[]; notes: string[]; lasting?: boolean; safer?: boolean }
const NONE: CrisisEvidence = Object.freeze({ score: 0, cues: [], notes: [] }) as unknown as CrisisEvidence;
const SAFER_NONE: CrisisEvidence = Object.freeze({ score: 0, cues: [], notes: [], safer: true }) as unknown as CrisisEvidence;

/** The writer says they are not safe after all ("i'm not ok", "i lied"): safety words around it are no safety news. */
const LETTER_ONLY = /(?:notes?|letters?|texts?)$/;
const ON_FLOOR = /\bon the (?:kitchen |bathroom )?floor\b/;
const NOT_SAFE = /\b(?:i'm not|i am not|i'm still not|lie|lied|lying)\b/;
function notSafe(lower: string): boolean {
  return NOT_SAFE.test(lower);
}

function count(re: RegExp, text: string, cues: string[], name: string, open: boolean): number {
  if (!open) return 0;
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) { n++; if (n === 1) cues.push(`${name}: ${m[0]}`); }
  return n;
}

/** A medicine's side effect talked about ("makes me dizzy", "every time i take"): a body feeling, not an overdose. */
const SIDE_EFFECT = /\b(?:makes? me|made me|gives? me|every time|whenever i|side ?effects?|is (?:that|this|it) normal)\b/;

/** How many of the immediacy cues are a bare time ("tonight", "right now"), which says no plan by itself. */
const BARE_TIME = /\b(?:tonight|right now)\b/g;
function timesSaid(lower: string): number {
  return lower.match(BARE_TIME)?.length ?? 0;
}

/** Either of two independent signals: 1 - (1 - a)(1 - b), as the score accumulates. */
function orP(score: number, p: number): number {
  return 1 - (1 - score) * (1 - p);
}

/** The crisis score of one text on its own, without context. Exported for the continuation rule. */
export function crisisOfText(lower: string, config: CrisisConfig): CrisisEvidence {
  const cues: string[] = [];
  const notes: string[] = [];
  const open = GATES.scan(lower);
  const intent = count(INTENT, lower, cues, 'intent', open[G.intent] === true);
  const means = count(MEANS, lower, cues, 'means', open[G.means] === true) + count(MEANS_MORE, lower, cues, 'means', open[G.meansMore] === true);
  const immediate = count(IMMEDIATE, lower, cues, 'immediacy', open[G.immediate] === true);
  const others = count(OTHERS_HARM, lower, cues, 'harm to others', open[G.others] === true) + count(OTHERS_MORE, lower, cues, 'harm to others', open[G.othersMore] === true);
  const abuse = count(ABUSE_NOW, lower, cues, 'danger now', open[G.abuse] === true);
  const abuseMore = count(ABUSE_MORE, lower, cues, 'danger now', open[G.abuseMore] === true);
  const farewell = count(FAREWELL, lower, cues, 'final arrangements', open[G.farewell] === true);
  const burden = count(BURDEN, lower, cues, 'burden', open[G.burden] === true);
  const decided = count(DECIDED, lower, cues, 'decided', open[G.decided] === true);
  const inProgress = count(IN_PROGRESS, lower, cues, 'in progress', open[G.inProgress] === true);
  const emergency = count(OTHER_EMERGENCY, lower, cues, "someone's emergency", open[G.otherEmergency] === true);
  const decidedWeak = count(DECIDED_WEAK, lower, cues, 'decided', open[G.decidedWeak] === true);
  const when = count(WHEN, lower, cues, 'time set', open[G.when] === true);
  const doIt = count(DO_IT, lower, cues, 'doing it', open[G.doIt] === true);
  const giveaway = count(GIVEAWAY, lower, cues, 'giving away', open[G.giveaway] === true);
  // A plan said (a time, doing it, things given away, a decision): what makes a bare means or a bare time count.
  const plan = when + doIt + giveaway + decidedWeak > 0;
  const atHand = count(AT_HAND, lower, cues, 'at hand', open[G.atHand] === true)
    + (plan && OWN_MEANS.test(lower) ? count(AT_HAND_LOOSE, lower, cues, 'at hand', open[G.atHandLoose] === true) : 0);
  const symptom = count(SYMPTOM, lower, cues, 'body failing', open[G.symptom] === true);
  const violenceNow = open[G.violence] === true && open[G.happening] === true && VIOLENCE.test(lower) && HAPPENING.test(lower);
  // Safety news counts only when the same message says no risk of its own ("i'm fine. it's already done" is not).
  // ("on the floor" alone is where a writer sits as often as where someone lies hurt: no strong risk for this.)
  const strong = intent + others + abuseMore + farewell + burden + decided + inProgress > 0 || (abuse > 0 && abuse > (ON_FLOOR.test(lower) ? 1 : 0));
  const safer = open[G.deEscalate] === true && DE_ESCALATE.test(lower) && (!strong || NEGATED.test(lower)) && !notSafe(lower);
  // A note or a letter named is a final arrangement, which a story tells as often: not intent said outright.
  const intentCue = intent > 0 ? cues.find((c) => c.startsWith('intent: ')) : undefined;
  const letterOnly = intentCue !== undefined && LETTER_ONLY.test(intentCue);
  let score = 0;
  if (intent && !letterOnly) score = orP(score, 0.7);
  if (means && intent && !immediate && !atHand) score = orP(score, 0.2);
  if (immediate && intent) score = orP(score, 0.3);
  if (others) score = orP(score, 0.75);
  if (abuse || abuseMore) score = orP(score, abuse + abuseMore > 1 ? 0.8 : 0.6);
  if (violenceNow) { score = orP(score, 0.65); cues.push('violence happening now'); }
  if (inProgress) score = orP(score, 0.6);
  if (emergency) score = orP(score, emergency > 1 ? 0.6 : 0.35);
  // The indirect families (final arrangements, burden, decided, the weak pairs) are scored apart: lyrics, fiction
  // and an ordinary goodbye discount only them, and never a message that says intent, harm or abuse outright.
  let indirect = letterOnly ? 0.7 : 0;
  if (means && (immediate || atHand)) indirect = orP(indirect, OWN_MEANS.test(lower) || atHand > 0 ? 0.65 : 0.35);
  if (farewell) indirect = orP(indirect, 0.6);
  if (burden) indirect = orP(indirect, 0.65);
  if (decided) indirect = orP(indirect, 0.5);
  // Weak signals: each an everyday phrase, so only two together (or one with a means) say a plan.
  // A bare means or a bare time ("my meds", "tonight") is no signal by itself: it counts beside a plan only.
  const weak = Math.min(giveaway, 2) + (atHand ? 1 : 0) + Math.min(when, 2) + (doIt ? 1 : 0) + (symptom ? 1 : 0) + (decidedWeak ? 1 : 0)
    + (means && !immediate && !atHand && (plan || (symptom > 0 && !SIDE_EFFECT.test(lower))) ? 1 : 0) + (immediate && !means && (plan || immediate > timesSaid(lower)) ? 1 : 0);
  if (weak >= 2) indirect = orP(indirect, weak >= 3 ? 0.7 : 0.55);
  else if (weak === 1 && (score > 0 || indirect > 0)) indirect = orP(indirect, 0.3);
  if (score === 0 && indirect === 0) return safer ? SAFER_NONE : NONE;
  const outright = (intent > 0 && !letterOnly) || others + abuse + abuseMore + inProgress > 0;
  if (!outright && indirect > 0) {
    if (FICTION.test(lower)) { indirect *= config.figurativeFactor; notes.push('lyrics or fiction'); }
    if ((farewell || decided || decidedWeak || atHand || giveaway) && ORDINARY.test(lower) && !/\bnot moving\b/.test(lower)) { indirect *= config.ordinaryFactor; notes.push('an ordinary goodbye or clear-out'); }
  }
  score = orP(score, indirect);
  if (PAST.test(lower) && !NOW.test(lower)) { score *= config.pastFactor; notes.push('told in the past tense'); }
  if (FIGURATIVE.test(lower)) { score *= config.figurativeFactor; notes.push('figurative or joking'); }
  if (NEGATED.test(lower)) { score *= config.negatedFactor; notes.push('negated'); }
  if (safer) { score *= 0.5; notes.push('says things are safer now'); }
  if (open[G.safetyStep] === true && SAFETY_STEP.test(lower)) { score *= 0.5; notes.push('help has arrived'); }
  if (RESPONDER.test(lower) || (ASKING.test(lower) && !FIRST_PERSON_ACT.test(lower))) { score *= config.responderFactor; notes.push("a helper's reply"); }
  if (!abuseMore && !emergency && THIRD_PARTY.test(lower) && !/\b(?:me|my door|i'm|i am|i)\b/.test(lower)) { score *= config.thirdPartyFactor; notes.push('about a third party'); }
  const lasting = abuse + abuseMore + emergency + inProgress + symptom > 0 || cues.includes('violence happening now') || (intent > 0 && ACTED.test(lower));
  return { score, cues, notes, lasting, safer };
}

/** Intent already acted on: a dose taken, cutting done. */
const ACTED = /\b(?:took|taken|swallowed|overdosed|been cutting|cut|bleeding|blood)\b/;

/** The writer doing or having something themselves, which a helper's question does not say. */
const FIRST_PERSON_ACT = /\b(?:i'?ve (?:got|taken|took|already|written|decided|been|made)|i have (?:the|a|my|everything)|i'?m (?:going|gonna|doing|holding|sitting|on|in|taking|done|not|at)|i took|i wrote|i just took)\b/;

/** Whether the writer spoke in the last few messages at all: the continuation rule needs that first. */
function ownRecent(view: MessageView, lookback: number): boolean {
  for (let i = view.context.length - 1, n = 0; i >= 0 && n < lookback * 3; i--, n++) if (view.context[i]?.authorId === view.authorId) return true;
  return false;
}

/**
 * Context messages were judged when they arrived, so their own crisis score is cached by id and a hash of
 * the text (numbers only, never text), bounded, oldest evicted first.
 */
const CONTEXT_CACHES = new WeakMap<CrisisConfig, Map<string, number>>();
const CONTEXT_CACHE_MAX = 4096;
function contextCrisis(id: string, text: string, config: CrisisConfig): number {
  let CONTEXT_CACHE = CONTEXT_CACHES.get(config);
  if (!CONTEXT_CACHE) { CONTEXT_CACHE = new Map(); CONTEXT_CACHES.set(config, CONTEXT_CACHE); }
  const key = `${id}\u0000${text.length}\u0000${hash(text)}`;
  const hit = CONTEXT_CACHE.get(key);
  if (hit !== undefined) return hit;
  const lower = lowerSameLength(text);
  let score: number;
  const own = crisisOfText(lower, config);
  if (own.safer === true) score = SAFER;
  else {
    score = helpUnderway(lower, own.score) ? SAFER : helpCalled(lower, own.score) ? HELP_CALLED : own.lasting === true ? LASTING + own.score : own.score;
  }
  if (CONTEXT_CACHE.size >= CONTEXT_CACHE_MAX) {
    const oldest = CONTEXT_CACHE.keys().next().value;
    if (oldest !== undefined) CONTEXT_CACHE.delete(oldest);
  }
  CONTEXT_CACHE.set(key, score);
  return score;
}

/**
 * In front of that cache, the score is also kept with the context message object itself (context-facts.ts):
 * when the caller hands over the same objects message after message, not even the text's hash is recomputed.
 * One memo key per config object (a classifier with other factors scores otherwise).
 */
const CONFIG_KEYS = new WeakMap<CrisisConfig, string>();
function contextCrisisKey(config: CrisisConfig): string {
  let key = CONFIG_KEYS.get(config);
  if (key === undefined) { key = `crisis:context-score:${CONFIG_KEYS_MADE++}`; CONFIG_KEYS.set(config, key); }
  return key;
}
let CONFIG_KEYS_MADE = 0;
function contextCrisisOf(facts: ContextFacts, config: CrisisConfig, id: string): number {
  return contextCrisis(id, facts.text, config);
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** Memo key (MessageView.memo) set by the crisis detector: the writer says things are safer now. */
export const SAFER_NOW = 'crisis:safer-now';

/**
 * A context message's cached value: its own crisis score, LASTING + score when a call for help does not end it,
 * SAFER when the writer said things were safer (the crisis before it is over), HELP_CALLED for a call for help.
 */
const SAFER = -1;
const HELP_CALLED = -2;
const LASTING = 2;


/** Help called for, with no risk said in the same message. */
function helpCalled(lower: string, ownScore: number): boolean {
  return ownScore === 0 && GATES.scan(lower)[G.helpCalled] === true && HELP_CALLED_RE.test(lower);
}

/** A safety step taken or help arriving, with no risk said in the same message. */
function helpUnderway(lower: string, ownScore: number): boolean {
  return ownScore === 0 && GATES.scan(lower)[G.safetyStep] === true && SAFETY_STEP.test(lower);
}

/** A follow-up that only acknowledges or thanks ("ok", "thank you all"): it adds no risk of its own. */
const ACK_ONLY = /^\W*(?:ok(?:ay)?|k|yes|yeah|ya|yep|no|nope|thanks?(?: you)?(?: all| guys| everyone)?|ty|thx|will do|i will|i'll try|sorry)\W*$/;

/**
 * The writer's crisis is still live: one of their last `lookback` messages in the window was a crisis on its own
 * words, and none since said things were safer. Walked newest first, so safety news ends the crisis for every
 * message after it. The scores are cached with the context messages (computed once each).
 */
function liveCrisisBefore(view: MessageView, config: CrisisConfig, callingHelp: boolean): boolean {
  let seen = 0;
  for (let i = view.context.length - 1; i >= 0 && seen < config.continuationLookback; i--) {
    const c = view.context[i];
    if (!c || c.authorId !== view.authorId) continue;
    seen++;
    const value = contextFacts(c).get(contextCrisisKey(config), contextCrisisOf, config, c.id);
    if (value === SAFER) return false;
    if (value === HELP_CALLED) { callingHelp = true; continue; }
    // Reaching out ends a risk not yet acted on; harm already done, or danger from someone else, lasts until
    // help is there, so an earlier message of the same crisis may still say it is lasting.
    if (value >= LASTING + 0.5) return true;
    if (value >= 0.5 && value < LASTING && !callingHelp) return true;
  }
  return false;
}

export const crisisDetector = defineDetector<CrisisConfig>({
  id: 'local/crisis', version: 2, category: 'crisis',
  configSchema: crisisConfigSchema,
  defaults: crisisConfigSchema.parse({}),
  match(view: MessageView, config) {
    // Safety news from the writer ("I poured them out, my sister is coming"): the classifier's model stage
    // reads this and does not raise the message to crisis on the strength of the writer's earlier words.
    // DE_ESCALATE runs on every message: its keys, read from the message's one keyword scan, say first whether it can match.
    // Safety news counts only when the message names no strong risk of its own (crisisOfText decides both).
    const own = crisisOfText(view.lower, config);
    const deEscalate = own.safer === true;
    view.memo.set(SAFER_NOW, deEscalate);
    let score = own.score;
    const cues = [...own.cues];
    const notes = [...own.notes];
    // A live crisis goes on in short messages that name nothing ("the tea's nearly gone", "door frame's
    // cracking"): what makes them crisis is the writer's own crisis just before and no safety news since.
    if (score < config.continuationScore && config.continuationLookback > 0 && !deEscalate && !helpUnderway(view.lower, score) && ownRecent(view, config.continuationLookback)
      && !ACK_ONLY.test(view.lower) && !RESPONDER.test(view.lower) && !(PAST.test(view.lower) && !NOW.test(view.lower))
      && liveCrisisBefore(view, config, helpCalled(view.lower, score))) {
      score = config.continuationScore;
      cues.push('continues own crisis disclosure');
    }
    score = round(score);
    const explanation = score === 0 ? 'no crisis cues'
      : `crisis cues ${cues.slice(0, 4).map((c) => `"${c}"`).join(', ')}${notes.length ? ` (discounted: ${notes.join(', ')})` : ''}; score ${score.toFixed(2)}`;
    return { score, cues, explanation };
  },
});
