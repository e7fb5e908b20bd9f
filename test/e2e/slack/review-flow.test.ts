import { afterEach, describe, expect, it } from 'vitest';
import { flagIdOf, MEMBER, PEER, REVIEW, slackWorld, STRANGER, THERAPIST, type SlackWorld } from '../../fakes/slack/slack-world.ts';

let w: SlackWorld | undefined;
afterEach(async () => { await w?.close(); w = undefined; });

const dmsTo = (world: SlackWorld, user: string) => world.api.callsTo('chat.postMessage').filter((c) => c.params.channel === `D${user}` && c.response?.body.ok === true);

describe('Slack e2e: a flagged message through the real Bolt app and the real core', () => {
  it('GIVEN a blame-shifting message WHEN a therapist clicks Confirm on its card THEN the member gets a DM warning and the card is updated in place', async () => {
    w = await slackWorld();
    await w.say(PEER, 'I felt hurt when you ignored what I said yesterday');
    const said = await w.say(MEMBER, `<@${PEER}> honestly that is your own fault for being so sensitive`);
    expect(said.status).toBe(200);

    const cards = w.cards();
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(card.params.channel).toBe(REVIEW);
    const blocks = JSON.stringify(card.params.blocks);
    expect(blocks).toContain('blame shifting 0.90');
    expect(blocks).toContain(`<@${MEMBER}>`);
    for (const id of ['hs_confirm', 'hs_dismiss', 'hs_warn', 'hs_check_in', 'hs_restrict', 'hs_context']) expect(blocks).toContain(`"action_id":"${id}"`);
    // The notification text carries no excerpt.
    expect(String(card.params.text)).not.toContain('fault');
    expect(dmsTo(w, MEMBER)).toHaveLength(0);

    const flagId = flagIdOf(card)!;
    const click = await w.click(THERAPIST, 'hs_confirm', flagId);
    expect(click.status).toBe(200);
    expect(click.reply?.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(click.reply?.params.text)).toMatch(/warning/i);

    expect(w.api.callsTo('conversations.open').map((c) => c.params.users)).toEqual([MEMBER]);
    const dms = dmsTo(w, MEMBER);
    expect(dms).toHaveLength(1);
    expect(String(dms[0]!.params.text)).toContain('your own fault');
    expect(dms[0]!.token).toBe('xoxb-test-bot');

    const updates = w.api.callsTo('chat.update').filter((u) => flagIdOf(u) === flagId);
    expect(updates.length).toBeGreaterThan(0);
    const last = updates.at(-1)!;
    expect(last.params).toMatchObject({ channel: REVIEW, ts: card.response?.body.ts });
    expect(JSON.stringify(last.params.blocks)).toContain('confirmed');
    // Decided: only the Context button is left.
    expect(JSON.stringify(last.params.blocks)).not.toContain('"action_id":"hs_confirm"');
    // Nothing anyone wrote reached the logs, Bolt's and the WebClient's included.
    const logs = w.logs.join('');
    expect(logs).toContain('action performed');
    expect(logs).not.toContain('your own fault');
    expect(logs).not.toContain('what I said yesterday');
  });

  it('GIVEN a member who is not a therapist WHEN they click Confirm THEN they are politely refused and nothing happens', async () => {
    w = await slackWorld();
    await w.say(PEER, 'hello all');
    await w.say(MEMBER, 'you made me do it, it was your own fault');
    const flagId = flagIdOf(w.cards()[0]!)!;
    const before = w.api.calls.length;

    const click = await w.click(STRANGER, 'hs_confirm', flagId);
    expect(click.status).toBe(200);
    expect(click.reply?.params.response_type).toBe('ephemeral');
    expect(String(click.reply?.params.text)).toMatch(/^Sorry, only the group's therapists can review flags/);
    const after = w.api.calls.slice(before).map((c) => c.method);
    expect(after).not.toContain('chat.update');
    expect(after).not.toContain('conversations.open');
    expect(dmsTo(w, MEMBER)).toHaveLength(0);
  });
});
