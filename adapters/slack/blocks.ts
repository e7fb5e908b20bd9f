import type { types } from '@slack/bolt';
import type { FlagDetail, MemberHistory, ThresholdPreview } from '../../src/core/api.ts';
import type { FlagCard, LadderStep } from '../../src/core/platform.ts';
import { escapeMrkdwn } from './slack-text.ts';

type Block = types.KnownBlock;

/** Button action ids on a review card; the button's value is the flag id. */
export const CARD_ACTIONS = {
  confirm: 'hs_confirm',
  dismiss: 'hs_dismiss',
  warn: 'hs_warn',
  check_in: 'hs_check_in',
  restrict: 'hs_restrict',
  context: 'hs_context',
} as const;
export const STEP_OF_ACTION: Record<string, LadderStep> = { [CARD_ACTIONS.warn]: 'warn', [CARD_ACTIONS.check_in]: 'check_in', [CARD_ACTIONS.restrict]: 'restrict' };
export const DISMISS_VIEW = 'hs_dismiss_reason';
export const DISMISS_BLOCK = 'reason';
export const DISMISS_INPUT = 'reason_input';

/** Section text is capped at 3000 characters by Slack. */
const MAX_SECTION = 2900;

const clip = (s: string, n = MAX_SECTION) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const quote = (s: string) => clip(escapeMrkdwn(s)).split('\n').map((l) => `>${l}`).join('\n');
const person = (id: string | null) => (id ? `<@${id}>` : '—');
const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text });
const section = (text: string): Block => ({ type: 'section', text: mrkdwn(clip(text)) });
/** Section fields are capped at 2000 characters each. */
const field = (text: string): types.MrkdwnElement => mrkdwn(clip(text, 1900));

function categoriesLine(card: FlagCard): string {
  return card.categories.map((c) => `${c.category.replace('_', ' ')} ${c.score.toFixed(2)} (threshold ${c.threshold.toFixed(2)})`).join(' · ');
}

function statusLine(card: FlagCard): string {
  const who = card.claimedBy && card.status === 'claimed' ? ` by <@${card.claimedBy}>` : '';
  return `${card.status}${who}${card.outcome ? ` — ${escapeMrkdwn(card.outcome)}` : ''}`;
}

/** Notification text for a card: no excerpt, since notifications show outside the review channel. */
export function cardFallback(card: FlagCard): string {
  return `${card.crisis ? 'CRISIS: ' : ''}Holdspace flag #${card.flagId}: ${card.categories.map((c) => c.category).join(', ')} (${card.status})`;
}

function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return { type: 'button', text: { type: 'plain_text', text }, action_id: actionId, value, ...(style ? { style } : {}) };
}

/** The review card: redacted excerpt, scores against thresholds, why, status, and the therapist's buttons. */
export function cardBlocks(card: FlagCard): Block[] {
  const open = card.status === 'open' || card.status === 'claimed';
  const why = card.categories.map((c) => `*${c.category.replace('_', ' ')}*: ${escapeMrkdwn(c.explanation)}${c.cues.length ? ` (cues: ${c.cues.map((q) => `“${escapeMrkdwn(q)}”`).join(', ')})` : ''}`).join('\n');
  const blocks: Block[] = [
    section(`${card.crisis ? ':rotating_light: *Crisis* · ' : ':triangular_flag_on_post: '}*Flag #${card.flagId}* · ${categoriesLine(card)}`),
    { type: 'section', fields: [
      field(`*Member*\n${person(card.authorId)}`),
      field(`*Aimed at*\n${person(card.targetId)}`),
      field(`*Channel*\n<#${card.channelId}>`),
      field(`*Status*\n${statusLine(card)}`),
    ] },
    section(quote(card.redactedExcerpt)),
  ];
  if (why) blocks.push({ type: 'context', elements: [mrkdwn(clip(why))] });
  const v = card.flagId;
  blocks.push({
    type: 'actions', block_id: `flag:${v}`,
    elements: open
      ? [button('Confirm', CARD_ACTIONS.confirm, v, 'primary'), button('Dismiss', CARD_ACTIONS.dismiss, v, 'danger'), button('Warn', CARD_ACTIONS.warn, v),
          button('Check in', CARD_ACTIONS.check_in, v), button('Restrict', CARD_ACTIONS.restrict, v), button('Context', CARD_ACTIONS.context, v)]
      : [button('Context', CARD_ACTIONS.context, v)],
  });
  return blocks;
}

/** A flag opened by a therapist: the card plus the conversation before it, the history and the suggested step. */
export function detailBlocks(d: FlagDetail): Block[] {
  const context = d.context.length === 0 ? '_No earlier messages kept._'
    : d.context.map((l) => `${person(l.authorId)}${l.flagged ? ' :triangular_flag_on_post:' : ''}: ${l.redacted === null ? '_(removed under the retention policy)_' : escapeMrkdwn(l.redacted.replace(/\s+/g, ' '))}`).join('\n');
  const history = [
    ...d.decisions.map((x) => `• ${escapeMrkdwn(x.decision)} by ${person(x.actor)}${x.reason ? `: ${escapeMrkdwn(x.reason)}` : ''}`),
    ...d.notes.map((n) => `• note by ${person(n.author)}: ${escapeMrkdwn(n.text)}`),
  ].join('\n');
  return [
    ...cardBlocks(d),
    section(`*Before it*\n${context}`),
    section(`*Suggested step:* ${d.suggestedStep ? d.suggestedStep.replace('_', ' ') : 'none'}${history ? `\n*History*\n${history}` : ''}`),
  ];
}

export function listText(cards: readonly FlagCard[]): string {
  if (cards.length === 0) return 'No open flags. :sparkles:';
  return [`*${cards.length} open flag${cards.length === 1 ? '' : 's'}*`, ...cards.map((c) =>
    `• *#${c.flagId}* ${c.crisis ? ':rotating_light: ' : ''}${c.categories.map((x) => `${x.category.replace('_', ' ')} ${x.score.toFixed(2)}`).join(', ')} — ${person(c.authorId)}${c.targetId ? ` → ${person(c.targetId)}` : ''} (${c.status})`)].join('\n');
}

export function historyText(h: MemberHistory): string {
  const lines = h.offences.map((o) => `• flag #${o.flagId}: ${o.categories.join(', ')}${o.step ? ` → ${o.step.replace('_', ' ')}` : ''} (${new Date(o.at).toISOString().slice(0, 16).replace('T', ' ')} UTC, counts until ${new Date(o.expiresAt).toISOString().slice(0, 10)})`);
  return [
    `*${person(h.memberId)}*: ${h.liveOffences} live offence${h.liveOffences === 1 ? '' : 's'}${h.restrictedUntil ? `, restricted until ${new Date(h.restrictedUntil).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}`,
    ...lines,
  ].join('\n');
}

export function previewText(p: ThresholdPreview): string {
  return [
    `*${p.category.replace('_', ' ')}* threshold preview over the last ${p.days} days (${p.scored} messages scored; their text is long gone):`,
    `• at the current ${p.current.toFixed(2)}: ${p.wouldFlagAtCurrent} flagged`,
    `• at ${p.proposed.toFixed(2)}: ${p.wouldFlagAtProposed} flagged`,
    'Nothing was changed. To apply it: `/holdspace config set thresholds.' + p.category + ' ' + p.proposed + '`',
  ].join('\n');
}

export function dismissModal(flagId: string, metadata: string): types.View {
  return {
    type: 'modal', callback_id: DISMISS_VIEW, private_metadata: metadata,
    title: { type: 'plain_text', text: clip(`Dismiss flag #${flagId}`, 24) },
    submit: { type: 'plain_text', text: 'Dismiss' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'section', text: mrkdwn('Dismissing deletes the flagged text at once. The reason stays in the audit trail.') },
      { type: 'input', block_id: DISMISS_BLOCK, label: { type: 'plain_text', text: 'Why is this not a problem?' },
        element: { type: 'plain_text_input', action_id: DISMISS_INPUT, multiline: true, max_length: 1000 } },
    ],
  };
}
