import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { IncomingMessage } from '../../src/core/message.ts';

/** The conversation format of shared/eval/LABELING.md; labels, phi and target are read but never used here. */
const conversationSchema = z.object({
  id: z.string().min(1),
  group: z.string().min(1).default('local-group'),
  platform: z.string().optional(),
  messages: z.array(z.object({
    id: z.string().min(1),
    author: z.string().min(1),
    text: z.string(),
  }).passthrough()),
});

export type Conversation = z.infer<typeof conversationSchema>;

export function readTranscript(file: string): Conversation[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Conversation[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`);
    }
    const parsed = conversationSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    out.push(parsed.data);
  });
  return out;
}

/** Turns a transcript into the messages a live group would produce: one channel per conversation. */
export function toIncoming(conversation: Conversation, startAt: number, spacingMs = 20_000): IncomingMessage[] {
  return conversation.messages.map((m, i) => ({
    platform: 'local',
    groupId: conversation.group,
    channelId: conversation.id,
    messageId: m.id,
    authorId: m.author,
    text: m.text,
    sentAt: startAt + i * spacingMs,
    mentions: [...m.text.matchAll(/@(\w+)/g)].map((x) => x[1] as string),
  }));
}
