import { join } from 'node:path';
import { loadEnv, type Env } from '../config/env.ts';
import { SettingsService } from '../config/settings-service.ts';
import type { CoreApi } from '../core/api.ts';
import type { Classifier } from '../core/classifier.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import type { Platform } from '../core/platform.ts';
import type { JobQueue, Worker } from '../core/queue.ts';
import { JudgeService } from '../classify/judge-service.ts';
import { ActionService, type ActionJobData } from '../escalate/action-service.ts';
import { EscalationService } from '../escalate/escalation-service.ts';
import { classifyJobs, IngestService, messagesOfJob, type ClassifyJobData } from '../ingest/ingest-service.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { RetentionSweeper, type SweepReport } from '../retain/retention.ts';
import { ReviewService } from '../review/review-service.ts';
import { ActionsRepo } from '../store/actions-repo.ts';
import { AuditRepo } from '../store/audit-repo.ts';
import { Cipher, loadKey } from '../store/crypto.ts';
import { openDatabase, type Db } from '../store/db.ts';
import { FlagsRepo } from '../store/flags-repo.ts';
import { groupCommitFor } from '../store/group-commit.ts';
import { GroupsRepo } from '../store/groups-repo.ts';
import { MessagesRepo } from '../store/messages-repo.ts';
import { OffencesRepo } from '../store/offences-repo.ts';
import { ScoresRepo } from '../store/scores-repo.ts';
import { SeenEventsRepo } from '../store/seen-events-repo.ts';
import { LlmBudgetRepo } from '../store/llm-budget-repo.ts';
import { createCoreApi } from './core-api.ts';
import { buildClassifier } from './default-classifier.ts';

export const DB_FILE = 'holdspace.db';
/** How often the retention sweep runs, and scheduled actions (lifting a restriction) are queued. */
export const SWEEP_INTERVAL_MS = 30_000;

export interface HoldspaceOptions {
  /** Overrides HOLDSPACE_DATA_DIR. */
  dataDir?: string | undefined;
  env?: Partial<Env> | undefined;
  classifier?: Classifier | undefined;
  /** Redaction for context lines kept as evidence; defaults to the local classifier's. */
  redact?: ((text: string) => string) | undefined;
  clock?: Clock | undefined;
  logger?: Logger | undefined;
  /** Worker concurrency; defaults to HOLDSPACE_CONCURRENCY. */
  concurrency?: number | undefined;
  /** Embedded queue visibility timeout (crash recovery); tests shorten it. */
  visibilityTimeoutMs?: number | undefined;
  /** Queue name prefix, so tests on a shared Redis do not meet. */
  queuePrefix?: string | undefined;
  /** Builds the queues; defaults to src/queue/factory.ts (BullMQ when REDIS_URL is set, else embedded). */
  queueFactory?: QueueFactory | undefined;
  /** Run the periodic retention sweep (default true in start()). */
  sweepEveryMs?: number | null | undefined;
}

export type QueueFactory = (name: string, options: { db: Db; redisUrl?: string | undefined; prefix: string; logger: Logger; visibilityTimeoutMs?: number | undefined }) => JobQueue;

export interface Holdspace {
  core: CoreApi;
  env: Env;
  dataDir: string;
  db: Db;
  logger: Logger;
  registerPlatform(platform: Platform): void;
  /** Starts the workers (judge, actions) and the retention timer, after re-queueing unfinished work. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Waits until every queued message is judged and every due action performed. */
  drain(timeoutMs?: number): Promise<void>;
  sweep(): SweepReport;
  /** Queues scheduled actions whose time has come (the timer does this every SWEEP_INTERVAL_MS). */
  queueDueActions(): Promise<number>;
  internals: {
    judge: JudgeService; actions: ActionService; review: ReviewService; settings: SettingsService;
    flags: FlagsRepo; messages: MessagesRepo; audit: AuditRepo; offences: OffencesRepo; actionsRepo: ActionsRepo;
    ingestQueue: JobQueue<ClassifyJobData>; actionQueue: JobQueue<ActionJobData>;
  };
}

export async function createHoldspace(options: HoldspaceOptions = {}): Promise<Holdspace> {
  const base = loadEnv();
  const env: Env = { ...base, ...stripUndefined(options.env ?? {}) };
  const dataDir = options.dataDir ?? env.HOLDSPACE_DATA_DIR;
  const logger = options.logger ?? createLogger({ level: env.LOG_LEVEL });
  const clock = options.clock ?? systemClock;
  const db = openDatabase(join(dataDir, DB_FILE));
  const { key, source } = loadKey(dataDir, env.HOLDSPACE_ENCRYPTION_KEY);
  if (source === 'generated') logger.warn({ dataDir }, 'generated an encryption key in the data folder; set HOLDSPACE_ENCRYPTION_KEY in production');
  const cipher = new Cipher(key);

  const groups = new GroupsRepo(db, clock);
  const audit = new AuditRepo(db, clock);
  const messages = new MessagesRepo(db, cipher);
  const flags = new FlagsRepo(db, cipher);
  const scores = new ScoresRepo(db);
  const offences = new OffencesRepo(db);
  const actionsRepo = new ActionsRepo(db, cipher);
  const seen = new SeenEventsRepo(db);

  const prefix = options.queuePrefix ?? env.HOLDSPACE_QUEUE_PREFIX;
  const queueOptions = { db, redisUrl: env.REDIS_URL, prefix, logger, visibilityTimeoutMs: options.visibilityTimeoutMs };
  const createQueue: QueueFactory = options.queueFactory ?? (await import('../queue/factory.ts')).createQueue;
  const ingestQueue = createQueue('ingest', queueOptions) as JobQueue<ClassifyJobData>;
  const actionQueue = createQueue('actions', queueOptions) as JobQueue<ActionJobData>;

  const llmBudget = new LlmBudgetRepo(db);
  const built = await buildClassifier(env, logger, dataDir, env.LLM_MODE, llmBudget);
  const classifier = options.classifier ?? built.classifier;
  const redact = options.redact ?? built.redact;

  // Ingest, judge and actions share commits with each other and with the embedded queue (src/store/group-commit.ts).
  const committer = groupCommitFor(db.$client);
  const commit = <T>(work: () => T): Promise<T> => committer.run(work);
  const commitLast = <T>(work: () => T): Promise<T> => committer.runLast(work);
  const actions = new ActionService({ actions: actionsRepo, flags, groups, offences, queue: actionQueue, commit, clock, logger });
  const escalation = new EscalationService({ flags, groups, offences, actions, clock });
  const judge = new JudgeService({ messages, scores, flags, groups, classifier, redact, commit, commitLast, actions, escalation, clock, logger });
  const review = new ReviewService({ flags, groups, offences, audit, escalation, actions, clock });
  const settings = new SettingsService(groups, audit);
  const ingest = new IngestService({ groups, messages, seen, queue: ingestQueue, clock, logger, commit });
  const core = createCoreApi({ groups, messages, scores, audit, ingest, review, settings, clock });
  const sweeper = new RetentionSweeper({ groups, messages, flags, scores, offences, audit, actions: actionsRepo, seen, llmBudget, clock, logger });

  /**
   * Work left by a crash or by a queue that was down when it arrived: pending messages and due actions are
   * queued again. A message queued twice is judged once: the second job finds it no longer pending.
   */
  const requeueStranded = async (when: 'start' | 'periodic'): Promise<void> => {
    // Periodically only while nothing waits or runs: a message queued earlier is then no longer pending
    // unless it was stranded, so a backlog is not queued a second time every round.
    const counts = when === 'periodic' ? await ingestQueue.counts() : undefined;
    if (!counts || counts.waiting + counts.active + counts.delayed === 0) {
      const pending = messages.pending(10_000).map((m) => ({ messageId: m.id, version: m.version }));
      if (pending.length > 0) await ingestQueue.addBulk(classifyJobs(pending));
    }
    await actions.queueDue(10_000);
  };

  const workers: Worker[] = [];
  let timer: NodeJS.Timeout | undefined;
  const concurrency = options.concurrency ?? env.HOLDSPACE_CONCURRENCY;

  return {
    core, env, dataDir, db, logger,
    registerPlatform: (p) => actions.register(p),
    async start() {
      await requeueStranded('start');
      workers.push(ingestQueue.process(async (job) => {
        const items = messagesOfJob(job.data);
        const { failed, error } = await judge.judgeQueued(items);
        // All failed (one message, or a store that is down): the job is retried with its backoff. Some failed:
        // each is queued again on its own, and the rest of the burst is done.
        if (failed.length === items.length) throw error ?? new Error('judgement failed');
        if (failed.length > 0) await ingestQueue.addBulk(failed.flatMap((m) => classifyJobs([m])));
      }, { concurrency }));
      workers.push(actionQueue.process(async (job) => { await actions.perform(job.data.actionId); }, { concurrency: Math.max(2, Math.ceil(concurrency / 2)) }));
      const every = options.sweepEveryMs === undefined ? SWEEP_INTERVAL_MS : options.sweepEveryMs;
      if (every !== null) {
        timer = setInterval(() => {
          try { sweeper.sweep(); } catch (error) { logger.error({ err: error }, 'retention sweep failed'); }
          requeueStranded('periodic').catch((error: unknown) => logger.warn({ err: error }, 're-queueing unfinished work failed (queue unavailable?)'));
        }, every);
        timer.unref();
      }
    },
    async stop() {
      if (timer) clearInterval(timer);
      await Promise.all(workers.splice(0).map((w) => w.close()));
      await ingestQueue.close();
      await actionQueue.close();
      db.$client.close();
    },
    async drain(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      // Judging requests actions, and actions can request notices: drain until both are quiet together.
      for (;;) {
        await ingestQueue.drained(Math.max(1, deadline - Date.now()));
        await actionQueue.drained(Math.max(1, deadline - Date.now()));
        const a = await ingestQueue.counts();
        const b = await actionQueue.counts();
        if (a.waiting + a.active + b.waiting + b.active === 0) return;
        if (Date.now() > deadline) throw new Error('drain timed out');
      }
    },
    sweep: () => sweeper.sweep(),
    queueDueActions: () => actions.queueDue(),
    internals: { judge, actions, review, settings, flags, messages, audit, offences, actionsRepo, ingestQueue, actionQueue },
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
