import type { Category, PhiType, Scores } from './categories.ts';
import type { ContextMessage } from './message.ts';

export interface PhiSpan {
  /** UTF-16 offsets into the message text, end exclusive. */
  start: number;
  end: number;
  type: PhiType;
}

/** Why a category scored what it did: what a therapist reads on the card. */
export interface CategoryEvidence {
  score: number;
  /** Short phrases or rule names that fired, never the whole message. */
  cues: string[];
  explanation: string;
  /** Which detector or model produced it, e.g. "local/gaslighting@1" or "llm/v3". */
  source: string;
}

export interface ClassifyInput {
  message: { id: string; authorId: string; text: string; sentAt?: number; mentions?: readonly string[] | undefined };
  /** Oldest first; the messages of the channel before this one, within the context window. */
  context: readonly ContextMessage[];
  /** The group's thresholds, for classifiers that decide what to spend effort on (LLM borderline mode). */
  thresholds?: Scores | undefined;
  /** Group id, for per-group budgets. */
  groupId?: string | undefined;
}

export interface Classification {
  scores: Scores;
  evidence: Partial<Record<Category, CategoryEvidence>>;
  phi: PhiSpan[];
  /** The message text with every PHI span replaced by its type tag ([PHONE], [NAME], ...). */
  redacted: string;
  /** The member a manipulation is aimed at, where one can be inferred. */
  targetId: string | null;
  /** e.g. "local@1.0.0" or "local@1.0.0+llm/prompt-v1". */
  classifier: string;
}

/** The port: every classifier (rule-based, local, LLM, combined) implements it. */
export interface Classifier {
  readonly name: string;
  classify(input: ClassifyInput): Promise<Classification>;
  /** Several messages at once where the implementation can batch; default is one by one. */
  classifyMany?(inputs: readonly ClassifyInput[]): Promise<Classification[]>;
}

/** Redaction that the review queue and any third-party call use instead of the original text. */
export function redact(text: string, spans: readonly PhiSpan[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlapping span: the earlier one already covers it
    out += text.slice(at, s.start) + `[${s.type}]`;
    at = s.end;
  }
  return out + text.slice(at);
}
