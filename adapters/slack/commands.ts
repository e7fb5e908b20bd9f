import type { Actor, CoreApi } from '../../src/core/api.ts';
import { isCategory } from '../../src/core/categories.ts';
import { HoldspaceError } from '../../src/core/errors.ts';
import { detailBlocks, historyText, listText, previewText } from './blocks.ts';
import { idArgument, idsInValue, plainText } from './slack-text.ts';

/** What a slash command answers, ephemerally. */
export interface Reply {
  text: string;
  blocks?: unknown[] | undefined;
}

export const REVIEW_USAGE = 'Usage: `/review next` · `/review list [category]` · `/review show <flag>`';
export const MEMBER_USAGE = 'Usage: `/member @someone` (their live offences and any restriction)';
export const HOLDSPACE_USAGE = 'Usage: `/holdspace config get` · `/holdspace config set <setting> <value>` · `/holdspace threshold preview <category> <value>`';

const usage = (text: string) => new HoldspaceError('INVALID_INPUT', 'command usage', { userMessage: text });
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** `/review next|list|show`: parses the words and asks the core; the core checks the therapist permission. */
export async function reviewCommand(core: CoreApi, groupId: string, actor: Actor, text: string): Promise<Reply> {
  const [sub, arg] = words(text);
  switch (sub?.toLowerCase()) {
    case 'next': {
      const d = await core.review.next(groupId, actor);
      return d ? { text: `Flag #${d.flagId} is yours now.`, blocks: detailBlocks(d) } : { text: 'No open flags. :sparkles:' };
    }
    case 'list': {
      if (arg !== undefined && !isCategory(arg)) throw usage(`Unknown category \`${arg}\`. ${REVIEW_USAGE}`);
      const cards = await core.review.list(groupId, actor, arg ? { category: arg } : undefined);
      return { text: listText(cards) };
    }
    case 'show': {
      if (!arg) throw usage(REVIEW_USAGE);
      const d = await core.review.show(groupId, actor, arg.replace(/^#/, ''));
      return { text: `Flag #${d.flagId}`, blocks: detailBlocks(d) };
    }
    default:
      throw usage(REVIEW_USAGE);
  }
}

/** `/member @someone` or `/member history @someone`. */
export async function memberCommand(core: CoreApi, groupId: string, actor: Actor, text: string): Promise<Reply> {
  const w = words(text);
  const target = w[0]?.toLowerCase() === 'history' ? w[1] : w[0];
  if (!target) throw usage(MEMBER_USAGE);
  const memberId = idArgument(target);
  if (!/^[UW][A-Z0-9]+$/.test(memberId)) throw usage(`Mention the member, e.g. \`/member @someone\`. ${MEMBER_USAGE}`);
  return { text: historyText(await core.review.memberHistory(groupId, actor, memberId)) };
}

/** `/holdspace config get|set` and `/holdspace threshold preview`; the core checks the admin permission. */
export async function holdspaceCommand(core: CoreApi, groupId: string, actor: Actor, text: string): Promise<Reply> {
  const w = words(text);
  const [area, sub] = [w[0]?.toLowerCase(), w[1]?.toLowerCase()];
  if (area === 'config' && (sub === 'get' || sub === undefined)) {
    const s = await core.config.get(groupId, actor);
    return { text: `Holdspace settings for this workspace:\n\`\`\`${JSON.stringify(s, null, 2)}\`\`\`` };
  }
  if (area === 'config' && sub === 'set') {
    // Everything after the path is the value, as typed (crisis resources span lines), with Slack's escaped
    // mentions (<!subteam^S1|@docs>, <#C1|review>) as bare ids and links and entities as plain text.
    const m = /^\s*\S+\s+\S+\s+(\S+)\s+([\s\S]+)$/.exec(text);
    const [path, value] = [m?.[1], m?.[2]?.trim()];
    if (!path || !value) throw usage(HOLDSPACE_USAGE);
    await core.config.set(groupId, actor, path, plainText(idsInValue(value)));
    return { text: `Set \`${path}\`.` };
  }
  if (area === 'threshold' && sub === 'preview') {
    const [category, raw] = [w[2], w[3]];
    if (!category || raw === undefined) throw usage(HOLDSPACE_USAGE);
    if (!isCategory(category)) throw usage(`Unknown category \`${category}\`.`);
    const value = Number(raw);
    if (!Number.isFinite(value)) throw usage('A threshold is a number from 0 to 1.');
    return { text: previewText(await core.config.previewThreshold(groupId, actor, category, value)) };
  }
  throw usage(HOLDSPACE_USAGE);
}

export async function privacyCommand(core: CoreApi, groupId: string): Promise<Reply> {
  return { text: await core.privacyNotice(groupId) };
}
