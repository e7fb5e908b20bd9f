import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, GENERAL, MEMBER, ONCALL_GROUP, PEER, REVIEW, slackWorld, USER_TOKEN, type SlackWorld } from '../../fakes/slack/slack-world.ts';

let w: SlackWorld | undefined;
afterEach(async () => { await w?.close(); w = undefined; });

const okPosts = (world: SlackWorld, channel: string) => world.api.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && c.response?.body.ok === true);

describe('Slack e2e: crisis and PHI', () => {
  it('GIVEN a workspace that sends crisis resources at once WHEN a member posts a crisis message THEN the on-call group is mentioned in the review channel and the member is DMed the resources before any review', async () => {
    w = await slackWorld();
    await w.command(ADMIN, '/holdspace', 'config set crisis.autoSendResources true');
    await w.command(ADMIN, '/holdspace', 'config set crisis.resources Please call or text 988 now. A therapist has been alerted.');
    await w.say(MEMBER, 'I have decided to end it tonight');

    const review = okPosts(w, REVIEW);
    const alert = review.find((c) => String(c.params.text).includes(`<!subteam^${ONCALL_GROUP}>`));
    expect(alert).toBeDefined();
    expect(String(alert!.params.text)).toMatch(/Possible crisis: flag #\d+ from <@U0MEMBER>/);
    // The alert goes out ahead of (or instead of waiting behind) the card.
    expect(review.indexOf(alert!)).toBe(0);
    expect(JSON.stringify(review[1]?.params.blocks)).toContain(':rotating_light: *Crisis*');
    const dm = okPosts(w, `D${MEMBER}`);
    expect(dm.map((c) => c.params.text)).toEqual(['Please call or text 988 now. A therapist has been alerted.']);
    expect(w.api.callsTo('chat.update')).toHaveLength(0);
  });

  it('GIVEN the default settings WHEN a member posts a crisis message THEN the therapists are alerted but the member is not messaged without review', async () => {
    w = await slackWorld();
    await w.say(MEMBER, 'I will end it tonight');
    expect(okPosts(w, REVIEW).some((c) => String(c.params.text).startsWith(`<!subteam^${ONCALL_GROUP}>`))).toBe(true);
    expect(okPosts(w, `D${MEMBER}`)).toHaveLength(0);
  });

  it('GIVEN an admin user token and hideDisclosures WHEN a member posts a phone number THEN the message is deleted with the user token and the member is told why, without the number', async () => {
    w = await slackWorld({ userToken: true });
    await w.command(ADMIN, '/holdspace', 'config set phi.hideDisclosures true');
    const said = await w.say(MEMBER, 'text me any time on 555-123-4567');
    const deleted = w.api.callsTo('chat.delete');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.token).toBe(USER_TOKEN);
    expect(deleted[0]!.params).toMatchObject({ channel: GENERAL, ts: said.ts });
    expect(deleted[0]!.response?.body.ok).toBe(true);
    const dm = okPosts(w, `D${MEMBER}`);
    expect(dm).toHaveLength(1);
    expect(String(dm[0]!.params.text)).toContain('[PHONE]');
    expect(JSON.stringify(w.api.calls.filter((c) => c.method !== 'respond:x').map((c) => c.params))).not.toContain('555-123-4567');
  });

  it('GIVEN no user token WHEN a PHI disclosure should be hidden THEN nothing is deleted and the review channel is told which token is missing', async () => {
    w = await slackWorld();
    await w.command(ADMIN, '/holdspace', 'config set phi.hideDisclosures true');
    await w.say(MEMBER, 'my number is 555-987-6543');
    expect(w.api.callsTo('chat.delete')).toHaveLength(0);
    const notice = okPosts(w, REVIEW).find((c) => String(c.params.text).includes('SLACK_USER_TOKEN'));
    expect(notice).toBeDefined();
    expect(String(notice!.params.text)).toMatch(/could not hide message/);
  });

  it('GIVEN a member who writes markup in a message WHEN its excerpt is shown on the card THEN it cannot ping the channel', async () => {
    w = await slackWorld();
    await w.say(PEER, 'hi');
    await w.say(MEMBER, 'get over it &lt;!channel&gt; <!here>');
    const blocks = JSON.stringify(w.cards()[0]!.params.blocks);
    expect(blocks).not.toContain('<!channel>');
    expect(blocks).not.toContain('<!here>');
    expect(blocks).toContain('&lt;!channel&gt;');
  });
});
