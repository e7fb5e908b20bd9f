import { parseArgs } from 'node:util';
import { HoldspaceError } from '../../core/errors.ts';
import { openLocal } from '../open-local.ts';

const USAGE = 'usage: holdspace config get --group GROUP [PATH] | config set --group GROUP PATH VALUE';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { group: { type: 'string' } } });
  const [sub, path, value] = positionals;
  if (!values.group || (sub !== 'get' && sub !== 'set')) throw new HoldspaceError('INVALID_INPUT', USAGE, { userMessage: USAGE });
  const { hs, actor } = await openLocal();
  try {
    if (sub === 'get') {
      const settings = await hs.core.config.get(values.group, actor);
      const picked = path ? path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], settings) : settings;
      if (picked === undefined) throw new HoldspaceError('CONFIG_INVALID', `unknown setting ${path}`, { userMessage: `There is no setting called ${path}.` });
      process.stdout.write(JSON.stringify(picked, null, 2) + '\n');
      return 0;
    }
    if (!path || value === undefined) throw new HoldspaceError('INVALID_INPUT', USAGE, { userMessage: USAGE });
    await hs.core.config.set(values.group, actor, path, value);
    process.stdout.write(`${path} = ${JSON.stringify(path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], await hs.core.config.get(values.group, actor)))}\n`);
    return 0;
  } finally {
    await hs.stop();
  }
}
