import type { DecisionResult, FlagDetail, MemberHistory } from '../core/api.ts';
import type { Category } from '../core/categories.ts';
import type { Clock } from '../core/clock.ts';
import { HoldspaceError } from '../core/errors.ts';
import type { FlagCard, LadderStep } from '../core/platform.ts';
import type { ActionService } from '../escalate/action-service.ts';
import type { EscalationService } from '../escalate/escalation-service.ts';
import { STEP_LABEL, resolvedPurgeAt } from '../escalate/ladder.ts';
import type { AuditRepo } from '../store/audit-repo.ts';
import type { FlagRow, FlagsRepo } from '../store/flags-repo.ts';
import type { GroupsRepo } from '../store/groups-repo.ts';
import type { OffencesRepo } from '../store/offences-repo.ts';
import { toCard } from './card.ts';

/**
 * The therapist review queue. Permission is checked by the caller (CoreApi); every decision and every
 * opening of a flag's evidence is audited here.
 */
export class ReviewService {
  constructor(private readonly deps: {
    flags: FlagsRepo; groups: GroupsRepo; offences: OffencesRepo; audit: AuditRepo;
    escalation: EscalationService; actions: ActionService; clock: Clock;
  }) {}

  list(groupId: string, actorId: string, filter: { category?: Category | undefined; limit?: number | undefined } = {}): FlagCard[] {
    const rows = this.deps.flags.listOpen(groupId, Math.min(filter.limit ?? 25, 100), filter.category);
    this.deps.audit.record({ groupId, actorId, action: 'review.list', detail: { flags: rows.map((r) => r.id), category: filter.category ?? null } });
    return rows.map((r) => toCard(r, this.deps.flags.evidence(r.id)?.excerpt ?? null));
  }

  async next(groupId: string, actorId: string): Promise<FlagDetail | null> {
    const flag = this.deps.flags.claimNext(groupId, actorId);
    if (!flag) return null;
    this.deps.flags.addDecision(flag.id, actorId, 'claim', null, null, this.deps.clock.now());
    await this.#updateCard(flag.id);
    return this.#detail(flag, actorId, 'review.next');
  }

  show(groupId: string, actorId: string, flagId: string): FlagDetail {
    return this.#detail(this.#find(groupId, flagId), actorId, 'evidence.open');
  }

  async claim(groupId: string, actorId: string, flagId: string): Promise<FlagCard> {
    const flag = this.#find(groupId, flagId);
    if (!this.deps.flags.claim(flag.id, actorId)) throw decided(flag);
    this.deps.flags.addDecision(flag.id, actorId, 'claim', null, null, this.deps.clock.now());
    this.deps.audit.record({ groupId, actorId, action: 'review.claim', subject: String(flag.id) });
    await this.#updateCard(flag.id);
    return this.#card(flag.id);
  }

  async confirm(groupId: string, actorId: string, flagId: string, override?: LadderStep | 'none'): Promise<DecisionResult> {
    const flag = this.#find(groupId, flagId);
    const now = this.deps.clock.now();
    const step = override === 'none' ? null : (override ?? this.deps.escalation.suggest(flag));
    const outcome = `confirmed by ${actorId}${step ? `: ${STEP_LABEL[step]}` : ''}`;
    const settings = this.#settings(groupId);
    if (!this.deps.flags.decide(flag.id, 'confirmed', outcome, now, resolvedPurgeAt(settings, now), false)) throw decided(flag);
    this.deps.flags.addDecision(flag.id, actorId, 'confirm', step, null, now);
    this.deps.audit.record({ groupId, actorId, action: 'review.confirm', subject: String(flag.id), detail: { step, override: override ?? null } });
    await this.deps.escalation.apply({ ...flag, status: 'confirmed' }, step);
    await this.#updateCard(flag.id);
    const summary = step === null ? 'Confirmed. No action was taken toward the member.'
      : step === 'warn' ? 'Confirmed. A private warning is on its way to the member.'
      : step === 'check_in' ? (flag.targetId && flag.targetId !== flag.authorId
        ? 'Confirmed. Check-in messages are on their way to the member and to the person they targeted.'
        : 'Confirmed. A check-in message is on its way to the member.')
      : `Confirmed. The member is restricted for ${settings.ladder.restrictHours} h, lifted automatically.`;
    return { card: this.#card(flag.id), step, summary };
  }

  async dismiss(groupId: string, actorId: string, flagId: string, reason: string): Promise<DecisionResult> {
    const flag = this.#find(groupId, flagId);
    const now = this.deps.clock.now();
    const text = reason.trim();
    if (text === '') throw new HoldspaceError('INVALID_INPUT', 'dismissal needs a reason', { userMessage: 'Please give a short reason for dismissing.' });
    // Dismissed flags lose their text at once; the row (without text) stays for the resolved period, for the audit trail.
    if (!this.deps.flags.decide(flag.id, 'dismissed', `dismissed by ${actorId}`, now, resolvedPurgeAt(this.#settings(groupId), now), true)) throw decided(flag);
    this.deps.flags.addDecision(flag.id, actorId, 'dismiss', null, text.slice(0, 1000), now);
    this.deps.audit.record({ groupId, actorId, action: 'review.dismiss', subject: String(flag.id), detail: { reasonChars: text.length } });
    await this.#updateCard(flag.id);
    return { card: this.#card(flag.id), step: null, summary: 'Dismissed. The flagged text has been deleted.' };
  }

  note(groupId: string, actorId: string, flagId: string, text: string): void {
    const flag = this.#find(groupId, flagId);
    if (text.trim() === '') throw new HoldspaceError('INVALID_INPUT', 'empty note', { userMessage: 'The note is empty.' });
    this.deps.flags.addDecision(flag.id, actorId, 'note', null, text.trim().slice(0, 2000), this.deps.clock.now());
    this.deps.audit.record({ groupId, actorId, action: 'review.note', subject: String(flag.id) });
  }

  memberHistory(groupId: string, actorId: string, memberId: string): MemberHistory {
    const now = this.deps.clock.now();
    const live = this.deps.offences.live(groupId, memberId, now);
    this.deps.audit.record({ groupId, actorId, action: 'member.history', subject: memberId });
    const until = this.deps.offences.restrictedUntil(groupId, memberId);
    return {
      memberId,
      liveOffences: live.length,
      offences: live.map((o) => ({ flagId: String(o.flagId), categories: o.categories, at: o.at, step: o.step, expiresAt: o.expiresAt })),
      restrictedUntil: until !== null && until > now ? until : null,
    };
  }

  #detail(flag: FlagRow, actorId: string, auditAction: string): FlagDetail {
    const evidence = this.deps.flags.evidence(flag.id);
    this.deps.audit.record({ groupId: flag.groupId, actorId, action: auditAction, subject: String(flag.id), detail: { evidence: evidence !== null } });
    const decisions = this.deps.flags.decisionsOf(flag.id);
    return {
      ...toCard(flag, evidence?.excerpt ?? null),
      context: evidence?.context ?? [],
      notes: decisions.filter((d) => d.decision === 'note').map((d) => ({ author: d.actorId, text: d.text ?? '', at: d.at })),
      decisions: decisions.filter((d) => d.decision !== 'note').map((d) => ({ actor: d.actorId, decision: d.step ? `${d.decision}: ${d.step}` : d.decision, reason: d.text, at: d.at })),
      suggestedStep: flag.status === 'open' || flag.status === 'claimed' ? this.deps.escalation.suggest(flag) : null,
      evidenceSources: [...new Set(flag.categories.map((c) => c.source))],
    };
  }

  #find(groupId: string, flagId: string): FlagRow {
    const id = Number(String(flagId).replace(/^#/, ''));
    const flag = Number.isInteger(id) ? this.deps.flags.get(id) : undefined;
    if (!flag || flag.groupId !== groupId) {
      throw new HoldspaceError('NOT_FOUND', `no flag ${flagId} in group ${groupId}`, { userMessage: `There is no flag #${flagId} in this group (it may have been removed under the retention policy).` });
    }
    return flag;
  }

  #card(flagId: number): FlagCard {
    const flag = this.deps.flags.get(flagId) as FlagRow;
    return toCard(flag, this.deps.flags.evidence(flagId)?.excerpt ?? null);
  }

  async #updateCard(flagId: number): Promise<void> {
    const flag = this.deps.flags.get(flagId);
    if (!flag) return;
    const n = this.deps.flags.decisionsOf(flagId).length;
    await this.deps.actions.request({
      kind: 'review_card', idempotencyKey: `card:${flagId}:${n}`, groupId: flag.groupId,
      reviewChannelId: this.#settings(flag.groupId).reviewChannelId, card: toCard(flag, null),
    }, flagId);
  }

  #settings(groupId: string) {
    const g = this.deps.groups.find(groupId);
    if (!g) throw new HoldspaceError('NOT_FOUND', `unknown group ${groupId}`);
    return g.settings;
  }
}

function decided(flag: FlagRow): HoldspaceError {
  return new HoldspaceError('CONFLICT', `flag ${flag.id} is already decided`, {
    userMessage: `Flag #${flag.id} has already been decided${flag.outcome ? ` (${flag.outcome})` : ''}.`,
  });
}
