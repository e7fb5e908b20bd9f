import type { GroupSettings } from '../config/settings.ts';
import { CATEGORIES, MANIPULATION, type Category } from '../core/categories.ts';
import type { Classification, Classifier } from '../core/classifier.ts';
import type { Clock } from '../core/clock.ts';
import type { ActionService, DueAction } from '../escalate/action-service.ts';
import type { EscalationService } from '../escalate/escalation-service.ts';
import { phiHiddenText } from '../escalate/notices.ts';
import { HoldspaceError } from '../core/errors.ts';
import { CLASSIFY_ATTEMPTS } from '../ingest/ingest-service.ts';
import { errorSummary } from '../queue/job-options.ts';
import type { Logger } from '../log/logger.ts';
import type { ContextLine } from '../core/api.ts';
import type { ContextMessage } from '../core/message.ts';
import { toCard } from '../review/card.ts';
import type { FlagCategory, FlagRow, FlagsRepo } from '../store/flags-repo.ts';
import type { GroupsRepo } from '../store/groups-repo.ts';
import type { MessagesRepo, StoredMessage } from '../store/messages-repo.ts';
import type { ScoresRepo } from '../store/scores-repo.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Context lines kept as evidence with a flag: enough to read the exchange, no more. */
export const EVIDENCE_CONTEXT_LINES = 6;
/**
 * Failed classifications after which a message is given up on: its text is deleted unjudged and the review
 * channel is told, rather than keeping it (and retrying it) for ever. Only the classifier's own failures count
 * (a bug a message's text trips every time); a store or queue that is down only delays the judgement. Equal to
 * a classify job's tries, so a message's own job reaches it (a failed job keeps its id for 7 days, and the
 * periodic re-queue cannot add it again meanwhile).
 */
export const MAX_JUDGE_FAILURES = CLASSIFY_ATTEMPTS;

/** The classifier threw on a message: its message names the message and the error's name only, never text. */
export class ClassifierFailure extends HoldspaceError {
  constructor(messageId: number, cause: unknown) {
    super('INTERNAL', `the classifier failed on message ${messageId}: ${cause instanceof Error ? cause.name : 'non-error thrown'}`, { cause, retryable: true });
  }
}

/** Channels whose window moved during a burst, purged once after it: channel key → what to purge. */
type ChannelPurges = Map<string, { groupId: string; channelId: string; keep: number; before: number }>;

/** What a burst's judgement read up front for one message: the row (undefined: gone) and its window. */
interface Prefetched {
  msg: StoredMessage | undefined;
  context?: ContextMessage[];
}

export interface JudgeOutcome {
  status: 'skipped' | 'classified' | 'flagged';
  flagId?: number;
  categories?: Category[];
}

/**
 * Judges one queued message with the conversation before it: scores are kept (without text), a flag with
 * encrypted, redacted evidence is raised when a category passes the group's threshold, and text that has
 * left the context window is deleted. Every write is idempotent, so a retried job changes nothing twice.
 */
export class JudgeService {
  /** Messages being judged in this process right now. */
  readonly #judging = new Set<number>();

  constructor(private readonly deps: {
    messages: MessagesRepo; scores: ScoresRepo; flags: FlagsRepo; groups: GroupsRepo;
    classifier: Classifier; redact: (text: string) => string;
    /** Runs synchronous store writes in one transaction, committed with the other writes of this turn. */
    commit: <T>(work: () => T) => Promise<T>;
    /** As commit, but after every other write of the commit it joins (those queued later in the turn too). */
    commitLast: <T>(work: () => T) => Promise<T>;
    actions: ActionService; escalation: EscalationService; clock: Clock; logger: Logger;
  }) {}

  /**
   * The queue worker's entry: judges the messages one job names, side by side, so their writes share
   * commits. A message whose judgement already finished (a duplicate job, or a re-delivered one that got
   * part of the way) is skipped; `judge()` alone re-runs a finished judgement. Returns the messages whose
   * judgement failed, with the first error, for the worker to retry.
   */
  async judgeQueued(items: readonly { messageId: number; version: number }[]): Promise<{ failed: { messageId: number; version: number }[]; error?: unknown }> {
    const purges: ChannelPurges = new Map();
    const due: DueAction[] = [];
    // A message this process is judging already (the same message in two jobs) is left to that judgement.
    const mine = items.filter((m) => !this.#judging.has(m.messageId));
    for (const m of mine) this.#judging.add(m.messageId);
    let settled: PromiseSettledResult<JudgeOutcome>[];
    // Each channel of the burst is purged once, including those of skipped messages (a retried job redoes it),
    // instead of once per message: at the end of the commit that holds the judgements queued in this turn, and
    // once more after the burst for judgements that came later (a slow classifier). Should it fail, the next
    // judgement of the channel or the sweep does it.
    const purge = (): void => {
      for (const p of purges.values()) this.deps.messages.purgeChannel(p.groupId, p.channelId, p.keep, p.before);
      purges.clear();
    };
    const purgeFailed = (error: unknown) => this.deps.logger.warn({ err: error }, 'purging the window after a burst failed; the sweep will');
    let first: Promise<void> | undefined;
    try {
      const prefetched = this.#prefetch(mine, purges);
      first = this.deps.commitLast(purge).catch(purgeFailed);
      settled = await Promise.allSettled(mine.map((m) => this.judge(m.messageId, m.version, { skipFinished: true, purges, due, prefetched: prefetched.get(m.messageId) })));
    } finally {
      for (const m of mine) this.#judging.delete(m.messageId);
    }
    // The burst's cards in one call to the queue, after the commits that recorded them (crisis alerts went at
    // once). Should the queue refuse, the job fails and is retried, and `queueDue` queues what was recorded.
    const queued = this.deps.actions.enqueue(due).then(() => null, (e: unknown) => e ?? new Error('queueing actions failed'));
    await first;
    if (purges.size > 0) await this.deps.commit(purge).catch(purgeFailed);
    const queueError = await queued;
    if (queueError !== null) throw queueError;
    const failed: { messageId: number; version: number }[] = [];
    const classifierFailed: { messageId: number; version: number }[] = [];
    let error: unknown;
    settled.forEach((r, i) => {
      if (r.status === 'fulfilled') return;
      (r.reason instanceof ClassifierFailure ? classifierFailed : failed).push(mine[i]!);
      error ??= r.reason ?? new Error('judgement failed');
    });
    if (classifierFailed.length > 0) failed.push(...await this.#countFailures(classifierFailed, error));
    return failed.length === 0 ? { failed } : { failed, error };
  }

  /**
   * Counts each message the classifier failed on; one that failed MAX_JUDGE_FAILURES times is given up on (text
   * deleted, review channel told) and no longer counts as failed. Returns the messages still to retry.
   */
  async #countFailures(failed: { messageId: number; version: number }[], error: unknown): Promise<{ messageId: number; version: number }[]> {
    const why = error instanceof ClassifierFailure && error.options.cause instanceof Error ? error.options.cause.name : 'unknown error';
    try {
      const { retry, notices } = await this.deps.commit(() => {
        const retry: { messageId: number; version: number }[] = [];
        const notices: DueAction[] = [];
        for (const item of failed) {
          const count = this.deps.messages.noteJudgeFailure(item.messageId, item.version);
          if (count < MAX_JUDGE_FAILURES) {
            if (count > 0) retry.push(item);
            continue;
          }
          const msg = this.deps.messages.get(item.messageId);
          if (!msg || !this.deps.messages.markUnjudged(item.messageId, item.version, this.deps.clock.now())) continue;
          this.deps.logger.error({ messageId: msg.id, groupId: msg.groupId, failures: count, error: why }, 'gave up judging a message; its text was deleted unjudged');
          const notice = this.deps.actions.recordNotice(msg.groupId, `unjudged:${msg.id}:${item.version}`,
            `Holdspace could not judge message ${msg.platformMessageId} in channel ${msg.channelId} (the classifier failed ${count} times: ${why}), so it was not screened. `
              + 'Its text was deleted without a judgement; read it on the platform if it may need a look.', null);
          if (notice) notices.push(notice);
        }
        return { retry, notices };
      });
      await this.deps.actions.enqueue(notices).catch((e: unknown) => this.deps.logger.warn({ err: errorSummary(e) }, 'queueing an unjudged-message notice failed; the periodic re-queue will'));
      return retry;
    } catch (e) {
      // Nothing counted (the store is down?): every message is retried.
      this.deps.logger.warn({ err: errorSummary(e) }, 'counting failed judgements failed');
      return failed;
    }
  }

  /**
   * A burst's messages in one read and each channel's windows in two, rather than two reads per message.
   * A read that fails here fails nothing: each judgement then reads on its own (and fails on its own).
   */
  #prefetch(items: readonly { messageId: number; version: number }[], purges: ChannelPurges): Map<number, Prefetched> {
    const out = new Map<number, Prefetched>();
    try {
      const found = this.deps.messages.getMany(items.map((m) => m.messageId));
      const channels = new Map<string, { groupId: string; channelId: string; limit: number; targets: { id: number; since: number }[] }>();
      const now = this.deps.clock.now();
      for (const item of items) {
        const msg = found.get(item.messageId);
        out.set(item.messageId, { msg });
        const settings = msg ? this.deps.groups.find(msg.groupId)?.settings : undefined;
        if (!msg || !settings) continue;
        this.#purgeLater(purges, msg, settings, now);
        if (msg.version !== item.version || msg.text === null || msg.status !== 'pending') continue;
        const key = `${msg.groupId}\u0000${msg.channelId}\u0000${settings.context.messages}`;
        let channel = channels.get(key);
        if (!channel) channels.set(key, (channel = { groupId: msg.groupId, channelId: msg.channelId, limit: settings.context.messages, targets: [] }));
        channel.targets.push({ id: msg.id, since: msg.sentAt - settings.context.minutes * MINUTE_MS });
      }
      for (const c of channels.values()) {
        for (const [id, context] of this.deps.messages.contexts(c.groupId, c.channelId, c.targets, c.limit)) {
          const p = out.get(id);
          if (p) p.context = context;
        }
      }
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'reading a burst at once failed; judging its messages one by one');
      out.clear();
    }
    return out;
  }

  async judge(messageId: number, version: number, options: { skipFinished?: boolean; purges?: ChannelPurges; prefetched?: Prefetched | undefined; due?: DueAction[] } = {}): Promise<JudgeOutcome> {
    const msg = options.prefetched ? options.prefetched.msg : this.deps.messages.get(messageId);
    // Gone (member left, retention) or superseded by an edit: nothing to do.
    if (!msg || msg.version !== version || msg.text === null) return { status: 'skipped' };
    // Marked classified or flagged by the last write of its judgement: done.
    if (options.skipFinished && msg.status !== 'pending') return { status: 'skipped' };
    const group = this.deps.groups.find(msg.groupId);
    if (!group) return { status: 'skipped' };
    const settings = group.settings;
    const since = msg.sentAt - settings.context.minutes * MINUTE_MS;
    const context = options.prefetched?.context ?? this.deps.messages.context(msg.groupId, msg.channelId, msg.id, settings.context.messages, since);

    const started = performance.now();
    let result: Classification;
    try {
      result = await this.deps.classifier.classify({
        message: { id: String(msg.id), authorId: msg.authorId, text: msg.text, sentAt: msg.sentAt, mentions: msg.mentions },
        context, thresholds: settings.thresholds, groupId: msg.groupId,
      });
    } catch (error) {
      throw new ClassifierFailure(msg.id, error);
    }
    const classifyMs = performance.now() - started;
    const now = this.deps.clock.now();
    const over = CATEGORIES.filter((c) => result.scores[c] >= settings.thresholds[c]);
    const outcome: JudgeOutcome = over.length > 0
      ? { status: 'flagged', flagId: await this.#raise(msg, version, result, over, context, settings, now, options.purges, options.due), categories: over }
      : { status: 'classified' };
    if (over.length === 0) await this.#classified(msg, version, result, settings, now, options.purges, options.due);
    this.deps.logger.debug({ messageId: msg.id, status: outcome.status, categories: outcome.categories, classifyMs }, 'judged');
    return outcome;
  }

  /**
   * The end of the judgement, in the caller's transaction: the message is done and the window moves on.
   * It runs after everything else the step writes or requests, so a crash before it leaves the message
   * pending and the re-delivered job redoes the (idempotent) rest.
   */
  #finish(msg: StoredMessage, version: number, status: 'classified' | 'flagged', settings: GroupSettings, now: number, purges: ChannelPurges | undefined): void {
    this.deps.messages.markClassified(msg.id, version, status, now);
    if (purges) this.#purgeLater(purges, msg, settings, now);
    else this.deps.messages.purgeChannel(msg.groupId, msg.channelId, settings.context.messages, now - settings.context.minutes * MINUTE_MS);
  }

  /** Notes the message's channel for the purge after the burst (the latest time wins). */
  #purgeLater(purges: ChannelPurges, msg: StoredMessage, settings: GroupSettings, now: number): void {
    const key = `${msg.groupId}\u0000${msg.channelId}`;
    const before = now - settings.context.minutes * MINUTE_MS;
    const known = purges.get(key);
    if (known === undefined || known.before < before) purges.set(key, { groupId: msg.groupId, channelId: msg.channelId, keep: settings.context.messages, before });
  }

  /**
   * Over a threshold: scores, the flag with its evidence, the actions that announce it and, unless an admin
   * lets the ladder act on its own, the end of the judgement, all in one commit; the actions are queued after it.
   * Requested on every try, not only on creation: a crash after the flag was written must not lose them.
   */
  async #raise(msg: StoredMessage, version: number, result: Classification, over: Category[],
    context: readonly ContextMessage[], settings: GroupSettings, now: number, purges: ChannelPurges | undefined, dueSink: DueAction[] | undefined): Promise<number> {
    const categories: FlagCategory[] = over.map((c) => ({
      category: c, score: round(result.scores[c]), threshold: settings.thresholds[c],
      explanation: result.evidence[c]?.explanation ?? '', cues: result.evidence[c]?.cues ?? [], source: result.evidence[c]?.source ?? result.classifier,
    }));
    const crisis = over.includes('crisis');
    const severity = Math.max(...over.map((c) => result.scores[c] - settings.thresholds[c]));
    const lines: ContextLine[] = context.slice(-EVIDENCE_CONTEXT_LINES).map((c) => ({ authorId: c.authorId, redacted: this.deps.redact(c.text), sentAt: c.sentAt, flagged: false }));
    const step = await this.deps.commit(() => {
      this.#saveScores(msg, version, result, now);
      const { id, row } = this.deps.flags.create({
        groupId: msg.groupId, channelId: msg.channelId, messageId: msg.id, messageVersion: version, kind: 'message',
        platformMessageId: msg.platformMessageId, authorId: msg.authorId,
        targetId: over.some((c) => MANIPULATION.includes(c)) ? result.targetId : null,
        categories, crisis, priority: crisis ? 0 : 1, severity: round(severity), createdAt: this.deps.clock.now(),
        evidence: { excerpt: result.redacted, context: lines },
      });
      const flag = row ?? this.deps.flags.get(id);
      const due = flag ? this.#announce(flag, settings, result, msg) : [];
      // An admin may let the bot take a ladder step without waiting for a therapist.
      const suggested = flag?.status === 'open' && settings.ladder.automatic.length > 0 ? this.deps.escalation.suggest(flag) : null;
      const automatic = suggested !== null && settings.ladder.automatic.includes(suggested) ? suggested : null;
      if (automatic === null) this.#finish(msg, version, 'flagged', settings, now, purges);
      return { id, flag, due, automatic };
    });
    // A crisis alert and an automatic step do not wait for the rest of the burst; other cards are queued together.
    if (dueSink && step.automatic === null && !crisis) dueSink.push(...step.due);
    else await this.deps.actions.enqueue(step.due);
    if (step.flag && step.automatic !== null) {
      this.deps.flags.setOutcome(step.id, `automatic ${step.automatic} (awaiting therapist review)`);
      this.deps.flags.addDecision(step.id, 'holdspace:auto', 'auto', step.automatic, null, this.deps.clock.now());
      await this.deps.escalation.apply(step.flag, step.automatic);
      await this.deps.commit(() => this.#finish(msg, version, 'flagged', settings, now, purges));
    }
    return step.id;
  }

  /** Records (synchronously, in the caller's transaction) the actions that put a new flag in front of people. */
  #announce(flag: FlagRow, settings: GroupSettings, result: Classification, msg: StoredMessage): DueAction[] {
    const card = toCard(flag, result.redacted);
    const review = settings.reviewChannelId;
    const flagId = flag.id;
    const due: (DueAction | null)[] = [];
    if (flag.crisis) {
      due.push(this.deps.actions.record({ kind: 'crisis_alert', idempotencyKey: `crisis:${flagId}`, groupId: flag.groupId, reviewChannelId: review, onCallRole: settings.onCallRole, card }, flagId));
      if (settings.crisis.autoSendResources) {
        due.push(this.deps.actions.record({ kind: 'dm', idempotencyKey: `crisis-dm:${flagId}`, groupId: flag.groupId, memberId: flag.authorId, fallbackChannelId: flag.channelId, purpose: 'crisis_resources', text: settings.crisis.resources }, flagId));
      }
    }
    due.push(this.deps.actions.record({ kind: 'review_card', idempotencyKey: `card:${flagId}:0`, groupId: flag.groupId, reviewChannelId: review, card }, flagId));
    if (flag.categories.some((c) => c.category === 'phi') && settings.phi.hideDisclosures) {
      // The member is told their message was removed only once it really was.
      due.push(this.deps.actions.record({ kind: 'hide_message', idempotencyKey: `hide:${flagId}`, groupId: flag.groupId, channelId: msg.channelId, messageId: msg.platformMessageId }, flagId, undefined,
        { kind: 'dm', idempotencyKey: `phi-dm:${flagId}`, groupId: flag.groupId, memberId: flag.authorId, fallbackChannelId: flag.channelId, purpose: 'phi_hidden', text: phiHiddenText(result.redacted) }));
    }
    return due.filter((d): d is DueAction => d !== null);
  }

  #saveScores(msg: StoredMessage, version: number, result: Classification, at: number): void {
    this.deps.scores.save({ messageId: msg.id, version, groupId: msg.groupId, authorId: msg.authorId, targetId: result.targetId, scores: result.scores, classifier: result.classifier, at });
  }

  /**
   * Under every threshold: the scores, the pattern check and the end of the judgement in one commit. When
   * the check raises a pattern flag, its card is recorded in that commit too and queued after it.
   */
  async #classified(msg: StoredMessage, version: number, result: Classification, settings: GroupSettings, now: number, purges: ChannelPurges | undefined,
    dueSink: DueAction[] | undefined): Promise<void> {
    const due = await this.deps.commit(() => {
      this.#saveScores(msg, version, result, now);
      const card = this.#pattern(msg, version, result, settings);
      this.#finish(msg, version, 'classified', settings, now, purges);
      return card;
    });
    if (due && dueSink) dueSink.push(due);
    else if (due) await this.deps.actions.enqueue([due]);
  }

  /** Repeated sub-threshold signals from one member toward the same member raise one `pattern` flag. */
  #pattern(msg: StoredMessage, version: number, result: Classification, settings: GroupSettings): DueAction | null {
    const target = result.targetId;
    if (!target || target === msg.authorId) return null;
    const ratio = settings.pattern.signalRatio;
    const floors = { gaslighting: settings.thresholds.gaslighting * ratio, dismissal: settings.thresholds.dismissal * ratio, blame_shifting: settings.thresholds.blame_shifting * ratio };
    if (!MANIPULATION.some((c) => result.scores[c] >= floors[c as keyof typeof floors])) return null;
    const since = this.deps.clock.now() - settings.pattern.windowHours * HOUR_MS;
    const ids = this.deps.scores.signals(msg.groupId, msg.authorId, target, since, floors);
    if (ids.length < settings.pattern.minSignals) return null;
    // A re-run of this very judgement finds its own pattern flag: its card is requested again, not skipped.
    const own = this.deps.flags.findId(msg.id, version, 'pattern');
    if (own === undefined && this.deps.flags.openPatternExists(msg.groupId, msg.authorId, target, since)) return null;
    const top = MANIPULATION.reduce((a, b) => (result.scores[b] > result.scores[a] ? b : a));
    const { id } = this.deps.flags.create({
      groupId: msg.groupId, channelId: msg.channelId, messageId: msg.id, messageVersion: version, kind: 'pattern',
      platformMessageId: msg.platformMessageId, authorId: msg.authorId, targetId: target,
      categories: [{ category: top, score: round(result.scores[top]), threshold: settings.thresholds[top],
        explanation: `${ids.length} messages in ${settings.pattern.windowHours} h from this member toward the same member each scored below the threshold but at least ${Math.round(ratio * 100)}% of it.`,
        cues: ['pattern'], source: 'pattern' }],
      crisis: false, priority: 1, severity: 0, createdAt: this.deps.clock.now(),
      evidence: { excerpt: `(pattern of ${ids.length} sub-threshold messages; their text was not kept)`, context: [], patternOf: ids },
    });
    const flag = this.deps.flags.get(id);
    if (!flag) return null;
    return this.deps.actions.record({ kind: 'review_card', idempotencyKey: `card:${id}:0`, groupId: msg.groupId, reviewChannelId: settings.reviewChannelId, card: toCard(flag, null) }, id);
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
