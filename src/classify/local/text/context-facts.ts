import type { ContextMessage } from '../../../core/message.ts';

/**
 * What the classifier reads from a context message's text, worked out once per message object instead of once
 * per later message that has it in its window (about twenty times): the lower-cased text and whatever a stage
 * memoises on it (features.ts, target.ts). Kept in a WeakMap keyed by the message object, so nothing outlives
 * the object (which holds the text anyway), and checked against the object's text, so an edited object is read
 * again. A caller that builds fresh context objects for every message simply gets no reuse.
 */
export class ContextFacts {
  private lowerText: string | undefined;
  private readonly memo = new Map<string, unknown>();

  constructor(readonly text: string) {}

  /** text.toLowerCase() (not lowerSameLength: the stages that read context always lower-cased it so). */
  get lower(): string {
    return (this.lowerText ??= this.text.toLowerCase());
  }

  /**
   * `compute(this, a, b)` the first time `key` is asked for, then its answer. The answer must depend on the text
   * only (and on what the key names: `a` and `b` are for passing what the key stands for without a closure).
   */
  get<T, A = undefined, B = undefined>(key: string, compute: (facts: ContextFacts, a: A, b: B) => T, a?: A, b?: B): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute(this, a as A, b as B);
    this.memo.set(key, value);
    return value;
  }
}

const FACTS = new WeakMap<ContextMessage, ContextFacts>();

export function contextFacts(message: ContextMessage): ContextFacts {
  let facts = FACTS.get(message);
  if (facts === undefined || facts.text !== message.text) {
    facts = new ContextFacts(message.text);
    FACTS.set(message, facts);
  }
  return facts;
}
