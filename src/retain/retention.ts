import type { Clock } from '../core/clock.ts';
import type { Logger } from '../log/logger.ts';
import type { ActionsRepo } from '../store/actions-repo.ts';
import type { AuditRepo } from '../store/audit-repo.ts';
import type { FlagsRepo } from '../store/flags-repo.ts';
import type { GroupsRepo } from '../store/groups-repo.ts';
import type { MessagesRepo } from '../store/messages-repo.ts';
import type { OffencesRepo } from '../store/offences-repo.ts';
import type { ScoresRepo } from '../store/scores-repo.ts';
import type { SeenEventsRepo } from '../store/seen-events-repo.ts';
import type { LlmBudgetRepo } from '../store/llm-budget-repo.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Rows deleted per statement: small batches keep the WAL small and never block the ingest path for long. */
export const SWEEP_BATCH = 500;
/** Delivery ids are kept a day: platforms re-deliver within minutes. */
export const SEEN_EVENT_RETENTION_MS = DAY_MS;
/** Finished actions keep their row (no payload) a week, for "was the warning sent?" questions. */
export const FINISHED_ACTION_RETENTION_MS = 7 * DAY_MS;

export interface SweepReport {
  messages: number;
  flags: number;
  scores: number;
  offences: number;
  audit: number;
  actions: number;
  events: number;
  budgetDays: number;
}

/**
 * The repeatable retention sweep. What it deletes, per group setting:
 * - message text that has left the context window (the judge step also does this per channel);
 * - decided flags whose resolved period has run out (dismissed ones already lost their text);
 * - per-message scores after `retention.scoreDays`; decayed offences; old audit entries and delivery ids;
 * - LLM budget counters of past days.
 */
export class RetentionSweeper {
  constructor(private readonly deps: {
    groups: GroupsRepo; messages: MessagesRepo; flags: FlagsRepo; scores: ScoresRepo; offences: OffencesRepo;
    audit: AuditRepo; actions: ActionsRepo; seen: SeenEventsRepo; llmBudget: LlmBudgetRepo; clock: Clock; logger: Logger;
  }) {}

  sweep(): SweepReport {
    const now = this.deps.clock.now();
    const report: SweepReport = { messages: 0, flags: 0, scores: 0, offences: 0, audit: 0, actions: 0, events: 0, budgetDays: 0 };
    for (const group of this.deps.groups.all()) {
      const s = group.settings;
      report.messages += drain(() => this.deps.messages.purgeOlderThan(group.id, now - s.context.minutes * MINUTE_MS, SWEEP_BATCH));
      report.scores += drain(() => this.deps.scores.purgeOlderThan(group.id, now - s.retention.scoreDays * DAY_MS, SWEEP_BATCH));
      report.audit += drain(() => this.deps.audit.deleteOlderThan(group.id, now - s.retention.auditDays * DAY_MS, SWEEP_BATCH));
    }
    report.flags += drain(() => this.deps.flags.purgeDue(now, SWEEP_BATCH));
    report.offences += this.deps.offences.purgeExpired(now);
    report.actions += this.deps.actions.purgeFinished(now - FINISHED_ACTION_RETENTION_MS);
    report.events += this.deps.seen.purgeOlderThan(now - SEEN_EVENT_RETENTION_MS);
    report.budgetDays += this.deps.llmBudget.purgeBefore(new Date(now).toISOString().slice(0, 10));
    this.deps.logger.info(report, 'retention sweep');
    return report;
  }
}

function drain(step: () => number): number {
  let total = 0;
  for (;;) {
    const n = step();
    total += n;
    if (n < SWEEP_BATCH) return total;
  }
}
