import { afterEach, describe, expect, it } from 'vitest';
import { discordWorld, type DiscordWorld } from '../../fakes/discord/discord-world.ts';
import type { FakeMessage } from '../../fakes/discord/fake-discord.ts';

let w: DiscordWorld;
afterEach(async () => { await w?.close(); });

const cards = (w: DiscordWorld) => w.fake.messagesIn(w.ids.review).filter((m) => m.embeds.length > 0);
const buttonId = (card: FakeMessage, verb: string) =>
  card.components.flatMap((r) => r.components as { custom_id: string }[]).find((c) => c.custom_id.split(':')[1] === verb)?.custom_id as string;
const sub = (name: string, options: unknown[] = []) => [{ type: 1, name, options }];
const group = (g: string, name: string, options: unknown[] = []) => [{ type: 2, name: g, options: [{ type: 1, name, options }] }];

async function answer(w: DiscordWorld, token: string): Promise<string> {
  const text = await w.until(() => (w.fake.interactions.get(token)?.original ? w.fake.replyText(token) : null), 'an answer');
  expect(w.fake.repliesEphemeral(token)).toBe(true);
  return text;
}

async function flagged(w: DiscordWorld): Promise<FakeMessage> {
  w.fake.post(w.ids.bob, w.ids.general, 'my therapist appointment was hard today');
  w.fake.post(w.ids.alice, w.ids.general, 'oh get over it');
  return w.until(() => cards(w)[0], 'a card');
}

describe('Discord slash commands (real core, real discord.js, fake Discord)', () => {
  it('GIVEN an open flag WHEN a therapist uses /review list, /review next and /review show THEN each answers ephemerally with the flag, and the card shows the claim', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    const card = await flagged(w);
    const flagId = (card.embeds[0] as { title: string }).title.match(/#(\d+)/)?.[1] as string;

    expect(await answer(w, fake.slash(ids.therapist, 'review', sub('list')))).toMatch(new RegExp(`#${flagId}.*dismissal`));
    expect(await answer(w, fake.slash(ids.therapist, 'review', sub('list', [{ type: 3, name: 'category', value: 'phi' }])))).toContain('No open flags in phi');

    const next = await answer(w, fake.slash(ids.therapist, 'review', sub('next')));
    expect(next).toContain(`Flag #${flagId}`);
    expect(next).toContain('oh get over it');
    expect(next).toContain('my therapist appointment was hard today');
    expect(next).toMatch(/Suggested step: Warn/);
    await w.until(() => JSON.stringify(fake.messages.get(card.id)?.embeds).includes(`claimed by <@${ids.therapist}>`), 'the card shows the claim');

    const show = await answer(w, fake.slash(ids.therapist, 'review', sub('show', [{ type: 3, name: 'id', value: flagId }])));
    expect(show).toContain(`Context for flag #${flagId}`);
    const audit = w.hs.internals.audit.list(fake.guildId).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['review.list', 'review.next', 'evidence.open']));

    expect(await answer(w, fake.slash(ids.therapist, 'review', sub('show', [{ type: 3, name: 'id', value: '999' }])))).toContain('There is no flag #999');
  });

  it('GIVEN a confirmed offence WHEN a therapist asks /member history THEN it lists the live offence', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    const card = await flagged(w);
    const t = fake.click(ids.therapist, card.id, buttonId(card, 'confirm'));
    await w.until(() => fake.replyText(t).startsWith('Confirmed'), 'confirmation');
    const text = await answer(w, fake.slash(ids.therapist, 'member', sub('history', [{ type: 6, name: 'user', value: ids.alice }])));
    expect(text).toContain(`<@${ids.alice}> has 1 live offence`);
    expect(text).toMatch(/dismissal, Warn/);
  });

  it('GIVEN a card WHEN a therapist clicks Dismiss THEN a modal asks for the reason, and submitting it dismisses the flag and updates the card', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    const card = await flagged(w);
    const click = fake.click(ids.therapist, card.id, buttonId(card, 'dismiss'));
    await w.until(() => fake.interactions.get(click)?.callbacks[0]?.type === 9, 'a modal');
    const submit = fake.submitModal(ids.therapist, click, ['they were quoting a book']);
    expect(await answer(w, submit)).toMatch(/^Dismissed/);
    await w.until(() => JSON.stringify(fake.messages.get(card.id)?.embeds).includes('dismissed by'), 'the card updated');
    expect(fake.dmsTo(ids.alice)).toHaveLength(0);

    // A member without the role gets no modal, just the refusal.
    const other = fake.click(ids.carol, card.id, buttonId(card, 'dismiss'));
    await w.until(() => fake.interactions.get(other)?.callbacks.length, 'an answer');
    expect(fake.interactions.get(other)?.callbacks[0]?.type).toBe(4);
    expect(fake.replyText(other)).toContain('only the group\'s therapists');
  });

  it('GIVEN an admin WHEN they use /holdspace config show|set and threshold preview THEN settings change; a therapist is politely refused and it is audited', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    expect(await answer(w, fake.slash(ids.admin, 'holdspace', group('config', 'show')))).toContain('"dismissal": 0.5');
    const set = await answer(w, fake.slash(ids.admin, 'holdspace', group('config', 'set', [{ type: 3, name: 'path', value: 'thresholds.dismissal' }, { type: 3, name: 'value', value: '0.7' }])));
    expect(set).toBe('Saved. `thresholds.dismissal` is now `0.7`.');
    const roles = await answer(w, fake.slash(ids.admin, 'holdspace', group('config', 'set', [{ type: 3, name: 'path', value: 'therapistRoles' }, { type: 3, name: 'value', value: `<@&${ids.therapistRole}>, <@&${ids.onCallRole}>` }])));
    expect(roles).toContain(`["${ids.therapistRole}","${ids.onCallRole}"]`);
    expect(await answer(w, fake.slash(ids.admin, 'holdspace', group('config', 'set', [{ type: 3, name: 'path', value: 'nonsense' }, { type: 3, name: 'value', value: '1' }])))).toContain('There is no setting called `nonsense`');

    const refused = await answer(w, fake.slash(ids.therapist, 'holdspace', group('config', 'set', [{ type: 3, name: 'path', value: 'thresholds.dismissal' }, { type: 3, name: 'value', value: '0.1' }])));
    expect(refused).toContain('only the group\'s Holdspace admins');
    expect(w.hs.internals.audit.list(fake.guildId).find((a) => a.action === 'permission.refused')).toMatchObject({ actorId: ids.therapist, subject: 'config.set' });
    expect((await w.hs.core.config.get(fake.guildId, w.setup)).thresholds.dismissal).toBe(0.7);

    // Preview from stored scores: one dismissive message scored 0.9.
    fake.post(ids.alice, ids.general, 'get over it');
    await w.until(() => cards(w)[0], 'a card');
    const preview = await answer(w, fake.slash(ids.admin, 'holdspace', group('threshold', 'preview', [{ type: 3, name: 'category', value: 'dismissal' }, { type: 10, name: 'value', value: 0.95 }])));
    expect(preview).toMatch(/at the current 0.7: 1 flag\n- at 0.95: 0 flags/);
  });

  it('GIVEN any member WHEN they run /privacy THEN they see the notice; an admin can post and pin it, a member cannot', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    expect(await answer(w, fake.slash(ids.carol, 'privacy', [], ids.general))).toContain('How Holdspace looks after this group');
    const refused = await answer(w, fake.slash(ids.carol, 'holdspace', group('privacy', 'post'), ids.general));
    expect(refused).toContain('only the group\'s Holdspace admins');
    expect(await answer(w, fake.slash(ids.admin, 'holdspace', group('privacy', 'post'), ids.general))).toContain('Posted and pinned');
    const pinned = fake.messagesIn(ids.general).filter((m) => m.pinned);
    expect(pinned).toHaveLength(1);
    expect(pinned[0]?.content).toContain('How Holdspace looks after this group');
  });

  it('GIVEN the bot WHEN registerCommands runs without a guild THEN it registers the commands in every guild it is in', async () => {
    w = await discordWorld();
    w.fake.commands.clear();
    await w.adapter.registerCommands();
    const list = w.fake.commands.get(w.fake.guildId) as { name: string; options?: { name: string }[] }[];
    expect(list.map((c) => c.name).sort()).toEqual(['holdspace', 'member', 'privacy', 'review']);
    expect(list.find((c) => c.name === 'review')?.options?.map((o) => o.name)).toEqual(['next', 'list', 'show']);
  });
});
