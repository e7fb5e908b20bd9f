import type { ContextMessage } from '../core/message.ts';

/**
 * At most this many decrypted texts per process. The window is `context.messages` per channel, so this
 * only bites with very many busy channels; the oldest entries go first and are decrypted again if needed.
 */
export const CONTEXT_CACHE_MAX_ENTRIES = 10_000;

interface Entry {
  version: number;
  text: string;
  channel: string;
  groupId: string;
  sentAt: number;
  /** Whose row it is (`ownerKey`): an id whose insert was rolled back can be given to another message. */
  owner: string;
  /** The context line made from it, once: the classifier keys its per-message work on this object. */
  line?: ContextMessage;
}

const channelKey = (groupId: string, channelId: string) => `${groupId}\u0000${channelId}`;

/** A message's identity apart from its row id: group, channel and platform message id. */
export const ownerKey = (groupId: string, channelId: string, platformMessageId: string): string =>
  `${groupId}\u0000${channelId}\u0000${platformMessageId}`;

/**
 * Decrypted text of messages inside the context window, so each message is decrypted about once per process
 * instead of once for every later message whose context it is part of. Memory only: never written anywhere.
 *
 * An entry lives no longer than its row's text does in the database, as far as this process can tell:
 * - the repository forgets an id when it deletes or edits that row (purge, sweep, deleted message, member left);
 * - reading a channel's window forgets that channel's entries older than the window it read (rows another
 *   process purged fall out here);
 * - the retention sweep forgets every entry sent before the group's time window.
 */
export class ContextTextCache {
  readonly #byId = new Map<number, Entry>();
  readonly #byChannel = new Map<string, Set<number>>();

  constructor(readonly maxEntries = CONTEXT_CACHE_MAX_ENTRIES) {}

  get size(): number {
    return this.#byId.size;
  }

  /** The text of row `id` at `version`; with `owner` (`ownerKey`), only if the entry is that message's. */
  get(id: number, version: number, owner?: string): string | undefined {
    const e = this.#byId.get(id);
    if (e === undefined || e.version !== version) return undefined;
    return owner === undefined || e.owner === owner ? e.text : undefined;
  }

  /**
   * The row's context line, the same object for every window it is in (so what the classifier works out from
   * a context message, it works out once); undefined when the text is not held.
   */
  line(id: number, version: number, owner: string, authorId: string, sentAt: number): ContextMessage | undefined {
    const e = this.#byId.get(id);
    if (e === undefined || e.version !== version || e.owner !== owner) return undefined;
    if (e.line === undefined || e.line.authorId !== authorId || e.line.sentAt !== sentAt) {
      e.line = Object.freeze({ id: String(id), authorId, text: e.text, sentAt });
    }
    return e.line;
  }

  set(id: number, version: number, groupId: string, channelId: string, sentAt: number, text: string, platformMessageId = ''): void {
    this.forget(id);
    const channel = channelKey(groupId, channelId);
    this.#byId.set(id, { version, text, channel, groupId, sentAt, owner: ownerKey(groupId, channelId, platformMessageId) });
    let ids = this.#byChannel.get(channel);
    if (!ids) this.#byChannel.set(channel, (ids = new Set()));
    ids.add(id);
    if (this.#byId.size > this.maxEntries) {
      const oldest = this.#byId.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
    }
  }

  forget(id: number): void {
    const e = this.#byId.get(id);
    if (!e) return;
    this.#byId.delete(id);
    const ids = this.#byChannel.get(e.channel);
    ids?.delete(id);
    if (ids?.size === 0) this.#byChannel.delete(e.channel);
  }

  forgetAll(ids: Iterable<number>): void {
    for (const id of ids) this.forget(id);
  }

  /** The channel's window now starts at `firstId`: anything older has left it (or is another message's concern). */
  forgetChannelBefore(groupId: string, channelId: string, firstId: number): void {
    const ids = this.#byChannel.get(channelKey(groupId, channelId));
    if (!ids) return;
    for (const id of ids) if (id < firstId) this.forget(id);
  }

  /** Everything of the group sent before `before` (the sweep's time window). */
  forgetSentBefore(groupId: string, before: number): void {
    for (const [id, e] of [...this.#byId]) if (e.groupId === groupId && e.sentAt < before) this.forget(id);
  }

  clear(): void {
    this.#byId.clear();
    this.#byChannel.clear();
  }
}
