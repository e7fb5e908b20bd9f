import { createHoldspace } from '../../app/holdspace.ts';
import { loadEnv } from '../../config/env.ts';

interface Running {
  name: string;
  stop(): Promise<void>;
}

/**
 * Runs the bot: the judge and action workers, the retention timer, and every platform adapter whose
 * credentials are set. Platform SDKs are loaded only here, and only when configured.
 */
export async function run(): Promise<number> {
  const env = loadEnv();
  // Installed first, so a signal during start-up still shuts down cleanly.
  const stopping = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const hs = await createHoldspace();
  const log = hs.logger;
  const adapters: Running[] = [];

  if (env.DISCORD_TOKEN && env.DISCORD_APP_ID) {
    const { createDiscordAdapter } = await import('../../../adapters/discord/index.ts');
    const discord = createDiscordAdapter({ token: env.DISCORD_TOKEN, appId: env.DISCORD_APP_ID, apiUrl: env.DISCORD_API_URL, core: hs.core, logger: log.child({ adapter: 'discord' }) });
    hs.registerPlatform(discord.platform);
    adapters.push({ name: 'discord', start: () => discord.start(), stop: () => discord.stop() } as Running & { start(): Promise<unknown> });
  }
  if (env.SLACK_BOT_TOKEN && (env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN)) {
    const { createSlackAdapter } = await import('../../../adapters/slack/index.ts');
    const slack = createSlackAdapter({
      botToken: env.SLACK_BOT_TOKEN, apiUrl: env.SLACK_API_URL, port: env.SLACK_PORT, core: hs.core, logger: log.child({ adapter: 'slack' }),
      ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
      ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
      ...(env.SLACK_USER_TOKEN ? { userToken: env.SLACK_USER_TOKEN } : {}),
    });
    hs.registerPlatform(slack.platform);
    adapters.push({ name: 'slack', start: () => slack.start(), stop: () => slack.stop() } as Running & { start(): Promise<unknown> });
  }

  await hs.start();
  for (const a of adapters as (Running & { start(): Promise<unknown> })[]) {
    await a.start();
    log.info({ adapter: a.name }, 'adapter started');
  }
  if (adapters.length === 0) {
    log.warn('no platform credentials set (DISCORD_TOKEN + DISCORD_APP_ID, SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET or SLACK_APP_TOKEN): running the workers and retention only');
  }
  log.info({ dataDir: hs.dataDir, queue: env.REDIS_URL ? 'bullmq' : 'embedded' }, 'holdspace started');

  log.info({ signal: await stopping }, 'stopping');
  for (const a of adapters) await a.stop().catch((error: unknown) => log.error({ err: error, adapter: a.name }, 'adapter stop failed'));
  await hs.stop();
  return 0;
}
