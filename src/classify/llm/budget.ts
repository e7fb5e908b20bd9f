import type { Clock } from '../../core/clock.ts';

/**
 * Requests to the model per group per UTC day. Every HTTP attempt counts, retries included: a timed-out
 * request may still be billed. The port lets the store provide a persistent counter; the default is in memory.
 */
export interface LlmBudgetStore {
  /** Takes one request from the group's allowance for `day` (YYYY-MM-DD) if one is left. */
  tryConsume(groupId: string, day: string, limit: number): Promise<boolean>;
  used(groupId: string, day: string): Promise<number>;
}

export class MemoryBudgetStore implements LlmBudgetStore {
  private readonly counts = new Map<string, number>();
  private day = '';

  async tryConsume(groupId: string, day: string, limit: number): Promise<boolean> {
    if (day !== this.day) { this.counts.clear(); this.day = day; } // only today's counters matter
    const used = this.counts.get(groupId) ?? 0;
    if (used >= limit) return false;
    this.counts.set(groupId, used + 1);
    return true;
  }

  async used(groupId: string, day: string): Promise<number> {
    return day === this.day ? this.counts.get(groupId) ?? 0 : 0;
  }
}

export function utcDay(clock: Clock): string {
  return new Date(clock.now()).toISOString().slice(0, 10);
}

/** Budgets are counted per group; a message without a group shares one allowance. */
export const NO_GROUP = '(none)';
