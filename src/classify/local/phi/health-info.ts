import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet, requiredLiterals } from '../text/prefilter.ts';
import type { MessageView } from '../text/message-view.ts';
import { personWord } from './names.ts';
import { recentThirdParty } from './third-party-names.ts';
import { execAll, overlaps, push, span, SpanIndex, type PhiRecognizer } from './recognizer.ts';

/**
 * Health details tied to an identifiable third party (LABELING.md): only in a message that names or
 * otherwise identifies someone other than the writer (a full name, or someone else's handle), and only in
 * clauses about that person, not the writer's own diagnosis ("I'm ADHD", "my long covid").
 * The span runs from the clause's predicate (has, had, died of, is on, her, his...) to the end of the
 * health phrase and a trailing time ("in 2020", "last year", "for months").
 */
const TERMS = String.raw`(?:cancer|(?:vascular |frontotemporal |lewy body |early[- ]onset )dementia|(?:kidney|renal|liver|heart|respiratory) failure|chf|afib|a-fib|emphysema|cystic fibrosis|sickle cell(?: crisis| disease| anemia| anaemia)?|cerebral palsy|spina bifida|muscular dystrophy|huntington'?s|tourette'?s|narcolepsy|sleep apnea|aphasia|dysphagia|neuropathy|gastroparesis|type (?:1|2|one|two) diabet\w+|(?:brittle )?type (?:1|one)|t1d|uti|utis|kidney stones?|appendicitis|pancreatitis|hypertension|arfid|pcos|ectopic|hallucinat\w+|delusions?|hearing voices|bilirubin|bmi|nause\w+|vomiting|laxatives|stopped eating|detox\w*|hospitali[sz]ations?|suicide|died by suicide|cocaine|morphine|codeine|tramadol|percocet|vicodin|dilaudid|norco|kratom|(?:drinking|using) again|(?:been|started|is|was) cutting(?: again| herself| himself| themselves)?|actively dying|memory clinic|tumou?rs?|chemo(?:therapy)?|radiation|dementia|alzheimer'?s(?: stage \d)?|parkinson'?s|als|ms|hiv|aids|diabet\w+|insulin|strokes?|heart (?:attack|murmur|failure|condition)|murmur|jaundice|seizures?|epilepsy|concussion|overdos\w*|od'?d|addiction|relapsed?|rehab|detox|oxy\w*|opioids?|heroin|fentanyl|meth|alcoholism|lithium|sertraline|zoloft|prozac|lexapro|wellbutrin|adderall|ritalin|vyvanse|seroquel|abilify|xanax|klonopin|meds|medications?|antidepressants?|adhd|add|autism|autistic|asperger'?s|bipolar(?: (?:ii|i|1|2|disorder|type \w+|depression))?|schizo\w+|depression|depressed|anxiety|panic attacks?|ptsd|c-ptsd|ocd|eating disorder|anorexia|bulimia|psych (?:hold|ward|unit)|5150|hospitali[sz]ed|inpatient|outpatient|iop|php|tms|ect|breakdown|suicide attempt|attempted suicide|self[- ]harm\w*|tried to (?:kill|end|take) (?:herself|himself|themselves|themself|(?:her|his|their) (?:own )?life)|killed (?:herself|himself|themselves|themself)|took (?:her|his|their) own life|cutting (?:again|herself|himself|themselves)|miscarri\w+|lost (?:the baby|twins|a baby|the pregnancy)|stillbirth|pregnan\w+|cpap|nicu|ventilator|dialysis|surgery|excision|post-op|endo(?:metriosis)?|crps|fibromyalgia|migraines?|long covid|covid|diagnosis|disorder|memory (?:unit|care)|hospice|stress leave|medical leave|disability|fainted|passed out|infection|pneumonia|asthma|inattentive type|dyslexi\w*|chronic pain|lupus|copd|transplants?|sobriety|sober|treatment[- ]resistant \w+|therapy|therapist|psychiatrist|rehab|suboxone|subutex|methadone|naltrexone|vivitrol|narcan|buprenorphine|in (?:the )?(?:hospital|icu|er|psych ward|ward)|on (?:the )?ward|icu|bpd|mdd|psychosis|psychotic|manic|mania|postpartum|ppd|cirrhosis|sepsis|coma|leukemia|lymphoma|hepatitis|hep c|std|herpes|alcoholic|addict|ambien|trazodone|gabapentin|effexor|cymbalta|paxil|celexa|buspar|latuda|risperdal|zyprexa|clozapine|haldol|depakote|lamictal|lamotrigine|antipsychotics?|anorexic|bulimic|tbi|brain injury|crohn'?s|colitis|mastectomy|hysterectomy|suicidal|ativan|valium|lorazepam|clonazepam|alprazolam|diazepam|citalopram|escitalopram|bupropion|remeron|hydroxyzine|propranolol|prazosin|topiramate|topamax|vraylar|rexulti|spravato|ketamine|strattera|concerta|focalin|elvanse|antabuse|disulfiram|acamprosate|ozempic|wegovy|mounjaro|metformin|naloxone|benzos?|sleeping pills|oxygen|\d{1,4}(?:\.\d{1,2})?\s?(?:mg|mcg|milligrams?)(?:\sof\s[a-z]{3,20})?|abortion|ivf|lyme(?: disease)?|disease|illness|syndrome|terminal \w+|sectioned|baker[- ]?act(?:ed)?|(?:was|got|been) committed|involuntary (?:hold|commitment)|psychiatric (?:hold|ward|unit|hospital)|mental hospital|sober living|halfway house|biopsy|amputat\w+|paraly[sz]\w+|cptsd|gad|` +
  // devices of care, infections and their treatment, viral status
  String.raw`(?:feeding|ng|g|j|peg|nasogastric|gastric)[- ]?tube|trach(?:eostomy)?|colostomy(?: bag)?|catheter|picc line|mrsa|staph(?: infection)?|c\.? ?diff|strep|antibiotics|iv antibiotics|antivirals?|antiretrovirals?|undetectable|viral load|hiv[- ]?positive|radiotherapy|immunotherapy|icu stay|intubated|on a ventilator|life support)`;
/**
 * The same events in everyday words ("kept passing out", "was readmitted", "broke her hip", "9 months clean"), in a
 * regex of their own with its own keys, so the clinical terms' regex stays the size it was.
 */
const EVERYDAY = String.raw`(?:(?:(?:was|got|been|being|is|were|be) (?:re-?)?admitted|re-?admitted)(?: (?:with|for) (?:an? )?[a-z]+(?: [a-z]+)?)?|admitted (?:to|into|for|with|overnight|again)|readmission|discharged from [a-z]+|(?:passing|passed|blacking|blacked) out|fainting|collapsed|broke (?:his|her|their) (?:hip|leg|arm|wrist|ankle|back|neck|ribs?|pelvis|shoulder|collarbone|foot|jaw|skull)|(?:broken|fractured) (?:hip|leg|arm|wrist|ankle|back|neck|ribs?|pelvis|skull)|` +
  String.raw`(?:knee|hip|shoulder) (?:replaced|replacement)|(?:heart |triple |quadruple )?bypass|pacemaker|stents?|mini[- ]stroke|tonic[- ]clonics?|grand mal|shingles|(?:a|the|her|his|their) rash(?:es)?|sepsis|preeclampsia|pre-eclampsia|eclampsia|preterm|premature|preemies?|born at \d{2} weeks|` +
  String.raw`purging|restricting|bingeing|binging|dysphoria|fent|withdrawals?|delirium|dts|a&e|emergency room|the er|palliative(?: care)?|comfort care|tube[- ]fed|tube feeding|stage (?:[1-4]|iv|iii|ii)(?: [a-z]+)?|metasta\w+|` +
  String.raw`(?<=(?:days?|weeks?|months?|years?) )clean|clean (?:for )?(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?|years?)|(?:teen|adolescent|psych|psychiatric|eating disorder|stroke|cardiac|cancer|oncology|burns?|detox) (?:unit|ward)|` +
  String.raw`botox|prednisone|prednisolone|steroids|biologics|humira|keppra|levetiracetam|blood thinners|warfarin|eliquis|folfox|` +
  String.raw`(?:lost|losing|lose)(?: so many of| most of| all of| some of| a lot of)? (?:his|her|their) (?:words|speech))`;

/** A body term of theirs (BODY) goes on to the clause's end. */
const BODY_START = /^(?:his|her|their) /;
const CLAUSE_END = /^(?:\s(?!(?:and|but|so|because|which|than|lol)\b)[a-z0-9']+){0,3}/;
/**
 * A body part or vital sign of his or hers ("his kidneys just stopped working", "her BP finally came down"), read
 * with the rest of its clause, and "his words are coming back". Keyed for the message's scan on the body word
 * (BODY_GATE), not on every "her".
 */
const BODY = String.raw`(?:his|her|their) (?:kidneys?|liver|lungs?|heart(?: rate)?|blood pressure|bp|blood sugars?|sugars?|a1c|bloodwork|blood work|labs|oxygen|o2|sats|white count|platelets|speech|balance|vision|eyesight|hearing|stitches|incision|wound|scar|stoma|thyroid|pee|urine)|(?:his|her|their) (?:words|speech) (?:is|are|was|were) (?:coming back|gone|slurred|slowly coming back)`;
const BODY_GATE = new RegExp(['his', 'her', 'their'].flatMap((p) => 'kidney liver lung heart blood bp sugar a1c labs oxygen o2 sats white platelets speech balance vision eyesight hearing stitches incision wound scar stoma thyroid pee urine words'.split(' ').map((w) => `${p} ${w}`)).join('|'));
const TERM = new RegExp(String.raw`\b${TERMS}\b|\bhiv\+`, 'gi');
const EVERYDAY_TERM = new RegExp(String.raw`\b(?:${EVERYDAY}|${BODY})\b`, 'gi');
const SAME_THING = /\b(?:has|had|have) the same (?:thing|condition|diagnosis|issue|problem)|\bwent through (?:this|the same(?: thing)?|that|it) (?:last|this) (?:year|month|week|spring|summer|fall|winter)|\bwent through (?:this|the same(?: thing)?)\b|\bdied the same way\b/gi;
const PREDICATE = /\b(?:has|had|have|having|with|tested positive for|back on|is on|was on|on|is in|was in|went to|went into|died of|died from|died|passed from|passed away from|fought|fighting|battling|diagnosed with|got|went through|was admitted|admitted|came back from|started|starting|takes|taking|did|recovering from|lost|since|after|her|his|their)\b/gi;
const TRAIL = /^(?:\s(?:in|since|last|for|from|at|this|on)\s(?:the\s)?(?:\d{4}|(?!(?:the|a|an|my|his|her|their|our|your|work|home|school|she|he|they|i|we|you|it|him|them|me)\b)[a-z]+)(?:\s(?:\d{4}|year|years|months|weeks|days|ago))?)?/i;
const RELATION = String.raw`(?:ex-?(?:husband|wife|boyfriend|girlfriend|partner|bf|gf)|son|daughter|dad|mom|mum|mother|father|brother|sister|(?:mother|father|sister|brother|son|daughter)[- ]in[- ]law|step-?(?:mom|mum|dad|mother|father|son|daughter|brother|sister)|cousin|friend|best friend|bestie|bff|husband|wife|partner|girlfriend|boyfriend|fianc[e\u00e9]e?|roommate|roomie|housemate|flatmate|coworker|co-worker|colleague|aunt|uncle|grandma|grandpa|grandmother|grandfather|granny|nana|grandson|granddaughter|neighbou?r|kid|child|baby|niece|nephew|ex|boss|supervisor|patient|client|classmate|teacher|coach|student|sponsor)`;
const FIRST_PERSON_SUBJECT = new RegExp(String.raw`\b(?:i|i'm|im|i've|i was|me|my(?! (?:${RELATION}|group|meetings?|program|class|church)\b))\b`);
/** Someone other than the writer is the subject: a third-person pronoun or "my sister". */
const THIRD_SUBJECT = new RegExp(String.raw`\b(?:he|she|they|him|them|his|her|their|he's|she's|they're|my ${RELATION}s?)\b`);
/** Identifiers that, with a third-person subject, make a health detail about an identifiable person. */
const IDENTIFYING = new Set(['ADDRESS', 'PHONE', 'EMAIL', 'HANDLE', 'MRN', 'HEALTH_PLAN', 'SSN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP']);
/**
 * A lone first name identifies someone inside the group when it is tied to the group or to a relation:
 * "Mark from group", "jess from the tuesday group", "my sister Jess". Such a name is not a NAME span (not a
 * full name) but makes the health detail that follows about an identifiable person.
 */
const NAME_FROM_GROUP = /\b([a-z][a-z'-]{1,15})\s(?:(?:from|in|at)\s(?:the\s|my\s|our\s)?(?:[a-z]{2,12}\s)?(?:group|meetings?|program|class|church|work|na|aa|rehab)|from\s(?:the\s|my\s|our\s|her\s|his\s)?(?:accounting|hr|office|job|school|college|uni|gym|team|department|dept|building|next door|upstairs|downstairs|down the street|across the street))\b/gi;
const NAME_AFTER_RELATION = new RegExp(String.raw`\b(?:my|our|his|her|their)\s${RELATION},?\s([a-z][a-z'-]{1,15})\b`, 'gi');
/** "Dana, my coworker, was diagnosed...": a first name in apposition to a relation, then the clause's verb. */
const NAME_BEFORE_RELATION = new RegExp(String.raw`\b([a-z][a-z'-]{1,15}),\s(?:my|our|his|her|their)\s${RELATION},\s(?:was|is|has|had|just|got|gets|takes|took|started|went|recently|also|finally|now|still)\b`, 'gi');
/**
 * A lower-case word after a relation is a name only when the clause's verb follows it ("my coworker dana has
 * bipolar", "my friend jess is on lithium"); "my sister struggles with..." has its verb there instead.
 */
const VERB_AFTER_NAME = /^,?\s(?:has|had|is|was|'s|\u2019s|got|gets|takes|took|started|starts|went|goes|just|recently|also|finally|now|still|needs|needed|tested|ended)\b/;
/** Words that sit between a relation and its verb without being a name ("my friend online has..."). */
const NOT_FIRST_NAME = new Set(('online irl overseas abroad sometimes often usually nowadays somehow anyway anyways kinda sorta def legit lowkey highkey tho though herself himself themselves whos lol lmao tbh ngl idk btw fr rn literally apparently currently ' +
  // people in the plural before "from school", "from work": a group, not a person
  'teachers students nurses doctors coworkers colleagues parents members staff girls boys classmates neighbors neighbours teens adults patients clients').split(' '));
/** "Teachers from school have...": a plural verb after the place, so the word before it is no first name. */
const PLURAL_VERB_AFTER = /^\s(?:have|are|were|do|don't|dont)\b/;
/** Cheap gate for all three, also read by the PHI detector's fast path. */
export const FIRST_NAME_ANCHOR_GATE = new RegExp(String.raw`\s(?:(?:from|in|at)\s(?:the\s|my\s|our\s)?(?:[a-z]{2,12}\s)?(?:group|meeting|program|class|church|work|na\b|aa\b|rehab)|from\s(?:the\s|my\s|our\s|her\s|his\s)?(?:accounting|hr\b|office|job|school|college|uni\b|gym|team|department|dept|building|next door|upstairs|downstairs|down the street|across the street))|\b(?:my|our|his|her|their)\s${RELATION}[\s,]`);
/** Drugs by their stem (fluoxetine, quetiapine, risperidone, lorazepam, venlafaxine, lamotrigine...): a regex of its own behind its keys. */
const DRUG_STEM = /\b[a-z]{3,16}(?:xetine|pramine|triptyline|zepam|zolam|apine|peridone|asidone|faxine|trigine|azepine|olol|sartan|statin|dopa|phenidate|triptan|prazole|cillin|mycin|cycline|floxacin|umab|ximab|tinib|platin|rubicin|gliflozin|glutide|semide|thiazide)\b/g;
/**
 * TERMS split for gating only (TERM itself, in its order, still finds the spans): the terms whose keyword-scan keys
 * are short or phrase-like ("ms", "als", "ect", "meth", "self", "uti", "took the") occur inside everyday words
 * ("respect", "something", "myself", "routine", "took the bus") and opened the health path on about a fifth of
 * all messages for nothing. They are confirmed by a small regex of their own before the gate counts as open.
 */
const [TERMS_WEAK, TERMS_STRONG] = splitByKeys(TERMS);
const TERM_STRONG = new RegExp(String.raw`\b(?:${TERMS_STRONG.join('|')})\b`);
const TERM_WEAK = new RegExp(String.raw`\b(?:${TERMS_WEAK.join('|')})\b|\bhiv\+`);
/** Without a health term, a drug stem or "the same thing" there is no candidate, so nothing else need be read. */
const DETAIL_GATE = new GateSet([TERM_STRONG, TERM_WEAK, SAME_THING, DRUG_STEM, new RegExp(String.raw`\b${EVERYDAY}\b`), BODY_GATE]);
/** "told me it's mrsa": the writer as the object of the telling, not the subject of the detail. */
const TOLD_ME = /\b(?:told|tells|telling|texted|messaged|showed|asked|reminded|informed|warned|wrote|said to|explained to|confided in) me\b/g;
/** "we could add a section": the verb; ADD the diagnosis is written in capitals or after has/with. */
const ADD_DIAGNOSIS_BEFORE = /\b(?:has|had|have|with|for|of)\s$/;
/** "signal works too, +1 (646)...", "my cell is...": the writer's own contact details identify the writer, not the third party. */
const OWN_CONTACT = new Set(['PHONE', 'EMAIL', 'HANDLE', 'ADDRESS']);
const FIRST_PERSON_NEAR = /\b(?:i|i'm|im|i'll|ill|i've|me|my|mine|myself|we|our)\b/;
const SUBJECTLESS = /^\s*(?:still|now|currently|back|finally|just|already|out of|home from|in|on)\b/;
/** The writer introducing themselves; "his name's Geoffrey...", "her name is..." introduce someone else. */
const SELF_NAME_BEFORE = /\b(?:i'm|i am|im|my name is|my name's|this is)\s$|(?<!\b(?:his|her|their|[a-z]+'s)\s)\bname's\s$/i;

/**
 * For the PHI detector's fast path: a health term, a third-person pronoun and a third party named in the last
 * few messages ("she's on antabuse since she got out" after "my sister niamh got out of rehab"), with nothing
 * else in the message that would open the recognizers.
 */
export function mayCarryHealthDetail(view: MessageView): boolean {
  if (!THIRD_PRONOUN.test(view.lower)) return false;
  return detailGates(view) !== 0 && recentThirdParty(view);
}

/**
 * Which candidate regexes may match, as bits (TERM, SAME_THING, DRUG_STEM, EVERYDAY_TERM's everyday words, its
 * body words): DETAIL_GATE's scan of the message, read once (the fast path and the recognizer both ask).
 */
function detailGates(view: Pick<MessageView, 'lower' | 'memo'>): number {
  let open = view.memo.get(DETAIL_KEY) as number | undefined;
  if (open === undefined) {
    const g = DETAIL_GATE.scan(view.lower);
    open = (g[0] === true || (g[1] === true && TERM_WEAK.test(view.lower)) ? TERM_BIT : 0) | (g[2] === true ? SAME_BIT : 0) |
      (g[3] === true ? STEM_BIT : 0) | (g[4] === true ? EVERYDAY_BIT : 0) | (g[5] === true ? BODY_BIT : 0);
    view.memo.set(DETAIL_KEY, open);
  }
  return open;
}
const DETAIL_KEY = 'phi/health-detail-gates';
const TERM_BIT = 1, SAME_BIT = 2, STEM_BIT = 4, EVERYDAY_BIT = 8, BODY_BIT = 16;

/**
 * TERMS' top-level alternatives as [weak, strong]: weak when a key the keyword scan would gate it on is four
 * characters or shorter or holds a space (keys are cut to eight characters: "took the", "in the h").
 */
function splitByKeys(terms: string): [string[], string[]] {
  const weak: string[] = [], strong: string[] = [];
  for (const alt of topLevelAlternatives(terms)) {
    const keys = requiredLiterals(alt);
    (!keys || keys.some((k) => k.length <= 4 || k.includes(' ')) ? weak : strong).push(alt);
  }
  return [weak, strong];
}

/** The alternatives of a "(?:a|b|...)" source at its top level (escapes, classes and groups kept whole). */
function topLevelAlternatives(group: string): string[] {
  if (!group.startsWith('(?:') || !group.endsWith(')')) throw new Error('health-info: TERMS must be one (?:...) group');
  const inner = group.slice(3, -1);
  const out: string[] = [];
  let depth = 0, start = 0, inClass = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(inner.slice(start, i)); start = i + 1; }
  }
  out.push(inner.slice(start));
  return out;
}
export const healthInfoRecognizer: PhiRecognizer = {
  id: 'phi/health-info',
  types: ['HEALTH_INFO'],
  find(view, found) {
    const text = view.text;
    const lower = view.lower;
    const out: PhiSpan[] = [];
    const detail = detailGates(view);
    if (detail === 0) return out;
    const thirdParty = found.some((f) => {
      if (f.type === 'NAME') return !SELF_NAME_BEFORE.test(lower.slice(Math.max(0, f.start - 14), f.start));
      if (f.type === 'HANDLE') return /\b(?:his|her|their|she's|he's|that you|you on|is it|is that|posted)\b/.test(lower.slice(Math.max(0, f.start - 30), f.start));
      return false;
    });
    // Without a name, another person's identifier (their address, number, handle) identifies them, but only
    // clauses whose subject is that third person carry their health detail.
    const anchors = FIRST_NAME_ANCHOR_GATE.test(lower) ? firstNameAnchors(text) : [];
    const named = thirdParty || anchors.length > 0;
    // "update on my mom" one message, "still in icu. ... caringbridge.org/..." the next: the subject carried over
    const carried = !named && contextSubject(view);
    const identifying = found.some((f) => IDENTIFYING.has(f.type) && !ownContact(lower, f));
    // "my aunt Greta had a stroke" a message or two before, then "she's on blood thinners now": named earlier
    const namedBefore = !named && THIRD_PRONOUN.test(lower) && !UNNAMED_RELATION.test(lower) && recentThirdParty(view);
    const byIdentifier = !named && identifying && (THIRD_SUBJECT.test(lower) || carried);
    const identified = byIdentifier || namedBefore;
    // only a specific detail says something new about a person named before ("she's on blood thinners", not "the meds")
    const viaContext = namedBefore && !byIdentifier;
    if (!named && !identified) return out;
    const taken = new SpanIndex(found);
    const names = found.filter((f) => f.type === 'NAME' || f.type === 'HANDLE').map((f) => f.start).concat(anchors).sort((a, b) => a - b);
    const candidates: Array<[number, number]> = [];
    for (const m of detail & TERM_BIT ? execAll(TERM, lower) : []) candidates.push([m.index, m.index + m[0].length]);
    for (const m of detail & (EVERYDAY_BIT | BODY_BIT) ? execAll(EVERYDAY_TERM, lower) : []) candidates.push([m.index, m.index + m[0].length]);
    for (const m of detail & STEM_BIT ? execAll(DRUG_STEM, lower) : []) candidates.push([m.index, m.index + m[0].length]);
    for (const m of detail & SAME_BIT ? execAll(SAME_THING, lower) : []) candidates.push([m.index, m.index + m[0].length]);
    candidates.sort((a, b) => a[0] - b[0]);
    for (const [ts, te] of candidates) {
      const clauseStart = Math.max(lastBoundary(lower, ts), 0);
      // "Dr. Patel told me Mark Chen is on lithium": the subject is the last person named before the detail
      const subjectStart = lastNameBefore(names, clauseStart, ts) ?? clauseStart;
      // "Ms. Okonkwo", "Ms Patel": the title, not multiple sclerosis
      if (te - ts === 2 && text.slice(ts, te) === 'Ms' && /^\.?\s\p{Lu}/u.test(text.slice(te, te + 3))) continue;
      if (te - ts === 3 && lower.startsWith('add', ts) && text.slice(ts, te) !== 'ADD' && !ADD_DIAGNOSIS_BEFORE.test(lower.slice(Math.max(0, ts - 6), ts))) continue;
      const left = lower.slice(subjectStart, ts);
      // "your relapse", "my meds": the reader's or the writer's own, whoever else the sentence names
      if (OWNED_BEFORE.test(lower.slice(Math.max(0, ts - 6), ts))) continue;
      // "the cancer center", "the ms society": a health word naming a place or a body is no one's detail
      if (INSTITUTION_AFTER.test(lower.slice(te, te + 14))) continue;
      // a word for care in general ("a therapist in austin") says something about the person only as their own
      // ("8 months sober" is a detail: a duration makes it one)
      if (GENERIC.test(lower.slice(ts, te)) && !DURATION_BEFORE.test(lower.slice(Math.max(0, ts - 8), ts)) && (viaContext || (subjectStart === clauseStart && !THIRD_SUBJECT.test(left)))) continue;
      const subject = left.includes(' me') ? left.replace(TOLD_ME, ' ') : left;
      // "the first week was nausea city. btw the host is Pete Alvarado": before anyone is named, a clause with no third person as its subject is nobody's
      if (named && !identified && names.length > 0 && (names[0] ?? 0) > ts && !THIRD_SUBJECT.test(left)) continue;
      if (FIRST_PERSON_SUBJECT.test(subject) && !/\b(?:he|she|they|his|her|their)\b/.test(subject)) continue;
      if (identified && !THIRD_SUBJECT.test(left) && !(carried && clauseStart === 0 && SUBJECTLESS.test(left) && !FIRST_PERSON_SUBJECT.test(left)) &&
        !(namedBefore && THIRD_PRONOUN.test(lower.slice(lastSentence(lower, ts), clauseEnd(lower, te))))) continue;
      let start = ts;
      let pred: RegExpExecArray | null = null;
      for (const p of execAll(PREDICATE, left)) if (left.length - p.index <= 45) { pred = p; break; }
      if (pred) start = subjectStart + pred.index;
      // "fell on tuesday and broke her hip": a predicate of another clause joined by "and" is not this detail's
      if (start < ts) {
        const joined = JOINED.exec(lower.slice(start, ts));
        if (joined) start += joined.index + joined[0].length;
      }
      // the predicate may lie before another identifier ("had it put in on 10 may after he kept passing out"): start after it
      if (start < ts && taken.overlaps({ start, end: ts })) start = ts;
      let end = te;
      if (BODY_START.test(lower.slice(ts, te))) {
        const more = CLAUSE_END.exec(lower.slice(te, te + 60))?.[0].length ?? 0;
        if (more && !taken.overlaps({ start: te, end: te + more })) end += more;
      }
      const trail = TRAIL.exec(lower.slice(end, end + 30));
      if (trail && trail[0]) end += trail[0].length;
      const s = span(text, start, end, 'HEALTH_INFO');
      if (!s || taken.overlaps(s)) continue;
      const prev = out[out.length - 1];
      if (prev && s.start <= prev.end + 5 && !/[,.;]/.test(text.slice(prev.end, s.start))) { prev.end = Math.max(prev.end, s.end); continue; }
      if (prev && overlaps(prev, s)) continue;
      push(out, s);
    }
    return out;
  },
};

/** The writer's own phone, email, handle or address: introduced in the first person, no third person near. */
function ownContact(lower: string, f: PhiSpan): boolean {
  if (!OWN_CONTACT.has(f.type)) return false;
  const before = lower.slice(Math.max(0, f.start - 45), f.start);
  return FIRST_PERSON_NEAR.test(before) && !THIRD_SUBJECT.test(before);
}

/** The author's message just before this one named a third party as its subject ("update on my mom"). */
function contextSubject(view: MessageView): boolean {
  for (let i = view.context.length - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
    const c = view.context[i];
    if (c?.authorId !== view.authorId) continue;
    return CONTEXT_SUBJECT.test(c.text.toLowerCase());
  }
  return false;
}
const CONTEXT_SUBJECT = new RegExp(String.raw`\b(?:my|our) ${RELATION}\b`);

/** Starts of lone first names tied to the group or a relation (see NAME_FROM_GROUP). */
function firstNameAnchors(text: string): number[] {
  const out: number[] = [];
  for (const re of [NAME_FROM_GROUP, NAME_AFTER_RELATION]) {
    for (const m of execAll(re, text)) {
      const w = m[1] ?? '';
      const fromGroup = re === NAME_FROM_GROUP;
      // After a relation a capitalised name, or a lower-case one followed by the clause's verb ("my coworker
      // dana has..."): lower case alone, "my sister struggles..." is a verb as often as not.
      // Tied to the group, lower case only with "from" ("dana from my group", not "stress at work").
      const capitalised = w[0] !== w[0]?.toLowerCase();
      const end = m.index + m[0].length;
      const lowerOk = fromGroup ? /^\S+\sfrom\s/i.test(m[0]) : VERB_AFTER_NAME.test(text.slice(end, end + 12).toLowerCase());
      if (!capitalised && !lowerOk) continue;
      if (NOT_FIRST_NAME.has(w.toLowerCase()) || (fromGroup && PLURAL_VERB_AFTER.test(text.slice(end, end + 8).toLowerCase()))) continue;
      // the name opens a NAME_FROM_GROUP match and closes a NAME_AFTER_RELATION one
      if (personWord(w.toLowerCase())) out.push(fromGroup ? m.index : end - w.length);
    }
  }
  if (/, (?:my|our|his|her|their) /i.test(text)) {
    for (const m of execAll(NAME_BEFORE_RELATION, text)) {
      const w = m[1] ?? '';
      if (w[0] !== w[0]?.toLowerCase() && !NOT_FIRST_NAME.has(w.toLowerCase()) && personWord(w.toLowerCase())) out.push(m.index);
    }
  }
  return out;
}

/** Words that name care in general, not a detail of it: carried over from an earlier message they disclose nothing new. */
const GENERIC = /^(?:meds|medications?|therapy|therapist|psychiatrist|diagnosis|disorder|illness|disease|syndrome|disability|infection|surgery|sober|sobriety|addict|alcoholic)$/;
/** He or she: "they" is as often everyone ("they don't give people opioids") as one person. */
const DURATION_BEFORE = /(?:days?|weeks?|months?|years?) $/;
const OWNED_BEFORE = /\b(?:my|your|our|ur)\s$/;
const JOINED = /(?:^|\s)(?:and|but|then|so)\s(?!.*\s(?:and|but|then|so)\s)/;
const INSTITUTION_AFTER = /^\s(?:centers?|centres?|clinics?|institutes?|society|foundation|research|charity|walk|awareness|association|support group|hotline|helpline)\b/;
const THIRD_PRONOUN = /\b(?:he|she|him|his|her|hers|he's|she's|he'd|she'd)\b/;
/** "my mom" with no name: a new, unnamed subject, not the person named before. */
const UNNAMED_RELATION = new RegExp(String.raw`\b(?:my|our) ${RELATION}\b`);

function lastSentence(lower: string, before: number): number {
  for (let i = before - 1; i >= 0 && before - i < 160; i--) {
    const c = lower[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n') return i + 1;
  }
  return Math.max(0, before - 160);
}

function clauseEnd(lower: string, from: number): number {
  for (let i = from; i < lower.length && i - from < 80; i++) {
    const c = lower[i];
    if (c === '.' || c === ',' || c === ';' || c === '!' || c === '?' || c === '\n') return i;
  }
  return Math.min(lower.length, from + 80);
}

function lastBoundary(lower: string, before: number): number {
  let i = before - 1;
  for (; i >= 0 && before - i < 120; i--) {
    const c = lower[i];
    if (c === '.' || c === ',' || c === ';' || c === '!' || c === '?' || c === '(' || c === '\n' || c === '\u2014') return i + 1;
  }
  return i + 1;
}

/** Start of the last NAME or HANDLE span in [from, to), by binary search over the sorted starts. */
function lastNameBefore(starts: readonly number[], from: number, to: number): number | undefined {
  let lo = 0, hi = starts.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((starts[mid] ?? 0) < to) lo = mid + 1; else hi = mid; }
  const at = starts[lo - 1];
  return at !== undefined && at >= from ? at : undefined;
}
