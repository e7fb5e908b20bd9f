/** How long an Events API delivery id is remembered. Slack retries within minutes (1 min, 5 min, ...). */
export const DELIVERY_MEMORY_MS = 60 * 60_000;
export const DELIVERY_MEMORY_MAX = 50_000;

/**
 * Remembers Events API delivery ids (`event_id`) so a re-delivery (X-Slack-Retry-Num ≥ 1, or the same
 * envelope over Socket Mode) is dropped before it reaches the core. Bolt does not do this. The core keeps
 * its own durable record too, which covers a restart between the delivery and the retry.
 */
export class DeliveryDedupe {
  readonly #seen = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now, private readonly ttlMs = DELIVERY_MEMORY_MS, private readonly max = DELIVERY_MEMORY_MAX) {}

  /** True the first time a key is seen within the memory window. */
  firstSight(key: string): boolean {
    const now = this.now();
    const at = this.#seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.#seen.delete(key);
    this.#seen.set(key, now);
    this.#trim(now);
    return true;
  }

  /** Forget a key whose processing failed, so Slack's retry is let through. */
  forget(key: string): void {
    this.#seen.delete(key);
  }

  #trim(now: number): void {
    // Insertion order is time order: drop from the front.
    for (const [key, at] of this.#seen) {
      if (this.#seen.size <= this.max && now - at < this.ttlMs) break;
      this.#seen.delete(key);
    }
  }
}
