import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { Actor } from '../../src/core/api.ts';

/** The pseudo-role the core honours as "this member is a platform administrator". */
export const PLATFORM_ADMIN_ROLE = 'platform:admin';

/**
 * Who clicked or typed, as the core's Actor: the member's role ids as Discord sent them with the interaction,
 * plus 'platform:admin' for the guild owner and members with the Administrator permission. The core decides
 * what those roles may do.
 */
export function actorOf(interaction: Interaction): Actor {
  const member = interaction.member;
  const roles: string[] = [];
  if (member) {
    if (Array.isArray(member.roles)) roles.push(...member.roles);
    else roles.push(...(member.roles as { cache: Map<string, unknown> }).cache.keys());
  }
  const isAdmin = interaction.memberPermissions?.has(PermissionFlagsBits.Administrator) === true
    || (interaction.guild !== null && interaction.guild.ownerId === interaction.user.id);
  if (isAdmin) roles.push(PLATFORM_ADMIN_ROLE);
  return { id: interaction.user.id, roles: [...new Set(roles)] };
}
