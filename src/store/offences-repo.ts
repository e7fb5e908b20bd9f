import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { Category } from '../core/categories.ts';
import type { LadderStep } from '../core/platform.ts';
import type { Db } from './db.ts';
import { members, offences } from './schema.ts';

export interface Offence {
  flagId: number;
  categories: Category[];
  step: LadderStep | null;
  at: number;
  expiresAt: number;
}

/** Confirmed offences per member; they decay after the group's window. */
export class OffencesRepo {
  constructor(private readonly db: Db) {}

  live(groupId: string, memberId: string, now: number): Offence[] {
    return this.db.select().from(offences)
      .where(and(eq(offences.groupId, groupId), eq(offences.memberId, memberId), gt(offences.expiresAt, now)))
      .orderBy(asc(offences.createdAt)).all()
      .map((o) => ({ flagId: o.flagId, categories: JSON.parse(o.categories) as Category[], step: o.step as LadderStep | null, at: o.createdAt, expiresAt: o.expiresAt }));
  }

  /** One offence per flag: recording it again (a retried decision) changes nothing. */
  record(o: { groupId: string; memberId: string; flagId: number; categories: Category[]; step: LadderStep | null; at: number; expiresAt: number }): void {
    this.db.insert(offences).values({
      groupId: o.groupId, memberId: o.memberId, flagId: o.flagId, categories: JSON.stringify(o.categories), step: o.step,
      createdAt: o.at, expiresAt: o.expiresAt,
    }).onConflictDoNothing().run();
  }

  purgeExpired(now: number): number {
    return this.db.delete(offences).where(lt(offences.expiresAt, now)).run().changes;
  }

  setRestricted(groupId: string, memberId: string, until: number | null): void {
    this.db.insert(members).values({ groupId, memberId, restrictedUntil: until })
      .onConflictDoUpdate({ target: [members.groupId, members.memberId], set: { restrictedUntil: until } }).run();
  }

  restrictedUntil(groupId: string, memberId: string): number | null {
    return this.db.select({ u: members.restrictedUntil }).from(members)
      .where(and(eq(members.groupId, groupId), eq(members.memberId, memberId))).get()?.u ?? null;
  }
}
