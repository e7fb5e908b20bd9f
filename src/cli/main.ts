import { isHoldspaceError } from '../core/errors.ts';

type Command = { run(argv: string[]): Promise<number> };

/** Each command is its own module, loaded only when called, so `holdspace review` never loads discord.js. */
const COMMANDS: Readonly<Record<string, { describe: string; load: () => Promise<Command> }>> = {
  demo: { describe: 'replay the bundled sample group through the whole pipeline (no tokens, no Redis)', load: () => import('./commands/demo.ts') },
  start: { describe: 'run the bot: workers, retention, and the Discord/Slack adapters whose tokens are set', load: () => import('./commands/start.ts') },
  review: { describe: 'review list|show|confirm|dismiss|note against the local database', load: () => import('./commands/review.ts') },
  config: { describe: 'config get|set a group\'s settings', load: () => import('./commands/config.ts') },
  classify: { describe: 'classify FILE.jsonl [--llm borderline|all]: one JSON line per message (the evaluation contract)', load: () => import('./commands/classify.ts') },
  eval: { describe: 'score the classifier on a labeled set (default ../shared/eval/dev.jsonl; --file PATH)', load: () => import('./commands/eval.ts') },
  discord: { describe: 'discord register [guild-id]: register the slash commands', load: () => import('../../adapters/discord/cli.ts') },
  sweep: { describe: 'run the retention sweep once', load: () => import('./commands/sweep.ts') },
  bench: { describe: 'measure throughput and latency; prints one JSON line last', load: () => import('./commands/bench.ts') },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
    process.stderr.write(`usage: holdspace <command> [options]\n\n${Object.entries(COMMANDS).map(([k, v]) => `  ${k.padEnd(width)}  ${v.describe}`).join('\n')}\n`);
    return name === undefined || name === '--help' || name === 'help' ? 0 : 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (error) {
    // One triage point: expected errors are shown as they are, anything else with its stack.
    if (isHoldspaceError(error)) {
      process.stderr.write(`holdspace ${name}: ${error.userMessage} [${error.code}]\n`);
      return error.code === 'INVALID_INPUT' || error.code === 'CONFIG_INVALID' || error.code === 'NOT_FOUND' ? 2 : 1;
    }
    process.stderr.write(`holdspace ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
