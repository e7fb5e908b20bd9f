#!/usr/bin/env node
// The examples of shared/eval/LABELING.md itself (the "Flag" and "Do not flag" lists of each manipulation
// label and of crisis), each placed as a reply in a few short conversations written for this file, so the
// model learns the guide's own anchor cases in context. No dev-set text.
// Usage: node src/classify/local/model/corpus/guide.mjs > src/classify/local/model/corpus/guide.jsonl

const FLAG = {
  gaslighting: [
    "that never happened, you're making things up",
    "you're remembering it wrong again",
    'nobody said that, you need to stop imagining things',
    "everyone here agrees you're confused",
    'you always twist what people say',
    "are you sure you're ok? you seem really unstable lately",
  ],
  dismissal: [
    'just get over it',
    "it's not that deep",
    'others have it way worse, stop whining',
    "you're overreacting as usual",
    'can we talk about something that matters',
    'why are you still on about this',
  ],
  blame_shifting: [
    'you made me say that',
    "if you hadn't posted that I wouldn't have had to call you out",
    'honestly you brought it on yourself',
    "it's your own fault he left",
    'I only yelled because you kept pushing',
  ],
  crisis: [
    "I have the pills in front of me and I'm done",
    "he's outside my door right now",
  ],
};

const DO_NOT_FLAG = [
  'my ex kept telling me I was imagining things',
  "maybe I'm remembering it wrong",
  'I think the meeting was Tuesday, not Monday',
  "I'm probably overreacting",
  'that sounds really hard, and I wonder if talking to her about it could help',
  'that was on me, sorry',
  'he said I made him do it',
  'my mom always told me to just get over it',
  "it's my fault, I should have seen it coming",
  'this exam is killing me',
  'last year I had the pills in front of me, and I am glad I reached out instead',
];

// Who opened up first (the member a put-down is aimed at), in a few settings.
const OPENERS = [
  ['u1', 'had a really bad day, my sister said something about my weight at dinner and I cried in the bathroom'],
  ['u4', 'I finally told the group last week that my dad used to hit us, and today I feel exposed about it'],
  ['u2', "can't sleep again. third night. the anxiety just sits on my chest"],
  ['u6', 'ok this is hard to write but I relapsed on saturday after 90 days'],
];

const convs = [];
let n = 0;
for (const [label, texts] of Object.entries(FLAG)) {
  texts.forEach((text, i) => {
    const [victim, opener] = OPENERS[i % OPENERS.length];
    const author = victim === 'u3' ? 'u5' : 'u3';
    const msgs = [[victim, opener], ['u7', 'thank you for telling us, that sounds heavy']];
    msgs.push(label === 'crisis' ? [victim, text, ['crisis'], null] : [author, text, [label], victim]);
    convs.push(msgs);
    n++;
  });
}
DO_NOT_FLAG.forEach((text, i) => {
  const [victim, opener] = OPENERS[(i + 1) % OPENERS.length];
  convs.push([[victim, opener], [i % 2 ? 'u3' : victim, text]]);
});

convs.forEach((msgs, ci) => {
  const id = `guide-c${String(ci + 1).padStart(2, '0')}`;
  process.stdout.write(JSON.stringify({
    id, group: 'guide', platform: ci % 2 ? 'slack' : 'discord',
    messages: msgs.map(([author, text, labels = [], target = null], mi) => ({
      id: `${id}-m${String(mi + 1).padStart(2, '0')}`, author, text, labels, phi: [], target: labels.length && labels[0] !== 'crisis' ? target : null,
    })),
  }) + '\n');
});
void n;
