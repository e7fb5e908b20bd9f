import { afterEach, describe, expect, it } from 'vitest';
import { GENERAL, MEMBER, PEER, slackWorld, type SlackWorld } from '../../fakes/slack/slack-world.ts';

let w: SlackWorld | undefined;
afterEach(async () => { await w?.close(); w = undefined; });

const message = (text: string, ts: string) => ({ type: 'message', channel: GENERAL, user: MEMBER, text, ts, channel_type: 'channel' });

describe('Slack e2e: only requests signed by Slack, once each', () => {
  it('GIVEN a request signed with the wrong secret WHEN it arrives THEN Bolt answers 401 and the core never sees it', async () => {
    w = await slackWorld();
    const r = await w.slack.event(message('it is your own fault', '1700000001.000100'), { signWith: 'not-the-secret' });
    expect(r.status).toBe(401);
    await w.settle();
    expect(w.cards()).toHaveLength(0);
    const cmd = await w.slack.command('/review', 'list', { userId: MEMBER, channelId: GENERAL, responseUrl: w.api.responseUrl('x') }, { signWith: 'nope' });
    expect(cmd.status).toBe(401);
  });

  it('GIVEN a correctly signed request with a timestamp older than five minutes WHEN it arrives THEN it is rejected as a replay', async () => {
    w = await slackWorld();
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const r = await w.slack.event(message('it is your own fault', '1700000002.000100'), { timestamp: stale });
    expect(r.status).toBe(401);
    await w.settle();
    expect(w.cards()).toHaveLength(0);
  });

  it('GIVEN an event Slack re-delivers with X-Slack-Retry-Num WHEN both deliveries arrive THEN it is judged once and one card is posted', async () => {
    w = await slackWorld();
    await w.say(PEER, 'I am having a hard week');
    const first = await w.say(MEMBER, 'you made me angry, it is your own fault', { eventId: 'Ev0REDELIVER1' });
    expect(w.cards()).toHaveLength(1);
    const again = await w.slack.event(message('you made me angry, it is your own fault', first.ts), { eventId: 'Ev0REDELIVER1', retryNum: 1, retryReason: 'http_timeout' });
    expect(again.status).toBe(200);
    const third = await w.slack.event(message('you made me angry, it is your own fault', first.ts), { eventId: 'Ev0REDELIVER1', retryNum: 2 });
    expect(third.status).toBe(200);
    await w.settle();
    expect(w.cards()).toHaveLength(1);
    expect(w.logs.filter((l) => l.includes('dropped a re-delivered Slack event'))).toHaveLength(2);
    expect(w.logs.some((l) => l.includes('"retryNum":1'))).toBe(true);
  });

  it('GIVEN a valid url_verification challenge WHEN Slack checks the endpoint THEN Bolt echoes the challenge', async () => {
    w = await slackWorld({ configure: false });
    const r = await w.slack.raw(JSON.stringify({ token: 't', challenge: 'c-123', type: 'url_verification' }), 'application/json');
    expect(r.status).toBe(200);
    expect(r.text).toContain('c-123');
  });
});
