import { REST, Routes } from 'discord.js';
import type { Logger } from '../../src/log/logger.ts';
import { commandDefinitions } from './commands.ts';

/**
 * Puts Holdspace's slash commands in one guild, or in every guild the bot is in. Guild commands (not global
 * ones) appear at once, and each server's set can be refreshed on its own. Works without a gateway connection.
 */
export async function registerGuildCommands(rest: REST, appId: string, logger: Logger, guildId?: string): Promise<string[]> {
  const guilds = guildId ? [guildId] : (await rest.get(Routes.userGuilds()) as { id: string }[]).map((g) => g.id);
  for (const id of guilds) {
    await rest.put(Routes.applicationGuildCommands(appId, id), { body: commandDefinitions() });
    logger.info({ guildId: id }, 'discord slash commands registered');
  }
  return guilds;
}

export function discordRest(apiUrl: string, token: string, retries = 3): REST {
  return new REST({ api: apiUrl, retries }).setToken(token);
}
