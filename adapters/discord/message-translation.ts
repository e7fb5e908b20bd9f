import type { IncomingMessage } from '../../src/core/message.ts';

/** The parts of a discord.js Message the translation reads (a Message satisfies it). */
export interface DiscordMessageLike {
  id: string;
  guildId: string | null;
  channelId: string;
  channel: { isThread(): boolean; parentId?: string | null } | null;
  author: { id: string; bot: boolean } | null;
  content: string | null;
  createdTimestamp: number;
  editedTimestamp: number | null;
  mentions: { users: { keys(): IterableIterator<string> } };
  system: boolean;
}

export type Translation = { kind: 'message'; message: IncomingMessage } | { kind: 'skip'; reason: string };

/**
 * A Discord message (created or edited) as the core's platform-neutral message. The core decides what to do
 * with bots, unmonitored channels and the review channel; this only drops what is not a member's message
 * at all (DMs, system messages, partials with no content).
 *
 * Threads: Discord threads are channels of their own. `channelId` is the thread (where the message lives,
 * so hiding it and its context work), and `threadId` carries the parent channel, so a monitored or review
 * channel also covers its threads (the core matches either id).
 */
export function translateMessage(m: DiscordMessageLike, edit = false): Translation {
  if (!m.guildId) return { kind: 'skip', reason: 'not in a guild' };
  if (m.system) return { kind: 'skip', reason: 'system message' };
  if (!m.author || typeof m.content !== 'string') return { kind: 'skip', reason: 'partial message' };
  const inThread = m.channel?.isThread() === true;
  const parent = inThread ? (m.channel?.parentId ?? undefined) : undefined;
  return {
    kind: 'message',
    message: {
      platform: 'discord',
      groupId: m.guildId,
      channelId: m.channelId,
      ...(parent ? { threadId: parent } : {}),
      messageId: m.id,
      authorId: m.author.id,
      text: m.content,
      sentAt: m.createdTimestamp,
      // An edit is identified by its message and edited timestamp, so a re-delivered edit is dropped by the core.
      ...(edit ? { editedAt: m.editedTimestamp ?? Date.now(), eventId: `edit:${m.id}:${m.editedTimestamp ?? 'unknown'}` } : {}),
      mentions: [...m.mentions.users.keys()],
      authorIsBot: m.author.bot,
    },
  };
}
