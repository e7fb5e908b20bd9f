import { Writable } from 'node:stream';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../../adapters/slack/index.ts';
import { createLogger } from '../../../src/log/logger.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { RecordingCore } from './recording-core.ts';
import { slackPoster, type SlackPoster } from './signed-requests.ts';
import { ADMIN, BOT_TOKEN, GENERAL, MEMBER, PEER, REVIEW, SECRET, STRANGER, TEAM, THERAPIST, THERAPISTS_GROUP, USER_TOKEN } from './slack-world.ts';

export interface AdapterOnly {
  api: FakeSlackApi;
  core: RecordingCore;
  adapter: SlackAdapter;
  slack: SlackPoster;
  logs: string[];
  close(): Promise<void>;
}

/** The real Bolt app and the fake Slack Web API around an in-memory RecordingCore: the adapter's translation on its own. */
export async function adapterOnly(options: Partial<SlackAdapterOptions> = {}): Promise<AdapterOnly> {
  const api = await new FakeSlackApi(TEAM).start();
  api.tokens.set(BOT_TOKEN, 'bot').set(USER_TOKEN, 'user');
  if (options.appToken) api.tokens.set(options.appToken, 'app');
  for (const id of [MEMBER, PEER, THERAPIST, STRANGER]) api.users.set(id, { id });
  api.users.set(ADMIN, { id: ADMIN, isAdmin: true });
  api.usergroups.push({ id: THERAPISTS_GROUP, handle: 'therapists', users: [THERAPIST] });
  api.members.set(GENERAL, new Set([MEMBER, PEER, THERAPIST, STRANGER]));
  api.members.set(REVIEW, new Set([THERAPIST]));
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: new Writable({ write(chunk, _e, done) { logs.push(String(chunk)); done(); } }) });
  const core = new RecordingCore();
  const mode = options.appToken ? {} : { signingSecret: SECRET };
  const adapter = createSlackAdapter({ botToken: BOT_TOKEN, ...mode, apiUrl: api.apiUrl, port: 0, host: '127.0.0.1', core, logger, channelIntervalMs: 20, ...options });
  let port: number;
  try {
    ({ port } = await adapter.start());
  } catch (error) {
    await adapter.stop().catch(() => {});
    await api.stop();
    throw error;
  }
  return {
    api, core, adapter, logs, slack: slackPoster(`http://127.0.0.1:${port}/slack/events`, SECRET, TEAM),
    async close() { await adapter.stop(); await api.stop(); },
  };
}
