import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { run as discordCli } from '../../../adapters/discord/cli.ts';
import { loadEnv } from '../../../src/config/env.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let fake: FakeDiscord | undefined;
let child: ChildProcess | undefined;
let dir: string | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) { child.kill('SIGKILL'); await new Promise((r) => child?.once('exit', r)); }
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  fake = undefined; child = undefined; dir = undefined;
});

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Discord from the command line', () => {
  it('GIVEN DISCORD_TOKEN and DISCORD_APP_ID WHEN `holdspace discord register` runs THEN the commands land in every guild the bot is in', async () => {
    fake = await new FakeDiscord().start();
    let out = '';
    const sink = new Writable({ write(c, _e, done) { out += String(c); done(); } });
    const env = loadEnv({ DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' });
    expect(await discordCli(['register'], env, sink)).toBe(0);
    expect(out).toContain(`in 1 server: ${fake.guildId}`);
    expect((fake.commands.get(fake.guildId) as { name: string }[]).map((c) => c.name).sort()).toEqual(['holdspace', 'member', 'privacy', 'review']);
    expect(await discordCli(['register', 'not-an-id'], env, sink)).toBe(2);
    expect(await discordCli(['register'], loadEnv({ LOG_LEVEL: 'silent' }), sink)).toBe(2);
  });

  it('GIVEN the holdspace binary WHEN `holdspace discord register <guild>` runs THEN it registers the commands in that guild and exits 0', async () => {
    fake = await new FakeDiscord().start();
    const p = spawn(process.execPath, ['src/cli/bin.mjs', 'discord', 'register', fake.guildId], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'silent' },
    });
    child = p;
    let out = '';
    p.stdout?.on('data', (d) => { out += String(d); });
    p.stderr?.on('data', (d) => { out += String(d); });
    const code = await new Promise<number | null>((r) => p.once('exit', (c) => r(c)));
    expect(code, out).toBe(0);
    expect(out).toContain(`in 1 server: ${fake.guildId}`);
    expect(fake.requestsTo('PUT', new RegExp(`^/applications/${fake.appId}/guilds/${fake.guildId}/commands$`))).toHaveLength(1);
  });

  it('GIVEN DISCORD_TOKEN and DISCORD_APP_ID WHEN `holdspace start` runs THEN the bot connects, registers its commands, answers a slash command, and stops cleanly on SIGTERM', async () => {
    fake = await new FakeDiscord().start();
    const general = fake.addChannel('general');
    dir = mkdtempSync(join(tmpdir(), 'holdspace-discord-start-'));
    let logs = '';
    child = spawn(process.execPath, ['src/cli/bin.mjs', 'start'], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.apiUrl, HOLDSPACE_DATA_DIR: dir, LOG_LEVEL: 'info' },
    });
    child.stdout?.on('data', (d) => { logs += String(d); });
    child.stderr?.on('data', (d) => { logs += String(d); });
    await until(() => fake?.commands.has(fake.guildId) === true, `the bot to register its commands (logs: ${logs.slice(-500)})`);
    expect(fake.gateway.identifies).toBe(1);
    const token = fake.slash(fake.ownerId, 'privacy', [], general);
    await until(() => fake?.interactions.get(token)?.original !== null, 'the /privacy answer');
    expect(fake.replyText(token)).toContain('How Holdspace looks after this group');
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child?.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(logs).toContain('discord bot ready');
  });
});
