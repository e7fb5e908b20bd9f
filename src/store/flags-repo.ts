import type Database from 'better-sqlite3';
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
  // The judge step creates and reads flags on statements prepared once (better-sqlite3, no query building).
  readonly #insert: Database.Statement;
  readonly #setEvidence: Database.Statement;
  readonly #byKey: Database.Statement;
  readonly #byId: Database.Statement;
  readonly #evidence: Database.Statement;
  readonly #setCardRef: Database.Statement;
  readonly #create: (f: NewFlag) => { id: number; created: boolean; row?: FlagRow };

  constructor(private readonly db: Db, private readonly cipher: Cipher) {
    const sqlite = db.$client;
    this.#insert = sqlite.prepare(`INSERT INTO flags (group_id, channel_id, message_id, message_version, kind, platform_message_id, author_id,
        target_id, categories, crisis, priority, severity, status, created_at)
      VALUES (@groupId, @channelId, @messageId, @messageVersion, @kind, @platformMessageId, @authorId, @targetId, @categories, @crisis,
        @priority, @severity, 'open', @createdAt)
      ON CONFLICT DO NOTHING RETURNING id`).pluck();
    this.#setEvidence = sqlite.prepare('UPDATE flags SET evidence_enc = ? WHERE id = ?');
    this.#byKey = sqlite.prepare('SELECT id FROM flags WHERE message_id = ? AND message_version = ? AND kind = ?').pluck();
    this.#byId = sqlite.prepare('SELECT * FROM flags WHERE id = ?');
    this.#evidence = sqlite.prepare('SELECT evidence_enc FROM flags WHERE id = ?').pluck();
    this.#setCardRef = sqlite.prepare('UPDATE flags SET card_ref = ? WHERE id = ?');
    // A savepoint when the caller already holds a transaction (the judge step), its own otherwise.
    this.#create = sqlite.transaction((f: NewFlag) => {
      const id = this.#insert.get({
        groupId: f.groupId, channelId: f.channelId, messageId: f.messageId, messageVersion: f.messageVersion, kind: f.kind,
        platformMessageId: f.platformMessageId, authorId: f.authorId, targetId: f.targetId,
        categories: JSON.stringify(f.categories), crisis: f.crisis ? 1 : 0, priority: f.priority, severity: f.severity, createdAt: f.createdAt,
      }) as number | undefined;
      if (id === undefined) return { id: this.findId(f.messageId, f.messageVersion, f.kind) ?? -1, created: false };
      this.#setEvidence.run(this.cipher.encryptJson(f.evidence, aad(id)), id);
      const { evidence: _evidence, ...fields } = f;
      const row: FlagRow = { ...fields, id, status: 'open', claimedBy: null, cardRef: null, outcome: null, decidedAt: null, purgeAfter: null };
      return { id, created: true, row };
    });
  }

  /**
   * Creates the flag unless one exists for the same message version and kind (a re-delivered job). A new
   * flag comes back as its row (what `get` would read), so its creator need not read it again.
   */
  create(f: NewFlag): { id: number; created: boolean; row?: FlagRow } {
    return this.#create(f);
  }

  /** The flag of this kind for a message version, if one was raised. */
  findId(messageId: number, messageVersion: number, kind: FlagRow['kind']): number | undefined {
    return this.#byKey.get(messageId, messageVersion, kind) as number | undefined;
  }

  get(id: number): FlagRow | undefined {
    const r = this.#byId.get(id) as RawFlag | undefined;
    return r ? fromRaw(r) : undefined;
  }

  evidence(id: number): Evidence | null {
    const e = this.#evidence.get(id) as Buffer | null | undefined;
    return e ? this.cipher.decryptJson<Evidence>(e, aad(id)) : null;
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
    this.#setCardRef.run(ref, id);
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

interface RawFlag {
  id: number; group_id: string; channel_id: string; message_id: number; message_version: number; kind: string;
  platform_message_id: string; author_id: string; target_id: string | null; categories: string; crisis: number;
  priority: number; severity: number; status: string; claimed_by: string | null; card_ref: string | null;
  outcome: string | null; created_at: number; decided_at: number | null; purge_after: number | null;
}

function fromRaw(r: RawFlag): FlagRow {
  return {
    id: r.id, groupId: r.group_id, channelId: r.channel_id, messageId: r.message_id, messageVersion: r.message_version,
    kind: r.kind as FlagRow['kind'], platformMessageId: r.platform_message_id, authorId: r.author_id, targetId: r.target_id,
    categories: JSON.parse(r.categories) as FlagCategory[], crisis: r.crisis === 1, priority: r.priority, severity: r.severity,
    status: r.status as FlagStatus, claimedBy: r.claimed_by, cardRef: r.card_ref, outcome: r.outcome, createdAt: r.created_at,
    decidedAt: r.decided_at, purgeAfter: r.purge_after,
  };
}
