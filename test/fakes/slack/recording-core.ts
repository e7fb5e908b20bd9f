import type { Actor, CoreApi, DecisionResult, FlagDetail, IngestResult, MemberHistory, Permission } from '../../../src/core/api.ts';
import { defaultSettings, type GroupSettings } from '../../../src/config/settings.ts';
import { HoldspaceError } from '../../../src/core/errors.ts';
import type { IncomingMessage, PlatformName } from '../../../src/core/message.ts';
import type { FlagCard, LadderStep } from '../../../src/core/platform.ts';

/**
 * An in-memory CoreApi for testing the adapter's translation on its own: it records what the adapter
 * asked, holds settings per group, and applies the same permission rule as the core (configured roles,
 * or 'platform:admin'), refusing with FORBIDDEN and a userMessage.
 */
export class RecordingCore implements CoreApi {
  readonly ingested: IncomingMessage[] = [];
  readonly deleted: { groupId: string; messageId: string }[] = [];
  readonly decisions: { groupId: string; actor: Actor; flagId: string; decision: 'confirm' | 'dismiss'; step?: LadderStep | 'none' | undefined; reason?: string }[] = [];
  readonly groups = new Map<string, GroupSettings>();
  readonly #seenMessages = new Set<string>();
  cards: FlagCard[] = [];

  async ensureGroup(_platform: PlatformName, groupId: string): Promise<void> {
    if (!this.groups.has(groupId)) this.groups.set(groupId, defaultSettings());
  }

  async ingest(message: IncomingMessage): Promise<IngestResult> {
    const key = `${message.groupId}:${message.messageId}:${message.editedAt ?? 0}`;
    if (this.#seenMessages.has(key)) return { status: 'duplicate' };
    this.#seenMessages.add(key);
    this.ingested.push(message);
    return message.authorIsBot ? { status: 'ignored', reason: 'bot' } : { status: 'queued' };
  }

  readonly left: { groupId: string; memberId: string }[] = [];

  async memberLeft(_platform: PlatformName, groupId: string, memberId: string): Promise<void> {
    this.left.push({ groupId, memberId });
  }

  async messageDeleted(_platform: PlatformName, groupId: string, messageId: string): Promise<void> {
    this.deleted.push({ groupId, messageId });
  }

  async authorize(groupId: string, actor: Actor, need: Permission, what: string): Promise<void> {
    const s = this.groups.get(groupId);
    if (!s) throw new HoldspaceError('NOT_FOUND', `unknown group ${groupId}`, { userMessage: 'Holdspace is not set up in this group yet.' });
    const has = (ids: readonly string[]) => ids.some((r) => actor.roles.includes(r));
    const ok = need === 'admin' ? actor.roles.includes('platform:admin') || has(s.adminRoles) : has(s.therapistRoles);
    if (!ok) throw new HoldspaceError('FORBIDDEN', `${actor.id} lacks ${need} for ${what}`, { userMessage: `Sorry, you need the ${need} role for that.` });
  }

  #card(flagId: string): FlagCard {
    const c = this.cards.find((x) => x.flagId === flagId);
    if (!c) throw new HoldspaceError('NOT_FOUND', `no flag ${flagId}`, { userMessage: `There is no flag #${flagId}.` });
    return c;
  }

  #detail(c: FlagCard): FlagDetail {
    return { ...c, context: [], notes: [], decisions: [], suggestedStep: 'warn', evidenceSources: ['fake'] };
  }

  review = {
    list: async (groupId: string, actor: Actor) => { await this.authorize(groupId, actor, 'therapist', 'list'); return this.cards.filter((c) => c.groupId === groupId); },
    next: async (groupId: string, actor: Actor) => { await this.authorize(groupId, actor, 'therapist', 'next'); const c = this.cards.find((x) => x.status === 'open'); return c ? this.#detail(c) : null; },
    show: async (groupId: string, actor: Actor, flagId: string) => { await this.authorize(groupId, actor, 'therapist', 'show'); return this.#detail(this.#card(flagId)); },
    claim: async (groupId: string, actor: Actor, flagId: string) => { await this.authorize(groupId, actor, 'therapist', 'claim'); return this.#card(flagId); },
    confirm: async (groupId: string, actor: Actor, flagId: string, step?: LadderStep | 'none'): Promise<DecisionResult> => {
      await this.authorize(groupId, actor, 'therapist', 'confirm');
      const card = this.#card(flagId);
      this.decisions.push({ groupId, actor, flagId, decision: 'confirm', step });
      return { card, step: step === 'none' ? null : (step ?? 'warn'), summary: `Confirmed (${step ?? 'ladder'}).` };
    },
    dismiss: async (groupId: string, actor: Actor, flagId: string, reason: string): Promise<DecisionResult> => {
      await this.authorize(groupId, actor, 'therapist', 'dismiss');
      const card = this.#card(flagId);
      this.decisions.push({ groupId, actor, flagId, decision: 'dismiss', reason });
      return { card, step: null, summary: 'Dismissed.' };
    },
    note: async () => {},
    memberHistory: async (groupId: string, actor: Actor, memberId: string): Promise<MemberHistory> => {
      await this.authorize(groupId, actor, 'therapist', 'history');
      return { memberId, liveOffences: 0, offences: [], restrictedUntil: null };
    },
  };

  config = {
    get: async (groupId: string, actor: Actor) => { await this.authorize(groupId, actor, 'admin', 'config.get'); return this.groups.get(groupId) as GroupSettings; },
    set: async (groupId: string, actor: Actor, path: string, value: string) => {
      await this.authorize(groupId, actor, 'admin', 'config.set');
      const s = this.groups.get(groupId) as GroupSettings & Record<string, unknown>;
      if (!(path in s)) throw new HoldspaceError('CONFIG_INVALID', 'unknown', { userMessage: `There is no setting called \`${path}\`.` });
      s[path] = Array.isArray(s[path]) ? value.split(',') : value;
      return s;
    },
    previewThreshold: async (groupId: string, actor: Actor, category: FlagCard['categories'][number]['category'], value: number) => {
      await this.authorize(groupId, actor, 'admin', 'preview');
      return { category, current: 0.5, proposed: value, days: 30, scored: 0, wouldFlagAtCurrent: 0, wouldFlagAtProposed: 0 };
    },
  };

  async privacyNotice(): Promise<string> {
    return 'Holdspace reads messages in monitored channels.';
  }
}

export function fakeCard(over: Partial<FlagCard> = {}): FlagCard {
  return {
    flagId: '7', groupId: 'T0HOLD', channelId: 'C0GENERAL', messageId: '1700000000.000100', authorId: 'U0MEMBER', targetId: 'U0PEER',
    categories: [{ category: 'dismissal', score: 0.8, threshold: 0.5, explanation: 'brushes off feelings', cues: ['get over it'] }],
    crisis: false, redactedExcerpt: 'get over it', status: 'open', claimedBy: null, outcome: null, createdAt: Date.now(), ...over,
  };
}
