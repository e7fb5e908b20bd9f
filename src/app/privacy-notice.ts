import type { GroupSettings } from '../config/settings.ts';
import { EVIDENCE_CONTEXT_LINES } from '../classify/judge-service.ts';

/** What members are told, generated from the group's live settings so it is never out of date. */
export function privacyNotice(s: GroupSettings): string {
  const channels = s.monitoredChannels.length === 0 ? 'every channel the bot can read' : `${s.monitoredChannels.length} monitored channel(s)`;
  const automatic = s.ladder.automatic.length === 0
    ? 'Nothing happens to a member until a therapist has read the flag and decided.'
    : `This group lets the bot take these steps before a therapist decides: ${s.ladder.automatic.join(', ')}. A therapist still reviews every flag.`;
  return [
    '**How Holdspace looks after this group**',
    `• What is read: messages in ${channels}, by an automatic classifier that looks for gaslighting, dismissal and ` +
      'blame-shifting aimed at other members, private details (contact details, identifiers, other people\'s health details) and signs of crisis.',
    `• What is kept: a message that is not flagged is deleted once it is out of the recent conversation (the last ${s.context.messages} messages, ` +
      `at most ${s.context.minutes} minutes). Only a score without any text is kept for ${s.retention.scoreDays} days, to tune the thresholds.`,
    `• Flagged messages: kept encrypted, with private details blanked out, together with up to ${EVIDENCE_CONTEXT_LINES} messages before them, ` +
      `for the therapists to review. A dismissed flag loses its text at once; others are deleted ${s.retention.resolvedFlagDays} days after the decision.`,
    `• Who decides: ${automatic} Steps are a private message, a check-in with a therapist, and a pause of ${s.ladder.restrictHours} h. ` +
      `Confirmed concerns count for ${s.ladder.offenceDecayDays} days.`,
    '• Crisis: a message that suggests someone is in danger alerts the therapists at once' +
      (s.crisis.autoSendResources ? ', and the member is sent crisis resources straight away.' : '.'),
    '• Never: message text is never written to logs and never sent to an outside service with private details in it.',
  ].join('\n');
}
