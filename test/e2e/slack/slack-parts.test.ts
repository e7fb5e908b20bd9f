import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChannelPacer } from '../../../adapters/slack/channel-pacer.ts';
import { DeliveryDedupe } from '../../../adapters/slack/delivery-dedupe.ts';
import { toPlatformError } from '../../../adapters/slack/slack-errors.ts';
import { escapeKeepingQuotes, idArgument, idsInValue, mentionsIn, plainText } from '../../../adapters/slack/slack-text.ts';
import { CARD_ACTIONS } from '../../../adapters/slack/blocks.ts';

describe('the Slack adapter\'s small parts', () => {
  it('GIVEN Slack markup WHEN translated THEN ids, links and entities read as a person would read them', () => {
    expect(plainText('<@U1|ann> said <!here> &amp; <!subteam^S1|@docs> <mailto:a@b.c|a@b.c> <https://x.y>')).toBe('@U1 said @here & @docs a@b.c https://x.y');
    expect(mentionsIn('<@U1> <@W2|b> <@U1>')).toEqual(['U1', 'W2']);
    expect(idArgument(' <#C9|review> ')).toBe('C9');
    expect(idArgument('<!subteam^S7|@therapists>')).toBe('S7');
    expect(idArgument('C9')).toBe('C9');
    expect(idsInValue('<!subteam^S1|@a>,<!subteam^S2>')).toBe('S1,S2');
    expect(escapeKeepingQuotes('hi <@U1>\n> a <!channel> & b\n>not a quote')).toBe('hi &lt;@U1&gt;\n> a &lt;!channel&gt; &amp; b\n&gt;not a quote');
  });

  it('GIVEN a delivery id WHEN seen again within the window THEN it is a re-delivery, and after the window or forget() it is new', () => {
    let now = 0;
    const d = new DeliveryDedupe(() => now, 1000, 2);
    expect(d.firstSight('a')).toBe(true);
    expect(d.firstSight('a')).toBe(false);
    now = 1500;
    expect(d.firstSight('a')).toBe(true);
    d.forget('a');
    expect(d.firstSight('a')).toBe(true);
    d.firstSight('b'); d.firstSight('c');
    // Bounded: the oldest key is dropped past `max`.
    expect(d.firstSight('a')).toBe(true);
  });

  it('GIVEN posts queued for one channel WHEN an urgent one arrives THEN it runs next, and posts in other channels do not wait', async () => {
    const pacer = new ChannelPacer(30);
    const order: string[] = [];
    const task = (name: string) => async () => { order.push(name); };
    const all = [pacer.run('C1', task('c1-a')), pacer.run('C1', task('c1-b')), pacer.run('C1', task('c1-c')), pacer.run('C1', task('crisis'), true), pacer.run('C2', task('c2-a'))];
    await Promise.all(all);
    expect(order.filter((n) => n.startsWith('c1') || n === 'crisis')).toEqual(['c1-a', 'crisis', 'c1-b', 'c1-c']);
    expect(order.indexOf('c2-a')).toBeLessThan(order.indexOf('crisis'));
  });

  it('GIVEN WebClient failures WHEN mapped THEN network, 5xx and rate limits are retryable and Slack refusals are not', () => {
    expect(toPlatformError({ code: 'slack_webapi_request_error', message: 'ECONNRESET' }, 'x').retryable).toBe(true);
    expect(toPlatformError({ code: 'slack_webapi_http_error', statusCode: 503 }, 'x').retryable).toBe(true);
    expect(toPlatformError({ code: 'slack_webapi_http_error', statusCode: 404 }, 'x').retryable).toBe(false);
    expect(toPlatformError({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 }, 'x').retryable).toBe(true);
    expect(toPlatformError({ code: 'slack_webapi_platform_error', data: { error: 'internal_error' } }, 'x').retryable).toBe(true);
    const e = toPlatformError({ code: 'slack_webapi_platform_error', data: { error: 'cant_kick_from_general' } }, 'remove the member');
    expect(e.retryable).toBe(false);
    expect(e.code).toBe('PLATFORM_PERMANENT');
    expect(e.message).toBe('Slack refused to remove the member: cant_kick_from_general (Slack does not allow removing anyone from the #general channel)');
  });

  it('GIVEN the shipped manifest WHEN compared with the adapter THEN every command, event, scope and the interactivity URL the adapter relies on are declared', () => {
    const manifest = readFileSync(new URL('../../../adapters/slack/manifest.yml', import.meta.url), 'utf8');
    for (const command of ['/review', '/member', '/holdspace', '/privacy']) expect(manifest).toContain(`- command: ${command}\n`);
    for (const scope of ['channels:history', 'groups:history', 'chat:write', 'im:write', 'commands', 'usergroups:read', 'users:read', 'channels:manage', 'groups:write']) {
      expect(manifest).toMatch(new RegExp(`^ {6}- ${scope} `, 'm'));
    }
    expect(manifest).toMatch(/bot_events:\n\s+- message\.channels\n\s+- message\.groups\n\s+- user_change /);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true\n\s+request_url: \S+\/slack\/events/);
    expect(manifest).toMatch(/user:\n\s+- chat:write/);
    expect(Object.values(CARD_ACTIONS)).toHaveLength(6);
  });
});
