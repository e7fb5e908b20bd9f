import { createHmac, randomUUID } from 'node:crypto';

/**
 * Requests built exactly as Slack signs them: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the
 * signing secret, in X-Slack-Signature, and the timestamp in X-Slack-Request-Timestamp.
 * https://api.slack.com/authentication/verifying-requests-from-slack
 */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Sign with this secret instead of the right one. */
  signWith?: string;
  retryNum?: number;
  retryReason?: string;
}

export interface SlackPoster {
  /** An Events API envelope (JSON). */
  event(event: Record<string, unknown>, options?: SendOptions & { eventId?: string }): Promise<{ status: number; eventId: string; text: string }>;
  /** A slash command (application/x-www-form-urlencoded). */
  command(command: string, text: string, who: { userId: string; channelId: string; responseUrl: string; triggerId?: string }, options?: SendOptions): Promise<{ status: number; text: string }>;
  /** An interaction payload (block_actions, view_submission): form field `payload` holding JSON. */
  interaction(payload: Record<string, unknown>, options?: SendOptions): Promise<{ status: number; text: string }>;
  raw(body: string, contentType: string, options?: SendOptions): Promise<{ status: number; text: string }>;
}

export function slackPoster(endpoint: string, secret: string, teamId: string): SlackPoster {
  const raw = async (body: string, contentType: string, options: SendOptions = {}) => {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(options.signWith ?? secret, timestamp, body),
    };
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
    }
    const res = await fetch(endpoint, { method: 'POST', headers, body });
    return { status: res.status, text: await res.text() };
  };
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  return {
    raw,
    async event(event, options = {}) {
      const eventId = options.eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
      const body = JSON.stringify({
        token: 'legacy-verification-token', team_id: teamId, api_app_id: 'AHOLD', type: 'event_callback',
        event_id: eventId, event_time: Math.floor(Date.now() / 1000), event: { ...event },
        authorizations: [{ enterprise_id: null, team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
        is_ext_shared_channel: false,
      });
      const r = await raw(body, 'application/json', options);
      return { ...r, eventId };
    },
    command(command, text, who, options) {
      return raw(form({
        token: 'legacy-verification-token', team_id: teamId, team_domain: 'holdspace-test', channel_id: who.channelId, channel_name: 'x',
        user_id: who.userId, user_name: who.userId.toLowerCase(), command, text, api_app_id: 'AHOLD', is_enterprise_install: 'false',
        response_url: who.responseUrl, trigger_id: who.triggerId ?? `trig.${randomUUID()}`,
      }), 'application/x-www-form-urlencoded', options);
    },
    interaction(payload, options) {
      return raw(form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded', options);
    },
  };
}

/** A block_actions payload for a button click on a message in `channelId`. */
export function buttonClick(args: { teamId: string; userId: string; channelId: string; messageTs: string; actionId: string; value: string; responseUrl: string }): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: args.userId, username: args.userId.toLowerCase(), team_id: args.teamId },
    api_app_id: 'AHOLD', token: 'legacy-verification-token',
    container: { type: 'message', message_ts: args.messageTs, channel_id: args.channelId, is_ephemeral: false },
    trigger_id: `trig.${randomUUID()}`,
    team: { id: args.teamId, domain: 'holdspace-test' },
    is_enterprise_install: false,
    channel: { id: args.channelId, name: 'review' },
    message: { type: 'message', ts: args.messageTs, user: 'UBOT', bot_id: 'BBOT', text: 'card' },
    response_url: args.responseUrl,
    actions: [{ action_id: args.actionId, block_id: `flag:${args.value}`, text: { type: 'plain_text', text: args.actionId }, value: args.value, type: 'button', action_ts: String(Date.now() / 1000) }],
  };
}

/** A view_submission payload for a modal with one plain-text input. */
export function viewSubmission(args: { teamId: string; userId: string; callbackId: string; privateMetadata: string; values: Record<string, Record<string, { type: string; value: string | null }>> }): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: args.teamId, domain: 'holdspace-test' },
    user: { id: args.userId, username: args.userId.toLowerCase(), team_id: args.teamId },
    api_app_id: 'AHOLD', token: 'legacy-verification-token', trigger_id: `trig.${randomUUID()}`,
    view: {
      id: 'V123', team_id: args.teamId, type: 'modal', callback_id: args.callbackId, private_metadata: args.privateMetadata,
      state: { values: args.values }, hash: 'h', title: { type: 'plain_text', text: 'x' }, blocks: [],
      root_view_id: 'V123', app_id: 'AHOLD', bot_id: 'BBOT',
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}
