import type { Detector } from './detector.ts';
import { blameShiftingDetector } from './detectors/blame-shifting.ts';
import { crisisDetector } from './detectors/crisis.ts';
import { dismissalDetector } from './detectors/dismissal.ts';
import { gaslightingDetector } from './detectors/gaslighting.ts';
import { phiDetector } from './detectors/phi.ts';

/** Every detector the local classifier runs, one line each. */
export const DETECTORS: readonly Detector<any>[] = [
  gaslightingDetector,
  dismissalDetector,
  blameShiftingDetector,
  phiDetector,
  crisisDetector,
];
