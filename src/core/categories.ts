/** The labels of shared/eval/LABELING.md. The order is the display order. */
export const CATEGORIES = ['gaslighting', 'dismissal', 'blame_shifting', 'phi', 'crisis'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Manipulation categories are aimed at another member; phi and crisis are not. */
export const MANIPULATION: readonly Category[] = ['gaslighting', 'dismissal', 'blame_shifting'];

export const PHI_TYPES = [
  'NAME', 'ADDRESS', 'ZIP', 'DATE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT',
  'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'HANDLE', 'HEALTH_INFO',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

export type Scores = Record<Category, number>;

export function zeroScores(): Scores {
  return { gaslighting: 0, dismissal: 0, blame_shifting: 0, phi: 0, crisis: 0 };
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}
