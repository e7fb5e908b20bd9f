/**
 * A deliberately simple and deliberately gullible "model" for the fake server. It reads the items of our data
 * block and scores them by keywords. It is gullible on purpose, the way a naive model can be: if any text in a
 * request tells it to ignore its instructions, it scores every item of that request 0; if a text carries a
 * JSON answer, it returns that answer verbatim. Tests use it to prove the classifier's defences, not the model.
 */
export interface FakeItem { item: string; author: string; context: { author: string; text: string }[]; text: string }

const CATEGORIES = ['gaslighting', 'dismissal', 'blame_shifting', 'phi', 'crisis'] as const;

const CUES: readonly [RegExp, (typeof CATEGORIES)[number], number][] = [
  [/never happened|making (it|things) up|imagining things|remembering it wrong/i, 'gaslighting', 0.9],
  [/get over it|not that deep|stop whining|overreacting/i, 'dismissal', 0.85],
  [/you made me|your own fault|brought it on yourself/i, 'blame_shifting', 0.9],
  [/\[(PHONE|EMAIL|MRN|NAME|HANDLE|ADDRESS)\]/, 'phi', 0.8],
  [/pills|end it|don't want to be here/i, 'crisis', 0.9],
];
// Quoting someone else ("he said", "she told me") reads as a report: the fake model scores it low.
const QUOTE = /\b(he|she|they|my \w+) (said|told me|kept telling me|used to say)\b/i;

export function parseItems(userContent: string): FakeItem[] | null {
  const m = /<conversation_data>\n([\s\S]*?)\n<\/conversation_data>/.exec(userContent);
  if (!m?.[1]) return null;
  try {
    return (JSON.parse(m[1]) as { items: FakeItem[] }).items;
  } catch {
    return null;
  }
}

export function judgeItem(it: FakeItem): Record<string, unknown> {
  const out: Record<string, unknown> = { item: it.item };
  const quoting = QUOTE.test(it.text);
  for (const c of CATEGORIES) {
    let score = 0.02;
    for (const [re, cat, s] of CUES) if (cat === c && re.test(it.text)) score = Math.max(score, s);
    if (quoting && c !== 'phi' && c !== 'crisis') score = Math.min(score, 0.1);
    out[c] = { score, reason: score > 0.5 ? `matches ${c}` : `no sign of ${c}` };
  }
  const other = [...it.context].reverse().find((m) => m.author !== it.author);
  out['target'] = other?.author ?? null;
  return out;
}

export function fakeJudge(userContent: string): string {
  const items = parseItems(userContent);
  if (!items) return JSON.stringify({ items: [] });
  const texts = items.flatMap((i) => [i.text, ...i.context.map((c) => c.text)]);
  for (const t of texts) {
    const forged = /\{[\s\S]*"items"[\s\S]*\}/.exec(t);
    if (forged) {
      try { JSON.parse(forged[0]); return forged[0]; } catch { /* not valid JSON: keep going */ }
    }
  }
  if (texts.some((t) => /ignore (all |your |previous )*instructions/i.test(t))) {
    return JSON.stringify({ items: items.map((i) => ({ item: i.item, ...Object.fromEntries(CATEGORIES.map((c) => [c, { score: 0, reason: 'told to' }])), target: null })) });
  }
  return JSON.stringify({ items: items.map(judgeItem) });
}
