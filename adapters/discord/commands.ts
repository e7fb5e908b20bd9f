import { InteractionContextType, SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { CATEGORIES } from '../../src/core/categories.ts';

const categoryChoices = CATEGORIES.map((c) => ({ name: c.replace('_', ' '), value: c }));

/**
 * The guild slash commands. Who may use them is decided by the core (therapist and admin roles from the
 * group's settings), not by Discord's default member permissions, so every member sees them and a refusal
 * is polite and audited.
 */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const review = new SlashCommandBuilder().setName('review').setDescription('Therapists: triage Holdspace flags')
    .addSubcommand((s) => s.setName('next').setDescription('Claim the most urgent open flag'))
    .addSubcommand((s) => s.setName('list').setDescription('List open flags')
      .addStringOption((o) => o.setName('category').setDescription('Only this category').addChoices(...categoryChoices)))
    .addSubcommand((s) => s.setName('show').setDescription('Open a flag with its context')
      .addStringOption((o) => o.setName('id').setDescription('Flag number, e.g. 12').setRequired(true)));
  const member = new SlashCommandBuilder().setName('member').setDescription('Therapists: a member\'s Holdspace history')
    .addSubcommand((s) => s.setName('history').setDescription('Live offences and restrictions of a member')
      .addUserOption((o) => o.setName('user').setDescription('The member').setRequired(true)));
  const holdspace = new SlashCommandBuilder().setName('holdspace').setDescription('Admins: configure Holdspace for this server')
    .addSubcommandGroup((g) => g.setName('config').setDescription('Settings')
      .addSubcommand((s) => s.setName('show').setDescription('Show the settings'))
      .addSubcommand((s) => s.setName('set').setDescription('Change a setting')
        .addStringOption((o) => o.setName('path').setDescription('e.g. thresholds.dismissal, retention.resolvedFlagDays, therapistRoles').setRequired(true))
        .addStringOption((o) => o.setName('value').setDescription('e.g. 0.6, 30, a role id or a comma-separated list').setRequired(true))))
    .addSubcommandGroup((g) => g.setName('threshold').setDescription('Thresholds')
      .addSubcommand((s) => s.setName('preview').setDescription('How many of the last 30 days\' messages a threshold would have flagged')
        .addStringOption((o) => o.setName('category').setDescription('Category').setRequired(true).addChoices(...categoryChoices))
        .addNumberOption((o) => o.setName('value').setDescription('Threshold from 0 to 1').setRequired(true).setMinValue(0).setMaxValue(1))))
    .addSubcommandGroup((g) => g.setName('privacy').setDescription('The privacy notice')
      .addSubcommand((s) => s.setName('post').setDescription('Post and pin the privacy notice in this channel')));
  const privacy = new SlashCommandBuilder().setName('privacy').setDescription('What Holdspace monitors, what it keeps and for how long');
  return [review, member, holdspace, privacy].map((c) => c.setContexts(InteractionContextType.Guild).toJSON());
}
