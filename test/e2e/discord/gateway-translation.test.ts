import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter, INTENTS } from '../../../adapters/discord/index.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { snowflakeTime } from '../../fakes/discord/fake-discord.ts';
import { adapterWorld, type AdapterWorld } from '../../fakes/discord/discord-world.ts';
import type { IncomingMessage } from '../../../src/core/message.ts';

let w: AdapterWorld;
afterEach(async () => { await w?.close(); });

const ingested = (w: AdapterWorld): IncomingMessage[] => w.core.of('ingest').map((c) => (c as { message: IncomingMessage }).message);

describe('Discord gateway events → the core (real discord.js, recording core)', () => {
  it('GIVEN the bot logs in WHEN the gateway is ready THEN it identified with the intents it needs and registered the guild and its commands', async () => {
    w = await adapterWorld();
    const intents = w.fake.gateway.session?.intents ?? 0;
    for (const bit of INTENTS) expect(intents & bit).toBe(bit);
    expect(w.core.of('ensureGroup')).toEqual([{ method: 'ensureGroup', platform: 'discord', groupId: w.fake.guildId }]);
    const commands = await w.until(() => w.fake.commands.get(w.fake.guildId), 'guild commands');
    expect((commands as { name: string }[]).map((c) => c.name).sort()).toEqual(['holdspace', 'member', 'privacy', 'review']);
  });

  it('GIVEN a member posts WHEN MESSAGE_CREATE arrives THEN the core gets a platform-neutral message with ids, mentions and time', async () => {
    w = await adapterWorld();
    const id = w.fake.post(w.ids.alice, w.ids.general, `hey <@${w.ids.bob}> how are you`, { mentions: [w.ids.bob] });
    const [m] = await w.until(() => ingested(w).length === 1 && ingested(w), 'an ingest');
    expect(m).toEqual({
      platform: 'discord', groupId: w.fake.guildId, channelId: w.ids.general, messageId: id, authorId: w.ids.alice,
      text: `hey <@${w.ids.bob}> how are you`, sentAt: snowflakeTime(id), mentions: [w.ids.bob], authorIsBot: false,
    });
  });

  it('GIVEN another bot posts WHEN it arrives THEN it is handed over marked as a bot (the core drops it)', async () => {
    w = await adapterWorld();
    const bot = w.fake.addMember('other-bot', [], { bot: true });
    w.fake.post(bot, w.ids.general, 'beep');
    const [m] = await w.until(() => ingested(w).length === 1 && ingested(w), 'an ingest');
    expect(m?.authorIsBot).toBe(true);
  });

  it('GIVEN a posted message WHEN the member edits it THEN the core gets it again with editedAt and an edit event id; a link preview is not re-sent', async () => {
    w = await adapterWorld();
    const id = w.fake.post(w.ids.alice, w.ids.general, 'first version https://example.org');
    await w.until(() => ingested(w).length === 1, 'the create');
    w.fake.unfurl(id);
    w.fake.edit(id, 'second version');
    const edits = await w.until(() => ingested(w).length === 2 && ingested(w), 'the edit');
    const editedAt = Date.parse(w.fake.messages.get(id)?.editedAt as string);
    expect(edits[1]).toMatchObject({ messageId: id, text: 'second version', editedAt, eventId: `edit:${id}:${editedAt}` });
    // A preview of an already edited message carries the edit's timestamp: it is handed over with the same
    // event id, which the core has already seen and drops.
    w.fake.unfurl(id);
    w.fake.post(w.ids.bob, w.ids.general, 'marker');
    await w.until(() => ingested(w).some((m) => m.text === 'marker'), 'the marker');
    expect(ingested(w).map((m) => m.text)).toEqual(['first version https://example.org', 'second version', 'second version', 'marker']);
    expect(ingested(w)[2]?.eventId).toBe(edits[1]?.eventId);
  });

  it('GIVEN many messages WHEN they have been handed to the core THEN discord.js keeps none of their text in memory', async () => {
    w = await adapterWorld();
    for (let i = 0; i < 5; i++) w.fake.post(w.ids.alice, w.ids.general, `private words ${i}`);
    await w.until(() => ingested(w).length === 5, 'five ingests');
    const channel = w.adapter.client.channels.cache.get(w.ids.general) as { messages: { cache: Map<string, unknown> } };
    expect(channel.messages.cache.size).toBe(0);
  });

  it('GIVEN a message from before the bot started WHEN it is edited THEN the edit still reaches the core (partial message)', async () => {
    w = await adapterWorld();
    const id = w.fake.preexisting(w.ids.alice, w.ids.general, 'old words');
    w.fake.edit(id, 'new words');
    const [m] = await w.until(() => ingested(w).length === 1 && ingested(w), 'the edit');
    expect(m).toMatchObject({ messageId: id, text: 'new words', authorId: w.ids.alice });
    expect(m?.editedAt).toBeGreaterThan(0);
  });

  it('GIVEN a message in a thread WHEN it arrives THEN channelId is the thread and threadId its parent channel', async () => {
    w = await adapterWorld();
    const thread = w.fake.addChannel('a thread', 11, w.ids.general);
    w.fake.gateway.dispatch('THREAD_CREATE', { ...w.fake.channelPayload(w.fake.channels.get(thread)!), newly_created: true });
    w.fake.post(w.ids.alice, thread, 'in the thread');
    const [m] = await w.until(() => ingested(w).length === 1 && ingested(w), 'an ingest');
    expect(m).toMatchObject({ channelId: thread, threadId: w.ids.general });
  });

  it('GIVEN members and messages WHEN a message is deleted and a member leaves THEN the core hears of both', async () => {
    w = await adapterWorld();
    const id = w.fake.post(w.ids.alice, w.ids.general, 'soon gone');
    await w.until(() => ingested(w).length === 1, 'the create');
    w.fake.deleteByMember(id);
    w.fake.leave(w.ids.alice);
    await w.until(() => w.core.of('memberLeft').length === 1 && w.core.of('messageDeleted').length === 1, 'delete and leave');
    expect(w.core.of('messageDeleted')[0]).toMatchObject({ groupId: w.fake.guildId, messageId: id });
    expect(w.core.of('memberLeft')[0]).toMatchObject({ groupId: w.fake.guildId, memberId: w.ids.alice });
  });

  it('GIVEN members with roles WHEN they run commands THEN the actor carries their role ids, and Administrator / owner add platform:admin', async () => {
    w = await adapterWorld();
    const admin = w.fake.addMember('server-admin', [], { administrator: true });
    w.fake.gateway.dispatch('GUILD_MEMBER_ADD', { guild_id: w.fake.guildId, ...w.fake.memberPayload(w.fake.members.get(admin)!) });
    const t1 = w.fake.slash(w.ids.therapist, 'review', [{ type: 1, name: 'next', options: [] }], w.ids.review);
    const t2 = w.fake.slash(admin, 'holdspace', [{ type: 2, name: 'config', options: [{ type: 1, name: 'show', options: [] }] }], w.ids.review);
    const t3 = w.fake.slash(w.fake.ownerId, 'holdspace', [{ type: 2, name: 'config', options: [{ type: 1, name: 'show', options: [] }] }], w.ids.review);
    const t4 = w.fake.slash(w.ids.alice, 'review', [{ type: 1, name: 'next', options: [] }], w.ids.review);
    await w.until(() => [t1, t2, t3, t4].every((t) => w.fake.replyText(t) !== ''), 'four replies');
    const actors = w.core.calls.filter((c) => c.method === 'review.next' || c.method === 'config.get').map((c) => (c as unknown as { actor: { id: string; roles: string[] } }).actor);
    expect(actors).toContainEqual({ id: w.ids.therapist, roles: expect.arrayContaining([w.ids.therapistRole]) });
    expect(actors.find((a) => a.id === admin)?.roles).toContain('platform:admin');
    expect(actors.find((a) => a.id === w.fake.ownerId)?.roles).toContain('platform:admin');
    expect(actors.find((a) => a.id === w.ids.alice)?.roles).not.toContain('platform:admin');
    expect(w.fake.replyText(t4)).toContain('you need the therapist role');
    expect(w.fake.replyText(t1)).toContain('No open flags');
    for (const t of [t1, t2, t3, t4]) expect(w.fake.repliesEphemeral(t)).toBe(true);
    // Every interaction was acknowledged with a deferral first (Discord's 3 s), then answered.
    for (const t of [t1, t2, t3, t4]) expect(w.fake.interactions.get(t)?.callbacks.map((c) => c.type)).toEqual([5]);
  });

  it('GIVEN a wrong token WHEN the adapter starts THEN start() rejects with a clear invalid-token error instead of hanging', async () => {
    w = await adapterWorld();
    const bad = createDiscordAdapter({ token: 'wrong', appId: w.fake.appId, apiUrl: w.fake.apiUrl, core: w.core, logger: silentLogger, retries: 0 });
    await expect(bad.start()).rejects.toThrow(/invalid token/);
    await bad.stop();
  });

  it('GIVEN the core fails unexpectedly WHEN a therapist runs a command THEN they get a general apology (not the internal error) and it is logged', async () => {
    w = await adapterWorld();
    w.core.explode = 'review.list';
    const token = w.fake.slash(w.ids.therapist, 'review', [{ type: 1, name: 'list', options: [] }]);
    const text = await w.until(() => (w.fake.interactions.get(token)?.original ? w.fake.replyText(token) : null), 'an answer');
    expect(text).toMatch(/^Sorry, something went wrong on Holdspace's side/);
    expect(text).not.toContain('database is locked');
    expect(w.logs.join('')).toContain('database is locked');
  });
});
