import type { FlagCard } from '../core/platform.ts';
import type { FlagRow } from '../store/flags-repo.ts';

/** The card a platform shows for a flag: redacted excerpt, scores against thresholds, status. */
export function toCard(flag: FlagRow, excerpt: string | null): FlagCard {
  return {
    flagId: String(flag.id),
    groupId: flag.groupId,
    channelId: flag.channelId,
    messageId: flag.platformMessageId,
    authorId: flag.authorId,
    targetId: flag.targetId,
    categories: flag.categories.map((c) => ({ category: c.category, score: c.score, threshold: c.threshold, explanation: c.explanation, cues: c.cues })),
    crisis: flag.crisis,
    redactedExcerpt: excerpt ?? '(evidence removed under the retention policy)',
    status: flag.status,
    claimedBy: flag.claimedBy,
    outcome: flag.outcome,
    createdAt: flag.createdAt,
  };
}
