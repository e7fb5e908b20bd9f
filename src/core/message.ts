/** Platforms the core knows by name only; it never imports their SDKs. */
export type PlatformName = 'discord' | 'slack' | 'local';

/**
 * A chat message as an adapter hands it over: platform-neutral, ids as strings.
 * `groupId` is the guild (Discord) or workspace (Slack); `channelId` is the room it was posted in.
 */
export interface IncomingMessage {
  platform: PlatformName;
  groupId: string;
  channelId: string;
  /** Thread or reply chain, when the platform has one. */
  threadId?: string | undefined;
  /** The platform's own id of the message (Discord snowflake, Slack ts). */
  messageId: string;
  authorId: string;
  text: string;
  /** Epoch milliseconds. */
  sentAt: number;
  /** Set when this is an edit of an earlier message: the message is judged again. */
  editedAt?: number | undefined;
  /** Member ids the message mentions (@u3), as the platform resolved them. */
  mentions?: readonly string[] | undefined;
  /** The platform's own delivery id, used to drop re-deliveries (Slack event_id). */
  eventId?: string | undefined;
  authorIsBot?: boolean | undefined;
}

/** A message of the conversation before the one judged, as the classifier sees it. */
export interface ContextMessage {
  id: string;
  authorId: string;
  text: string;
  sentAt: number;
}
