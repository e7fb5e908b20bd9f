import { afterEach, describe, expect, it } from 'vitest';
import { discordWorld, type DiscordWorld } from '../../fakes/discord/discord-world.ts';

let w: DiscordWorld;
afterEach(async () => { await w?.close(); });

describe('Discord review flow (real discord.js against a fake Discord)', () => {
  it('GIVEN a configured guild WHEN a member posts a dismissive message and a therapist clicks Confirm THEN a card appears and the member gets a DM warning', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    fake.post(ids.bob, ids.general, 'I had a panic attack at work today');
    fake.post(ids.alice, ids.general, 'honestly just get over it already');

    const card = await w.until(() => fake.messagesIn(ids.review).find((m) => m.embeds.length > 0), 'a review card');
    const embed = card.embeds[0] as { title: string; description: string };
    expect(embed.title).toMatch(/Flag #\d+: dismissal/);
    expect(embed.description).toContain('just get over it');
    // A card never pings anyone, whatever the member wrote.
    expect(card.allowedMentions).toEqual({ parse: [] });
    const customIds = card.components.flatMap((row) => (row.components as { custom_id: string }[]).map((c) => c.custom_id));
    expect(customIds.map((c) => c.split(':')[1])).toEqual(['confirm', 'dismiss', 'context', 'step', 'step', 'step']);

    const token = fake.click(ids.therapist, card.id, customIds[0] as string);
    const dm = await w.until(() => fake.dmsTo(ids.alice)[0], 'a DM to the member');
    expect(dm.content).toContain('just get over it');
    expect(dm.content).toMatch(/therapist/i);
    expect(dm.nonce).toMatch(/^[A-Za-z0-9_-]{1,25}$/);
    await w.until(() => fake.replyText(token).includes('warning'), 'the therapist sees the outcome');
    expect(fake.repliesEphemeral(token)).toBe(true);
    // The card updates in place: same message, buttons off, outcome shown.
    const updated = await w.until(() => (fake.messages.get(card.id)?.editedAt ? fake.messages.get(card.id) : null), 'the card updated in place');
    expect(JSON.stringify(updated.embeds)).toContain('confirmed by');
    expect((updated.components[0]?.components as { disabled?: boolean }[])[0]?.disabled).toBe(true);
    expect(fake.messagesIn(ids.review).filter((m) => m.embeds.length > 0)).toHaveLength(1);
    expect(fake.dmsTo(ids.bob)).toHaveLength(0);

    // A second therapist on a stale screen clicks Confirm too: told it is decided, nothing sent twice.
    const second = fake.addMember('dr-kim', [ids.therapistRole]);
    const late = fake.click(second, card.id, customIds[0] as string);
    await w.until(() => fake.replyText(late).includes('already been decided'), 'the late click answered');
    await w.settle();
    expect(fake.dmsTo(ids.alice)).toHaveLength(1);
  });

  it('GIVEN a card WHEN a member without the therapist role clicks Confirm THEN they get a polite ephemeral refusal, nothing happens, and it is audited', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    fake.post(ids.bob, ids.general, 'today was hard');
    fake.post(ids.alice, ids.general, 'get over it');
    const card = await w.until(() => fake.messagesIn(ids.review).find((m) => m.embeds.length > 0), 'a review card');

    const token = fake.click(ids.carol, card.id, (card.components[0]?.components as { custom_id: string }[])[0]?.custom_id as string);
    const text = await w.until(() => fake.replyText(token) || null, 'a reply');
    expect(text).toContain('only the group\'s therapists');
    expect(fake.repliesEphemeral(token)).toBe(true);
    await w.settle();
    expect(fake.dmsTo(ids.alice)).toHaveLength(0);
    const refusals = w.hs.internals.audit.list(fake.guildId).filter((a) => a.action === 'permission.refused');
    expect(refusals).toEqual([expect.objectContaining({ actorId: ids.carol, subject: 'review.confirm' })]);
    expect(w.hs.internals.flags.get(Number((card.embeds[0] as { title: string }).title.match(/#(\d+)/)?.[1]))?.status).toBe('open');
    expect(w.logs.join('')).not.toContain('get over it');
  });
});
