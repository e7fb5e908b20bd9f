import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';

/**
 * The SQLite schema. Columns named *_enc hold AES-256-GCM ciphertext (src/store/crypto.ts); no other column
 * ever holds message text. Migrations in drizzle/ are generated from this file by drizzle-kit.
 */

export const groups = sqliteTable('groups', {
  id: text('id').primaryKey(),
  platform: text('platform').notNull(),
  settings: text('settings').notNull(), // JSON of GroupSettings (no message text)
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const members = sqliteTable('members', {
  groupId: text('group_id').notNull(),
  memberId: text('member_id').notNull(),
  restrictedUntil: integer('restricted_until'),
  leftAt: integer('left_at'),
}, (t) => [primaryKey({ columns: [t.groupId, t.memberId] })]);

/** The short-lived context: text leaves when the message leaves the context window, unless flagged. */
export const messages = sqliteTable('messages', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  groupId: text('group_id').notNull(),
  channelId: text('channel_id').notNull(),
  threadId: text('thread_id'),
  platformMessageId: text('platform_message_id').notNull(),
  authorId: text('author_id').notNull(),
  textEnc: blob('text_enc', { mode: 'buffer' }),
  mentions: text('mentions'), // JSON array of member ids
  sentAt: integer('sent_at').notNull(),
  version: integer('version').notNull().default(1),
  /**
   * pending → classified | flagged, or unjudged when its judgement failed MAX_JUDGE_FAILURES times (its text is
   * then deleted at once). A purged message's row is deleted, text and all.
   */
  status: text('status').notNull().default('pending'),
  classifiedAt: integer('classified_at'),
  /** Failed judgements of this version (an edit starts again at 0). */
  judgeFailures: integer('judge_failures').notNull().default(0),
}, (t) => [
  uniqueIndex('messages_platform_uq').on(t.groupId, t.channelId, t.platformMessageId),
  index('messages_channel_idx').on(t.groupId, t.channelId, t.id),
  // Time-window purges read a channel's oldest rows; no index holds status, so marking a message judged
  // rewrites its row alone.
  index('messages_time_idx').on(t.groupId, t.channelId, t.sentAt),
]);

/** Scores without text, for threshold previews, calibration and pattern signals. */
export const messageScores = sqliteTable('message_scores', {
  messageId: integer('message_id').notNull(),
  version: integer('version').notNull(),
  groupId: text('group_id').notNull(),
  authorId: text('author_id').notNull(),
  targetId: text('target_id'),
  gaslighting: real('gaslighting').notNull(),
  dismissal: real('dismissal').notNull(),
  blameShifting: real('blame_shifting').notNull(),
  phi: real('phi').notNull(),
  crisis: real('crisis').notNull(),
  classifier: text('classifier').notNull(),
  scoredAt: integer('scored_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.messageId, t.version] }),
  index('scores_group_idx').on(t.groupId, t.scoredAt),
  // Pattern signals look for rows aimed at a member; most messages aim at nobody (nine in ten in the bench),
  // and leaving them out spares a random-page index write each (24 -> 8.5 us a row, .scratch micro-bench).
  index('scores_pair_idx').on(t.groupId, t.authorId, t.targetId, t.scoredAt).where(sql`${t.targetId} IS NOT NULL`),
]);

export const flags = sqliteTable('flags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  groupId: text('group_id').notNull(),
  channelId: text('channel_id').notNull(),
  messageId: integer('message_id').notNull(),
  messageVersion: integer('message_version').notNull(),
  /** 'message' for a single message over threshold, 'pattern' for repeated sub-threshold signals. */
  kind: text('kind').notNull(),
  platformMessageId: text('platform_message_id').notNull(),
  authorId: text('author_id').notNull(),
  targetId: text('target_id'),
  /** JSON: [{category, score, threshold, explanation, cues, source}] — cues are short phrases or rule names. */
  categories: text('categories').notNull(),
  crisis: integer('crisis', { mode: 'boolean' }).notNull(),
  /** 0 = crisis first; then by severity (higher score over threshold first) and age. */
  priority: integer('priority').notNull(),
  severity: real('severity').notNull(),
  status: text('status').notNull(),
  claimedBy: text('claimed_by'),
  /** Encrypted JSON: { excerpt: redacted text, context: [{authorId, redacted, sentAt, flagged}], patternOf?: ids } */
  evidenceEnc: blob('evidence_enc', { mode: 'buffer' }),
  cardRef: text('card_ref'),
  outcome: text('outcome'),
  createdAt: integer('created_at').notNull(),
  decidedAt: integer('decided_at'),
  /** When the evidence is removed (set on decision from the group's retention settings). */
  purgeAfter: integer('purge_after'),
}, (t) => [
  uniqueIndex('flags_message_uq').on(t.messageId, t.messageVersion, t.kind),
  index('flags_queue_idx').on(t.groupId, t.status, t.priority, t.createdAt),
  index('flags_purge_idx').on(t.purgeAfter),
]);

export const decisions = sqliteTable('decisions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  flagId: integer('flag_id').notNull(),
  actorId: text('actor_id').notNull(),
  decision: text('decision').notNull(), // claim | confirm | dismiss | note
  step: text('step'),
  /** Encrypted: a therapist's reason or note may name people. */
  textEnc: blob('text_enc', { mode: 'buffer' }),
  at: integer('at').notNull(),
}, (t) => [index('decisions_flag_idx').on(t.flagId)]);

export const offences = sqliteTable('offences', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  groupId: text('group_id').notNull(),
  memberId: text('member_id').notNull(),
  flagId: integer('flag_id').notNull(),
  categories: text('categories').notNull(),
  step: text('step'),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
}, (t) => [
  uniqueIndex('offences_flag_uq').on(t.flagId),
  index('offences_member_idx').on(t.groupId, t.memberId, t.expiresAt),
]);

export const actions = sqliteTable('actions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  idempotencyKey: text('idempotency_key').notNull(),
  groupId: text('group_id').notNull(),
  flagId: integer('flag_id'),
  kind: text('kind').notNull(),
  /** Encrypted JSON of the PlatformAction (a DM's text quotes the redacted excerpt). */
  payloadEnc: blob('payload_enc', { mode: 'buffer' }),
  status: text('status').notNull(), // pending | done | failed
  attempts: integer('attempts').notNull().default(0),
  receiptRef: text('receipt_ref'),
  via: text('via'),
  lastError: text('last_error'),
  runAfter: integer('run_after').notNull(),
  createdAt: integer('created_at').notNull(),
  doneAt: integer('done_at'),
}, (t) => [
  uniqueIndex('actions_key_uq').on(t.idempotencyKey),
  index('actions_due_idx').on(t.status, t.runAfter),
]);

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  groupId: text('group_id').notNull(),
  actorId: text('actor_id').notNull(),
  action: text('action').notNull(),
  subject: text('subject'),
  /** JSON without message text: ids, setting paths and values, outcomes. */
  detail: text('detail'),
  at: integer('at').notNull(),
}, (t) => [index('audit_group_idx').on(t.groupId, t.at)]);

/** Platform delivery ids already handled (Slack event_id), kept a day. */
export const seenEvents = sqliteTable('seen_events', {
  key: text('key').primaryKey(),
  at: integer('at').notNull(),
});

/** The embedded durable queue (src/queue/embedded). Job data holds ids only. */
export const queueJobs = sqliteTable('queue_jobs', {
  queue: text('queue').notNull(),
  id: text('id').notNull(),
  name: text('name').notNull(),
  data: text('data').notNull(),
  /** waiting | active | failed; completed jobs are deleted. */
  status: text('status').notNull(),
  priority: integer('priority').notNull(),
  attemptsMade: integer('attempts_made').notNull(),
  maxAttempts: integer('max_attempts').notNull(),
  backoffMs: integer('backoff_ms').notNull(),
  runAt: integer('run_at').notNull(),
  lockedUntil: integer('locked_until'),
  lockToken: text('lock_token'),
  lastError: text('last_error'),
  createdAt: integer('created_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.queue, t.id] }),
  index('queue_jobs_ready_idx').on(t.queue, t.status, t.priority, t.runAt),
]);

/** LLM requests per group per UTC day (src/classify/llm budget); counts only. */
export const llmBudget = sqliteTable('llm_budget', {
  groupId: text('group_id').notNull(),
  day: text('day').notNull(),
  used: integer('used').notNull(),
}, (t) => [primaryKey({ columns: [t.groupId, t.day] })]);
