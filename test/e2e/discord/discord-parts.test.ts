import { DiscordAPIError, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { cardMessage, detailMessage, parseButton } from '../../../adapters/discord/cards.ts';
import { toPlatformError } from '../../../adapters/discord/discord-errors.ts';
import { plainIds } from '../../../adapters/discord/interactions.ts';
import { nonceFor, translateMessage, type DiscordMessageLike } from '../../../adapters/discord/index.ts';
import type { FlagCard } from '../../../src/core/platform.ts';

const message = (over: Partial<DiscordMessageLike> = {}): DiscordMessageLike => ({
  id: '10', guildId: 'g', channelId: 'c', channel: { isThread: () => false }, author: { id: 'u', bot: false }, content: 'hi',
  createdTimestamp: 1000, editedTimestamp: null, mentions: { users: new Map<string, unknown>() }, system: false, ...over,
});

const card = (over: Partial<FlagCard> = {}): FlagCard => ({
  flagId: '7', groupId: 'g', channelId: 'c', messageId: 'm', authorId: '123456', targetId: null,
  categories: [{ category: 'dismissal', score: 0.9, threshold: 0.5, explanation: 'why', cues: ['get over it'] }],
  crisis: false, redactedExcerpt: 'call [PHONE]', status: 'open', claimedBy: null, outcome: null, createdAt: 0, ...over,
});

describe('Discord adapter parts', () => {
  it('GIVEN idempotency keys WHEN turned into nonces THEN they fit Discord\'s 25 characters, are stable, and differ per key', () => {
    const a = nonceFor('flag:1:warn:author');
    expect(a).toHaveLength(25);
    expect(nonceFor('flag:1:warn:author')).toBe(a);
    expect(nonceFor('flag:1:warn:target')).not.toBe(a);
  });

  it('GIVEN button custom ids WHEN parsed THEN known verbs map to intents and anything else is ignored', () => {
    expect(parseButton('hs:confirm:12')).toEqual({ verb: 'confirm', flagId: '12' });
    expect(parseButton('hs:step:check_in:12')).toEqual({ verb: 'step', step: 'check_in', flagId: '12' });
    expect(parseButton('hs:step:ban:12')).toBeNull();
    expect(parseButton('other:confirm:12')).toBeNull();
    expect(parseButton('hs:confirm')).toBeNull();
  });

  it('GIVEN mention syntax in a config value WHEN passed on THEN it becomes bare ids', () => {
    expect(plainIds('<@&111>, <#222>,<@333>,<@!444>')).toBe('111, 222,333,444');
    expect(plainIds('0.7')).toBe('0.7');
  });

  it('GIVEN things that are not member messages WHEN translated THEN they are skipped with a reason', () => {
    expect(translateMessage(message({ guildId: null }))).toEqual({ kind: 'skip', reason: 'not in a guild' });
    expect(translateMessage(message({ system: true }))).toEqual({ kind: 'skip', reason: 'system message' });
    expect(translateMessage(message({ content: null }))).toEqual({ kind: 'skip', reason: 'partial message' });
    const t = translateMessage(message({ editedTimestamp: 5000 }), true);
    expect(t.kind === 'message' && t.message.editedAt).toBe(5000);
  });

  it('GIVEN discord.js errors WHEN mapped THEN 50013 and other 4xx are permanent, 5xx and network errors retryable', () => {
    const req = { body: undefined, files: undefined, json: undefined };
    const missing = new DiscordAPIError({ code: 50013, message: 'Missing Permissions' }, 50013, 403, 'PATCH', '/x', req);
    expect(toPlatformError(missing, 'time out').retryable).toBe(false);
    expect(toPlatformError(missing, 'time out').message).toMatch(/lacks a Discord permission.*50013/);
    expect(toPlatformError(new DiscordAPIError({ code: 10003, message: 'Unknown Channel' }, 10003, 404, 'POST', '/x', req), 'post').retryable).toBe(false);
    expect(toPlatformError(new HTTPError(503, 'Service Unavailable', 'POST', '/x', req), 'post').retryable).toBe(true);
    expect(toPlatformError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'post').retryable).toBe(true);
  });

  it('GIVEN a card WHEN rendered THEN it shows the redacted excerpt and scores, and a decided card keeps only Open context enabled', () => {
    const open = cardMessage(card(), 'g');
    expect(open.embeds[0]?.description).toBe('> call [PHONE]');
    expect(JSON.stringify(open.embeds[0]?.fields)).toContain('0.90 (threshold 0.50)');
    const decided = cardMessage(card({ status: 'confirmed', outcome: 'confirmed by 1234567: warn' }), 'g');
    const buttons = decided.components.flatMap((r) => r.components as { custom_id: string; disabled?: boolean }[]);
    expect(buttons.filter((b) => !b.disabled).map((b) => b.custom_id)).toEqual(['hs:context:7']);
    expect(JSON.stringify(decided.embeds)).toContain('confirmed by <@1234567>: warn');
  });

  it('GIVEN a flag with very long text, context and decisions WHEN its detail is rendered THEN it stays within Discord\'s embed limits', () => {
    const long = 'x'.repeat(5000);
    const d = {
      ...card({ redactedExcerpt: long, categories: ['gaslighting', 'dismissal', 'blame_shifting', 'phi', 'crisis'].map((c) => ({ category: c as 'phi', score: 0.9, threshold: 0.5, explanation: long, cues: [long] })) }),
      context: Array.from({ length: 20 }, () => ({ authorId: '1', redacted: long, sentAt: 0, flagged: false })),
      notes: Array.from({ length: 20 }, () => ({ author: '1', text: long, at: 0 })),
      decisions: Array.from({ length: 20 }, () => ({ actor: '1', decision: 'claim', reason: long, at: 0 })),
      suggestedStep: 'warn' as const, evidenceSources: ['a'],
    };
    const { embeds } = detailMessage(d, 'g');
    const size = embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0) + (e.footer?.text.length ?? 0), 0);
    expect(size).toBeLessThanOrEqual(6000);
    for (const e of embeds) for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    expect(embeds[0]?.description?.length).toBeLessThanOrEqual(4096);
  });
});
