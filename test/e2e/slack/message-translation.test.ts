import { afterEach, describe, expect, it } from 'vitest';
import { adapterOnly, type AdapterOnly } from '../../fakes/slack/adapter-only.ts';
import { GENERAL, MEMBER, PEER, TEAM } from '../../fakes/slack/slack-world.ts';

let a: AdapterOnly | undefined;
afterEach(async () => { await a?.close(); a = undefined; });

async function send(event: Record<string, unknown>, eventId?: string) {
  const r = await a!.slack.event({ channel: GENERAL, channel_type: 'channel', ...event, type: 'message' }, eventId ? { eventId } : {});
  await new Promise((res) => setImmediate(res));
  await a!.adapter.idle();
  return r;
}

describe('Slack message events → the core\'s IncomingMessage', () => {
  it('GIVEN a new message with mentions and escaped text WHEN it arrives THEN the core gets plain text, the mentioned ids and Slack\'s ids', async () => {
    a = await adapterOnly();
    const r = await send({ user: MEMBER, text: `<@${PEER}|peer> you &amp; your &lt;drama&gt; <https://x.example/a|link> <#C0OTHER|other>`, ts: '1700000000.200000' }, 'Ev0NEW');
    expect(r.status).toBe(200);
    expect(a.core.ingested).toEqual([{
      platform: 'slack', groupId: TEAM, channelId: GENERAL, messageId: '1700000000.200000', authorId: MEMBER,
      text: `@${PEER} you & your <drama> link (https://x.example/a) #other`, sentAt: 1_700_000_000_200, mentions: [PEER], authorIsBot: false, eventId: 'Ev0NEW',
    }]);
  });

  it('GIVEN a reply in a thread and a thread parent WHEN they arrive THEN only the reply carries the thread id', async () => {
    a = await adapterOnly();
    await send({ user: PEER, text: 'parent', ts: '1700000000.000100', thread_ts: '1700000000.000100' });
    await send({ user: MEMBER, text: 'reply', ts: '1700000000.000300', thread_ts: '1700000000.000100' });
    await send({ subtype: 'thread_broadcast', user: MEMBER, text: 'broadcast reply', ts: '1700000000.000400', thread_ts: '1700000000.000100' });
    expect(a.core.ingested.map((m) => [m.text, m.threadId])).toEqual([['parent', undefined], ['reply', '1700000000.000100'], ['broadcast reply', '1700000000.000100']]);
  });

  it('GIVEN an edit WHEN message_changed arrives THEN the new text is judged again with editedAt, and an unfurl-only change is skipped', async () => {
    a = await adapterOnly();
    await send({ subtype: 'message_changed', hidden: true, ts: '1700000100.000001', message: { type: 'message', user: MEMBER, text: 'new words', ts: '1700000000.500000', edited: { user: MEMBER, ts: '1700000099.000000' } }, previous_message: { type: 'message', user: MEMBER, text: 'old words', ts: '1700000000.500000' } });
    await send({ subtype: 'message_changed', hidden: true, ts: '1700000101.000001', message: { type: 'message', user: MEMBER, text: 'same https://x.example', ts: '1700000000.000600', attachments: [{}] }, previous_message: { type: 'message', user: MEMBER, text: 'same https://x.example', ts: '1700000000.000600' } });
    expect(a.core.ingested).toHaveLength(1);
    expect(a.core.ingested[0]).toMatchObject({ messageId: '1700000000.500000', text: 'new words', editedAt: 1_700_000_099_000, sentAt: 1_700_000_000_500 });
  });

  it('GIVEN a deletion, a join and a bot post WHEN they arrive THEN the core hears of the deletion, not of the join, and the bot post is marked as a bot', async () => {
    a = await adapterOnly();
    await send({ subtype: 'message_deleted', hidden: true, ts: '1700000200.000001', deleted_ts: '1700000000.000700', previous_message: { type: 'message', user: MEMBER, text: 'x', ts: '1700000000.000700' } });
    await send({ subtype: 'channel_join', user: PEER, text: `<@${PEER}> has joined the channel`, ts: '1700000200.000002' });
    await send({ subtype: 'bot_message', bot_id: 'B0OTHER', text: 'a reminder', ts: '1700000200.000003' });
    expect(a.core.deleted).toEqual([{ groupId: TEAM, messageId: '1700000000.000700' }]);
    expect(a.core.ingested.map((m) => [m.authorId, m.authorIsBot])).toEqual([['B0OTHER', true]]);
  });

  it('GIVEN Holdspace\'s own post WHEN Slack echoes it as an event THEN Bolt drops it before the core', async () => {
    a = await adapterOnly();
    await send({ user: 'UBOT', bot_id: 'BBOT', text: 'a card', ts: '1700000300.000001' });
    expect(a.core.ingested).toHaveLength(0);
  });

  it('GIVEN the same event id twice within the hour WHEN the second has no retry header THEN it is still dropped (Socket Mode re-sends the same way)', async () => {
    a = await adapterOnly();
    await send({ user: MEMBER, text: 'hi', ts: '1700000400.000001' }, 'Ev0TWICE');
    await send({ user: MEMBER, text: 'hi', ts: '1700000400.000001' }, 'Ev0TWICE');
    expect(a.core.ingested).toHaveLength(1);
    expect(a.logs.filter((l) => l.includes('dropped a re-delivered Slack event'))).toHaveLength(1);
  });
});

describe('Slack membership events → the core', () => {
  it('GIVEN a member whose account is deactivated WHEN user_change arrives THEN the core hears they left; a profile edit is ignored', async () => {
    a = await adapterOnly();
    await a.slack.event({ type: 'user_change', user: { id: PEER, team_id: TEAM, deleted: false, name: 'peer' } });
    await a.slack.event({ type: 'user_change', user: { id: MEMBER, team_id: TEAM, deleted: true, name: 'member' } });
    await a.adapter.idle();
    expect(a.core.left).toEqual([{ groupId: TEAM, memberId: MEMBER }]);
  });
});

describe('odd and malformed Slack message events', () => {
  it('GIVEN 100 kB of text with emoji, RTL and combining marks WHEN it arrives THEN the core gets it whole, unmangled', async () => {
    a = await adapterOnly();
    const odd = 'ok 👩🏽‍⚕️ مرحبا e\u0301 \u200b'.repeat(4000);
    const r = await send({ user: MEMBER, text: odd, ts: '1700000700.000100' });
    expect(r.status).toBe(200);
    expect(a.core.ingested[0]?.text).toBe(odd);
  });

  it('GIVEN events of the wrong shape WHEN they arrive THEN each is acknowledged and skipped, and the next good one still gets through', async () => {
    a = await adapterOnly();
    for (const bad of [
      { user: MEMBER, text: { not: 'a string' }, ts: '1700000800.000100' },
      { user: MEMBER, text: 'no ts' },
      { user: 42, text: 'numeric user', ts: '1700000800.000200' },
      { subtype: 'message_changed', message: 'nope', ts: '1700000800.000300' },
      { subtype: 'message_deleted', deleted_ts: 7 },
    ]) {
      expect((await send(bad)).status).toBe(200);
    }
    await send({ user: MEMBER, text: 'fine', ts: '1700000800.000500' });
    expect(a.core.ingested.map((m) => m.text)).toEqual(['fine']);
    expect(a.core.deleted).toEqual([]);
  });
});
