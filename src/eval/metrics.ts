import { CATEGORIES, MANIPULATION, type Category } from '../core/categories.ts';
import type { PhiSpan } from '../core/classifier.ts';
import type { CorpusMessage } from './corpus.ts';
import type { Prediction } from './predict.ts';

export interface CategoryMetrics { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export interface EvalReport {
  messages: number;
  categories: Record<Category, CategoryMetrics>;
  manipulationMacroF1: number;
  /** Messages with no gold labels that got any predicted label, over all messages with no gold labels. */
  falseFlagRate: { flagged: number; unlabeled: number; rate: number };
  /** Per hard-negative kind (quote, selfdoubt...): how many of those messages got any label. */
  hardNegatives: Record<string, { flagged: number; total: number; rate: number }>;
  phi: {
    /** Gold spans overlapped by at least one predicted span (any type), over gold spans. */
    spanRecall: number;
    /** Gold spans overlapped by a predicted span of the same type, over gold spans. */
    typedSpanRecall: number;
    /** Predicted characters inside some gold span, over predicted characters (union, no double count). */
    charPrecision: number;
    /** Gold characters covered by predictions, over gold characters. */
    charRecall: number;
    goldSpans: number;
    predictedSpans: number;
    missedByType: Record<string, number>;
  };
  /** F1 of a category with no gold and no predicted labels is 1 (nothing to find, nothing falsely found). */
  /** Gold target agreement on manipulation messages the classifier also flagged. */
  targetAccuracy: { correct: number; total: number };
}

export interface Pair { gold: CorpusMessage; predicted: Prediction }

function prf(tp: number, fp: number, fn: number): CategoryMetrics {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function charSet(spans: readonly PhiSpan[]): Set<number> {
  const s = new Set<number>();
  for (const sp of spans) for (let i = sp.start; i < sp.end; i++) s.add(i);
  return s;
}

export function evaluate(pairs: readonly Pair[], hardNegativeKinds: Record<string, string> = {}): EvalReport {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  let unlabeled = 0;
  let flagged = 0;
  const hard: Record<string, { flagged: number; total: number; rate: number }> = {};
  let goldSpans = 0, found = 0, typedFound = 0, predictedSpans = 0, predChars = 0, predCharsInGold = 0, goldChars = 0, goldCharsCovered = 0;
  const missedByType: Record<string, number> = {};
  let targetCorrect = 0, targetTotal = 0;
  for (const { gold, predicted } of pairs) {
    const goldLabels = new Set(gold.labels ?? []);
    const predLabels = new Set(predicted.labels);
    for (const c of CATEGORIES) {
      const g = goldLabels.has(c), p = predLabels.has(c);
      if (g && p) counts[c].tp++; else if (p) counts[c].fp++; else if (g) counts[c].fn++;
    }
    if (goldLabels.size === 0) {
      unlabeled++;
      if (predLabels.size > 0) flagged++;
    }
    const kind = hardNegativeKinds[gold.id];
    if (kind) {
      const h = (hard[kind] ??= { flagged: 0, total: 0, rate: 0 });
      h.total++;
      if (predLabels.size > 0) h.flagged++;
    }
    const goldPhi = gold.phi ?? [];
    const predPhi = predicted.phi;
    goldSpans += goldPhi.length;
    predictedSpans += predPhi.length;
    for (const g of goldPhi) {
      const hit = predPhi.filter((p) => p.start < g.end && g.start < p.end);
      if (hit.length) found++; else missedByType[g.type] = (missedByType[g.type] ?? 0) + 1;
      if (hit.some((p) => p.type === g.type)) typedFound++;
    }
    const gc = charSet(goldPhi), pc = charSet(predPhi);
    goldChars += gc.size; predChars += pc.size;
    for (const i of pc) if (gc.has(i)) predCharsInGold++;
    for (const i of gc) if (pc.has(i)) goldCharsCovered++;
    if (gold.target && MANIPULATION.some((c) => goldLabels.has(c) && predLabels.has(c))) {
      targetTotal++;
      if (predicted.target === gold.target) targetCorrect++;
    }
  }
  for (const h of Object.values(hard)) h.rate = h.total ? h.flagged / h.total : 0;
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, prf(counts[c].tp, counts[c].fp, counts[c].fn)])) as Record<Category, CategoryMetrics>;
  return {
    messages: pairs.length,
    categories,
    manipulationMacroF1: MANIPULATION.reduce((s, c) => s + categories[c].f1, 0) / MANIPULATION.length,
    falseFlagRate: { flagged, unlabeled, rate: unlabeled ? flagged / unlabeled : 0 },
    hardNegatives: hard,
    phi: {
      spanRecall: goldSpans ? found / goldSpans : 1,
      typedSpanRecall: goldSpans ? typedFound / goldSpans : 1,
      charPrecision: predChars ? predCharsInGold / predChars : 1,
      charRecall: goldChars ? goldCharsCovered / goldChars : 1,
      goldSpans, predictedSpans, missedByType,
    },
    targetAccuracy: { correct: targetCorrect, total: targetTotal },
  };
}

const pct = (n: number) => (n * 100).toFixed(1).padStart(5) + '%';
const num = (n: number) => n.toFixed(3);

export function formatReport(r: EvalReport, file: string): string {
  const lines: string[] = [];
  lines.push(`eval: ${file} (${r.messages} messages)`);
  lines.push('');
  lines.push('category        precision  recall     F1    tp   fp   fn');
  for (const c of CATEGORIES) {
    const m = r.categories[c];
    lines.push(`${c.padEnd(15)} ${num(m.precision).padStart(9)} ${num(m.recall).padStart(7)} ${num(m.f1).padStart(6)} ${String(m.tp).padStart(5)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}`);
  }
  lines.push('');
  lines.push(`manipulation macro-F1          ${num(r.manipulationMacroF1)}`);
  lines.push(`false-flag rate (unlabeled)    ${pct(r.falseFlagRate.rate)}  (${r.falseFlagRate.flagged}/${r.falseFlagRate.unlabeled})`);
  lines.push(`PHI span recall (overlap)      ${num(r.phi.spanRecall)}  (typed ${num(r.phi.typedSpanRecall)}; ${r.phi.goldSpans} gold, ${r.phi.predictedSpans} predicted spans)`);
  lines.push(`PHI character precision        ${num(r.phi.charPrecision)}  (character recall ${num(r.phi.charRecall)})`);
  if (Object.keys(r.phi.missedByType).length) lines.push(`PHI missed spans by type       ${Object.entries(r.phi.missedByType).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  lines.push(`target agreement               ${r.targetAccuracy.correct}/${r.targetAccuracy.total}`);
  if (Object.keys(r.hardNegatives).length) {
    lines.push('');
    lines.push('hard negatives   flagged/total  false-flag rate');
    for (const [k, h] of Object.entries(r.hardNegatives).sort()) lines.push(`${k.padEnd(16)} ${`${h.flagged}/${h.total}`.padStart(13)}  ${pct(h.rate)}`);
  }
  return lines.join('\n') + '\n';
}
