import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, type APIActionRowComponent, type APIComponentInMessageActionRow, type APIEmbed } from 'discord.js';
import type { FlagDetail, MemberHistory, ThresholdPreview } from '../../src/core/api.ts';
import type { FlagCard, LadderStep } from '../../src/core/platform.ts';

/** Custom ids of the card's buttons: `hs:<verb>:<flagId>`; the step buttons carry the ladder step. */
export const BUTTON = { confirm: 'confirm', dismiss: 'dismiss', step: 'step', context: 'context' } as const;
export const DISMISS_MODAL = 'hs:dismiss-modal';
export const DISMISS_REASON_INPUT = 'reason';

const STEP_LABELS: Record<LadderStep, string> = { warn: 'Warn', check_in: 'Check in', restrict: 'Restrict' };
const COLOURS = { crisis: 0xd83c3e, open: 0xf0b232, claimed: 0x5865f2, confirmed: 0x248046, dismissed: 0x80848e, resolved: 0x80848e } as const;
/** Discord's embed limits (description 4096, field value 1024); we stay well under them. */
const EXCERPT_MAX = 1000;
const FIELD_MAX = 1000;

export interface MessageBody { content?: string; embeds: APIEmbed[]; components: APIActionRowComponent<APIComponentInMessageActionRow>[] }

export type ButtonIntent =
  | { verb: 'confirm'; flagId: string }
  | { verb: 'dismiss'; flagId: string }
  | { verb: 'step'; flagId: string; step: LadderStep }
  | { verb: 'context'; flagId: string };

export function parseButton(customId: string): ButtonIntent | null {
  const parts = customId.split(':');
  if (parts[0] !== 'hs') return null;
  const [, verb, a, b] = parts;
  if ((verb === 'confirm' || verb === 'dismiss' || verb === 'context') && a) return { verb, flagId: a };
  if (verb === 'step' && (a === 'warn' || a === 'check_in' || a === 'restrict') && b) return { verb, step: a, flagId: b };
  return null;
}

/** The review-channel card: redacted excerpt, scores against thresholds, status, and the triage buttons. */
export function cardMessage(card: FlagCard, guildId: string): MessageBody {
  const decided = card.status === 'confirmed' || card.status === 'dismissed' || card.status === 'resolved';
  const row1 = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`hs:confirm:${card.flagId}`).setLabel('Confirm').setStyle(ButtonStyle.Success).setDisabled(decided),
    new ButtonBuilder().setCustomId(`hs:dismiss:${card.flagId}`).setLabel('Dismiss').setStyle(ButtonStyle.Danger).setDisabled(decided),
    new ButtonBuilder().setCustomId(`hs:context:${card.flagId}`).setLabel('Open context').setStyle(ButtonStyle.Primary),
  );
  const row2 = new ActionRowBuilder<ButtonBuilder>().addComponents(
    (Object.keys(STEP_LABELS) as LadderStep[]).map((step) =>
      new ButtonBuilder().setCustomId(`hs:step:${step}:${card.flagId}`).setLabel(STEP_LABELS[step]).setStyle(ButtonStyle.Secondary).setDisabled(decided)),
  );
  return { embeds: [cardEmbed(card, guildId).toJSON()], components: [row1.toJSON(), row2.toJSON()] };
}

export function cardEmbed(card: FlagCard, guildId: string): EmbedBuilder {
  const names = card.categories.map((c) => c.category.replace('_', ' ')).join(', ');
  const status = card.status === 'claimed' && card.claimedBy ? `claimed by <@${card.claimedBy}>` : card.outcome ? outcomeText(card.outcome) : card.status;
  const embed = new EmbedBuilder()
    .setTitle(`${card.crisis ? 'Crisis: ' : ''}Flag #${card.flagId}: ${names || 'flag'}`)
    .setColor(card.crisis && !isDecided(card) ? COLOURS.crisis : COLOURS[card.status])
    .setDescription(`> ${clip(card.redactedExcerpt.replace(/\s+/g, ' '), EXCERPT_MAX)}`)
    .addFields(
      { name: 'Member', value: `<@${card.authorId}>`, inline: true },
      { name: 'Aimed at', value: card.targetId ? `<@${card.targetId}>` : 'no one in particular', inline: true },
      { name: 'Where', value: `<#${card.channelId}> ([jump](https://discord.com/channels/${guildId}/${card.channelId}/${card.messageId}))`, inline: true },
      { name: 'Why', value: clip(card.categories.map((c) => `**${c.category.replace('_', ' ')}** ${c.score.toFixed(2)} (threshold ${c.threshold.toFixed(2)}): ${c.explanation}${c.cues.length ? ` (cues: ${c.cues.join(', ')})` : ''}`).join('\n') || 'n/a', FIELD_MAX) },
      { name: 'Status', value: status, inline: true },
    )
    .setTimestamp(card.createdAt);
  return embed;
}

export function detailMessage(d: FlagDetail, guildId: string): { content: string; embeds: APIEmbed[] } {
  const context = d.context.length === 0 ? 'No earlier messages kept.'
    : d.context.map((c) => `${c.flagged ? '**>**' : '-'} <@${c.authorId}>: ${c.redacted === null ? '_(removed under the retention policy)_' : clip(c.redacted.replace(/\s+/g, ' '), 200)}`).join('\n');
  const extra = new EmbedBuilder()
    .setTitle(`Context for flag #${d.flagId}`)
    // Discord allows 6000 characters over all embeds of a message; the card embed takes up to about 2300.
    .setDescription(clip(context, 1500))
    .addFields(
      { name: 'Suggested step', value: d.suggestedStep ? STEP_LABELS[d.suggestedStep] : 'none (decided, or not a ladder offence)', inline: true },
      { name: 'Evidence from', value: d.evidenceSources.join(', ') || 'n/a', inline: true },
      { name: 'Decisions', value: clip(d.decisions.map((x) => `<@${x.actor}> ${x.decision}${x.reason ? `: ${x.reason}` : ''} <t:${Math.floor(x.at / 1000)}:R>`).join('\n') || 'none yet', 800) },
      { name: 'Notes', value: clip(d.notes.map((n) => `<@${n.author}>: ${n.text}`).join('\n') || 'none', 800) },
    );
  return { content: '', embeds: [cardEmbed(d, guildId).toJSON(), extra.toJSON()] };
}

export function listMessage(cards: readonly FlagCard[], category?: string | null): { content: string } {
  if (cards.length === 0) return { content: category ? `No open flags in ${category.replace('_', ' ')}.` : 'No open flags. Thank you.' };
  const lines = cards.map((c) => `**#${c.flagId}** ${c.crisis ? 'crisis, ' : ''}${c.categories.map((x) => x.category.replace('_', ' ')).join(', ')} by <@${c.authorId}> in <#${c.channelId}> (${c.status}${c.claimedBy ? ` by <@${c.claimedBy}>` : ''}) <t:${Math.floor(c.createdAt / 1000)}:R>`);
  return { content: clip(`Open flags${category ? ` in ${category.replace('_', ' ')}` : ''} (${cards.length}):\n${lines.join('\n')}\nUse \`/review show id\` to open one.`, 1900) };
}

export function historyMessage(h: MemberHistory): { content: string } {
  const lines = h.offences.map((o) => `- flag #${o.flagId}: ${o.categories.join(', ')}${o.step ? `, ${STEP_LABELS[o.step]}` : ''} <t:${Math.floor(o.at / 1000)}:d> (counts until <t:${Math.floor(o.expiresAt / 1000)}:d>)`);
  return {
    content: clip([
      `<@${h.memberId}> has ${h.liveOffences} live offence${h.liveOffences === 1 ? '' : 's'}.`,
      ...lines,
      h.restrictedUntil ? `Restricted until <t:${Math.floor(h.restrictedUntil / 1000)}:f>.` : 'Not restricted.',
    ].join('\n'), 1900),
  };
}

export function previewMessage(p: ThresholdPreview): { content: string } {
  return {
    content: `Threshold preview for **${p.category.replace('_', ' ')}** over the last ${p.days} days (${p.scored} scored messages, scores only):\n` +
      `- at the current ${p.current}: ${p.wouldFlagAtCurrent} flag${p.wouldFlagAtCurrent === 1 ? '' : 's'}\n` +
      `- at ${p.proposed}: ${p.wouldFlagAtProposed} flag${p.wouldFlagAtProposed === 1 ? '' : 's'}\n` +
      `Nothing was changed. Use \`/holdspace config set thresholds.${p.category} ${p.proposed}\` to apply it.`,
  };
}

export function crisisAlertContent(card: FlagCard, onCallRole: string | null): string {
  const who = onCallRole ? `<@&${onCallRole}>` : 'No on-call role is configured (`/holdspace config set onCallRole <role id>`).';
  return `${who} Possible crisis: <@${card.authorId}> in <#${card.channelId}>, flag #${card.flagId}. Please check on them now.`;
}

function isDecided(card: FlagCard): boolean {
  return card.status === 'confirmed' || card.status === 'dismissed' || card.status === 'resolved';
}

/** "confirmed by 123: warn" → "confirmed by <@123>: warn" (the core names actors by platform id). */
function outcomeText(outcome: string): string {
  return outcome.replace(/\bby (\d{5,})/, 'by <@$1>');
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
