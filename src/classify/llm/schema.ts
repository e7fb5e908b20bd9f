import { z } from 'zod';
import { CATEGORIES, type Category } from '../../core/categories.ts';

/** Longest reason kept from the model; longer ones are cut, not rejected (a chatty model is not a wrong one). */
export const MAX_REASON_CHARS = 200;

const verdict = z.object({
  score: z.number().min(0).max(1).describe('0 = clearly not this category, 1 = clearly this category'),
  reason: z.string().describe('One short line: why, without quoting identifiers'),
});

/** One judged message. `item` echoes the id the request gave it; `target` is a member alias or null. */
export const itemAnswerSchema = z.object({
  item: z.string(),
  gaslighting: verdict,
  dismissal: verdict,
  blame_shifting: verdict,
  phi: verdict,
  crisis: verdict,
  target: z.string().nullable().describe('Alias of the member a manipulation is aimed at, or null'),
});

export const answerSchema = z.object({ items: z.array(itemAnswerSchema) });

export type ItemAnswer = z.infer<typeof itemAnswerSchema>;
export type Answer = z.infer<typeof answerSchema>;

// Keeps the schema and the category list in step at compile time.
const _categoriesCovered: Record<Category, unknown> = itemAnswerSchema.shape satisfies Record<Category, unknown>;
void _categoriesCovered;

/**
 * The JSON schema sent as `response_format`. Draft-7 without `$schema`: the subset that OpenAI strict mode and
 * self-hosted grammar engines (vLLM, llama.cpp) both accept; every property required, no extra properties.
 */
export function answerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(answerSchema, { target: 'draft-7' }) as Record<string, unknown>;
  delete schema['$schema'];
  return schema;
}

export const RESPONSE_FORMAT_NAME = 'moderation_verdicts';

/** Parses the model's text. Returns the answer or a short, text-free description of what was wrong. */
export function parseAnswer(content: string | null | undefined): { ok: true; answer: Answer } | { ok: false; problem: string } {
  if (content == null || content.trim() === '') return { ok: false, problem: 'empty answer' };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, problem: 'answer is not JSON' };
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`);
    return { ok: false, problem: `answer violates the schema (${where.join('; ')})` };
  }
  for (const item of parsed.data.items) {
    for (const c of CATEGORIES) item[c].reason = oneLine(item[c].reason);
  }
  return { ok: true, answer: parsed.data };
}

export function oneLine(text: string): string {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_REASON_CHARS ? `${flat.slice(0, MAX_REASON_CHARS - 1)}…` : flat;
}
