import { and, eq, lt, sql } from 'drizzle-orm';
import type { LlmBudgetStore } from '../classify/llm/budget.ts';
import type { Db } from './db.ts';
import { llmBudget } from './schema.ts';

/**
 * The LLM daily budget in the database: one atomic statement per request, so several processes sharing the
 * database share the allowance too.
 */
export class LlmBudgetRepo implements LlmBudgetStore {
  constructor(private readonly db: Db) {}

  async tryConsume(groupId: string, day: string, limit: number): Promise<boolean> {
    if (limit <= 0) return false;
    const row = this.db.insert(llmBudget).values({ groupId, day, used: 1 })
      .onConflictDoUpdate({ target: [llmBudget.groupId, llmBudget.day], set: { used: sql`${llmBudget.used} + 1` }, setWhere: lt(llmBudget.used, limit) })
      .returning({ used: llmBudget.used }).get();
    return row !== undefined;
  }

  async used(groupId: string, day: string): Promise<number> {
    return this.db.select({ used: llmBudget.used }).from(llmBudget).where(and(eq(llmBudget.groupId, groupId), eq(llmBudget.day, day))).get()?.used ?? 0;
  }

  /** Days before `day` (YYYY-MM-DD) are of no use any more. */
  purgeBefore(day: string): number {
    return this.db.delete(llmBudget).where(lt(llmBudget.day, day)).run().changes;
  }
}
