import type { GroupSettings } from '../config/settings.ts';
import type { Category } from './categories.ts';
import type { IncomingMessage, PlatformName } from './message.ts';
import type { FlagCard, LadderStep } from './platform.ts';

/** Who is acting, as the adapter knows them: platform user id and the role / user-group ids they hold. */
export interface Actor {
  id: string;
  roles: readonly string[];
}

export type Permission = 'therapist' | 'admin';

export interface IngestResult {
  /** 'queued' | 'duplicate' (already seen) | 'ignored' (bot, unmonitored channel, review channel) */
  status: 'queued' | 'duplicate' | 'ignored';
  reason?: string;
}

export interface ContextLine {
  authorId: string;
  /** Redacted text of a message before the flagged one, or null once retention removed it. */
  redacted: string | null;
  sentAt: number;
  flagged: boolean;
}

export interface FlagDetail extends FlagCard {
  context: ContextLine[];
  notes: { author: string; text: string; at: number }[];
  decisions: { actor: string; decision: string; reason: string | null; at: number }[];
  /** The ladder step a confirmation would take now, given the member's live offences. */
  suggestedStep: LadderStep | null;
  evidenceSources: string[];
}

export interface MemberHistory {
  memberId: string;
  liveOffences: number;
  offences: { flagId: string; categories: Category[]; at: number; step: LadderStep | null; expiresAt: number }[];
  restrictedUntil: number | null;
}

export interface DecisionResult {
  card: FlagCard;
  /** The ladder step taken (null for dismissals or "confirm, no action"). */
  step: LadderStep | null;
  /** Human-readable summary for the therapist, e.g. "Confirmed. Warning sent to the member." */
  summary: string;
}

export interface ThresholdPreview {
  category: Category;
  current: number;
  proposed: number;
  days: number;
  /** Messages scored in the period (scores only; text is long gone). */
  scored: number;
  wouldFlagAtCurrent: number;
  wouldFlagAtProposed: number;
}

/**
 * What an adapter may ask of the core. Every method takes the group (guild / workspace) and checks the
 * actor's permission itself; a refusal throws HoldspaceError('FORBIDDEN') with a polite userMessage and
 * is audited. Adapters do not decide anything.
 */
export interface CoreApi {
  /** Register (or refresh) a group the bot is in, e.g. on Discord guildAvailable. */
  ensureGroup(platform: PlatformName, groupId: string): Promise<void>;
  ingest(message: IncomingMessage): Promise<IngestResult>;
  /** A member left: their pending context is dropped. */
  memberLeft(platform: PlatformName, groupId: string, memberId: string): Promise<void>;
  /** `channelId` where the platform knows it: a Slack ts is unique only within its channel. */
  messageDeleted(platform: PlatformName, groupId: string, messageId: string, channelId?: string): Promise<void>;

  authorize(groupId: string, actor: Actor, need: Permission, what: string): Promise<void>;

  review: {
    list(groupId: string, actor: Actor, filter?: { category?: Category | undefined; limit?: number | undefined }): Promise<FlagCard[]>;
    /** The highest-priority open flag, claimed for the actor. */
    next(groupId: string, actor: Actor): Promise<FlagDetail | null>;
    /** Opens the evidence: audited as "who looked at what, when". */
    show(groupId: string, actor: Actor, flagId: string): Promise<FlagDetail>;
    claim(groupId: string, actor: Actor, flagId: string): Promise<FlagCard>;
    /** Confirm; `step` overrides the ladder ('none' confirms without acting on the member). */
    confirm(groupId: string, actor: Actor, flagId: string, step?: LadderStep | 'none'): Promise<DecisionResult>;
    dismiss(groupId: string, actor: Actor, flagId: string, reason: string): Promise<DecisionResult>;
    note(groupId: string, actor: Actor, flagId: string, text: string): Promise<void>;
    memberHistory(groupId: string, actor: Actor, memberId: string): Promise<MemberHistory>;
  };

  config: {
    get(groupId: string, actor: Actor): Promise<GroupSettings>;
    /** `path` is dotted (thresholds.dismissal, ladder.restrictHours); `value` is parsed from text. */
    set(groupId: string, actor: Actor, path: string, value: string): Promise<GroupSettings>;
    previewThreshold(groupId: string, actor: Actor, category: Category, value: number): Promise<ThresholdPreview>;
  };

  /** What members are told: what is monitored, what is kept and for how long. No permission needed. */
  privacyNotice(groupId: string): Promise<string>;
}
