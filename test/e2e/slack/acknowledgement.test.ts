import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/index.ts';
import { adapterOnly, type AdapterOnly } from '../../fakes/slack/adapter-only.ts';
import { FakeSlackApi } from '../../fakes/slack/fake-slack-api.ts';
import { RecordingCore, fakeCard } from '../../fakes/slack/recording-core.ts';
import { GENERAL, TEAM, THERAPIST, THERAPISTS_GROUP } from '../../fakes/slack/slack-world.ts';
import { silentLogger } from '../../../src/log/logger.ts';

let a: AdapterOnly | undefined;
afterEach(async () => { await a?.close(); a = undefined; });

describe('Slack e2e: acknowledging within Slack\'s 3 seconds', () => {
  it('GIVEN a core call that takes longer than Slack waits WHEN a therapist runs /review list THEN the HTTP request is acknowledged first and the answer follows on response_url', async () => {
    a = await adapterOnly();
    await a.core.ensureGroup('slack', TEAM);
    a.core.groups.get(TEAM)!.therapistRoles = [THERAPISTS_GROUP];
    a.core.cards = [fakeCard()];
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const list = a.core.review.list;
    a.core.review.list = async (...args) => { await gate; return list(...args); };

    const r = await a.slack.command('/review', 'list', { userId: THERAPIST, channelId: GENERAL, responseUrl: a.api.responseUrl('slow') });
    // Acknowledged while the core is still working: nothing has been answered yet.
    expect(r.status).toBe(200);
    expect(r.text).toBe('');
    expect(a.api.callsTo('respond:slow')).toHaveLength(0);
    release();
    await a.api.waitFor((calls) => calls.some((c) => c.method === 'respond:slow'));
    expect(String(a.api.callsTo('respond:slow')[0]!.params.text)).toMatch(/1 open flag/);
  });

  it('GIVEN a bot token Slack rejects WHEN the adapter starts THEN start fails with Slack\'s reason instead of crashing the process', async () => {
    const api = await new FakeSlackApi(TEAM).start();
    try {
      const adapter = createSlackAdapter({ botToken: 'xoxb-revoked', signingSecret: 's', apiUrl: api.apiUrl, port: 0, host: '127.0.0.1', core: new RecordingCore(), logger: silentLogger });
      await expect(adapter.start()).rejects.toThrow(/invalid_auth/);
      expect(api.callsTo('auth.test')).toHaveLength(1);
      await adapter.stop();
    } finally {
      await api.stop();
    }
  });

  it('GIVEN neither a signing secret nor an app token WHEN the adapter is created THEN it says which setting is missing', () => {
    expect(() => createSlackAdapter({ botToken: 'xoxb', apiUrl: 'http://127.0.0.1:1/api/', port: 0, core: new RecordingCore(), logger: silentLogger }))
      .toThrow(/SLACK_SIGNING_SECRET .* or SLACK_APP_TOKEN/);
  });
});

describe('Slack e2e: an event the core cannot take is not lost', () => {
  it('GIVEN the core\'s queue is down WHEN a message event arrives THEN Slack gets a 500, and its re-delivery is taken once the queue is back', async () => {
    const { HoldspaceError } = await import('../../../src/core/errors.ts');
    a = await adapterOnly();
    const ingest = a.core.ingest.bind(a.core);
    let down = true;
    a.core.ingest = async (m) => { if (down) throw new HoldspaceError('QUEUE_UNAVAILABLE', 'redis is down'); return ingest(m); };
    const event = { type: 'message', channel: GENERAL, user: THERAPIST, text: 'hello', ts: '1700000600.000100', channel_type: 'channel' };
    const first = await a.slack.event(event, { eventId: 'Ev0DOWN' });
    expect(first.status).toBe(500);
    expect(a.core.ingested).toHaveLength(0);
    down = false;
    const retry = await a.slack.event(event, { eventId: 'Ev0DOWN', retryNum: 1, retryReason: 'http_error' });
    expect(retry.status).toBe(200);
    expect(a.core.ingested.map((m) => m.eventId)).toEqual(['Ev0DOWN']);
  });

  it('GIVEN an event the core rejects as malformed WHEN it arrives THEN Slack gets a 200 so it does not re-deliver it in vain', async () => {
    const { HoldspaceError } = await import('../../../src/core/errors.ts');
    a = await adapterOnly();
    a.core.ingest = async () => { throw new HoldspaceError('INVALID_INPUT', 'malformed message event (text: too_big)'); };
    const r = await a.slack.event({ type: 'message', channel: GENERAL, user: THERAPIST, text: 'x', ts: '1700000600.000200', channel_type: 'channel' });
    expect(r.status).toBe(200);
    expect(a.logs.some((l) => l.includes('message event rejected by the core'))).toBe(true);
  });
});
