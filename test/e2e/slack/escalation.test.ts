import { afterEach, describe, expect, it } from 'vitest';
import { flagIdOf, GENERAL, MEMBER, PEER, REVIEW, slackWorld, THERAPIST, type SlackWorld } from '../../fakes/slack/slack-world.ts';

let w: SlackWorld | undefined;
afterEach(async () => { await w?.close(); w = undefined; });

const okPosts = (world: SlackWorld, channel: string) => world.api.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && c.response?.body.ok === true);

async function offendAndConfirm(world: SlackWorld, text: string): Promise<{ flagId: string; reply: string }> {
  await world.say(PEER, 'that really hurt me');
  const before = world.cards().length;
  await world.say(MEMBER, text);
  const card = world.cards()[before];
  if (!card) throw new Error('no card was posted');
  const flagId = flagIdOf(card)!;
  const click = await world.click(THERAPIST, 'hs_confirm', flagId);
  return { flagId, reply: String(click.reply?.params.text) };
}

describe('Slack e2e: the escalation ladder performed with Slack', () => {
  it('GIVEN three confirmed offences WHEN each is confirmed THEN the member is warned, checked in with (and the target supported), then removed from the channel and invited back when the restriction ends', async () => {
    w = await slackWorld();
    const one = await offendAndConfirm(w, `<@${PEER}> it is your own fault`);
    expect(one.reply).toMatch(/warning/i);
    expect(okPosts(w, `D${MEMBER}`)).toHaveLength(1);

    const two = await offendAndConfirm(w, `<@${PEER}> that never happened, get over it`);
    expect(two.reply).toMatch(/check-in/i);
    expect(okPosts(w, `D${MEMBER}`)).toHaveLength(2);
    expect(String(okPosts(w, `D${MEMBER}`)[1]!.params.text)).toMatch(/check in/i);
    // The person it was aimed at hears from the therapists too.
    expect(okPosts(w, `D${PEER}`)).toHaveLength(1);

    const three = await offendAndConfirm(w, `<@${PEER}> you made me say it`);
    expect(three.reply).toMatch(/restricted/i);
    expect(w.api.callsTo('conversations.kick').map((c) => c.params)).toEqual([expect.objectContaining({ channel: GENERAL, user: MEMBER })]);
    expect(w.api.members.get(GENERAL)?.has(MEMBER)).toBe(false);
    expect(String(okPosts(w, `D${MEMBER}`).at(-1)!.params.text)).toMatch(/paused your participation/);
    expect(w.api.callsTo('conversations.invite')).toHaveLength(0);

    const history = await w.command(THERAPIST, '/member', `<@${MEMBER}|member>`);
    expect(String(history.reply?.params.text)).toMatch(/3 live offences, restricted until/);

    // The restriction ends: the core queues the lifting, and the adapter invites the member back.
    w.clock.advance(25 * 3600_000);
    await w.hs.queueDueActions();
    await w.settle();
    expect(w.api.callsTo('conversations.invite').map((c) => c.params)).toEqual([expect.objectContaining({ channel: GENERAL, users: MEMBER })]);
    expect(w.api.members.get(GENERAL)?.has(MEMBER)).toBe(true);
  });

  it('GIVEN a therapist who picks Restrict on a first offence WHEN they click it THEN the override applies at once', async () => {
    w = await slackWorld();
    await w.say(PEER, 'hi');
    await w.say(MEMBER, 'you made me do it');
    const flagId = flagIdOf(w.cards()[0]!)!;
    const click = await w.click(THERAPIST, 'hs_restrict', flagId);
    expect(String(click.reply?.params.text)).toMatch(/restricted/i);
    expect(w.api.callsTo('conversations.kick')).toHaveLength(1);
  });

  it('GIVEN a Dismiss click WHEN the therapist gives a reason in the modal THEN the flag is dismissed, the card updated and nobody messaged', async () => {
    w = await slackWorld();
    await w.say(PEER, 'hi');
    await w.say(MEMBER, 'get over it');
    const card = w.cards()[0]!;
    const flagId = flagIdOf(card)!;
    await w.click(THERAPIST, 'hs_dismiss', flagId);
    const opened = w.api.callsTo('views.open');
    expect(opened).toHaveLength(1);
    const view = opened[0]!.params.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('hs_dismiss_reason');

    const { viewSubmission } = await import('../../fakes/slack/signed-requests.ts');
    const empty = await w.slack.interaction(viewSubmission({ teamId: 'T0HOLD', userId: THERAPIST, callbackId: view.callback_id, privateMetadata: view.private_metadata, values: { reason: { reason_input: { type: 'plain_text_input', value: '  ' } } } }));
    expect(empty.status).toBe(200);
    expect(JSON.parse(empty.text)).toMatchObject({ response_action: 'errors', errors: { reason: expect.any(String) } });

    const r = await w.slack.interaction(viewSubmission({ teamId: 'T0HOLD', userId: THERAPIST, callbackId: view.callback_id, privateMetadata: view.private_metadata, values: { reason: { reason_input: { type: 'plain_text_input', value: 'friendly banter between old friends' } } } }));
    expect(r.status).toBe(200);
    await w.api.waitFor((calls) => calls.some((c) => c.method === 'chat.postEphemeral'));
    await w.settle();
    const told = w.api.callsTo('chat.postEphemeral').at(-1)!;
    expect(told.params).toMatchObject({ channel: REVIEW, user: THERAPIST });
    expect(String(told.params.text)).toMatch(/Dismissed/);
    const update = w.api.callsTo('chat.update').filter((u) => flagIdOf(u) === flagId).at(-1)!;
    expect(update.params.ts).toBe(card.response?.body.ts);
    expect(JSON.stringify(update.params.blocks)).toContain('dismissed');
    expect(w.api.callsTo('conversations.open')).toHaveLength(0);
  });
});
