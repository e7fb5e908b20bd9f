import { parseArgs } from 'node:util';
import { isCategory } from '../../core/categories.ts';
import { HoldspaceError } from '../../core/errors.ts';
import type { LadderStep } from '../../core/platform.ts';
import { openLocal } from '../open-local.ts';

const USAGE = 'usage: holdspace review list|show|confirm|dismiss|note --group GROUP [FLAG] [--category C] [--step warn|check_in|restrict|none] [--reason TEXT] [--json]';
const STEPS = new Set(['warn', 'check_in', 'restrict', 'none']);

/** Drives the review queue from the terminal against the local database. Actions are performed by `holdspace start`. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { group: { type: 'string' }, category: { type: 'string' }, step: { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [sub, flagId] = positionals;
  if (!sub || !values.group) throw new HoldspaceError('INVALID_INPUT', USAGE, { userMessage: USAGE });
  const group = values.group;
  const { hs, actor } = await openLocal();
  const print = (v: unknown, text: string) => process.stdout.write((values.json ? JSON.stringify(v) : text) + '\n');
  const needFlag = (): string => {
    if (!flagId) throw new HoldspaceError('INVALID_INPUT', 'missing flag id', { userMessage: `${USAGE}\n(this subcommand needs a flag id)` });
    return flagId;
  };
  try {
    switch (sub) {
      case 'list': {
        if (values.category !== undefined && !isCategory(values.category)) throw new HoldspaceError('INVALID_INPUT', 'bad category', { userMessage: `unknown category ${values.category}` });
        const cards = await hs.core.review.list(group, actor, { category: values.category as never });
        print(cards, cards.length === 0 ? 'no open flags' : cards.map((c) =>
          `#${c.flagId}\t${c.crisis ? 'CRISIS\t' : ''}${c.categories.map((x) => `${x.category} ${x.score.toFixed(2)}`).join(', ')}\t${c.authorId}${c.targetId ? ` → ${c.targetId}` : ''}\t${c.status}`).join('\n'));
        return 0;
      }
      case 'show': {
        const d = await hs.core.review.show(group, actor, needFlag());
        print(d, [
          `flag #${d.flagId} (${d.status}) by ${d.authorId}${d.targetId ? ` toward ${d.targetId}` : ''}`,
          ...d.categories.map((c) => `  ${c.category}: ${c.score.toFixed(2)} (threshold ${c.threshold}) — ${c.explanation}`),
          '  context:', ...d.context.map((l) => `    ${l.authorId}: ${l.redacted ?? '(removed)'}`),
          `  message: ${d.redactedExcerpt}`,
          `  suggested step: ${d.suggestedStep ?? 'none'}`,
          ...d.decisions.map((x) => `  ${x.decision} by ${x.actor}${x.reason ? `: ${x.reason}` : ''}`),
        ].join('\n'));
        return 0;
      }
      case 'confirm': {
        if (values.step !== undefined && !STEPS.has(values.step)) throw new HoldspaceError('INVALID_INPUT', 'bad step', { userMessage: `--step is one of ${[...STEPS].join(', ')}` });
        const r = await hs.core.review.confirm(group, actor, needFlag(), values.step as LadderStep | 'none' | undefined);
        print(r, r.summary);
        return 0;
      }
      case 'dismiss': {
        const r = await hs.core.review.dismiss(group, actor, needFlag(), values.reason ?? '');
        print(r, r.summary);
        return 0;
      }
      case 'note': {
        await hs.core.review.note(group, actor, needFlag(), values.reason ?? '');
        print({ ok: true }, 'noted');
        return 0;
      }
      default:
        throw new HoldspaceError('INVALID_INPUT', USAGE, { userMessage: USAGE });
    }
  } finally {
    await hs.stop();
  }
}
