import type { Actor, CoreApi, Permission } from '../core/api.ts';
import { isCategory } from '../core/categories.ts';
import type { Clock } from '../core/clock.ts';
import { HoldspaceError } from '../core/errors.ts';
import type { SettingsService } from '../config/settings-service.ts';
import type { IngestService } from '../ingest/ingest-service.ts';
import type { ReviewService } from '../review/review-service.ts';
import type { AuditRepo } from '../store/audit-repo.ts';
import type { GroupsRepo } from '../store/groups-repo.ts';
import type { MessagesRepo } from '../store/messages-repo.ts';
import type { ScoresRepo } from '../store/scores-repo.ts';
import { allowed, refusal } from './permissions.ts';
import { privacyNotice } from './privacy-notice.ts';

const DAY_MS = 86_400_000;
export const PREVIEW_DAYS = 30;

/** The facade adapters call: checks permission (auditing refusals), then hands over to a service. */
export function createCoreApi(deps: {
  groups: GroupsRepo; messages: MessagesRepo; scores: ScoresRepo; audit: AuditRepo;
  ingest: IngestService; review: ReviewService; settings: SettingsService; clock: Clock;
}): CoreApi {
  const { groups, review, settings } = deps;

  const authorize = async (groupId: string, actor: Actor, need: Permission, what: string): Promise<void> => {
    const group = groups.find(groupId);
    if (!group) throw new HoldspaceError('NOT_FOUND', `unknown group ${groupId}`, { userMessage: 'Holdspace is not set up in this group yet.' });
    if (allowed(group.settings, actor, need)) return;
    deps.audit.record({ groupId, actorId: actor.id, action: 'permission.refused', subject: what, detail: { need } });
    throw new HoldspaceError('FORBIDDEN', `${actor.id} lacks ${need} for ${what}`, { userMessage: refusal(need) });
  };

  return {
    async ensureGroup(platform, groupId) { groups.ensure(platform, groupId); },
    ingest: (m) => deps.ingest.ingest(m),
    async memberLeft(_platform, groupId, memberId) { deps.messages.deleteByAuthor(groupId, memberId); },
    async messageDeleted(_platform, groupId, messageId, channelId) { deps.messages.deleteByPlatformId(groupId, messageId, channelId); },
    authorize,
    review: {
      async list(groupId, actor, filter) { await authorize(groupId, actor, 'therapist', 'review.list'); return review.list(groupId, actor.id, filter); },
      async next(groupId, actor) { await authorize(groupId, actor, 'therapist', 'review.next'); return review.next(groupId, actor.id); },
      async show(groupId, actor, flagId) { await authorize(groupId, actor, 'therapist', 'review.show'); return review.show(groupId, actor.id, flagId); },
      async claim(groupId, actor, flagId) { await authorize(groupId, actor, 'therapist', 'review.claim'); return review.claim(groupId, actor.id, flagId); },
      async confirm(groupId, actor, flagId, step) { await authorize(groupId, actor, 'therapist', 'review.confirm'); return review.confirm(groupId, actor.id, flagId, step); },
      async dismiss(groupId, actor, flagId, reason) { await authorize(groupId, actor, 'therapist', 'review.dismiss'); return review.dismiss(groupId, actor.id, flagId, reason); },
      async note(groupId, actor, flagId, text) { await authorize(groupId, actor, 'therapist', 'review.note'); review.note(groupId, actor.id, flagId, text); },
      async memberHistory(groupId, actor, memberId) { await authorize(groupId, actor, 'therapist', 'member.history'); return review.memberHistory(groupId, actor.id, memberId); },
    },
    config: {
      async get(groupId, actor) { await authorize(groupId, actor, 'admin', 'config.get'); return settings.get(groupId); },
      async set(groupId, actor, path, value) { await authorize(groupId, actor, 'admin', 'config.set'); return settings.set(groupId, actor.id, path, value); },
      async previewThreshold(groupId, actor, category, value) {
        await authorize(groupId, actor, 'admin', 'threshold.preview');
        if (!isCategory(category)) throw new HoldspaceError('INVALID_INPUT', `unknown category ${category}`, { userMessage: `Unknown category \`${category}\`.` });
        if (!(value >= 0 && value <= 1)) throw new HoldspaceError('INVALID_INPUT', 'threshold out of range', { userMessage: 'A threshold is a number from 0 to 1.' });
        const current = settings.get(groupId).thresholds[category];
        const since = deps.clock.now() - PREVIEW_DAYS * DAY_MS;
        const r = deps.scores.preview(groupId, category, since, current, value);
        deps.audit.record({ groupId, actorId: actor.id, action: 'threshold.preview', subject: category, detail: { value } });
        return { category, current, proposed: value, days: PREVIEW_DAYS, scored: r.scored, wouldFlagAtCurrent: r.atCurrent, wouldFlagAtProposed: r.atProposed };
      },
    },
    async privacyNotice(groupId) {
      const group = groups.find(groupId);
      return privacyNotice(group?.settings ?? settings.defaults());
    },
  };
}
