import { z } from 'zod';
import { CATEGORIES, MANIPULATION, type Category } from '../../core/categories.ts';
import { HoldspaceError } from '../../core/errors.ts';

/**
 * How the model's score and the local score become one score, per category:
 * - `weighted`: llmWeight × llm + (1 − llmWeight) × local
 * - `max`: the higher of the two (the model can only add concern)
 * - `llm` / `local`: one side only
 * Whatever the rule, phi and crisis never end below the local score: the model (or a message talking to it)
 * cannot talk a disclosure or a crisis out of review. A message that addressed the moderator gets the same
 * floor on every category.
 */
export type CombineRule =
  | { method: 'weighted'; llmWeight: number }
  | { method: 'max' }
  | { method: 'llm' }
  | { method: 'local' };

export type CombineConfig = Record<Category, CombineRule>;

/**
 * The model reads context and quoting better than rules do, so it carries most of the weight on the
 * manipulation labels; PHI detection stays local, crisis errs on the side of review.
 */
export const DEFAULT_COMBINE: CombineConfig = {
  gaslighting: { method: 'weighted', llmWeight: 0.6 },
  dismissal: { method: 'weighted', llmWeight: 0.6 },
  blame_shifting: { method: 'weighted', llmWeight: 0.6 },
  phi: { method: 'max' },
  crisis: { method: 'max' },
};

/** Categories whose combined score may never fall below the local one. */
export const FLOORED: readonly Category[] = ['phi', 'crisis'];

export function resolveCombine(partial: Partial<CombineConfig> | undefined): CombineConfig {
  const out = { ...DEFAULT_COMBINE, ...(partial ?? {}) };
  for (const c of CATEGORIES) {
    const r = out[c];
    if (r.method === 'weighted' && !(r.llmWeight >= 0 && r.llmWeight <= 1)) {
      throw new RangeError(`combine.${c}.llmWeight must be within 0..1`);
    }
  }
  return out;
}

export function combineScore(category: Category, local: number, llm: number, rule: CombineRule, floorAll: boolean): number {
  let s: number;
  switch (rule.method) {
    case 'weighted': s = rule.llmWeight * llm + (1 - rule.llmWeight) * local; break;
    case 'max': s = Math.max(local, llm); break;
    case 'llm': s = llm; break;
    case 'local': s = local; break;
  }
  if (floorAll || FLOORED.includes(category)) s = Math.max(s, local);
  return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
}

export function describeRule(category: Category, rule: CombineRule, floorAll: boolean): string {
  const base = rule.method === 'weighted' ? `weighted ${rule.llmWeight} llm + ${Math.round((1 - rule.llmWeight) * 100) / 100} local` : rule.method;
  const floored = floorAll || FLOORED.includes(category);
  return floored ? `${base}, not below local` : base;
}

const ruleSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('weighted'), llmWeight: z.number().min(0).max(1) }).strict(),
  z.object({ method: z.literal('max') }).strict(),
  z.object({ method: z.literal('llm') }).strict(),
  z.object({ method: z.literal('local') }).strict(),
]);
export const combineConfigSchema = z.object(Object.fromEntries(CATEGORIES.map((c) => [c, ruleSchema.optional()])) as Record<Category, z.ZodOptional<typeof ruleSchema>>).strict();

/**
 * Reads rules from text, e.g. an LLM_COMBINE setting: {"dismissal":{"method":"weighted","llmWeight":0.8},"crisis":{"method":"max"}}.
 * Categories left out keep DEFAULT_COMBINE.
 */
export function parseCombine(json: string): Partial<CombineConfig> {
  let raw: unknown;
  try { raw = JSON.parse(json); } catch { throw new HoldspaceError('CONFIG_INVALID', 'LLM combine rules are not JSON'); }
  const parsed = combineConfigSchema.safeParse(raw);
  if (!parsed.success) throw new HoldspaceError('CONFIG_INVALID', `LLM combine rules invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const out: Partial<CombineConfig> = {};
  for (const c of CATEGORIES) { const r = parsed.data[c]; if (r) out[c] = r; }
  return out;
}

export { MANIPULATION };
