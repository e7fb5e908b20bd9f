import type { IncomingMessage } from '../../src/core/message.ts';
import { mentionsIn, plainText, tsToMillis } from './slack-text.ts';

/** The parts of a Slack `message` event this adapter reads. Slack sends many subtypes; all fields are optional here. */
export interface SlackMessageEvent {
  type: 'message';
  subtype?: string;
  channel?: string;
  user?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  bot_id?: string;
  team?: string;
  edited?: { user?: string; ts?: string };
  message?: SlackMessageEvent;
  previous_message?: SlackMessageEvent;
  deleted_ts?: string;
}

/** What a message event means to the core. */
export type MessageEventMeaning =
  | { kind: 'message'; message: IncomingMessage }
  | { kind: 'deleted'; messageId: string }
  | { kind: 'skip'; reason: string };

/** Subtypes that carry a member's words; every other subtype (joins, topic changes, ...) is not a message to judge. */
const WORDS = new Set([undefined, 'thread_broadcast', 'file_share', 'me_message', 'bot_message']);

/**
 * A Slack message event → the core's IncomingMessage. New messages, thread replies and broadcasts, edits
 * (`message_changed`, judged again) and deletions; nothing is decided here beyond "is this a message".
 */
export function translateMessageEvent(event: SlackMessageEvent, envelope: { teamId: string; eventId?: string | undefined }): MessageEventMeaning {
  const channelId = event.channel;
  if (typeof channelId !== 'string' || channelId === '') return { kind: 'skip', reason: 'no channel' };
  if (event.subtype === 'message_deleted') {
    const id = event.deleted_ts ?? event.previous_message?.ts;
    return typeof id === 'string' && id !== '' ? { kind: 'deleted', messageId: id } : { kind: 'skip', reason: 'deletion without ts' };
  }
  let inner = event;
  let editedAt: number | undefined;
  if (event.subtype === 'message_changed') {
    if (typeof event.message !== 'object' || event.message === null) return { kind: 'skip', reason: 'edit without message' };
    inner = event.message;
    // Slack also sends message_changed when a link unfurls: the words did not change, so nothing to judge again.
    if (event.previous_message && event.previous_message.text === inner.text) return { kind: 'skip', reason: 'unchanged text' };
    const at = tsToMillis(String(inner.edited?.ts ?? event.ts ?? ''));
    editedAt = Number.isFinite(at) ? at : undefined;
    if (editedAt === undefined) return { kind: 'skip', reason: 'edit without time' };
  }
  if (!WORDS.has(inner.subtype)) return { kind: 'skip', reason: `subtype ${inner.subtype ?? ''}` };
  const ts = inner.ts;
  const isBot = inner.bot_id !== undefined || inner.subtype === 'bot_message';
  const authorId = inner.user ?? (isBot ? inner.bot_id : undefined);
  // Payloads are Slack's JSON, not our types: anything of the wrong shape is skipped, not thrown on.
  if (typeof ts !== 'string' || typeof authorId !== 'string' || authorId === '') return { kind: 'skip', reason: 'no ts or author' };
  if (inner.text !== undefined && typeof inner.text !== 'string') return { kind: 'skip', reason: 'text is not a string' };
  const sentAt = tsToMillis(ts);
  if (!Number.isFinite(sentAt)) return { kind: 'skip', reason: 'bad ts' };
  const raw = inner.text ?? '';
  const rawThread = inner.thread_ts ?? event.thread_ts;
  const threadTs = typeof rawThread === 'string' ? rawThread : undefined;
  const message: IncomingMessage = {
    platform: 'slack',
    groupId: envelope.teamId,
    channelId,
    messageId: ts,
    authorId,
    text: plainText(raw),
    sentAt,
    mentions: mentionsIn(raw),
    authorIsBot: isBot,
    ...(threadTs && threadTs !== ts ? { threadId: threadTs } : {}),
    ...(editedAt !== undefined ? { editedAt } : {}),
    ...(envelope.eventId ? { eventId: envelope.eventId } : {}),
  };
  return { kind: 'message', message };
}
