import type { Clock } from '../core/clock.ts';
import { HoldspaceError, isHoldspaceError } from '../core/errors.ts';
import type { Platform, PlatformAction } from '../core/platform.ts';
import { UnrecoverableJobError, type JobQueue } from '../core/queue.ts';
import type { Logger } from '../log/logger.ts';
import { toCard } from '../review/card.ts';
import type { ActionsRepo } from '../store/actions-repo.ts';
import type { FlagsRepo } from '../store/flags-repo.ts';
import type { GroupsRepo } from '../store/groups-repo.ts';
import type { OffencesRepo } from '../store/offences-repo.ts';

export const ACTION_JOB = 'perform';
export type ActionJobData = { actionId: number };

/** An action recorded and due now, waiting to be queued. */
export interface DueAction { id: number; kind: string }

const actionJobOptions = (id: number, kind: string) =>
  ({ jobId: `a${id}`, priority: kind === 'crisis_alert' ? 1 : 5, attempts: 8, backoffMs: 1000 });

/**
 * Sends what the ladder decided through the group's platform, exactly once in effect: an action is recorded
 * under its idempotency key before it is queued, a done action is never performed again, and the key goes
 * to the adapter so a platform that can deduplicate (Discord's nonce) does too.
 */
export class ActionService {
  readonly #platforms = new Map<string, Platform>();

  constructor(private readonly deps: {
    actions: ActionsRepo; flags: FlagsRepo; groups: GroupsRepo; offences: OffencesRepo;
    queue: JobQueue<ActionJobData>; clock: Clock; logger: Logger;
    /** Runs synchronous store writes in one transaction, committed with the other writes of this turn. */
    commit: <T>(work: () => T) => Promise<T>;
  }) {}

  register(platform: Platform): void {
    this.#platforms.set(platform.name, platform);
  }

  /**
   * Records the action and queues it when due now. Later actions (lifting a restriction in 24 h) wait in
   * the actions table, and `queueDue` queues them when their time comes, so no queue holds day-long delays.
   */
  async request(action: PlatformAction, flagId: number | null, runAfter?: number, onSuccess?: PlatformAction): Promise<void> {
    const due = this.record(action, flagId, runAfter, onSuccess);
    if (due) await this.enqueue([due]);
  }

  /**
   * The synchronous half of `request`, for callers that record several actions in one transaction with their
   * own writes: returns what to pass to `enqueue` once that transaction committed, or null when nothing is
   * due now (scheduled for later, or already done). An action recorded but never queued (a crash in between)
   * is queued by `queueDue`, and a re-run of the caller queues it again under the same job id.
   */
  record(action: PlatformAction, flagId: number | null, runAfter?: number, onSuccess?: PlatformAction): DueAction | null {
    const now = this.deps.clock.now();
    const when = runAfter ?? now;
    const stored: PlatformAction = onSuccess ? Object.assign({ then: onSuccess }, action) : action;
    const { id, status } = this.deps.actions.record(stored, flagId, when, now);
    if (when > now || id < 0 || status !== 'pending') return null;
    return { id, kind: action.kind };
  }

  /** Queues recorded actions (job ids make a repeat a no-op). */
  async enqueue(due: readonly DueAction[]): Promise<void> {
    if (due.length === 0) return;
    await this.deps.queue.addBulk(due.map((d) => ({ name: ACTION_JOB, data: { actionId: d.id }, options: actionJobOptions(d.id, d.kind) })));
  }

  /** Queues every pending action that is due (after a crash, a dead queue, or a scheduled time). Idempotent. */
  async queueDue(limit = 1000): Promise<number> {
    const ids = this.deps.actions.dueIds(this.deps.clock.now(), limit);
    for (const id of ids) await this.deps.queue.add(ACTION_JOB, { actionId: id }, actionJobOptions(id, ''));
    return ids.length;
  }

  async perform(actionId: number): Promise<void> {
    const row = this.deps.actions.get(actionId);
    if (!row || row.status !== 'pending') return;
    if (!row.action) {
      this.deps.actions.failed(actionId, 'payload missing');
      throw new UnrecoverableJobError(`action ${actionId} has no payload`);
    }
    // `then` is the core's own follow-up; the adapter sees the plain action.
    const { then: onSuccess, ...stored } = row.action as PlatformAction & { then?: PlatformAction };
    let action = stored as PlatformAction;
    const group = this.deps.groups.find(row.groupId);
    const platform = group ? this.#platforms.get(group.platform) : undefined;
    if (!platform) {
      // Stays pending: the process that runs the platform adapter performs it.
      throw new HoldspaceError('PLATFORM_RETRYABLE', `no ${group?.platform ?? 'unknown'} adapter is running in this process`);
    }
    if (action.kind === 'review_card' && row.flagId !== null) {
      action = this.#freshCard(action, row.flagId);
    }
    await this.deps.commit(() => this.deps.actions.attempt(actionId));
    try {
      const receipt = await platform.perform(action);
      // What the receipt means for the store, and the follow-up, in one commit with "done".
      const next = await this.deps.commit(() => {
        this.deps.actions.done(actionId, receipt, this.deps.clock.now());
        if (action.kind === 'review_card' && row.flagId !== null && receipt.ref && !action.cardRef) {
          this.deps.flags.setCardRef(row.flagId, receipt.ref);
        }
        if (action.kind === 'restrict') this.deps.offences.setRestricted(action.groupId, action.memberId, action.until);
        if (action.kind === 'unrestrict') this.deps.offences.setRestricted(action.groupId, action.memberId, null);
        return onSuccess ? this.record(onSuccess, row.flagId) : null;
      });
      if (next) await this.enqueue([next]);
      if (action.kind === 'crisis_alert' && receipt.via?.startsWith('skipped')) {
        // Nobody was alerted: say so loudly, the review queue still has the flag at the top.
        this.deps.logger.warn({ actionId, kind: action.kind, groupId: action.groupId, via: receipt.via }, 'crisis alert not delivered: set a review channel for this group');
      } else {
        this.deps.logger.info({ actionId, kind: action.kind, groupId: action.groupId, via: receipt.via }, 'action performed');
      }
    } catch (error) {
      const code = isHoldspaceError(error) ? error.code : 'INTERNAL';
      const detail = error instanceof Error ? error.message : String(error);
      if (isHoldspaceError(error) && !error.retryable) {
        this.deps.actions.failed(actionId, `${code}: ${detail}`);
        this.deps.logger.warn({ actionId, kind: action.kind, code }, 'action failed permanently');
        if (action.kind !== 'review_notice') await this.#notice(action, detail, row.flagId);
        throw new UnrecoverableJobError(detail);
      }
      this.deps.actions.noteError(actionId, `${code}: ${detail}`);
      throw error;
    }
  }

  /** Cards are rendered when sent, so an update never shows a stale state and finds the posted card. */
  #freshCard(action: Extract<PlatformAction, { kind: 'review_card' }>, flagId: number): PlatformAction {
    const flag = this.deps.flags.get(flagId);
    if (!flag) return action;
    const isUpdate = !action.idempotencyKey.endsWith(':0');
    if (isUpdate && !flag.cardRef) {
      throw new HoldspaceError('PLATFORM_RETRYABLE', `card for flag ${flagId} not posted yet`);
    }
    const evidence = this.deps.flags.evidence(flagId);
    return { ...action, card: toCard(flag, evidence?.excerpt ?? null), cardRef: isUpdate ? (flag.cardRef ?? undefined) : undefined };
  }

  /** Records a notice for the group's review channel (the synchronous half: queue what it returns). */
  recordNotice(groupId: string, idempotencyKey: string, text: string, flagId: number | null): DueAction | null {
    const reviewChannelId = this.deps.groups.find(groupId)?.settings.reviewChannelId ?? null;
    return this.record({ kind: 'review_notice', idempotencyKey, groupId, reviewChannelId, text }, flagId);
  }

  async #notice(action: PlatformAction, detail: string, flagId: number | null): Promise<void> {
    const what = action.kind === 'dm' ? `send a ${action.purpose.replace('_', ' ')} message` : action.kind.replace('_', ' ');
    const due = this.recordNotice(action.groupId, `notice:${action.idempotencyKey}`,
      `Holdspace could not ${what}${flagId !== null ? ` for flag #${flagId}` : ''}: ${detail}. Please check the bot's permissions.`, flagId);
    if (due) await this.enqueue([due]);
  }
}
