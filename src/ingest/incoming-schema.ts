import { z } from 'zod';

/** Longest text accepted. Longer messages are judged on their first part (no platform allows more). */
export const MAX_MESSAGE_CHARS = 100_000;

const id = z.string().min(1).max(200);

/** Adapters are trusted to translate, not to be right: every message is checked here. */
export const incomingMessageSchema = z.object({
  platform: z.enum(['discord', 'slack', 'local']),
  groupId: id,
  channelId: id,
  threadId: id.optional(),
  messageId: id,
  authorId: id,
  text: z.string(),
  sentAt: z.number().int().nonnegative(),
  editedAt: z.number().int().nonnegative().optional(),
  mentions: z.array(id).max(100).optional(),
  eventId: id.optional(),
  authorIsBot: z.boolean().optional(),
});
