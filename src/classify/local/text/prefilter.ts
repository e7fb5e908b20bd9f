import { KeywordIndex } from './keyword-index.ts';
/**
 * Derives, from a regex's source, a set of literal substrings at least one of which every match must
 * contain (the idea of RE2's and codesearch's prefilters). `text.includes(k)` for a handful of keys costs
 * nanoseconds, so a cue regex only runs on messages that could match it. Handles the regex subset the
 * detectors use (literals, escapes, classes, groups, lookarounds, alternation, quantifiers); anything it
 * does not understand yields `null` (no prefilter), which is always safe.
 */
type Info = { exact: Set<string> } | { any: Set<string> | null };

const MAX_SET = 32;
/** Keys are cut to this many characters: selective enough, and the automaton stays cache-sized. */
const MAX_KEY = 8;

export function requiredLiterals(source: string): string[] | null {
  try {
    const p = new Parser(source);
    const info = p.alternation();
    if (p.i !== source.length) return null;
    const any = toAny(info);
    if (!any || any.size === 0) return null;
    const keys = [...any];
    if (keys.some((k) => k.length < 2)) return null;
    // A substring of a required literal is required too: shorter keys keep the automaton small.
    return minimise(keys.map((k) => k.slice(0, MAX_KEY)));
  } catch {
    return null;
  }
}

/** Drops keys that contain another key: "remember" is implied by "rememb". */
function minimise(keys: string[]): string[] {
  const sorted = [...new Set(keys)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const k of sorted) if (!out.some((o) => k.includes(o))) out.push(k);
  return out;
}

function toAny(info: Info): Set<string> | null {
  if ('exact' in info) {
    if (info.exact.has('')) return null;
    return info.exact;
  }
  return info.any;
}

function minLen(set: Set<string> | null): number {
  if (!set || set.size === 0) return 0;
  let m = Infinity;
  for (const s of set) m = Math.min(m, s.length);
  return m;
}

/**
 * Of two "any" sets that are both required, keep the more selective: the longest shortest key, then fewer
 * keys. (Keys are found by one automaton pass, so how many there are costs nothing at match time.)
 */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  const la = minLen(a), lb = minLen(b);
  if (la !== lb) return la > lb ? a : b;
  if (!a) return b;
  if (!b) return a;
  return a.size <= b.size ? a : b;
}

const EMPTY: Info = { exact: new Set(['']) };
const UNKNOWN: Info = { any: null };

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): Info {
    const alts: Info[] = [this.sequence()];
    while (this.s[this.i] === '|') { this.i++; alts.push(this.sequence()); }
    if (alts.length === 1) return alts[0] ?? UNKNOWN;
    if (alts.every((a) => 'exact' in a)) {
      const u = new Set<string>();
      for (const a of alts) for (const x of (a as { exact: Set<string> }).exact) u.add(x);
      if (u.size <= MAX_SET) return { exact: u };
    }
    const u = new Set<string>();
    for (const a of alts) {
      const any = toAny(a);
      if (!any) return UNKNOWN;
      for (const x of any) u.add(x);
    }
    return { any: u };
  }

  sequence(): Info {
    let exact: Set<string> | null = new Set(['']);
    let best: Set<string> | null = null;
    let exactOnly = true;
    const flush = () => { if (exact) best = better(best, toAny({ exact })); exact = null; };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.quantified();
      if ('exact' in atom) {
        // The atom alone is required too, and often cheaper to check than the run it extends.
        best = better(best, toAny(atom));
        if (exact) {
          const next = new Set<string>();
          for (const a of exact) for (const b of atom.exact) next.add(a + b);
          if (next.size <= MAX_SET) { exact = next; continue; }
          exactOnly = false;
          flush();
        }
        exact = new Set(atom.exact);
      } else {
        exactOnly = false;
        flush();
        best = better(best, atom.any);
      }
    }
    if (exact && exactOnly) return { exact };
    flush();
    return { any: best };
  }

  quantified(): Info {
    const atom = this.atom();
    const c = this.s[this.i];
    let min = 1, max = 1;
    if (c === '?') { min = 0; this.i++; }
    else if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { max = Infinity; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
      this.i += m[0].length;
    } else {
      return atom;
    }
    if (this.s[this.i] === '?') this.i++; // lazy
    if (min === 0) {
      if ('exact' in atom && max === 1) return { exact: new Set([...atom.exact, '']) };
      return UNKNOWN;
    }
    if (min === 1 && max === 1) return atom;
    return { any: toAny(atom) };
  }

  atom(): Info {
    const c = this.s[this.i];
    if (c === undefined) throw new Error('end');
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (this.s[this.i] === '?') {
        const head = this.s.slice(this.i, this.i + 3);
        if (head.startsWith('?:')) this.i += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) { this.i += 2; lookaround = true; }
        else if (head === '?<=' || head === '?<!') { this.i += 3; lookaround = true; }
        else throw new Error('unsupported group');
      }
      const inner = this.alternation();
      if (this.s[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') {
      // A class is a single unknown character; skip to its closing bracket.
      this.i++;
      if (this.s[this.i] === '^') this.i++;
      if (this.s[this.i] === ']') this.i++;
      while (this.i < this.s.length && this.s[this.i] !== ']') { if (this.s[this.i] === '\\') this.i++; this.i++; }
      this.i++;
      return UNKNOWN;
    }
    if (c === '^' || c === '$') { this.i++; return EMPTY; }
    if (c === '.') { this.i++; return UNKNOWN; }
    if (c === '\\') {
      const n = this.s[this.i + 1];
      if (n === undefined) throw new Error('bad escape');
      this.i += 2;
      if (n === 'b' || n === 'B') return EMPTY;
      if ('dDwWsStrnfv0'.includes(n)) return UNKNOWN;
      if (n === 'u' || n === 'x' || n === 'p' || n === 'P' || n === 'c' || n === 'k') {
        if (this.s[this.i] === '{') { while (this.i < this.s.length && this.s[this.i] !== '}') this.i++; this.i++; }
        else this.i += n === 'x' ? 2 : n === 'u' ? 4 : n === 'c' ? 1 : 0;
        return UNKNOWN;
      }
      if (/[1-9]/.test(n)) return UNKNOWN;
      return { exact: new Set([n]) };
    }
    if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+' || c === '{') throw new Error(`unexpected ${c}`);
    this.i++;
    return { exact: new Set([c]) };
  }
}

/**
 * The keys of every gate in one automaton, so that a message is scanned once however many detectors gate on
 * it (each set of gates used to make its own pass, a quarter of the classifier's time). Gates made before the
 * first scan share it; one made later (a test) gets an automaton of its own, so the shared one is never
 * rebuilt on the hot path.
 */
class KeyScanner {
  private readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  private index: KeywordIndex | null = null;
  private found = new Uint8Array(0);
  /** The ids found in `text`, each once. */
  private readonly list: number[] = [];
  /** The text last scanned, kept only inside a scan scope (one classification): never beyond it. */
  private text: string | null = null;
  /**
   * Gates of up to 30 items, answered as bit masks: registered before the first scan, and all worked out in the
   * scan's one pass over the keys it found (a dozen gates are read per message, and each used to walk the found
   * keys itself). gateMasks[slot] is the answer of gate `slot` for the text last scanned.
   */
  private readonly maskGates: Int32Array[] = [];
  private readonly alwaysMasks: number[] = [];
  private initialMasks = new Int32Array(0);
  gateMasks = new Int32Array(0);
  /** key id → (slot, bits) pairs of the mask gates it opens: slots[byKeyStart[id], byKeyStart[id + 1]). */
  private byKeyStart = new Int32Array(1);
  private byKeySlot = new Int32Array(0);
  private byKeyBits = new Int32Array(0);

  get sealed(): boolean {
    return this.index !== null;
  }

  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.index) throw new Error('KeyScanner: keys added after the first scan');
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
    }
    return id;
  }

  /** A gate answered by gateMasks[slot]: `masks[id]` the items key `id` opens, `always` those that always run. */
  addMaskGate(masks: Int32Array, always: number): number {
    if (this.index) throw new Error('KeyScanner: gates added after the first scan');
    this.maskGates.push(masks);
    this.alwaysMasks.push(always);
    return this.maskGates.length - 1;
  }

  /** The ids of the keys that occur in `text`; valid until the next scan. */
  scan(text: string): readonly number[] {
    if (scopeDepth > 0 && text === this.text) return this.list;
    if (!this.index) this.seal();
    const list = this.list;
    const found = this.found;
    for (let i = 0; i < list.length; i++) found[list[i] as number] = 0;
    list.length = 0;
    (this.index as KeywordIndex).scanInto(text, found, list);
    this.text = scopeDepth > 0 ? text : null;
    const masks = this.gateMasks;
    masks.set(this.initialMasks);
    const start = this.byKeyStart, slots = this.byKeySlot, bits = this.byKeyBits;
    for (let i = 0; i < list.length; i++) {
      const id = list[i] as number;
      for (let o = start[id] as number, end = start[id + 1] as number; o < end; o++) {
        const slot = slots[o] as number;
        masks[slot] = (masks[slot] as number) | (bits[o] as number);
      }
    }
    return list;
  }

  private seal(): void {
    this.index = new KeywordIndex(this.keys);
    const n = this.keys.length;
    this.found = new Uint8Array(n);
    const pairs: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
    this.maskGates.forEach((masks, slot) => {
      for (let id = 0; id < masks.length; id++) if (masks[id] !== 0) pairs[id]?.push([slot, masks[id] as number]);
    });
    this.byKeyStart = new Int32Array(n + 1);
    let total = 0;
    for (let id = 0; id < n; id++) { this.byKeyStart[id] = total; total += pairs[id]?.length ?? 0; }
    this.byKeyStart[n] = total;
    this.byKeySlot = new Int32Array(total);
    this.byKeyBits = new Int32Array(total);
    let o = 0;
    for (const list of pairs) for (const [slot, bits] of list) { this.byKeySlot[o] = slot; this.byKeyBits[o] = bits; o++; }
    this.initialMasks = Int32Array.from(this.alwaysMasks);
    this.gateMasks = new Int32Array(this.alwaysMasks.length);
  }

  forget(): void {
    this.text = null;
  }
}

const SHARED = new KeyScanner();
const SCANNERS: KeyScanner[] = [SHARED];
let scopeDepth = 0;

/**
 * Runs `fn` (one classification) with the scan of its texts shared by all gates: the same text is scanned
 * once. The reference to the last text is dropped when the outermost scope ends.
 */
export function withScanScope<T>(fn: () => T): T {
  scopeDepth++;
  try {
    return fn();
  } finally {
    scopeDepth--;
    if (scopeDepth === 0) for (const s of SCANNERS) s.forget();
  }
}

/**
 * Which of a list of items (regexes, cues) may match a text, from the keys each needs (one of them occurs in
 * every match; null: always run). Read from the found keys, so the cost follows what the text contains.
 */
export class KeyGates {
  private readonly scanner: KeyScanner;
  private readonly always: number[] = [];
  /** key id → the items it opens; packed (a sparse array would fall back to a slow dictionary). */
  private readonly byKey: Array<number[] | null>;
  private readonly open: Uint8Array;

  constructor(keysPerItem: ReadonlyArray<readonly string[] | null>) {
    if (SHARED.sealed) {
      this.scanner = new KeyScanner();
      SCANNERS.push(this.scanner);
    } else {
      this.scanner = SHARED;
    }
    const byKey = new Map<number, number[]>();
    keysPerItem.forEach((keys, item) => {
      if (!keys) { this.always.push(item); return; }
      for (const k of keys) {
        const id = this.scanner.idOf(k);
        let items = byKey.get(id);
        if (!items) { items = []; byKey.set(id, items); }
        if (!items.includes(item)) items.push(item);
      }
    });
    this.byKey = [];
    const size = byKey.size ? Math.max(...byKey.keys()) + 1 : 0;
    for (let id = 0; id < size; id++) this.byKey.push(byKey.get(id) ?? null);
    this.open = new Uint8Array(keysPerItem.length);
    if (keysPerItem.length <= 30) {
      const masks = new Int32Array(size);
      for (let id = 0; id < size; id++) for (const item of this.byKey[id] ?? []) masks[id] = (masks[id] as number) | (1 << item);
      let always = 0;
      for (const item of this.always) always |= 1 << item;
      this.slot = this.scanner.addMaskGate(masks, always);
    }
  }

  /** This gate's place in its scanner's mask answers; -1 for more than 30 items. */
  private readonly slot: number = -1;

  /** What scan() tells, as a bit mask (bit i: item i may match), for up to 30 items; without the scratch array. */
  scanMask(lower: string): number {
    const scanner = this.scanner;
    scanner.scan(lower);
    return scanner.gateMasks[this.slot] as number;
  }

  /** open[i] === 1 when item i may match `lower`. Scratch space: valid until the next call (the classifier is synchronous). */
  scan(lower: string): Uint8Array {
    const open = this.open;
    open.fill(0);
    for (const item of this.always) open[item] = 1;
    const found = this.scanner.scan(lower);
    const byKey = this.byKey;
    for (let i = 0; i < found.length; i++) {
      const id = found[i] as number;
      const items = id < byKey.length ? byKey[id] : null;
      if (items) for (let j = 0; j < items.length; j++) open[items[j] as number] = 1;
    }
    return open;
  }
}

/** The literals that gate a regex, lower-cased (valid with or without the i flag); null: always run it. */
function gateKeys(re: RegExp): readonly string[] | null {
  const keys = requiredLiterals(re.source);
  return keys ? [...new Set(keys.map((k) => k.toLowerCase()))] : null;
}

/**
 * Many gated regexes behind one Aho–Corasick scan: `scan(lower)` returns which of them may match, so a
 * detector runs only the regexes whose literals occur in the message.
 */
export class GateSet {
  private readonly gates: KeyGates;
  private readonly size: number;

  constructor(regexes: readonly RegExp[]) {
    this.size = regexes.length;
    this.gates = new KeyGates(regexes.map((re) => {
      const keys = gateKeys(re);
      return !keys || keys.some((k) => !/^[\x00-\x7f]+$/.test(k)) ? null : keys;
    }));
  }

  /**
   * open[i] is true when regex i may match `lower`. The answer is a frozen array shared by every text with the
   * same open gates (most texts open none): a dozen gate sets are read per message, and an array each was a
   * tenth of the classifier's allocation.
   */
  scan(lower: string): boolean[] {
    if (this.size > 30) return toBooleans(this.gates.scan(lower));
    const mask = this.gates.scanMask(lower);
    // Most texts give the answer the last one gave (usually: no gate open).
    if (mask === this.lastMask) return this.lastAnswer;
    let out = this.byMask.get(mask);
    if (out === undefined) {
      out = [];
      for (let i = 0; i < this.size; i++) out.push((mask & (1 << i)) !== 0);
      Object.freeze(out);
      if (this.byMask.size < MAX_SHARED_ANSWERS) this.byMask.set(mask, out);
    }
    this.lastMask = mask;
    this.lastAnswer = out;
    return out;
  }

  private lastMask = -1;
  private lastAnswer: boolean[] = [];

  private readonly byMask = new Map<number, boolean[]>();
}

/** How many distinct answers a gate set keeps to share (the combinations seen in chat are few). */
const MAX_SHARED_ANSWERS = 256;

function toBooleans(open: Uint8Array): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < open.length; i++) out.push(open[i] === 1);
  return out;
}
