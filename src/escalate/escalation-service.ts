import type { Clock } from '../core/clock.ts';
import type { LadderStep } from '../core/platform.ts';
import type { FlagRow, FlagsRepo } from '../store/flags-repo.ts';
import type { GroupsRepo } from '../store/groups-repo.ts';
import type { OffencesRepo } from '../store/offences-repo.ts';
import type { ActionService } from './action-service.ts';
import { countsAsOffence, nextStep, offenceExpiry, restrictUntil } from './ladder.ts';
import { checkInText, restrictText, supportText, warningText } from './notices.ts';

/** Turns a confirmed flag into an offence and the ladder step's platform actions. */
export class EscalationService {
  constructor(private readonly deps: { flags: FlagsRepo; groups: GroupsRepo; offences: OffencesRepo; actions: ActionService; clock: Clock }) {}

  /** The step a confirmation would take now; null when the flag does not climb the ladder. */
  suggest(flag: FlagRow): LadderStep | null {
    const categories = flag.categories.map((c) => c.category);
    if (!countsAsOffence(categories)) return null;
    const settings = this.#settings(flag.groupId);
    const live = this.deps.offences.live(flag.groupId, flag.authorId, this.deps.clock.now()).filter((o) => o.flagId !== flag.id);
    return nextStep(settings, live.length);
  }

  /**
   * Records the offence and requests the step's actions. Safe to call again for the same flag: the offence
   * is unique per flag and every action has a key derived from the flag and step.
   */
  async apply(flag: FlagRow, step: LadderStep | null): Promise<void> {
    const now = this.deps.clock.now();
    const settings = this.#settings(flag.groupId);
    const categories = flag.categories.map((c) => c.category);
    if (countsAsOffence(categories)) {
      this.deps.offences.record({ groupId: flag.groupId, memberId: flag.authorId, flagId: flag.id, categories, step, at: now, expiresAt: offenceExpiry(settings, now) });
    }
    if (step === null) return;
    const excerpt = this.deps.flags.evidence(flag.id)?.excerpt ?? '';
    const key = `flag:${flag.id}:${step}`;
    const base = { groupId: flag.groupId, fallbackChannelId: flag.channelId };
    switch (step) {
      case 'warn':
        await this.deps.actions.request({ kind: 'dm', idempotencyKey: `${key}:author`, ...base, memberId: flag.authorId, purpose: 'warn', text: warningText(categories, excerpt) }, flag.id);
        break;
      case 'check_in':
        await this.deps.actions.request({ kind: 'dm', idempotencyKey: `${key}:author`, ...base, memberId: flag.authorId, purpose: 'check_in', text: checkInText(categories, excerpt) }, flag.id);
        if (flag.targetId && flag.targetId !== flag.authorId) {
          await this.deps.actions.request({ kind: 'dm', idempotencyKey: `${key}:target`, ...base, memberId: flag.targetId, purpose: 'support', text: supportText() }, flag.id);
        }
        break;
      case 'restrict': {
        const until = restrictUntil(settings, now);
        await this.deps.actions.request({ kind: 'restrict', idempotencyKey: `${key}:restrict`, groupId: flag.groupId, memberId: flag.authorId, channelId: flag.channelId, until, reason: `Holdspace flag #${flag.id}` }, flag.id);
        await this.deps.actions.request({ kind: 'dm', idempotencyKey: `${key}:author`, ...base, memberId: flag.authorId, purpose: 'warn', text: restrictText(settings.ladder.restrictHours, excerpt) }, flag.id);
        await this.deps.actions.request({ kind: 'unrestrict', idempotencyKey: `${key}:unrestrict`, groupId: flag.groupId, memberId: flag.authorId, channelId: flag.channelId }, flag.id, until);
        break;
      }
    }
  }

  #settings(groupId: string) {
    const group = this.deps.groups.find(groupId);
    if (!group) throw new Error(`unknown group ${groupId}`);
    return group.settings;
  }
}
