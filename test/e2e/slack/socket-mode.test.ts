import { afterEach, describe, expect, it } from 'vitest';
import { adapterOnly, type AdapterOnly } from '../../fakes/slack/adapter-only.ts';
import { fakeCard } from '../../fakes/slack/recording-core.ts';
import { buttonClick } from '../../fakes/slack/signed-requests.ts';
import { GENERAL, MEMBER, REVIEW, STRANGER, TEAM, THERAPIST, THERAPISTS_GROUP } from '../../fakes/slack/slack-world.ts';

const APP_TOKEN = 'xapp-test-socket';
let a: AdapterOnly | undefined;
afterEach(async () => { await a?.close(); a = undefined; });

const envelopeBody = (eventId: string, event: Record<string, unknown>) => ({
  token: 't', team_id: TEAM, api_app_id: 'AHOLD', type: 'event_callback', event_id: eventId, event_time: 1, event,
  authorizations: [{ team_id: TEAM, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
});

describe('Slack e2e: Socket Mode with an app token', () => {
  it('GIVEN an app token WHEN the adapter starts THEN it opens a Socket Mode connection, acknowledges envelopes, and drops a retried event', async () => {
    a = await adapterOnly({ appToken: APP_TOKEN });
    const open = a.api.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toBe(APP_TOKEN);
    expect(a.api.socketConnected).toBe(true);

    const event = { type: 'message', channel: GENERAL, user: MEMBER, text: 'hello over a socket', ts: '1700000500.000100', channel_type: 'channel' };
    expect(await a.api.socketSend({ envelope_id: 'env-1', type: 'events_api', payload: envelopeBody('Ev0SOCK', event) })).toMatchObject({ envelope_id: 'env-1' });
    // Slack re-sends an unacknowledged event in a new envelope, with the same event_id.
    expect(await a.api.socketSend({ envelope_id: 'env-2', type: 'events_api', payload: envelopeBody('Ev0SOCK', event), retry_attempt: 1, retry_reason: 'timeout' })).toMatchObject({ envelope_id: 'env-2' });
    await a.adapter.idle();
    expect(a.core.ingested.map((m) => [m.text, m.eventId])).toEqual([['hello over a socket', 'Ev0SOCK']]);
    expect(a.logs.some((l) => l.includes('dropped a re-delivered Slack event') && l.includes('"retryNum":1'))).toBe(true);
  });

  it('GIVEN Socket Mode WHEN a slash command and a button click arrive THEN they are answered through response_url as over HTTP', async () => {
    a = await adapterOnly({ appToken: APP_TOKEN });
    await a.core.ensureGroup('slack', TEAM);
    a.core.groups.get(TEAM)!.therapistRoles = [THERAPISTS_GROUP];
    a.core.cards = [fakeCard({ groupId: TEAM })];

    await a.api.socketSend({ envelope_id: 'env-3', type: 'slash_commands', accepts_response_payload: true, payload: {
      token: 't', team_id: TEAM, channel_id: GENERAL, user_id: THERAPIST, command: '/review', text: 'list', response_url: a.api.responseUrl('s1'), trigger_id: 'tr', api_app_id: 'AHOLD',
    } });
    await a.api.waitFor((calls) => calls.some((c) => c.method === 'respond:s1'));
    expect(String(a.api.callsTo('respond:s1')[0]!.params.text)).toMatch(/1 open flag/);

    await a.api.socketSend({ envelope_id: 'env-4', type: 'interactive', payload: buttonClick({ teamId: TEAM, userId: STRANGER, channelId: REVIEW, messageTs: '1.2', actionId: 'hs_confirm', value: '7', responseUrl: a.api.responseUrl('s2') }) });
    await a.api.waitFor((calls) => calls.some((c) => c.method === 'respond:s2'));
    expect(String(a.api.callsTo('respond:s2')[0]!.params.text)).toBe('Sorry, you need the therapist role for that.');
    expect(a.core.decisions).toHaveLength(0);

    await a.api.socketSend({ envelope_id: 'env-5', type: 'interactive', payload: buttonClick({ teamId: TEAM, userId: THERAPIST, channelId: REVIEW, messageTs: '1.2', actionId: 'hs_check_in', value: '7', responseUrl: a.api.responseUrl('s3') }) });
    await a.api.waitFor((calls) => calls.some((c) => c.method === 'respond:s3'));
    expect(a.core.decisions).toEqual([expect.objectContaining({ flagId: '7', decision: 'confirm', step: 'check_in', actor: { id: THERAPIST, roles: [THERAPISTS_GROUP] } })]);
  });
});
