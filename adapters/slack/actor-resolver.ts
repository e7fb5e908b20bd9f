import type { WebClient } from '@slack/web-api';
import type { Actor } from '../../src/core/api.ts';
import type { Logger } from '../../src/log/logger.ts';
import { slackErrorCode } from './slack-errors.ts';

/** Workspace admins and owners, as the core's permission model names them. */
export const PLATFORM_ADMIN_ROLE = 'platform:admin';
/** User-group membership and admin flags are cached this long: a removed therapist loses access within a minute. */
export const ROLE_CACHE_MS = 60_000;

interface Cached<T> { at: number; value: Promise<T> }

/**
 * Who a Slack user is to the core: their id, the ids of the user groups they belong to (the therapist
 * and admin "roles" a workspace configures), and 'platform:admin' for workspace admins and owners.
 * Lookups that fail (a missing scope) give no roles, so a misconfigured app refuses rather than allows.
 */
export class ActorResolver {
  readonly #groups = new Map<string, Cached<Map<string, readonly string[]>>>();
  readonly #users = new Map<string, Cached<boolean>>();

  constructor(private readonly client: WebClient, private readonly logger: Logger, private readonly ttlMs = ROLE_CACHE_MS) {}

  async actor(teamId: string, userId: string): Promise<Actor> {
    const [groups, admin] = await Promise.all([
      this.#groupsOf(teamId).catch((error: unknown) => {
        this.logger.warn({ teamId, slackError: slackErrorCode(error) }, 'could not list user groups (needs usergroups:read): treating the user as holding no group');
        return new Map<string, readonly string[]>();
      }),
      this.#isAdmin(teamId, userId).catch((error: unknown) => {
        this.logger.warn({ teamId, slackError: slackErrorCode(error) }, 'could not look up a user (needs users:read): not treating them as an admin');
        return false;
      }),
    ]);
    const roles = [...groups].filter(([, users]) => users.includes(userId)).map(([id]) => id);
    if (admin) roles.push(PLATFORM_ADMIN_ROLE);
    return { id: userId, roles };
  }

  #cached<T>(map: Map<string, Cached<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = map.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = load();
    map.set(key, { at: now, value });
    // A failed lookup is not cached.
    value.catch(() => { if (map.get(key)?.value === value) map.delete(key); });
    return value;
  }

  #groupsOf(teamId: string): Promise<Map<string, readonly string[]>> {
    return this.#cached(this.#groups, teamId, async () => {
      const res = await this.client.usergroups.list({ include_users: true, team_id: teamId });
      return new Map((res.usergroups ?? []).filter((g) => g.id).map((g) => [g.id as string, g.users ?? []]));
    });
  }

  #isAdmin(teamId: string, userId: string): Promise<boolean> {
    return this.#cached(this.#users, `${teamId}:${userId}`, async () => {
      const res = await this.client.users.info({ user: userId });
      return Boolean(res.user?.is_admin || res.user?.is_owner || res.user?.is_primary_owner);
    });
  }
}
