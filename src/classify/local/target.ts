import type { MessageView } from './text/message-view.ts';

/**
 * The member a manipulation is aimed at: a member named in the text (u3, @u3) or mentioned by the platform,
 * else the author of the most recent message by someone else (a reply goes to who spoke last).
 */
export function inferTarget(view: MessageView): string | null {
  const self = view.authorId.toLowerCase();
  const authors = new Map<string, string>();
  for (const c of view.context) authors.set(c.authorId.toLowerCase(), c.authorId);
  for (const named of view.namedMembers) if (named !== self) return authors.get(named) ?? view.mentions.find((m) => m.toLowerCase() === named) ?? named;
  for (let i = view.context.length - 1; i >= 0; i--) {
    const c = view.context[i];
    if (c && c.authorId !== view.authorId) return c.authorId;
  }
  return null;
}
