import { afterEach, describe, expect, it } from 'vitest';
import { DiscordPlatform } from '../../../adapters/discord/index.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { PlatformError } from '../../../src/core/errors.ts';
import { discordWorld, type DiscordWorld } from '../../fakes/discord/discord-world.ts';
import type { FakeMessage } from '../../fakes/discord/fake-discord.ts';

let w: DiscordWorld;
afterEach(async () => { await w?.close(); });

const cards = (w: DiscordWorld) => w.fake.messagesIn(w.ids.review).filter((m) => m.embeds.length > 0);
const confirmId = (card: FakeMessage) => (card.components[0]?.components as { custom_id: string }[])[0]?.custom_id as string;

async function flagAndConfirm(w: DiscordWorld, text = 'just get over it'): Promise<void> {
  const { fake, ids } = w;
  const before = cards(w).length;
  fake.post(ids.bob, ids.general, 'I am struggling');
  fake.post(ids.alice, ids.general, text);
  const card = await w.until(() => cards(w)[before], 'a card');
  const token = fake.click(ids.therapist, card.id, confirmId(card));
  await w.until(() => fake.replyText(token).startsWith('Confirmed'), 'the confirmation');
}

describe('Discord under the platform\'s limits (real discord.js against a fake Discord)', () => {
  it('GIVEN the review channel answers 429 with retry_after WHEN the card is posted THEN discord.js waits it out and posts once', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    const route = new RegExp(`^/channels/${ids.review}/messages$`);
    fake.fail({ method: 'POST', path: route, status: 429, retryAfter: 0.6 });
    fake.post(ids.alice, ids.general, 'get over it');
    await w.until(() => cards(w)[0], 'a card');
    const posts = fake.requestsTo('POST', route);
    expect(posts.map((p) => p.status)).toEqual([429, 200]);
    expect((posts[1] as { at: number }).at - (posts[0] as { at: number }).at).toBeGreaterThanOrEqual(600);
    expect(cards(w)).toHaveLength(1);
  });

  it('GIVEN Discord answers 500 once WHEN a DM is sent THEN it is retried and delivered once', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    const dmRoute = /^\/users\/@me\/channels$/;
    fake.fail({ method: 'POST', path: dmRoute, status: 502 });
    await flagAndConfirm(w);
    await w.until(() => fake.dmsTo(ids.alice).length === 1, 'the warning DM');
    expect(fake.requestsTo('POST', dmRoute).map((r) => r.status)).toEqual([502, 200]);
  });

  it('GIVEN the bot lacks Moderate Members (50013) WHEN a restriction is due THEN a clear notice appears in the review channel and the bot keeps working', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    await w.hs.core.config.set(fake.guildId, w.setup, 'ladder.steps', 'restrict');
    fake.fail({ method: 'PATCH', path: /^\/guilds\/\d+\/members\/\d+$/, status: 403, code: 50013, message: 'Missing Permissions', times: 100 });
    await flagAndConfirm(w);
    const notice = await w.until(() => fake.messagesIn(ids.review).find((m) => m.embeds.length === 0 && /could not/i.test(m.content)), 'a notice');
    expect(notice.content).toMatch(/restrict/);
    expect(notice.content).toMatch(/permission/i);
    expect(notice.content).toContain('50013');
    // Still alive: the next flag gets its card.
    fake.post(ids.carol, ids.general, 'it never happened, you imagine things');
    await w.until(() => cards(w).length === 2, 'the next card');
  });

  it('GIVEN a member whose DMs are closed (50007) WHEN a warning is sent THEN it goes to a private thread only they and the bot can see', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    fake.dmsClosed.add(ids.alice);
    await flagAndConfirm(w);
    const thread = await w.until(() => [...fake.channels.values()].find((c) => c.type === 12), 'a private thread');
    expect(thread.parentId).toBe(ids.general);
    expect([...(thread.members ?? [])]).toContain(ids.alice);
    const [note] = await w.until(() => fake.messagesIn(thread.id).length === 1 && fake.messagesIn(thread.id), 'the note in the thread');
    expect(note?.content).toContain(`<@${ids.alice}>`);
    expect(note?.content).toContain('just get over it');
    expect(note?.mentions).toEqual([ids.alice]);
  });

  it('GIVEN a DM was sent WHEN the same action is performed again after a restart THEN Discord\'s enforced nonce keeps it to one message', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    const dm = { kind: 'dm' as const, idempotencyKey: 'flag:7:warn:author', groupId: fake.guildId, memberId: ids.alice, text: 'hello', purpose: 'warn' as const };
    const first = await new DiscordPlatform({ rest: w.adapter.client.rest, logger: silentLogger }).perform(dm);
    const second = await new DiscordPlatform({ rest: w.adapter.client.rest, logger: silentLogger }).perform(dm);
    expect(second.ref).toBe(first.ref);
    expect(fake.dmsTo(ids.alice)).toHaveLength(1);
    const bodies = fake.requestsTo('POST', /^\/channels\/\d+\/messages$/).map((r) => r.body as { nonce: string; enforce_nonce: boolean });
    expect(bodies.every((b) => b.enforce_nonce === true && b.nonce.length <= 25)).toBe(true);
  });

  it('GIVEN a Discord error the bot cannot fix WHEN perform fails THEN it throws a non-retryable PlatformError; 5xx after retries is retryable', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    const platform = new DiscordPlatform({ rest: w.adapter.client.rest, logger: silentLogger });
    fake.fail({ method: 'DELETE', path: /messages/, status: 403, code: 50013, message: 'Missing Permissions' });
    const hide = { kind: 'hide_message' as const, idempotencyKey: 'hide:1', groupId: fake.guildId, channelId: ids.general, messageId: '1' };
    const e1 = await platform.perform(hide).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(PlatformError);
    expect((e1 as PlatformError).retryable).toBe(false);
    fake.fail({ method: 'POST', path: /messages$/, status: 503, times: 5 });
    const e2 = await platform.perform({ kind: 'review_notice', idempotencyKey: 'n:1', groupId: fake.guildId, reviewChannelId: ids.review, text: 'x' }).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(PlatformError);
    expect((e2 as PlatformError).retryable).toBe(true);
  });
});
