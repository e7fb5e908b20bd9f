import { afterEach, describe, expect, it } from 'vitest';
import { REDIS_URL, redisAvailable } from '../../support/redis.ts';
import { flagIdOf, MEMBER, PEER, slackWorld, THERAPIST, type SlackWorld } from '../../fakes/slack/slack-world.ts';

let w: SlackWorld | undefined;
afterEach(async () => { await w?.close(); w = undefined; });

describe.skipIf(!redisAvailable())('Slack e2e with the core on BullMQ (REDIS_URL)', () => {
  it('GIVEN the core queues on Redis WHEN a flagged message is confirmed from its card THEN the member is warned once, and a re-delivery changes nothing', async () => {
    w = await slackWorld({ redisUrl: REDIS_URL });
    await w.say(PEER, 'I had a hard night');
    const said = await w.say(MEMBER, 'honestly it is your own fault', { eventId: 'Ev0BULL' });
    expect(w.cards()).toHaveLength(1);
    await w.slack.event({ type: 'message', channel: 'C0GENERAL', user: MEMBER, text: 'honestly it is your own fault', ts: said.ts, channel_type: 'channel' }, { eventId: 'Ev0BULL', retryNum: 1 });
    await w.settle();
    expect(w.cards()).toHaveLength(1);
    await w.click(THERAPIST, 'hs_confirm', flagIdOf(w.cards()[0]!)!);
    const dms = w.api.callsTo('chat.postMessage').filter((c) => c.params.channel === `D${MEMBER}` && c.response?.body.ok === true);
    expect(dms).toHaveLength(1);
    expect(String(dms[0]!.params.text)).toContain('your own fault');
  });
});
