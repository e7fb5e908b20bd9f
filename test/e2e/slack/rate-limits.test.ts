import { afterEach, describe, expect, it } from 'vitest';
import { GENERAL, MEMBER, PEER, REVIEW, slackWorld, THERAPIST, type SlackWorld } from '../../fakes/slack/slack-world.ts';
import { flagIdOf } from '../../fakes/slack/slack-world.ts';

let w: SlackWorld | undefined;
afterEach(async () => { await w?.close(); w = undefined; });

let n = 0;
const event = (user: string, text: string) => ({ type: 'message', channel: GENERAL, user, text, ts: `${Math.floor(Date.now() / 1000)}.9${String(++n).padStart(5, '0')}`, channel_type: 'channel' });

describe('Slack e2e: Slack\'s limits', () => {
  it('GIVEN the Web API answers 429 with Retry-After WHEN a card is posted THEN the client waits that long, retries, and the card is posted once', async () => {
    w = await slackWorld();
    w.api.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    await w.say(PEER, 'hello');
    await w.say(MEMBER, 'it is your own fault');
    const attempts = w.api.callsTo('chat.postMessage').filter((c) => c.params.channel === REVIEW);
    expect(attempts.map((c) => c.response?.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(w.cards()).toHaveLength(1);
  });

  it('GIVEN several flags at once WHEN their cards go to the review channel THEN posts to that channel are spaced about a second apart', async () => {
    w = await slackWorld({ adapter: { channelIntervalMs: 1000 } });
    await w.say(PEER, 'hello');
    await Promise.all(['get over it', 'it is your own fault', 'that never happened'].map((t) => w!.slack.event(event(MEMBER, t))));
    await w.settle();
    const posts = w.cards();
    expect(posts).toHaveLength(3);
    for (let i = 1; i < posts.length; i++) expect(posts[i]!.at - posts[i - 1]!.at).toBeGreaterThanOrEqual(990);
  });

  it('GIVEN Slack keeps failing with 500 WHEN a DM is due THEN the core is told it may retry, and a later success delivers it once', async () => {
    w = await slackWorld({ adapter: { retries: 0 } });
    await w.say(PEER, 'hello');
    await w.say(MEMBER, 'it is your own fault');
    w.api.fail('conversations.open', { status: 500 }, 2);
    await w.click(THERAPIST, 'hs_confirm', flagIdOf(w.cards()[0]!)!);
    await w.api.waitFor((calls) => calls.some((c) => c.params.channel === `D${MEMBER}` && c.response?.body.ok === true), 15_000, 'the DM after retries');
    await w.settle();
    expect(w.api.callsTo('conversations.open').map((c) => c.response?.status)).toEqual([500, 500, 200]);
    expect(w.api.callsTo('chat.postMessage').filter((c) => c.params.channel === `D${MEMBER}`)).toHaveLength(1);
  });
});
