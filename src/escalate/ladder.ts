import type { GroupSettings } from '../config/settings.ts';
import { MANIPULATION, type Category } from '../core/categories.ts';
import type { LadderStep } from '../core/platform.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Only manipulation aimed at another member climbs the ladder; PHI and crisis flags are cared for, not punished. */
export function countsAsOffence(categories: readonly Category[]): boolean {
  return categories.some((c) => MANIPULATION.includes(c));
}

/** The step for a member's next confirmed offence, given how many live ones they already have. */
export function nextStep(settings: GroupSettings, liveOffences: number): LadderStep {
  const steps = settings.ladder.steps;
  return steps[Math.min(liveOffences, steps.length - 1)] as LadderStep;
}

export function offenceExpiry(settings: GroupSettings, at: number): number {
  return at + settings.ladder.offenceDecayDays * DAY_MS;
}

export function restrictUntil(settings: GroupSettings, at: number): number {
  return at + Math.round(settings.ladder.restrictHours * 60 * 60 * 1000);
}

export function resolvedPurgeAt(settings: GroupSettings, at: number): number {
  return at + settings.retention.resolvedFlagDays * DAY_MS;
}

export const STEP_LABEL: Record<LadderStep, string> = { warn: 'warning', check_in: 'check-in', restrict: 'restriction' };
