import { createHash } from 'node:crypto';
import type { Clock } from '../../core/clock.ts';
import type { ItemAnswer } from './schema.ts';

/**
 * Default size and lifetime of the answer cache: bounded, in memory only, never written to disk. An hour covers
 * the repeats that matter (copy-paste, stock replies) while model reasons about a message do not outlive it long.
 */
export const DEFAULT_CACHE_ENTRIES = 5_000;
export const DEFAULT_CACHE_TTL_MS = 60 * 60 * 1000;

/**
 * Model answers keyed by sha256(prompt version + prompt hash + model + the exact redacted, aliased item).
 * Only hashes are kept as keys; values are scores and one-line reasons about redacted text.
 */
export class AnswerCache {
  private readonly map = new Map<string, { answer: Omit<ItemAnswer, 'item'>; at: number }>();
  constructor(private readonly clock: Clock, private readonly maxEntries = DEFAULT_CACHE_ENTRIES, private readonly ttlMs = DEFAULT_CACHE_TTL_MS) {}

  static key(parts: readonly string[]): string {
    const h = createHash('sha256');
    for (const p of parts) h.update(p).update('\0');
    return h.digest('hex');
  }

  get(key: string): Omit<ItemAnswer, 'item'> | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (this.clock.now() - hit.at > this.ttlMs) { this.map.delete(key); return undefined; }
    this.map.delete(key); // refresh recency
    this.map.set(key, hit);
    return hit.answer;
  }

  set(key: string, answer: Omit<ItemAnswer, 'item'>): void {
    this.map.delete(key);
    this.map.set(key, { answer, at: this.clock.now() });
    while (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }

  get size(): number { return this.map.size; }
}
