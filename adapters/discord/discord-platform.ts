import { ChannelType, Routes, type APIChannel, type APIMessage, type REST } from 'discord.js';
import { PlatformError } from '../../src/core/errors.ts';
import type { ActionReceipt, Platform, PlatformAction } from '../../src/core/platform.ts';
import type { Logger } from '../../src/log/logger.ts';
import { cardMessage, clip, crisisAlertContent } from './cards.ts';
import { DISCORD_ERROR, discordErrorCode, toPlatformError } from './discord-errors.ts';
import { nonceFor } from './nonce.ts';

/** Discord's limit on a message's content. */
export const MESSAGE_MAX = 2000;
/** Discord caps a timeout at 28 days from now. */
export const MAX_TIMEOUT_MS = 28 * 86_400_000;
/** Remembered idempotency keys of this process (Discord's nonce covers messages; this covers the rest). */
const REMEMBERED_KEYS = 5_000;

type Action<K extends PlatformAction['kind']> = Extract<PlatformAction, { kind: K }>;

/**
 * Performs the core's PlatformActions through discord.js's REST client, which queues per route, waits out
 * 429s (Retry-After) and retries 5xx itself. Failures become PlatformErrors: retryable ones go back to the
 * core's queue, permanent ones (a missing permission, 50013) make the core post a notice in the review channel.
 */
export class DiscordPlatform implements Platform {
  readonly name = 'discord' as const;
  readonly #dmChannels = new Map<string, string>();
  readonly #threads = new Map<string, string>();
  readonly #done = new Map<string, ActionReceipt>();

  constructor(private readonly deps: { rest: REST; logger: Logger; now?: () => number }) {}

  async perform(action: PlatformAction): Promise<ActionReceipt> {
    const earlier = this.#done.get(action.idempotencyKey);
    if (earlier) return earlier;
    const receipt = await this.#perform(action);
    this.#done.set(action.idempotencyKey, receipt);
    if (this.#done.size > REMEMBERED_KEYS) this.#done.delete(this.#done.keys().next().value as string);
    return receipt;
  }

  #perform(action: PlatformAction): Promise<ActionReceipt> {
    switch (action.kind) {
      case 'dm': return this.#dm(action);
      case 'restrict': return this.#timeout(action, action.until);
      case 'unrestrict': return this.#timeout(action, null);
      case 'hide_message': return this.#hide(action);
      case 'review_card': return this.#card(action);
      case 'crisis_alert': return this.#crisis(action);
      case 'review_notice': return this.#notice(action);
    }
  }

  async #dm(a: Action<'dm'>): Promise<ActionReceipt> {
    const what = `send a ${a.purpose.replace('_', ' ')} DM`;
    try {
      const channelId = await this.#dmChannel(a.memberId);
      const m = await this.#post(channelId, { content: clip(a.text, MESSAGE_MAX), allowed_mentions: { parse: [] } }, a.idempotencyKey);
      return { ref: m.id, via: 'dm' };
    } catch (error) {
      if (discordErrorCode(error) !== DISCORD_ERROR.CANNOT_DM) throw toPlatformError(error, what);
    }
    // The member's DMs are closed (50007): a private thread in the channel they wrote in, only they and the bot see it.
    if (!a.fallbackChannelId) throw new PlatformError(`the member's DMs are closed and there is no channel to reach them in instead (could not ${what})`, false);
    try {
      const threadId = await this.#privateThread(a.idempotencyKey, a.fallbackChannelId, a.memberId);
      const m = await this.#post(threadId, { content: clip(`<@${a.memberId}>\n${a.text}`, MESSAGE_MAX), allowed_mentions: { users: [a.memberId] } }, a.idempotencyKey);
      return { ref: m.id, via: 'fallback-thread' };
    } catch (error) {
      throw toPlatformError(error, `${what} (DMs closed; tried a private thread instead)`);
    }
  }

  async #dmChannel(memberId: string): Promise<string> {
    const known = this.#dmChannels.get(memberId);
    if (known) return known;
    const channel = await this.deps.rest.post(Routes.userChannels(), { body: { recipient_id: memberId } }) as APIChannel;
    this.#dmChannels.set(memberId, channel.id);
    return channel.id;
  }

  async #privateThread(key: string, channelId: string, memberId: string): Promise<string> {
    const known = this.#threads.get(key);
    if (known) return known;
    // Threads cannot hold threads: a message in a thread falls back to its parent channel.
    const channel = await this.deps.rest.get(Routes.channel(channelId)) as APIChannel & { parent_id?: string | null };
    const parentId = channel.type === ChannelType.PublicThread || channel.type === ChannelType.PrivateThread ? (channel.parent_id ?? channelId) : channelId;
    const thread = await this.deps.rest.post(Routes.threads(parentId), {
      body: { name: 'A private note from Holdspace', type: ChannelType.PrivateThread, invitable: false, auto_archive_duration: 1440 },
      reason: 'Holdspace: the member\'s DMs are closed',
    }) as APIChannel;
    await this.deps.rest.put(Routes.threadMembers(thread.id, memberId));
    this.#threads.set(key, thread.id);
    return thread.id;
  }

  async #timeout(a: Action<'restrict'> | Action<'unrestrict'>, until: number | null): Promise<ActionReceipt> {
    const now = (this.deps.now ?? Date.now)();
    const value = until === null ? null : new Date(Math.min(until, now + MAX_TIMEOUT_MS - 60_000)).toISOString();
    try {
      await this.deps.rest.patch(Routes.guildMember(a.groupId, a.memberId), {
        body: { communication_disabled_until: value },
        reason: a.kind === 'restrict' ? a.reason : 'Holdspace: restriction ended',
      });
      return { via: value === null ? 'timeout lifted' : `timeout until ${value}` };
    } catch (error) {
      // Lifting the timeout of a member who left: nothing left to lift.
      if (until === null && discordErrorCode(error) === DISCORD_ERROR.UNKNOWN_MEMBER) return { via: 'skipped: member left' };
      throw toPlatformError(error, until === null ? 'lift the member\'s timeout' : 'time the member out (Moderate Members)');
    }
  }

  async #hide(a: Action<'hide_message'>): Promise<ActionReceipt> {
    try {
      await this.deps.rest.delete(Routes.channelMessage(a.channelId, a.messageId), { reason: 'Holdspace: private details removed' });
      return { via: 'deleted' };
    } catch (error) {
      if (discordErrorCode(error) === DISCORD_ERROR.UNKNOWN_MESSAGE) return { via: 'skipped: already gone' };
      throw toPlatformError(error, 'delete the message (Manage Messages)');
    }
  }

  async #card(a: Action<'review_card'>): Promise<ActionReceipt> {
    if (!a.reviewChannelId) return { via: 'skipped: no review channel' };
    const body = cardMessage(a.card, a.groupId);
    try {
      if (a.cardRef) {
        await this.deps.rest.patch(Routes.channelMessage(a.reviewChannelId, a.cardRef), { body });
        return { ref: a.cardRef, via: 'card updated' };
      }
      const m = await this.#post(a.reviewChannelId, { ...body, allowed_mentions: { parse: [] } }, a.idempotencyKey);
      return { ref: m.id, via: 'card' };
    } catch (error) {
      throw toPlatformError(error, a.cardRef ? 'update the review card' : 'post the review card in the review channel');
    }
  }

  async #crisis(a: Action<'crisis_alert'>): Promise<ActionReceipt> {
    if (!a.reviewChannelId) {
      this.deps.logger.warn({ groupId: a.groupId, flagId: a.card.flagId }, 'crisis alert not posted: the group has no review channel');
      return { via: 'skipped: no review channel' };
    }
    try {
      const m = await this.#post(a.reviewChannelId, {
        content: crisisAlertContent(a.card, a.onCallRole),
        allowed_mentions: { roles: a.onCallRole ? [a.onCallRole] : [] },
      }, a.idempotencyKey);
      return { ref: m.id, via: 'alert' };
    } catch (error) {
      throw toPlatformError(error, 'post the crisis alert in the review channel');
    }
  }

  async #notice(a: Action<'review_notice'>): Promise<ActionReceipt> {
    if (!a.reviewChannelId) {
      this.deps.logger.warn({ groupId: a.groupId }, 'review notice not posted: the group has no review channel');
      return { via: 'skipped: no review channel' };
    }
    try {
      const m = await this.#post(a.reviewChannelId, { content: clip(a.text, MESSAGE_MAX), allowed_mentions: { parse: [] } }, a.idempotencyKey);
      return { ref: m.id, via: 'notice' };
    } catch (error) {
      throw toPlatformError(error, 'post a notice in the review channel');
    }
  }

  #post(channelId: string, body: Record<string, unknown>, key: string): Promise<APIMessage> {
    return this.deps.rest.post(Routes.channelMessages(channelId), { body: { ...body, nonce: nonceFor(key), enforce_nonce: true } }) as Promise<APIMessage>;
  }
}
