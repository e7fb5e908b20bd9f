import type { Category } from './categories.ts';
import type { PlatformName } from './message.ts';

/** What a review card shows: redacted text only, never the original. */
export interface FlagCard {
  flagId: string;
  groupId: string;
  channelId: string;
  /** Platform id of the flagged message, for "jump to" links and hiding. */
  messageId: string;
  authorId: string;
  targetId: string | null;
  categories: { category: Category; score: number; threshold: number; explanation: string; cues: string[] }[];
  crisis: boolean;
  redactedExcerpt: string;
  status: FlagStatus;
  claimedBy: string | null;
  /** The last decision, when there is one, e.g. "confirmed by u9: warn". */
  outcome: string | null;
  createdAt: number;
}

export type FlagStatus = 'open' | 'claimed' | 'confirmed' | 'dismissed' | 'resolved';

export type LadderStep = 'warn' | 'check_in' | 'restrict';

/**
 * Everything the core asks a platform to do. Each carries an idempotency key: an adapter that is asked
 * twice with the same key must not act twice where the platform lets it tell (Discord message nonce,
 * a remembered key), and the core never asks again once an action is recorded as done.
 */
export type PlatformAction =
  | { kind: 'dm'; idempotencyKey: string; groupId: string; memberId: string; text: string;
      /** Where to fall back (ephemeral / private thread) when the member's DMs are closed. */
      fallbackChannelId?: string | undefined;
      purpose: 'warn' | 'check_in' | 'support' | 'phi_hidden' | 'crisis_resources' }
  | { kind: 'restrict'; idempotencyKey: string; groupId: string; memberId: string; channelId?: string | undefined; until: number; reason: string }
  | { kind: 'unrestrict'; idempotencyKey: string; groupId: string; memberId: string; channelId?: string | undefined }
  | { kind: 'hide_message'; idempotencyKey: string; groupId: string; channelId: string; messageId: string }
  /** Post the card in the review channel, or update it in place when `cardRef` is set. */
  | { kind: 'review_card'; idempotencyKey: string; groupId: string; reviewChannelId: string | null; card: FlagCard; cardRef?: string | undefined }
  /** A crisis flag: ping the on-call role at once. */
  | { kind: 'crisis_alert'; idempotencyKey: string; groupId: string; reviewChannelId: string | null; onCallRole: string | null; card: FlagCard }
  /** A plain notice in the review channel (e.g. a missing permission). */
  | { kind: 'review_notice'; idempotencyKey: string; groupId: string; reviewChannelId: string | null; text: string };

export type ActionKind = PlatformAction['kind'];

export interface ActionReceipt {
  /** A reference the platform gave back (message id of a posted card), kept for later updates. */
  ref?: string | undefined;
  /** How it was delivered, e.g. "dm", "fallback-thread", "skipped: no review channel". */
  via?: string | undefined;
}

/**
 * The port every platform adapter implements. Adapters translate and acknowledge; the core decides.
 * `perform` throws a `PlatformError` (src/core/errors.ts) whose `retryable` tells the core whether to retry.
 */
export interface Platform {
  readonly name: PlatformName;
  perform(action: PlatformAction): Promise<ActionReceipt>;
}
