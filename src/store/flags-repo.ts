import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Category } from '../core/categories.ts';
import type { ContextLine } from '../core/api.ts';
import type { FlagStatus } from '../core/platform.ts';
import type { Cipher } from './crypto.ts';
import type { Db } from './db.ts';
import { decisions, flags } from './schema.ts';

export interface FlagCategory {
  category: Category;
  score: number;
  threshold: number;
  explanation: string;
  cues: string[];
  source: string;
}

/** What is kept, encrypted, as evidence: redacted text only. */
export interface Evidence {
  excerpt: string;
  context: ContextLine[];
  /** For pattern flags: the ids of the sub-threshold messages (their text was never kept). */
  patternOf?: number[];
}

export interface FlagRow {
  id: number;
  groupId: string;
  channelId: string;
  messageId: number;
  messageVersion: number;
  kind: 'message' | 'pattern';
  platformMessageId: string;
  authorId: string;
  targetId: string | null;
  categories: FlagCategory[];
  crisis: boolean;
  priority: number;
  severity: number;
  status: FlagStatus;
  claimedBy: string | null;
  cardRef: string | null;
  outcome: string | null;
  createdAt: number;
  decidedAt: number | null;
  purgeAfter: number | null;
}

export type NewFlag = Omit<FlagRow, 'id' | 'status' | 'claimedBy' | 'cardRef' | 'outcome' | 'decidedAt' | 'purgeAfter'> & { evidence: Evidence };

const aad = (id: number) => `flag:${id}`;
const OPEN: FlagStatus[] = ['open', 'claimed'];

export class FlagsRepo {
  constructor(private readonly db: Db, private readonly cipher: Cipher) {}

  /** Creates the flag unless one exists for the same message version and kind (a re-delivered job). */
  create(f: NewFlag): { id: number; created: boolean } {
    return this.db.transaction((tx) => {
      const inserted = tx.insert(flags).values({
        groupId: f.groupId, channelId: f.channelId, messageId: f.messageId, messageVersion: f.messageVersion, kind: f.kind,
        platformMessageId: f.platformMessageId, authorId: f.authorId, targetId: f.targetId,
        categories: JSON.stringify(f.categories), crisis: f.crisis, priority: f.priority, severity: f.severity,
        status: 'open', createdAt: f.createdAt,
      }).onConflictDoNothing().returning({ id: flags.id }).get();
      if (!inserted) {
        const existing = tx.select({ id: flags.id }).from(flags)
          .where(and(eq(flags.messageId, f.messageId), eq(flags.messageVersion, f.messageVersion), eq(flags.kind, f.kind))).get();
        return { id: existing?.id ?? -1, created: false };
      }
      tx.update(flags).set({ evidenceEnc: this.cipher.encryptJson(f.evidence, aad(inserted.id)) }).where(eq(flags.id, inserted.id)).run();
      return { id: inserted.id, created: true };
    });
  }

  get(id: number): FlagRow | undefined {
    const r = this.db.select().from(flags).where(eq(flags.id, id)).get();
    return r ? toRow(r) : undefined;
  }

  evidence(id: number): Evidence | null {
    const r = this.db.select({ e: flags.evidenceEnc }).from(flags).where(eq(flags.id, id)).get();
    return r?.e ? this.cipher.decryptJson<Evidence>(r.e, aad(id)) : null;
  }

  /** Open flags by priority: crisis first, then severity, then age. */
  listOpen(groupId: string, limit: number, category?: Category): FlagRow[] {
    const rows = this.db.select().from(flags)
      .where(and(eq(flags.groupId, groupId), inArray(flags.status, OPEN),
        category ? sql`exists (select 1 from json_each(${flags.categories}) where json_extract(value, '$.category') = ${category})` : undefined))
      .orderBy(asc(flags.priority), desc(flags.severity), asc(flags.createdAt)).limit(limit).all();
    return rows.map(toRow);
  }

  /** Claims the best open flag nobody holds (or the actor already holds), atomically. */
  claimNext(groupId: string, actorId: string): FlagRow | undefined {
    return this.db.transaction((tx) => {
      const r = tx.select().from(flags)
        .where(and(eq(flags.groupId, groupId), sql`(${flags.status} = 'open' OR (${flags.status} = 'claimed' AND ${flags.claimedBy} = ${actorId}))`))
        .orderBy(asc(flags.priority), desc(flags.severity), asc(flags.createdAt)).limit(1).get();
      if (!r) return undefined;
      tx.update(flags).set({ status: 'claimed', claimedBy: actorId }).where(eq(flags.id, r.id)).run();
      return toRow({ ...r, status: 'claimed', claimedBy: actorId });
    });
  }

  claim(id: number, actorId: string): boolean {
    return this.db.update(flags).set({ status: 'claimed', claimedBy: actorId })
      .where(and(eq(flags.id, id), inArray(flags.status, OPEN))).run().changes === 1;
  }

  /**
   * Records the decision if the flag is still undecided. Returns false when someone else decided first.
   * `dropEvidence` removes the text at once (dismissals).
   */
  decide(id: number, status: 'confirmed' | 'dismissed', outcome: string, at: number, purgeAfter: number, dropEvidence: boolean): boolean {
    const set: Partial<typeof flags.$inferInsert> = { status, outcome, decidedAt: at, purgeAfter };
    if (dropEvidence) set.evidenceEnc = null;
    return this.db.update(flags).set(set).where(and(eq(flags.id, id), inArray(flags.status, OPEN))).run().changes === 1;
  }

  setCardRef(id: number, ref: string): void {
    this.db.update(flags).set({ cardRef: ref }).where(eq(flags.id, id)).run();
  }

  setOutcome(id: number, outcome: string): void {
    this.db.update(flags).set({ outcome }).where(eq(flags.id, id)).run();
  }

  addDecision(flagId: number, actorId: string, decision: string, step: string | null, text: string | null, at: number): void {
    const row = this.db.insert(decisions).values({ flagId, actorId, decision, step, at }).returning({ id: decisions.id }).get();
    if (text !== null) {
      this.db.update(decisions).set({ textEnc: this.cipher.encrypt(text, `decision:${row.id}`) }).where(eq(decisions.id, row.id)).run();
    }
  }

  decisionsOf(flagId: number): { id: number; actorId: string; decision: string; step: string | null; text: string | null; at: number }[] {
    return this.db.select().from(decisions).where(eq(decisions.flagId, flagId)).orderBy(asc(decisions.id)).all()
      .map((d) => ({ id: d.id, actorId: d.actorId, decision: d.decision, step: d.step, at: d.at,
        text: d.textEnc ? this.cipher.decrypt(d.textEnc, `decision:${d.id}`) : null }));
  }

  /** Pattern flags already open for this pair, so one pattern is raised once. */
  openPatternExists(groupId: string, authorId: string, targetId: string, since: number): boolean {
    return this.db.select({ id: flags.id }).from(flags)
      .where(and(eq(flags.groupId, groupId), eq(flags.kind, 'pattern'), eq(flags.authorId, authorId), eq(flags.targetId, targetId),
        sql`${flags.createdAt} >= ${since}`)).limit(1).get() !== undefined;
  }

  /** Retention: evidence of decided flags whose period has run out, in batches. */
  purgeDue(now: number, batch: number): number {
    const ids = this.db.select({ id: flags.id }).from(flags)
      .where(and(isNotNull(flags.purgeAfter), lte(flags.purgeAfter, now))).limit(batch).all().map((r) => r.id);
    if (ids.length === 0) return 0;
    this.db.transaction((tx) => {
      tx.delete(decisions).where(inArray(decisions.flagId, ids)).run();
      tx.delete(flags).where(inArray(flags.id, ids)).run();
    });
    return ids.length;
  }
}

function toRow(r: typeof flags.$inferSelect): FlagRow {
  return {
    id: r.id, groupId: r.groupId, channelId: r.channelId, messageId: r.messageId, messageVersion: r.messageVersion,
    kind: r.kind as FlagRow['kind'], platformMessageId: r.platformMessageId, authorId: r.authorId, targetId: r.targetId,
    categories: JSON.parse(r.categories) as FlagCategory[], crisis: r.crisis, priority: r.priority, severity: r.severity,
    status: r.status as FlagStatus, claimedBy: r.claimedBy, cardRef: r.cardRef, outcome: r.outcome, createdAt: r.createdAt,
    decidedAt: r.decidedAt, purgeAfter: r.purgeAfter,
  };
}
