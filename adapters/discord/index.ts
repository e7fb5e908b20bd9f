export { createDiscordAdapter, INTENTS, type DiscordAdapter, type DiscordAdapterOptions } from './discord-adapter.ts';
export { DiscordPlatform } from './discord-platform.ts';
export { commandDefinitions } from './commands.ts';
export { translateMessage, type DiscordMessageLike, type Translation } from './message-translation.ts';
export { nonceFor } from './nonce.ts';
export { registerGuildCommands, discordRest } from './register-commands.ts';
