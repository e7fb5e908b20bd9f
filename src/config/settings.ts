import { z } from 'zod';

/**
 * Per-group settings, stored in the database and changed only through SettingsService (which audits).
 * Every default is a named value here, so no library default decides how long data lives.
 */
export const DEFAULT_THRESHOLDS = { gaslighting: 0.5, dismissal: 0.5, blame_shifting: 0.5, phi: 0.5, crisis: 0.4 } as const;
export const DEFAULT_CONTEXT_MESSAGES = 20;
export const DEFAULT_CONTEXT_MINUTES = 30;
export const DEFAULT_RESOLVED_FLAG_RETENTION_DAYS = 30;
export const DEFAULT_SCORE_RETENTION_DAYS = 30;
export const DEFAULT_AUDIT_RETENTION_DAYS = 365;
export const DEFAULT_OFFENCE_DECAY_DAYS = 30;
export const DEFAULT_RESTRICT_HOURS = 24;
export const DEFAULT_PATTERN_WINDOW_HOURS = 24;
export const DEFAULT_PATTERN_MIN_SIGNALS = 3;

const unit = z.number().min(0).max(1);
const ladderStep = z.enum(['warn', 'check_in', 'restrict']);

export const groupSettingsSchema = z.object({
  thresholds: z.object({
    gaslighting: unit.default(DEFAULT_THRESHOLDS.gaslighting),
    dismissal: unit.default(DEFAULT_THRESHOLDS.dismissal),
    blame_shifting: unit.default(DEFAULT_THRESHOLDS.blame_shifting),
    phi: unit.default(DEFAULT_THRESHOLDS.phi),
    crisis: unit.default(DEFAULT_THRESHOLDS.crisis),
  }).prefault({}),
  context: z.object({
    messages: z.number().int().min(1).max(200).default(DEFAULT_CONTEXT_MESSAGES),
    minutes: z.number().int().min(1).max(24 * 60).default(DEFAULT_CONTEXT_MINUTES),
  }).prefault({}),
  retention: z.object({
    /** Confirmed or resolved flags keep their (encrypted) evidence this long after the decision. */
    resolvedFlagDays: z.number().int().min(0).max(3650).default(DEFAULT_RESOLVED_FLAG_RETENTION_DAYS),
    /** Per-message category scores, without text, for threshold previews. */
    scoreDays: z.number().int().min(0).max(365).default(DEFAULT_SCORE_RETENTION_DAYS),
    auditDays: z.number().int().min(30).max(3650).default(DEFAULT_AUDIT_RETENTION_DAYS),
  }).prefault({}),
  ladder: z.object({
    steps: z.array(ladderStep).min(1).max(10).default(['warn', 'check_in', 'restrict']),
    offenceDecayDays: z.number().int().min(1).max(365).default(DEFAULT_OFFENCE_DECAY_DAYS),
    restrictHours: z.number().min(0.25).max(24 * 28).default(DEFAULT_RESTRICT_HOURS),
    /** Steps an admin lets the bot take without a therapist's confirmation. Empty by default: a human decides. */
    automatic: z.array(ladderStep).default([]),
  }).prefault({}),
  pattern: z.object({
    windowHours: z.number().min(1).max(24 * 14).default(DEFAULT_PATTERN_WINDOW_HOURS),
    minSignals: z.number().int().min(2).max(50).default(DEFAULT_PATTERN_MIN_SIGNALS),
    /** A sub-threshold signal counts toward a pattern when its score is at least this share of the threshold. */
    signalRatio: z.number().min(0.1).max(1).default(0.5),
  }).prefault({}),
  /** Empty means every channel the bot can read. */
  monitoredChannels: z.array(z.string()).default([]),
  reviewChannelId: z.string().nullable().default(null),
  therapistRoles: z.array(z.string()).default([]),
  adminRoles: z.array(z.string()).default([]),
  onCallRole: z.string().nullable().default(null),
  crisis: z.object({
    /** Send the member the crisis resources at once, before review. */
    autoSendResources: z.boolean().default(false),
    resources: z.string().max(2000).default(
      'If you are in danger or thinking about ending your life, please reach out now: call or text 988 (US), ' +
      'call your local emergency number, or find a line at https://findahelpline.com. A therapist has been alerted.'),
  }).prefault({}),
  phi: z.object({
    /** Remove a PHI disclosure from the group and DM the member why (redacted). */
    hideDisclosures: z.boolean().default(false),
  }).prefault({}),
});

export type GroupSettings = z.infer<typeof groupSettingsSchema>;

export function defaultSettings(): GroupSettings {
  return groupSettingsSchema.parse({});
}
