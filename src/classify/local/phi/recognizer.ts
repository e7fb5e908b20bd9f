import type { PhiSpan, } from '../../../core/classifier.ts';
import type { PhiType } from '../../../core/categories.ts';
import type { MessageView } from '../text/message-view.ts';

/**
 * One kind of identifier. `find` sees the spans the recognizers before it found, so context-dependent
 * ones (third-party health details, ZIP after an address) can build on them. Registry: ./registry.ts.
 */
export interface PhiRecognizer {
  readonly id: string;
  readonly types: readonly PhiType[];
  find(view: MessageView, found: readonly PhiSpan[]): PhiSpan[];
}

/** A span trimmed of surrounding whitespace and trailing punctuation that is not part of the identifier. */
export function span(text: string, start: number, end: number, type: PhiType): PhiSpan | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && trailing(text.charCodeAt(end - 1))) {
    // keep a closing parenthesis that has its opening one inside the span: (312) 555-0164 ends in a digit anyway
    end--;
  }
  return end > start ? { start, end, type } : null;
}

/** /\s/ on one UTF-16 unit, without a one-character string per test (checked against /\s/ on every unit by a test). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [\s.,;:!?)\]}'"\u201d\u2019]: punctuation that ends a sentence around an identifier, not the identifier. */
export function trailing(c: number): boolean {
  return isSpace(c) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 || c === 39 || c === 34 || c === 0x201d || c === 0x2019;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function push(out: PhiSpan[], s: PhiSpan | null): void {
  if (s) out.push(s);
}

/**
 * Spans sorted by start, for overlap queries in O(log n): a 100 kB message can hold thousands of spans,
 * and a linear scan per candidate would make recognizers quadratic.
 */
export class SpanIndex {
  private readonly sorted: PhiSpan[];
  private readonly maxEndBefore: number[];

  constructor(spans: readonly PhiSpan[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.maxEndBefore = [];
    let max = -1;
    for (const s of this.sorted) { max = Math.max(max, s.end); this.maxEndBefore.push(max); }
  }

  overlaps(s: { start: number; end: number }): boolean {
    // Last span starting before s.end; any overlap must start before s.end and end after s.start.
    let lo = 0, hi = this.sorted.length - 1, at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid]?.start ?? 0) < s.end) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return at >= 0 && (this.maxEndBefore[at] ?? -1) > s.start;
  }
}

/**
 * The matches of a global regex in `text`, exactly as `text.matchAll(re)` yields them, without the copy of the
 * regex matchAll makes on every call (≈0.4 µs: most of a short message's PHI time went to those copies).
 * Starts at 0 and leaves `lastIndex` at 0, so the recognizers' regexes must not be used with `test`/`exec`
 * elsewhere; an empty match advances one character (a code point in unicode mode), as matchAll does.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
