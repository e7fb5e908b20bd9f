import { eq, lt } from 'drizzle-orm';
import type { Db } from './db.ts';
import { seenEvents } from './schema.ts';

/** Platform delivery ids already handled, so a re-delivered event is processed once. */
export class SeenEventsRepo {
  constructor(private readonly db: Db) {}

  /** True the first time a key is seen. */
  firstSight(key: string, at: number): boolean {
    return this.db.insert(seenEvents).values({ key, at }).onConflictDoNothing().run().changes === 1;
  }

  /** The event could not be handed over: let its re-delivery through. */
  forget(key: string): void {
    this.db.delete(seenEvents).where(eq(seenEvents.key, key)).run();
  }

  purgeOlderThan(before: number): number {
    return this.db.delete(seenEvents).where(lt(seenEvents.at, before)).run().changes;
  }
}
