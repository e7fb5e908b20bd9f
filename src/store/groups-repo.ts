import { eq } from 'drizzle-orm';
import { groupSettingsSchema, type GroupSettings } from '../config/settings.ts';
import type { Clock } from '../core/clock.ts';
import type { PlatformName } from '../core/message.ts';
import type { Db } from './db.ts';
import { groups } from './schema.ts';

export interface GroupRow {
  id: string;
  platform: PlatformName;
  settings: GroupSettings;
}

/**
 * Settings are read on every ingested message, so they are cached; briefly, because another process
 * (`holdspace config set`) may change them.
 */
export const SETTINGS_CACHE_MS = 5_000;

/** Groups and their settings. */
export class GroupsRepo {
  readonly #cache = new Map<string, GroupRow & { loadedAt: number }>();

  constructor(private readonly db: Db, private readonly clock: Clock) {}

  ensure(platform: PlatformName, id: string): GroupRow {
    const existing = this.find(id);
    if (existing) return existing;
    const now = this.clock.now();
    const settings = groupSettingsSchema.parse({});
    this.db.insert(groups).values({ id, platform, settings: JSON.stringify(settings), createdAt: now, updatedAt: now })
      .onConflictDoNothing().run();
    this.#cache.delete(id);
    return this.find(id) as GroupRow;
  }

  find(id: string): GroupRow | undefined {
    const cached = this.#cache.get(id);
    if (cached && performance.now() - cached.loadedAt < SETTINGS_CACHE_MS) return cached;
    const row = this.db.select().from(groups).where(eq(groups.id, id)).get();
    if (!row) return undefined;
    // Parsing through the schema fills settings added since the row was written with their defaults.
    const value: GroupRow = { id: row.id, platform: row.platform as PlatformName, settings: groupSettingsSchema.parse(JSON.parse(row.settings)) };
    this.#cache.set(id, { ...value, loadedAt: performance.now() });
    return value;
  }

  all(): GroupRow[] {
    return this.db.select({ id: groups.id }).from(groups).all().map((r) => this.find(r.id) as GroupRow);
  }

  saveSettings(id: string, settings: GroupSettings): void {
    this.db.update(groups).set({ settings: JSON.stringify(settings), updatedAt: this.clock.now() }).where(eq(groups.id, id)).run();
    this.#cache.delete(id);
  }

  /** Another process (the CLI) may have changed settings: forget the cache. */
  invalidate(): void {
    this.#cache.clear();
  }
}
