import { afterEach, describe, expect, it } from 'vitest';
import { discordWorld, type DiscordWorld } from '../../fakes/discord/discord-world.ts';

let w: DiscordWorld;
afterEach(async () => { await w?.close(); });

const cards = (w: DiscordWorld) => w.fake.messagesIn(w.ids.review).filter((m) => m.embeds.length > 0);

describe('Discord gateway resume (real discord.js, real core, fake gateway)', () => {
  it('GIVEN a live session WHEN the gateway closes mid-session and messages arrive meanwhile THEN the bot RESUMEs, gets them replayed, and loses none', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    fake.post(ids.alice, ids.general, 'get over it (before the drop)');
    await w.until(() => cards(w).length === 1, 'the first card');

    fake.gateway.drop(4000);
    // Sent while the bot is disconnected: Discord keeps them for the session and replays them on RESUME.
    fake.post(ids.carol, ids.general, 'that never happened, you are imagining it');
    fake.post(ids.alice, ids.general, 'get over it (during the drop)');
    expect(fake.gateway.session?.connected).toBe(false);

    await w.until(() => cards(w).length === 3, 'the two cards of the messages sent while disconnected');
    expect(fake.gateway.resumes).toBe(1);
    expect(fake.gateway.identifies).toBe(1);
    const titles = cards(w).map((c) => (c.embeds[0] as { title: string }).title);
    expect(titles.filter((t) => t.includes('gaslighting'))).toHaveLength(1);
    expect(titles.filter((t) => t.includes('dismissal'))).toHaveLength(2);

    // And the resumed session is live: a new message after the resume still arrives.
    fake.post(ids.alice, ids.general, 'get over it (after)');
    await w.until(() => cards(w).length === 4, 'a card after the resume');
  });

  it('GIVEN the session cannot be resumed WHEN the gateway says the session is invalid THEN the bot identifies again and keeps working', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    // 4007 (invalid seq) is not resumable: discord.js starts a new session.
    fake.gateway.drop(4007);
    await w.until(() => fake.gateway.identifies === 2 && fake.gateway.session?.connected, 'a second IDENTIFY');
    fake.post(ids.alice, ids.general, 'get over it');
    await w.until(() => cards(w).length === 1, 'a card on the new session');
  });

  it('GIVEN a short heartbeat interval WHEN the session runs THEN the bot heartbeats; WHEN the gateway stops acknowledging THEN it reconnects and resumes', async () => {
    w = await discordWorld({ heartbeatIntervalMs: 300 });
    const { fake, ids } = w;
    await w.until(() => fake.gateway.heartbeats >= 2, 'two heartbeats');
    expect(fake.gateway.resumes).toBe(0);
    fake.gateway.ackHeartbeats = false;
    await w.until(() => fake.gateway.resumes === 1, 'a resume after the zombie connection');
    fake.gateway.ackHeartbeats = true;
    fake.post(ids.alice, ids.general, 'get over it');
    await w.until(() => cards(w).length === 1, 'a card on the resumed session');
    expect(fake.gateway.identifies).toBe(1);
  });
});
