import type { GroupSettings } from '../config/settings.ts';
import type { Actor, Permission } from '../core/api.ts';

/** A member the platform itself calls an administrator (Discord Administrator, Slack workspace admin). */
export const PLATFORM_ADMIN = 'platform:admin';
/** Whoever runs the `holdspace` CLI on the machine that holds the database. */
export const LOCAL_OPERATOR = 'holdspace:local-operator';

/**
 * Only the configured therapist roles triage and only the configured admin roles configure. Until a group
 * has therapist roles, its platform administrators may triage, so a new group is never unreviewable.
 */
export function allowed(settings: GroupSettings, actor: Actor, need: Permission): boolean {
  const has = (ids: readonly string[]) => ids.some((r) => actor.roles.includes(r));
  if (actor.roles.includes(LOCAL_OPERATOR)) return true;
  if (need === 'admin') return actor.roles.includes(PLATFORM_ADMIN) || has(settings.adminRoles);
  return has(settings.therapistRoles) || (settings.therapistRoles.length === 0 && actor.roles.includes(PLATFORM_ADMIN));
}

export function refusal(need: Permission): string {
  return need === 'admin'
    ? 'Sorry, only the group\'s Holdspace admins can change its settings. If you think you should have access, ask an admin.'
    : 'Sorry, only the group\'s therapists can review flags. If you think you should have access, ask an admin to add your role.';
}
