import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../../fakes/slack/fake-slack-api.ts';
import { slackPoster } from '../../fakes/slack/signed-requests.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let child: ChildProcess | undefined;
let api: FakeSlackApi | undefined;
let dir: string | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) { child.kill('SIGKILL'); }
  await api?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  child = undefined; api = undefined; dir = undefined;
});

/**
 * Runs `holdspace start` with Slack settings in the environment; resolves with the first log line matching
 * `ready` once the process has also logged "holdspace started" (its signal handlers are then in place).
 */
function start(env: Record<string, string>, ready: RegExp): Promise<{ line: string; out: string[] }> {
  dir = mkdtempSync(join(tmpdir(), 'holdspace-start-'));
  const out: string[] = [];
  child = spawn(process.execPath, [join(ROOT, 'src/cli/bin.mjs'), 'start'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOLDSPACE_DATA_DIR: dir, LOG_LEVEL: 'info', SLACK_PORT: '0', ...env },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`holdspace start did not get ready:\n${out.join('')}`)), 20_000);
    let found: string | undefined;
    let running = false;
    const onData = (chunk: Buffer) => {
      out.push(String(chunk));
      for (const l of String(chunk).split('\n')) {
        if (found === undefined && ready.test(l)) found = l;
        if (l.includes('"holdspace started"')) running = true;
      }
      if (found !== undefined && running) { clearTimeout(timer); resolve({ line: found, out }); }
    };
    child?.stdout?.on('data', onData);
    child?.stderr?.on('data', (c: Buffer) => out.push(String(c)));
    child?.on('exit', (code) => { clearTimeout(timer); reject(new Error(`holdspace start exited with ${code}:\n${out.join('')}`)); });
  });
}

const stop = () => new Promise<number | null>((resolve) => { child?.removeAllListeners('exit'); child?.on('exit', (code) => resolve(code)); child?.kill('SIGTERM'); });

describe('`holdspace start` runs the Slack app', () => {
  it('GIVEN SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET WHEN holdspace starts THEN the Bolt app answers signed requests on SLACK_PORT and refuses unsigned ones', async () => {
    api = await new FakeSlackApi('T0START').start();
    api.tokens.set('xoxb-start', 'bot');
    const { line } = await start({ SLACK_BOT_TOKEN: 'xoxb-start', SLACK_SIGNING_SECRET: 'start-secret', SLACK_API_URL: api.apiUrl }, /slack adapter listening/);
    const port = (JSON.parse(line) as { port: number }).port;
    expect(api.callsTo('auth.test')[0]?.token).toBe('xoxb-start');
    const slack = slackPoster(`http://127.0.0.1:${port}/slack/events`, 'start-secret', 'T0START');
    const r = await slack.command('/privacy', '', { userId: 'U1', channelId: 'C1', responseUrl: api.responseUrl('p') });
    expect(r.status).toBe(200);
    await api.waitFor((calls) => calls.some((c) => c.method === 'respond:p'));
    expect(String(api.callsTo('respond:p')[0]!.params.text).length).toBeGreaterThan(50);
    expect((await slack.command('/privacy', '', { userId: 'U1', channelId: 'C1', responseUrl: api.responseUrl('q') }, { signWith: 'wrong' })).status).toBe(401);
    expect(await stop()).toBe(0);
  });

  it('GIVEN SLACK_APP_TOKEN instead of a signing secret WHEN holdspace starts THEN it connects over Socket Mode', async () => {
    api = await new FakeSlackApi('T0START').start();
    api.tokens.set('xoxb-start', 'bot').set('xapp-start', 'app');
    await start({ SLACK_BOT_TOKEN: 'xoxb-start', SLACK_APP_TOKEN: 'xapp-start', SLACK_API_URL: api.apiUrl }, /Socket Mode/);
    expect(api.callsTo('apps.connections.open')[0]?.token).toBe('xapp-start');
    expect(api.socketConnected).toBe(true);
    expect(await stop()).toBe(0);
  });
});
