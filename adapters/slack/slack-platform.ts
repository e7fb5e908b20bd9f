import type { WebClient } from '@slack/web-api';
import { PlatformError } from '../../src/core/errors.ts';
import type { ActionReceipt, Platform, PlatformAction } from '../../src/core/platform.ts';
import type { Logger } from '../../src/log/logger.ts';
import { cardBlocks, cardFallback } from './blocks.ts';
import type { ChannelPacer } from './channel-pacer.ts';
import { slackErrorCode, toPlatformError } from './slack-errors.ts';
import { escapeKeepingQuotes, escapeMrkdwn } from './slack-text.ts';

/** Receipts are remembered this many keys back, so a repeated request with the same key does not act twice. */
export const RECEIPT_MEMORY = 20_000;

/** DMs that cannot be delivered as DMs; the member then gets an ephemeral note in the channel instead. */
const DM_CLOSED = new Set(['cannot_dm_bot', 'messages_tab_disabled']);

type Action<K extends PlatformAction['kind']> = Extract<PlatformAction, { kind: K }>;

/**
 * Performs what the core asks, with Slack's Web API. Card references are `channel:ts`, so an update finds
 * its message even after the review channel setting changed.
 */
export class SlackPlatform implements Platform {
  readonly name = 'slack' as const;
  readonly #done = new Map<string, ActionReceipt>();
  readonly #inFlight = new Map<string, Promise<ActionReceipt>>();

  constructor(private readonly deps: { client: WebClient; userToken?: string | undefined; pacer: ChannelPacer; logger: Logger }) {}

  async perform(action: PlatformAction): Promise<ActionReceipt> {
    const key = action.idempotencyKey;
    const done = this.#done.get(key);
    if (done) return done;
    const running = this.#inFlight.get(key);
    if (running) return running;
    const p = this.#perform(action).then((receipt) => {
      this.#done.set(key, receipt);
      if (this.#done.size > RECEIPT_MEMORY) this.#done.delete(this.#done.keys().next().value as string);
      return receipt;
    }).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, p);
    return p;
  }

  #perform(a: PlatformAction): Promise<ActionReceipt> {
    switch (a.kind) {
      case 'dm': return this.#dm(a);
      case 'restrict': return this.#restrict(a);
      case 'unrestrict': return this.#unrestrict(a);
      case 'hide_message': return this.#hide(a);
      case 'review_card': return this.#card(a);
      case 'crisis_alert': return this.#crisis(a);
      case 'review_notice': return this.#notice(a);
    }
  }

  async #call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw toPlatformError(error, what);
    }
  }

  #post(channel: string, args: { text: string; blocks?: unknown[] }, what: string, urgent = false): Promise<string> {
    return this.deps.pacer.run(channel, () => this.#call(what, async () => {
      const res = await this.deps.client.chat.postMessage({ channel, text: args.text, ...(args.blocks ? { blocks: args.blocks as never } : {}), unfurl_links: false, unfurl_media: false });
      return res.ts ?? '';
    }), urgent);
  }

  async #dm(a: Action<'dm'>): Promise<ActionReceipt> {
    try {
      const opened = await this.deps.client.conversations.open({ users: a.memberId });
      const channel = opened.channel?.id;
      if (!channel) throw new PlatformError('conversations.open gave no channel', true);
      const ts = await this.#post(channel, { text: escapeKeepingQuotes(a.text) }, `send a ${a.purpose} DM`);
      return { ref: `${channel}:${ts}`, via: 'dm' };
    } catch (error) {
      const code = slackErrorCode((error as { cause?: unknown }).cause ?? error);
      if (code && DM_CLOSED.has(code) && a.fallbackChannelId) {
        // Only the member sees an ephemeral message; it is the closest Slack has to "their DMs are closed".
        const channel = a.fallbackChannelId;
        await this.#call(`send a ${a.purpose} note in the channel`, () => this.deps.client.chat.postEphemeral({ channel, user: a.memberId, text: escapeKeepingQuotes(a.text) }));
        return { via: 'fallback-ephemeral' };
      }
      throw toPlatformError(error, `send a ${a.purpose} DM`);
    }
  }

  /** Slack has no timeout for members: a restriction removes them from the channel, and lifting it invites them back. */
  async #restrict(a: Action<'restrict'>): Promise<ActionReceipt> {
    const channel = a.channelId;
    if (!channel) throw new PlatformError('Slack can only restrict a member by removing them from a channel, and no channel was given', false);
    try {
      await this.deps.client.conversations.kick({ channel, user: a.memberId });
      return { ref: channel, via: 'kick' };
    } catch (error) {
      if (slackErrorCode(error) === 'not_in_channel') return { ref: channel, via: 'already out of the channel' };
      throw toPlatformError(error, 'remove the member from the channel');
    }
  }

  async #unrestrict(a: Action<'unrestrict'>): Promise<ActionReceipt> {
    const channel = a.channelId;
    if (!channel) throw new PlatformError('no channel to invite the member back to', false);
    try {
      await this.deps.client.conversations.invite({ channel, users: a.memberId });
      return { ref: channel, via: 'invite' };
    } catch (error) {
      if (slackErrorCode(error) === 'already_in_channel') return { ref: channel, via: 'already back in the channel' };
      throw toPlatformError(error, 'invite the member back to the channel');
    }
  }

  /** Only a workspace admin's user token may delete another member's message. */
  async #hide(a: Action<'hide_message'>): Promise<ActionReceipt> {
    const token = this.deps.userToken;
    if (!token) {
      throw new PlatformError('Slack lets an app delete a member\'s message only with a workspace admin\'s user token (SLACK_USER_TOKEN, scope chat:write); none is configured', false);
    }
    try {
      await this.deps.client.chat.delete({ token, channel: a.channelId, ts: a.messageId });
      return { via: 'delete' };
    } catch (error) {
      if (slackErrorCode(error) === 'message_not_found') return { via: 'already gone' };
      throw toPlatformError(error, 'delete the message');
    }
  }

  async #card(a: Action<'review_card'>): Promise<ActionReceipt> {
    const blocks = cardBlocks(a.card);
    const text = cardFallback(a.card);
    if (a.cardRef) {
      const [channel, ts] = splitRef(a.cardRef);
      await this.#call('update the review card', () => this.deps.client.chat.update({ channel, ts, text, blocks: blocks as never }));
      return { ref: a.cardRef, via: 'updated' };
    }
    if (!a.reviewChannelId) return { via: 'skipped: no review channel' };
    const channel = a.reviewChannelId;
    const ts = await this.#post(channel, { text, blocks }, 'post the review card', a.card.crisis);
    return { ref: `${channel}:${ts}`, via: 'posted' };
  }

  async #crisis(a: Action<'crisis_alert'>): Promise<ActionReceipt> {
    if (!a.reviewChannelId) return { via: 'skipped: no review channel' };
    // Without an on-call group, @here reaches whoever is active in the (private) review channel.
    const who = a.onCallRole ? `<!subteam^${a.onCallRole}>` : '<!here>';
    const text = `${who} :rotating_light: Possible crisis: flag #${a.card.flagId} from <@${a.card.authorId}> in <#${a.card.channelId}> needs a therapist now.`;
    const ts = await this.#post(a.reviewChannelId, { text }, 'post the crisis alert', true);
    return { ref: `${a.reviewChannelId}:${ts}`, via: 'alert' };
  }

  async #notice(a: Action<'review_notice'>): Promise<ActionReceipt> {
    if (!a.reviewChannelId) return { via: 'skipped: no review channel' };
    const ts = await this.#post(a.reviewChannelId, { text: `:information_source: ${escapeMrkdwn(a.text)}` }, 'post a notice');
    return { ref: `${a.reviewChannelId}:${ts}`, via: 'notice' };
  }
}

function splitRef(ref: string): [string, string] {
  const i = ref.indexOf(':');
  if (i <= 0) throw new PlatformError(`not a Slack card reference: ${ref}`, false);
  return [ref.slice(0, i), ref.slice(i + 1)];
}
