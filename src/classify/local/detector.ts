import type { z } from 'zod';
import type { Category } from '../../core/categories.ts';
import type { PhiSpan } from '../../core/classifier.ts';
import type { MessageView } from './text/message-view.ts';

/** What a detector found: a score in [0, 1], the cues that fired, spans where it has them, and why. */
export interface DetectorMatch {
  score: number;
  cues: string[];
  explanation: string;
  spans?: PhiSpan[];
}

/**
 * A registered blueprint (STYLE.md habit 4): one small file per detector with its config schema and a
 * `match()` that returns evidence. Adding a category or a language is one file and one registry line.
 */
export interface Detector<C = unknown> {
  readonly id: string;
  readonly version: number;
  readonly category: Category;
  readonly configSchema: z.ZodType<C>;
  readonly defaults: C;
  /**
   * 'full': sees the whole message (PHI must be found everywhere to be redacted). Default 'head': sees the
   * first ANALYSIS_CHARS characters with sentence structure; tone and risk are read there.
   */
  readonly scope?: 'head' | 'full';
  match(view: MessageView, config: C): DetectorMatch;
}

export function defineDetector<C>(detector: Detector<C>): Detector<C> {
  return detector;
}

export const NO_MATCH: DetectorMatch = Object.freeze({ score: 0, cues: [], explanation: '' }) as DetectorMatch;
