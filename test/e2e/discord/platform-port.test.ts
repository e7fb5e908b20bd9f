import { afterEach, describe, expect, it } from 'vitest';
import { DiscordPlatform } from '../../../adapters/discord/index.ts';
import type { FlagCard, PlatformAction } from '../../../src/core/platform.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { discordRest } from '../../../adapters/discord/register-commands.ts';

let fake: FakeDiscord;
afterEach(async () => { await fake?.close(); });

const card = (fake: FakeDiscord, channelId: string, authorId: string): FlagCard => ({
  flagId: '1', groupId: fake.guildId, channelId, messageId: '5', authorId, targetId: null,
  categories: [{ category: 'crisis', score: 0.9, threshold: 0.4, explanation: 'e', cues: [] }],
  crisis: true, redactedExcerpt: 'r', status: 'open', claimedBy: null, outcome: null, createdAt: 0,
});

describe('DiscordPlatform: every PlatformAction, each performed twice with the same key', () => {
  it('GIVEN each action kind WHEN performed, and again by a fresh instance (a restart) THEN the effect happens once and the receipt says how', async () => {
    fake = await new FakeDiscord().start();
    const general = fake.addChannel('general');
    const review = fake.addChannel('review');
    const member = fake.addMember('alice');
    const role = fake.addRole('On call');
    const victim = fake.preexisting(member, general, 'my number is [PHONE]');
    const g = fake.guildId;
    const actions: PlatformAction[] = [
      { kind: 'review_card', idempotencyKey: 'card:1:0', groupId: g, reviewChannelId: review, card: card(fake, general, member) },
      { kind: 'crisis_alert', idempotencyKey: 'crisis:1', groupId: g, reviewChannelId: review, onCallRole: role, card: card(fake, general, member) },
      { kind: 'review_notice', idempotencyKey: 'notice:1', groupId: g, reviewChannelId: review, text: 'a notice' },
      { kind: 'dm', idempotencyKey: 'dm:1', groupId: g, memberId: member, text: 'a dm', purpose: 'check_in', fallbackChannelId: general },
      { kind: 'hide_message', idempotencyKey: 'hide:1', groupId: g, channelId: general, messageId: victim },
      { kind: 'restrict', idempotencyKey: 'r:1', groupId: g, memberId: member, until: Date.now() + 3_600_000, reason: 'Holdspace flag #1' },
      { kind: 'unrestrict', idempotencyKey: 'u:1', groupId: g, memberId: member },
    ];
    const receipts = [];
    for (const instance of [1, 2]) {
      const platform = new DiscordPlatform({ rest: discordRest(fake.apiUrl, fake.token, 0), logger: silentLogger });
      for (const a of actions) receipts.push({ instance, kind: a.kind, receipt: await platform.perform(a) });
    }
    expect(receipts.filter((r) => r.instance === 1).map((r) => `${r.kind}: ${r.receipt.via}`)).toEqual([
      'review_card: card', 'crisis_alert: alert', 'review_notice: notice', 'dm: dm', 'hide_message: deleted',
      expect.stringMatching(/^restrict: timeout until /), 'unrestrict: timeout lifted',
    ]);
    // The second instance knows nothing, yet Discord's enforced nonce returns the same messages.
    for (const kind of ['review_card', 'crisis_alert', 'review_notice', 'dm']) {
      const [a, b] = receipts.filter((r) => r.kind === kind);
      expect(b?.receipt.ref).toBe(a?.receipt.ref);
    }
    expect(fake.messagesIn(review)).toHaveLength(3);
    expect(fake.dmsTo(member)).toHaveLength(1);
    expect(receipts.find((r) => r.instance === 2 && r.kind === 'hide_message')?.receipt.via).toBe('skipped: already gone');
    expect(fake.members.get(member)?.communicationDisabledUntil).toBeNull();

    // An update in place keeps the card's message.
    const platform = new DiscordPlatform({ rest: discordRest(fake.apiUrl, fake.token, 0), logger: silentLogger });
    const ref = receipts[0]?.receipt.ref as string;
    const updated = await platform.perform({ kind: 'review_card', idempotencyKey: 'card:1:1', groupId: g, reviewChannelId: review, card: { ...card(fake, general, member), status: 'confirmed', outcome: 'confirmed by 1234567: warn' }, cardRef: ref });
    expect(updated).toEqual({ ref, via: 'card updated' });
    expect(fake.messagesIn(review)).toHaveLength(3);
    expect(JSON.stringify(fake.messages.get(ref)?.embeds)).toContain('confirmed by <@1234567>');

    // No review channel configured: skipped, not failed.
    expect(await platform.perform({ kind: 'review_notice', idempotencyKey: 'notice:2', groupId: g, reviewChannelId: null, text: 'x' })).toEqual({ via: 'skipped: no review channel' });
  });

  it('GIVEN a restriction longer than Discord allows WHEN performed THEN the timeout is capped below 28 days', async () => {
    fake = await new FakeDiscord().start();
    const member = fake.addMember('alice');
    const platform = new DiscordPlatform({ rest: discordRest(fake.apiUrl, fake.token, 0), logger: silentLogger });
    await platform.perform({ kind: 'restrict', idempotencyKey: 'r:long', groupId: fake.guildId, memberId: member, until: Date.now() + 40 * 86_400_000, reason: 'x' });
    const until = Date.parse(fake.members.get(member)?.communicationDisabledUntil as string);
    expect(until).toBeLessThan(Date.now() + 28 * 86_400_000);
    expect(until).toBeGreaterThan(Date.now() + 27 * 86_400_000);
  });
});
