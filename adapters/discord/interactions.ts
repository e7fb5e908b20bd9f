import {
  LabelBuilder, MessageFlags, ModalBuilder, Routes, TextInputBuilder, TextInputStyle,
  type ButtonInteraction, type ChatInputCommandInteraction, type Interaction, type ModalSubmitInteraction, type REST, type APIMessage,
} from 'discord.js';
import type { CoreApi } from '../../src/core/api.ts';
import { isCategory } from '../../src/core/categories.ts';
import { HoldspaceError, isHoldspaceError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/log/logger.ts';
import { actorOf } from './actor.ts';
import { DISMISS_MODAL, DISMISS_REASON_INPUT, detailMessage, historyMessage, listMessage, parseButton, previewMessage } from './cards.ts';
import { toPlatformError } from './discord-errors.ts';

/** Codes whose userMessage is written for the person who acted. Anything else is logged, and they get SORRY. */
const USER_FACING = new Set(['FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INVALID_INPUT', 'CONFIG_INVALID']);
export const SORRY = 'Sorry, something went wrong on Holdspace\'s side. It has been logged; please try again in a moment.';
/** Discord wants an answer within 3 s; a modal cannot follow a deferral, so its permission check gets this long. */
const MODAL_CHECK_MS = 2_000;

type Reply = { content?: string; embeds?: unknown[] };

/**
 * Slash commands, buttons and the dismissal modal: acknowledge at once (ephemeral deferral), ask the core,
 * render its answer. The core checks permissions and audits; a refusal is its polite userMessage.
 */
export class InteractionHandler {
  constructor(private readonly deps: { core: CoreApi; rest: REST; logger: Logger; ensureGroup(guildId: string): Promise<void> }) {}

  async handle(interaction: Interaction): Promise<void> {
    if (!interaction.inGuild()) {
      if (interaction.isRepliable()) await interaction.reply({ content: 'Holdspace works inside a server; please use its commands there.', flags: MessageFlags.Ephemeral });
      return;
    }
    if (interaction.isChatInputCommand()) return this.#deferred(interaction, () => this.#command(interaction));
    if (interaction.isButton()) return this.#button(interaction);
    if (interaction.isModalSubmit()) return this.#deferred(interaction, () => this.#modal(interaction));
  }

  async #deferred(interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction, work: () => Promise<Reply>): Promise<void> {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    let reply: Reply;
    try {
      reply = await work();
    } catch (error) {
      reply = { content: this.#userText(error, interaction) };
    }
    await interaction.editReply({ content: reply.content ?? '', embeds: (reply.embeds ?? []) as never, allowedMentions: { parse: [] } });
  }

  #userText(error: unknown, interaction: Interaction): string {
    if (isHoldspaceError(error) && USER_FACING.has(error.code)) return error.userMessage;
    this.deps.logger.error({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error), interaction: interaction.type, guildId: interaction.guildId }, 'discord interaction failed');
    return SORRY;
  }

  async #command(i: ChatInputCommandInteraction): Promise<Reply> {
    const { core } = this.deps;
    const guildId = i.guildId as string;
    await this.deps.ensureGroup(guildId);
    const actor = actorOf(i);
    const sub = i.options.getSubcommand(false);
    const group = i.options.getSubcommandGroup(false);
    switch (`${i.commandName}${group ? ` ${group}` : ''}${sub ? ` ${sub}` : ''}`) {
      case 'review next': {
        const d = await core.review.next(guildId, actor);
        return d ? detailMessage(d, guildId) : { content: 'No open flags. Thank you.' };
      }
      case 'review list': {
        const category = i.options.getString('category');
        if (category !== null && !isCategory(category)) throw new HoldspaceError('INVALID_INPUT', 'unknown category', { userMessage: `Unknown category \`${category}\`.` });
        return listMessage(await core.review.list(guildId, actor, { category: category ?? undefined }), category);
      }
      case 'review show':
        return detailMessage(await core.review.show(guildId, actor, i.options.getString('id', true).trim()), guildId);
      case 'member history':
        return historyMessage(await core.review.memberHistory(guildId, actor, String(i.options.get('user', true).value)));
      case 'holdspace config show': {
        const settings = await core.config.get(guildId, actor);
        return { content: `Holdspace settings for this server:\n\`\`\`json\n${JSON.stringify(settings, null, 2).slice(0, 1800)}\n\`\`\`` };
      }
      case 'holdspace config set': {
        const path = i.options.getString('path', true).trim();
        const settings = await core.config.set(guildId, actor, path, plainIds(i.options.getString('value', true)));
        const now = path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), settings);
        return { content: `Saved. \`${path}\` is now \`${JSON.stringify(now)}\`.` };
      }
      case 'holdspace threshold preview': {
        const category = i.options.getString('category', true);
        if (!isCategory(category)) throw new HoldspaceError('INVALID_INPUT', 'unknown category', { userMessage: `Unknown category \`${category}\`.` });
        return previewMessage(await core.config.previewThreshold(guildId, actor, category, i.options.getNumber('value', true)));
      }
      case 'holdspace privacy post':
        return this.#postPrivacyNotice(guildId, i.channelId, actor);
      case 'privacy':
        return { content: (await core.privacyNotice(guildId)).slice(0, 1990) };
      default:
        throw new HoldspaceError('INVALID_INPUT', `unknown command ${i.commandName}`, { userMessage: 'Holdspace does not know that command; an admin may need to run `holdspace discord register`.' });
    }
  }

  async #postPrivacyNotice(guildId: string, channelId: string, actor: ReturnType<typeof actorOf>): Promise<Reply> {
    await this.deps.core.authorize(guildId, actor, 'admin', 'privacy.post');
    const text = await this.deps.core.privacyNotice(guildId);
    try {
      const m = await this.deps.rest.post(Routes.channelMessages(channelId), { body: { content: text.slice(0, 1990), allowed_mentions: { parse: [] } } }) as APIMessage;
      await this.deps.rest.put(Routes.channelMessagesPin(channelId, m.id), { reason: 'Holdspace privacy notice' });
    } catch (error) {
      const e = toPlatformError(error, 'post and pin the privacy notice here');
      throw new HoldspaceError('INVALID_INPUT', e.message, { userMessage: `Could not post and pin the notice: ${e.message}. The bot needs Send Messages and Pin Messages (or Manage Messages) in this channel.` });
    }
    return { content: 'Posted and pinned the privacy notice in this channel.' };
  }

  async #button(i: ButtonInteraction): Promise<void> {
    const intent = parseButton(i.customId);
    if (!intent) return;
    const guildId = i.guildId as string;
    if (intent.verb === 'dismiss') {
      // A modal must be the first answer, so the permission check runs before it, within the 3 s.
      // If the check is slow, the modal is shown anyway: the core checks again when the reason is submitted.
      const check = this.deps.core.authorize(guildId, actorOf(i), 'therapist', 'review.dismiss').then(() => null, (error: unknown) => error);
      const refused = await Promise.race([check, new Promise<null>((resolve) => setTimeout(() => resolve(null), MODAL_CHECK_MS).unref())]);
      if (refused !== null) {
        await i.reply({ content: this.#userText(refused, i), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
        return;
      }
      const input = new TextInputBuilder().setCustomId(DISMISS_REASON_INPUT).setStyle(TextInputStyle.Paragraph).setRequired(true).setMaxLength(1000)
        .setPlaceholder('e.g. quoting someone else; context shows it was supportive');
      await i.showModal(new ModalBuilder().setCustomId(`${DISMISS_MODAL}:${intent.flagId}`).setTitle(`Dismiss flag #${intent.flagId}`)
        .addLabelComponents(new LabelBuilder().setLabel('Why is this not a problem?').setTextInputComponent(input)));
      return;
    }
    await this.#deferred(i, async () => {
      const actor = actorOf(i);
      switch (intent.verb) {
        case 'confirm': return { content: (await this.deps.core.review.confirm(guildId, actor, intent.flagId)).summary };
        case 'step': return { content: (await this.deps.core.review.confirm(guildId, actor, intent.flagId, intent.step)).summary };
        case 'context': return detailMessage(await this.deps.core.review.show(guildId, actor, intent.flagId), guildId);
      }
    });
  }

  async #modal(i: ModalSubmitInteraction): Promise<Reply> {
    const [prefix, flagId] = [i.customId.slice(0, DISMISS_MODAL.length), i.customId.slice(DISMISS_MODAL.length + 1)];
    if (prefix !== DISMISS_MODAL || !flagId) throw new HoldspaceError('INVALID_INPUT', 'unknown modal', { userMessage: 'That form is no longer in use.' });
    const reason = i.fields.getTextInputValue(DISMISS_REASON_INPUT);
    return { content: (await this.deps.core.review.dismiss(i.guildId as string, actorOf(i), flagId, reason)).summary };
  }
}

/** Discord mention syntax (<#channel>, <@&role>, <@user>) as the bare ids settings hold. */
export function plainIds(value: string): string {
  return value.replace(/<(?:#|@&|@!?)(\d+)>/g, '$1');
}
