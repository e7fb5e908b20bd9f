import { loadEnv, type Env } from '../../src/config/env.ts';
import { createLogger } from '../../src/log/logger.ts';
import { discordRest, registerGuildCommands } from './register-commands.ts';

const USAGE = 'usage: holdspace discord register [guild-id]\n' +
  '  Registers the /review, /member, /holdspace and /privacy commands in one server, or in every server the bot is in.\n' +
  '  Needs DISCORD_TOKEN and DISCORD_APP_ID (and DISCORD_API_URL for a fake Discord).\n';

/** `holdspace discord …`: Discord chores that need no running bot. */
export async function run(argv: string[], env: Env = loadEnv(), out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [sub, guildId, ...rest] = argv;
  if (sub !== 'register' || rest.length > 0 || (guildId !== undefined && !/^\d{5,25}$/.test(guildId))) {
    process.stderr.write(USAGE);
    return sub === undefined || sub === 'help' || sub === '--help' ? 0 : 2;
  }
  if (!env.DISCORD_TOKEN || !env.DISCORD_APP_ID) {
    process.stderr.write('holdspace discord register: set DISCORD_TOKEN and DISCORD_APP_ID first.\n');
    return 2;
  }
  const logger = createLogger({ level: env.LOG_LEVEL });
  const guilds = await registerGuildCommands(discordRest(env.DISCORD_API_URL, env.DISCORD_TOKEN), env.DISCORD_APP_ID, logger, guildId);
  out.write(`Registered Holdspace's slash commands in ${guilds.length} server${guilds.length === 1 ? '' : 's'}: ${guilds.join(', ') || '(none: invite the bot first)'}\n`);
  return 0;
}
