import { afterEach, describe, expect, it } from 'vitest';
import { discordWorld, type DiscordWorld } from '../../fakes/discord/discord-world.ts';

let w: DiscordWorld;
afterEach(async () => { await w?.close(); });

const cards = (w: DiscordWorld) => w.fake.messagesIn(w.ids.review).filter((m) => m.embeds.length > 0);

describe('Discord crisis, PHI and edits (real core, real discord.js, fake Discord)', () => {
  it('GIVEN a group that sends crisis resources WHEN a member posts a crisis signal THEN the on-call role is pinged in the review channel and the member gets the resources by DM', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    await w.hs.core.config.set(fake.guildId, w.setup, 'crisis.autoSendResources', 'true');
    fake.post(ids.carol, ids.general, 'I think I will end it tonight');
    const alert = await w.until(() => fake.messagesIn(ids.review).find((m) => m.content.includes(`<@&${ids.onCallRole}>`)), 'the crisis alert');
    expect(alert.mentionRoles).toEqual([ids.onCallRole]);
    expect(alert.content).toContain(`<@${ids.carol}>`);
    expect(alert.content).not.toContain('end it tonight');
    const card = await w.until(() => cards(w)[0], 'the card');
    expect((card.embeds[0] as { title: string }).title).toMatch(/^Crisis: Flag #\d+: crisis/);
    // The alert goes out before the card: it is the first thing therapists see.
    expect(BigInt(alert.id) < BigInt(card.id)).toBe(true);
    const dm = await w.until(() => fake.dmsTo(ids.carol)[0], 'the resources DM');
    expect(dm.content).toContain('988');
  });

  it('GIVEN a group that hides PHI WHEN a member posts a phone number THEN the message is deleted and the member gets a DM with it redacted', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    await w.hs.core.config.set(fake.guildId, w.setup, 'phi.hideDisclosures', 'true');
    const id = fake.post(ids.bob, ids.general, 'text me at 555-123-4567 anytime');
    await w.until(() => fake.messages.get(id)?.deleted, 'the message deleted');
    const dm = await w.until(() => fake.dmsTo(ids.bob)[0], 'the DM explaining why');
    expect(dm.content).toContain('text me at [PHONE] anytime');
    expect(dm.content).not.toContain('555-123-4567');
    const card = await w.until(() => cards(w)[0], 'the card');
    expect(JSON.stringify(card.embeds)).not.toContain('555-123-4567');
    expect(fake.requestsTo('DELETE', new RegExp(`/channels/${ids.general}/messages/${id}$`))[0]?.reason).toMatch(/private details/);
  });

  it('GIVEN a harmless message WHEN it is edited into a dismissive one THEN it is judged again and flagged', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    fake.post(ids.bob, ids.general, 'work was awful');
    const id = fake.post(ids.alice, ids.general, 'oh no, that sounds hard');
    await w.settle();
    expect(cards(w)).toHaveLength(0);
    fake.edit(id, 'oh no. anyway, get over it');
    const card = await w.until(() => cards(w)[0], 'a card after the edit');
    expect((card.embeds[0] as { description: string }).description).toContain('anyway, get over it');
  });

  it('GIVEN a flagged message WHEN it is edited THEN the edit is judged again', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    fake.post(ids.bob, ids.general, 'I remember you shouting');
    const id = fake.post(ids.alice, ids.general, 'get over it');
    await w.until(() => cards(w)[0], 'the first card');
    fake.edit(id, 'that never happened');
    const second = await w.until(() => cards(w)[1], 'a card for the edited text');
    expect((second.embeds[0] as { title: string }).title).toContain('gaslighting');
  });

  it('GIVEN no review channel WHEN a message is flagged THEN nothing is posted and nothing crashes; once configured, cards appear', async () => {
    w = await discordWorld({ reviewChannel: false });
    const { fake, ids } = w;
    fake.post(ids.alice, ids.general, 'get over it');
    await w.settle();
    expect(fake.requestsTo('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(0);
    await w.hs.core.config.set(fake.guildId, w.setup, 'reviewChannelId', ids.review);
    fake.post(ids.alice, ids.general, 'get over it again');
    await w.until(() => cards(w)[0], 'a card');
  });

  it('GIVEN the review channel and other bots WHEN they post flaggable text THEN no card is raised (the core ignores them)', async () => {
    w = await discordWorld();
    const { fake, ids } = w;
    const bot = fake.addMember('another-bot', [], { bot: true });
    fake.gateway.dispatch('GUILD_MEMBER_ADD', { guild_id: fake.guildId, ...fake.memberPayload(fake.members.get(bot)!) });
    fake.post(ids.therapist, ids.review, 'quoting the flag: get over it');
    fake.post(bot, ids.general, 'get over it');
    fake.post(ids.alice, ids.general, 'marker: get over it');
    const card = await w.until(() => cards(w)[0], 'the marker card');
    await w.settle();
    expect(cards(w)).toHaveLength(1);
    expect((card.embeds[0] as { description: string }).description).toContain('marker');
  });

  // Was a core bug: SettingsService read a numeric snowflake as a JSON number while the setting was still null.
  it('GIVEN a new server WHEN the owner sets reviewChannelId by slash command THEN it is saved', async () => {
    w = await discordWorld({ configure: false });
    const { fake, ids } = w;
    const token = fake.slash(fake.ownerId, 'holdspace', [{ type: 2, name: 'config', options: [{ type: 1, name: 'set', options: [{ type: 3, name: 'path', value: 'reviewChannelId' }, { type: 3, name: 'value', value: `<#${ids.review}>` }] }] }]);
    const text = await w.until(() => (fake.interactions.get(token)?.original ? fake.replyText(token) : null), 'an answer');
    expect(text).toBe(`Saved. \`reviewChannelId\` is now \`"${ids.review}"\`.`);
  });
});
