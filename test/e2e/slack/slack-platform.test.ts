import { afterEach, describe, expect, it } from 'vitest';
import { adapterOnly, type AdapterOnly } from '../../fakes/slack/adapter-only.ts';
import { fakeCard } from '../../fakes/slack/recording-core.ts';
import { GENERAL, MEMBER, REVIEW, TEAM } from '../../fakes/slack/slack-world.ts';
import { PlatformError } from '../../../src/core/errors.ts';
import type { PlatformAction } from '../../../src/core/platform.ts';

let a: AdapterOnly | undefined;
afterEach(async () => { await a?.close(); a = undefined; });

const dm = (key: string, memberId = MEMBER): PlatformAction => ({ kind: 'dm', idempotencyKey: key, groupId: TEAM, memberId, text: 'Hi, this is Holdspace.\n> quoted <!channel> & co', purpose: 'warn', fallbackChannelId: GENERAL });
const notice = (key: string, text = 'hello therapists'): PlatformAction => ({ kind: 'review_notice', idempotencyKey: key, groupId: TEAM, reviewChannelId: REVIEW, text });

describe('SlackPlatform: the core\'s actions performed with the real WebClient against the fake Web API', () => {
  it('GIVEN the same idempotency key twice, even at once WHEN performed THEN Slack is asked once and both get the same receipt', async () => {
    a = await adapterOnly();
    const [r1, r2] = await Promise.all([a.adapter.platform.perform(dm('k1')), a.adapter.platform.perform(dm('k1'))]);
    const r3 = await a.adapter.platform.perform(dm('k1'));
    expect(r1).toEqual(r2);
    expect(r3).toEqual(r1);
    expect(r1.via).toBe('dm');
    expect(a.api.callsTo('chat.postMessage')).toHaveLength(1);
    // Block quotes survive; markup inside the quote cannot ping anyone.
    expect(a.api.callsTo('chat.postMessage')[0]!.params.text).toBe('Hi, this is Holdspace.\n> quoted &lt;!channel&gt; &amp; co');
  });

  it('GIVEN a 429 with Retry-After on one call WHEN another call is due meanwhile THEN the WebClient holds every call until the pause is over', async () => {
    a = await adapterOnly();
    a.api.fail('chat.postMessage', { status: 429, retryAfter: 2 });
    const first = a.adapter.platform.perform(notice('n1'));
    await a.api.waitFor((calls) => calls.some((c) => c.response?.status === 429));
    const limitedAt = a.api.calls.find((c) => c.response?.status === 429)!.at;
    // Give the client a moment to read the 429 (the fake records it when sending), then ask for something else.
    await new Promise((r) => setTimeout(r, 300));
    const second = a.adapter.platform.perform(dm('d1'));
    await Promise.all([first, second]);
    const after = a.api.calls.filter((c) => c.at > limitedAt);
    expect(after.map((c) => c.method).sort()).toEqual(['chat.postMessage', 'chat.postMessage', 'conversations.open']);
    for (const c of after) expect(c.at - limitedAt).toBeGreaterThanOrEqual(2000);
  });

  it('GIVEN a Slack refusal such as missing_scope WHEN performing THEN a permanent PlatformError names what to fix', async () => {
    a = await adapterOnly();
    a.api.fail('conversations.kick', { error: 'missing_scope' });
    const err = await a.adapter.platform.perform({ kind: 'restrict', idempotencyKey: 'r1', groupId: TEAM, memberId: MEMBER, channelId: GENERAL, until: Date.now() + 1000, reason: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect((err as PlatformError).retryable).toBe(false);
    expect((err as PlatformError).message).toMatch(/missing_scope .*manifest\.yml/);
    const noChannel = await a.adapter.platform.perform({ kind: 'restrict', idempotencyKey: 'r2', groupId: TEAM, memberId: MEMBER, until: 1, reason: 'x' }).catch((e: unknown) => e);
    expect((noChannel as PlatformError).retryable).toBe(false);
  });

  it('GIVEN a member already out of the channel or already back WHEN restricting or lifting THEN it counts as done', async () => {
    a = await adapterOnly();
    a.api.members.get(GENERAL)!.delete(MEMBER);
    expect((await a.adapter.platform.perform({ kind: 'restrict', idempotencyKey: 'r3', groupId: TEAM, memberId: MEMBER, channelId: GENERAL, until: 1, reason: 'x' })).via).toBe('already out of the channel');
    a.api.members.get(GENERAL)!.add(MEMBER);
    expect((await a.adapter.platform.perform({ kind: 'unrestrict', idempotencyKey: 'u3', groupId: TEAM, memberId: MEMBER, channelId: GENERAL })).via).toBe('already back in the channel');
  });

  it('GIVEN a member the bot cannot DM WHEN a DM is due THEN it falls back to an ephemeral note in the channel', async () => {
    a = await adapterOnly();
    a.api.fail('conversations.open', { error: 'cannot_dm_bot' });
    const r = await a.adapter.platform.perform(dm('d2'));
    expect(r.via).toBe('fallback-ephemeral');
    expect(a.api.callsTo('chat.postEphemeral')[0]!.params).toMatchObject({ channel: GENERAL, user: MEMBER });
  });

  it('GIVEN no review channel configured WHEN a card or alert is due THEN it is skipped with a reason, not failed', async () => {
    a = await adapterOnly();
    const card = fakeCard();
    expect((await a.adapter.platform.perform({ kind: 'review_card', idempotencyKey: 'c1', groupId: TEAM, reviewChannelId: null, card })).via).toBe('skipped: no review channel');
    expect((await a.adapter.platform.perform({ kind: 'crisis_alert', idempotencyKey: 'a1', groupId: TEAM, reviewChannelId: null, onCallRole: null, card })).via).toBe('skipped: no review channel');
    expect(a.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('GIVEN a posted card WHEN the core updates it THEN chat.update targets the same message, and a crisis alert without an on-call group pings @here', async () => {
    a = await adapterOnly();
    const posted = await a.adapter.platform.perform({ kind: 'review_card', idempotencyKey: 'c2', groupId: TEAM, reviewChannelId: REVIEW, card: fakeCard() });
    expect(posted.ref).toMatch(/^C0REVIEW:\d+\.\d+$/);
    await a.adapter.platform.perform({ kind: 'review_card', idempotencyKey: 'c3', groupId: TEAM, reviewChannelId: 'C0ELSEWHERE', card: fakeCard({ status: 'confirmed', outcome: 'confirmed by U0DOC: warn' }), cardRef: posted.ref });
    const update = a.api.callsTo('chat.update')[0]!;
    expect(`${String(update.params.channel)}:${String(update.params.ts)}`).toBe(posted.ref);
    await a.adapter.platform.perform({ kind: 'crisis_alert', idempotencyKey: 'a2', groupId: TEAM, reviewChannelId: REVIEW, onCallRole: null, card: fakeCard({ crisis: true }) });
    expect(String(a.api.callsTo('chat.postMessage').at(-1)!.params.text)).toMatch(/^<!here> /);
  });
});

describe('SlackPlatform: cards stay within Block Kit limits', () => {
  it('GIVEN a flag with a very long excerpt, many cues and every category WHEN its card is posted THEN Slack accepts the blocks', async () => {
    a = await adapterOnly();
    const long = 'x'.repeat(5000);
    const card = fakeCard({
      redactedExcerpt: long,
      categories: (['gaslighting', 'dismissal', 'blame_shifting', 'phi', 'crisis'] as const).map((category) => ({ category, score: 0.99, threshold: 0.5, explanation: long, cues: Array.from({ length: 30 }, (_, i) => `cue ${i}`) })),
      outcome: 'y'.repeat(3000), status: 'claimed', claimedBy: 'U0DOC',
    });
    const r = await a.adapter.platform.perform({ kind: 'review_card', idempotencyKey: 'big', groupId: TEAM, reviewChannelId: REVIEW, card });
    expect(r.via).toBe('posted');
    expect(a.api.callsTo('chat.postMessage')[0]!.response?.body.ok).toBe(true);
  });
});
