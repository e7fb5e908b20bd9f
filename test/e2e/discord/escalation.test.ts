import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { discordWorld, type DiscordWorld } from '../../fakes/discord/discord-world.ts';
import type { FakeMessage } from '../../fakes/discord/fake-discord.ts';

let w: DiscordWorld;
afterEach(async () => { await w?.close(); });

const cards = (w: DiscordWorld) => w.fake.messagesIn(w.ids.review).filter((m) => m.embeds.length > 0);
const button = (card: FakeMessage, verb: string) =>
  card.components.flatMap((r) => r.components as { custom_id: string }[]).find((c) => c.custom_id.split(':')[1] === verb)?.custom_id as string;

/** Bob shares, Alice answers dismissively, a therapist confirms: one confirmed offence. */
async function offence(w: DiscordWorld, n: number): Promise<string> {
  const { fake, ids } = w;
  fake.post(ids.bob, ids.general, `rough day number ${n}`);
  fake.post(ids.alice, ids.general, `you should just get over it (${n})`);
  const card = await w.until(() => cards(w)[n - 1], `card ${n}`);
  const token = fake.click(ids.therapist, card.id, button(card, 'confirm'));
  await w.until(() => fake.replyText(token).startsWith('Confirmed'), `confirmation ${n}`);
  return fake.replyText(token);
}

describe('Discord escalation ladder (real core, real discord.js, fake Discord)', () => {
  it('GIVEN repeated confirmed offences WHEN each is confirmed THEN warn DM, then check-in DMs to both members, then a timeout PATCH', async () => {
    w = await discordWorld();
    const { fake, ids } = w;

    expect(await offence(w, 1)).toMatch(/warning/);
    await w.until(() => fake.dmsTo(ids.alice).length === 1, 'the warning');
    expect(fake.dmsTo(ids.bob)).toHaveLength(0);

    expect(await offence(w, 2)).toMatch(/Check-in/);
    await w.until(() => fake.dmsTo(ids.alice).length === 2 && fake.dmsTo(ids.bob).length === 1, 'check-in DMs to both');
    expect(fake.dmsTo(ids.alice)[1]?.content).toMatch(/check in/i);
    expect(fake.dmsTo(ids.bob)[0]?.content).toMatch(/aimed at you/i);

    expect(await offence(w, 3)).toMatch(/restricted/);
    const patch = await w.until(() => fake.requestsTo('PATCH', new RegExp(`^/guilds/${fake.guildId}/members/${ids.alice}$`))[0], 'the timeout PATCH');
    const until = Date.parse((patch.body as { communication_disabled_until: string }).communication_disabled_until);
    expect(until).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000);
    expect(patch.reason).toMatch(/Holdspace flag #3/);
    expect(fake.members.get(ids.alice)?.communicationDisabledUntil).not.toBeNull();
    await w.until(() => fake.dmsTo(ids.alice).length === 3, 'the restriction DM');
    // Message text went to Discord and the core, never to the logs.
    expect(w.logs.join('')).not.toMatch(/get over it|rough day/);
  });

  it('GIVEN a restriction WHEN the core says it is due to end THEN the timeout is lifted with a PATCH to null', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    await w.hs.core.config.set(fake.guildId, w.setup, 'ladder.steps', 'restrict');
    await offence(w, 1);
    await w.until(() => fake.members.get(ids.alice)?.communicationDisabledUntil, 'the timeout');
    // The core schedules 'unrestrict' for the end; perform it now through the platform port, as the core would.
    const receipt = await w.adapter.platform.perform({ kind: 'unrestrict', idempotencyKey: 'test:unrestrict', groupId: fake.guildId, memberId: ids.alice });
    expect(receipt.via).toBe('timeout lifted');
    expect(fake.members.get(ids.alice)?.communicationDisabledUntil).toBeNull();
    const patches = fake.requestsTo('PATCH', new RegExp(`/members/${ids.alice}$`));
    expect((patches.at(-1)?.body as { communication_disabled_until: unknown }).communication_disabled_until).toBeNull();
  });

  it('GIVEN a restriction WHEN its time is up by the core\'s clock THEN the core sends unrestrict and the timeout is lifted', async () => {
    const clock = new ManualClock(Date.now());
    w = await discordWorld({ clock });
    const { fake, ids } = w;
    await w.hs.core.config.set(fake.guildId, w.setup, 'ladder.steps', 'restrict');
    await w.hs.core.config.set(fake.guildId, w.setup, 'ladder.restrictHours', '2');
    await offence(w, 1);
    await w.until(() => fake.members.get(ids.alice)?.communicationDisabledUntil, 'the timeout');
    expect(await w.hs.queueDueActions()).toBe(0);
    clock.advance(2 * 3_600_000 + 1000);
    expect(await w.hs.queueDueActions()).toBe(1);
    await w.until(() => fake.members.get(ids.alice)?.communicationDisabledUntil === null, 'the timeout lifted');
    expect(fake.requestsTo('PATCH', new RegExp(`/members/${ids.alice}$`)).at(-1)?.reason).toMatch(/restriction ended/);
  });

  it('GIVEN a card WHEN a therapist clicks a step button THEN that step is taken instead of the suggested one', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    fake.post(ids.bob, ids.general, 'I feel low');
    fake.post(ids.alice, ids.general, 'get over it');
    const card = await w.until(() => cards(w)[0], 'a card');
    const stepRestrict = card.components.flatMap((r) => r.components as { custom_id: string }[]).find((c) => c.custom_id.startsWith('hs:step:restrict:'))?.custom_id as string;
    const token = fake.click(ids.therapist, card.id, stepRestrict);
    await w.until(() => fake.replyText(token).includes('restricted'), 'the summary');
    await w.until(() => fake.members.get(ids.alice)?.communicationDisabledUntil, 'the timeout');
  });
});
