import { ErrorCode as WebErrorCode } from '@slack/web-api';
import { PlatformError } from '../../src/core/errors.ts';

/** Slack error codes worth retrying: the platform's trouble, not ours. */
const RETRYABLE = new Set(['ratelimited', 'rate_limited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

/** What a missing scope or setting means, in words an admin can act on. */
const EXPLAIN: Record<string, string> = {
  missing_scope: 'the Slack app lacks a scope this needs (see adapters/slack/manifest.yml)',
  not_in_channel: 'the bot is not a member of that channel; invite it with /invite @Holdspace',
  channel_not_found: 'the channel does not exist or the bot cannot see it',
  restricted_action: 'a workspace setting does not allow this for apps',
  cant_kick_from_general: 'Slack does not allow removing anyone from the #general channel',
  cant_kick_self: 'the bot cannot remove itself',
  cant_delete_message: 'deleting other members\' messages needs a workspace admin\'s user token (SLACK_USER_TOKEN)',
  user_not_found: 'the member no longer exists in this workspace',
  user_disabled: 'the member\'s account is deactivated',
  invalid_auth: 'the Slack token is invalid',
  not_authed: 'no Slack token was sent',
  account_inactive: 'the Slack token belongs to a deactivated app or user',
  is_archived: 'the channel is archived',
  msg_too_long: 'the message is too long for Slack',
};

/** The Slack error code inside a WebClient error, when there is one. */
export function slackErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; data?: { error?: string } } | null;
  return e?.code === WebErrorCode.PlatformError ? e.data?.error : undefined;
}

/**
 * Any WebClient failure → PlatformError. Network trouble, 5xx and rate limits that outlasted the client's own
 * Retry-After handling are retryable; Slack's `ok: false` answers are permanent unless listed above.
 */
export function toPlatformError(error: unknown, what: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const e = error as { code?: string; statusCode?: number; retryAfter?: number } | null;
  const code = slackErrorCode(error);
  if (code !== undefined) {
    const explained = EXPLAIN[code];
    return new PlatformError(`Slack refused to ${what}: ${code}${explained ? ` (${explained})` : ''}`, RETRYABLE.has(code), error);
  }
  switch (e?.code) {
    case WebErrorCode.RateLimitedError:
      return new PlatformError(`Slack rate-limited ${what} (retry after ${e.retryAfter ?? '?'} s)`, true, error);
    case WebErrorCode.HTTPError: {
      const status = e.statusCode ?? 0;
      return new PlatformError(`Slack answered HTTP ${status} to ${what}`, status >= 500 || status === 429 || status === 408, error);
    }
    case WebErrorCode.RequestError:
      return new PlatformError(`could not reach Slack to ${what}`, true, error);
    default:
      return new PlatformError(`${what} failed: ${error instanceof Error ? error.message : String(error)}`, true, error);
  }
}
