import type Database from 'better-sqlite3';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Category, Scores } from '../core/categories.ts';
import type { Db } from './db.ts';
import { messageScores } from './schema.ts';

const COLUMN = {
  gaslighting: messageScores.gaslighting,
  dismissal: messageScores.dismissal,
  blame_shifting: messageScores.blameShifting,
  phi: messageScores.phi,
  crisis: messageScores.crisis,
} as const satisfies Record<Category, unknown>;

/** Per-message scores without any text, kept for threshold previews, calibration and pattern signals. */
export class ScoresRepo {
  /** Every judged message writes one row: prepared once, straight on better-sqlite3. */
  readonly #insert: Database.Statement;

  constructor(private readonly db: Db) {
    this.#insert = db.$client.prepare(`INSERT INTO message_scores
      (message_id, version, group_id, author_id, target_id, gaslighting, dismissal, blame_shifting, phi, crisis, classifier, scored_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`);
  }

  save(r: { messageId: number; version: number; groupId: string; authorId: string; targetId: string | null; scores: Scores; classifier: string; at: number }): void {
    this.#insert.run(r.messageId, r.version, r.groupId, r.authorId, r.targetId, r.scores.gaslighting, r.scores.dismissal, r.scores.blame_shifting,
      r.scores.phi, r.scores.crisis, r.classifier, r.at);
  }

  /** How many messages scored since `since`, and how many reached each of two thresholds. */
  preview(groupId: string, category: Category, since: number, current: number, proposed: number): { scored: number; atCurrent: number; atProposed: number } {
    const col = COLUMN[category];
    const r = this.db.select({
      scored: sql<number>`count(*)`,
      atCurrent: sql<number>`coalesce(sum(case when ${col} >= ${current} then 1 else 0 end), 0)`,
      atProposed: sql<number>`coalesce(sum(case when ${col} >= ${proposed} then 1 else 0 end), 0)`,
    }).from(messageScores).where(and(eq(messageScores.groupId, groupId), sql`${messageScores.scoredAt} >= ${since}`)).get();
    return { scored: Number(r?.scored ?? 0), atCurrent: Number(r?.atCurrent ?? 0), atProposed: Number(r?.atProposed ?? 0) };
  }

  /**
   * Sub-threshold signals from one member toward another since `since`: messages where any manipulation
   * category reached its floor. Returns message ids only.
   */
  signals(groupId: string, authorId: string, targetId: string, since: number, floors: Record<'gaslighting' | 'dismissal' | 'blame_shifting', number>): number[] {
    return this.db.select({ id: messageScores.messageId }).from(messageScores)
      .where(and(eq(messageScores.groupId, groupId), eq(messageScores.authorId, authorId), eq(messageScores.targetId, targetId),
        sql`${messageScores.scoredAt} >= ${since}`,
        sql`(${messageScores.gaslighting} >= ${floors.gaslighting} OR ${messageScores.dismissal} >= ${floors.dismissal} OR ${messageScores.blameShifting} >= ${floors.blame_shifting})`))
      .orderBy(asc(messageScores.scoredAt)).all().map((r) => r.id);
  }

  purgeOlderThan(groupId: string, before: number, batch: number): number {
    const keys = this.db.select({ m: messageScores.messageId, v: messageScores.version }).from(messageScores)
      .where(and(eq(messageScores.groupId, groupId), lt(messageScores.scoredAt, before))).limit(batch).all();
    if (keys.length === 0) return 0;
    const ids = [...new Set(keys.map((k) => k.m))];
    return this.db.delete(messageScores).where(and(eq(messageScores.groupId, groupId), inArray(messageScores.messageId, ids), lt(messageScores.scoredAt, before))).run().changes;
  }
}
