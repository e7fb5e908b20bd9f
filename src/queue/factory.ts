import type { JobQueue } from '../core/queue.ts';
import type { Logger } from '../log/logger.ts';
import type { Db } from '../store/db.ts';
import { BullmqQueue } from './bullmq.ts';
import { EmbeddedQueue } from './embedded.ts';

export interface CreateQueueOptions {
  db: Db;
  /** Set: BullMQ on this Redis. Unset: the embedded queue in the database. */
  redisUrl?: string | undefined;
  /** BullMQ key prefix (the embedded queue keeps queues apart by name). */
  prefix?: string | undefined;
  logger?: Logger | undefined;
  /** How soon the job of a dead worker runs again (embedded visibility timeout; BullMQ lock duration). */
  visibilityTimeoutMs?: number | undefined;
}

/** The one place that chooses the queue implementation: BullMQ when REDIS_URL is set, else embedded. */
export function createQueue(name: string, options: CreateQueueOptions): JobQueue {
  if (options.redisUrl) {
    return new BullmqQueue({
      redisUrl: options.redisUrl, name, prefix: options.prefix, logger: options.logger, visibilityTimeoutMs: options.visibilityTimeoutMs,
    });
  }
  return new EmbeddedQueue(options.db, name, { logger: options.logger, visibilityTimeoutMs: options.visibilityTimeoutMs });
}
