import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { PlatformError } from '../../src/core/errors.ts';

/** Discord JSON error codes Holdspace treats specially (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json). */
export const DISCORD_ERROR = {
  UNKNOWN_CHANNEL: 10003,
  UNKNOWN_MEMBER: 10007,
  UNKNOWN_MESSAGE: 10008,
  MISSING_ACCESS: 50001,
  CANNOT_DM: 50007,
  MISSING_PERMISSIONS: 50013,
} as const;

export function discordErrorCode(error: unknown): number | null {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : null;
}

/**
 * Maps a discord.js failure to the core's PlatformError. discord.js has already waited out 429s and retried
 * 5xx and network errors (`rest.retries`); what reaches here is either still transient (retryable: the core's
 * queue tries again later) or permanent (missing permission, unknown member: the core posts a review notice).
 */
export function toPlatformError(error: unknown, what: string): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : 0;
    if (error.status === 429 || error.status >= 500) return new PlatformError(`Discord answered ${error.status} when trying to ${what}`, true, error);
    if (code === DISCORD_ERROR.MISSING_PERMISSIONS || code === DISCORD_ERROR.MISSING_ACCESS) {
      return new PlatformError(`the bot lacks a Discord permission needed to ${what} (Discord ${code}: ${error.message})`, false, error);
    }
    return new PlatformError(`Discord refused to ${what} (${error.status}, code ${code}: ${error.message})`, false, error);
  }
  if (error instanceof HTTPError) return new PlatformError(`Discord answered ${error.status} when trying to ${what}`, true, error);
  if (error instanceof RateLimitError) return new PlatformError(`rate limited by Discord when trying to ${what}`, true, error);
  // Network errors and timeouts (AbortError, ECONNRESET, ...): transient.
  return new PlatformError(`could not reach Discord to ${what}: ${error instanceof Error ? error.message : String(error)}`, true, error);
}
