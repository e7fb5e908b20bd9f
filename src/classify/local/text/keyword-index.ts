/**
 * Aho–Corasick over many literal keys: one pass over the text tells which keys occur. Detectors use it to
 * run only the cue regexes whose required literals (text/prefilter.ts) are present.
 */
export class KeywordIndex {
  private readonly goto: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];

  constructor(keys: readonly string[]) {
    keys.forEach((key, id) => {
      let state = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let next = this.goto[state]?.get(c);
        if (next === undefined) {
          next = this.goto.length;
          this.goto.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.goto[state]?.set(c, next);
        }
        state = next;
      }
      this.out[state]?.push(id);
    });
    const queue: number[] = [];
    for (const s of this.goto[0]?.values() ?? []) queue.push(s);
    for (let q = 0; q < queue.length; q++) {
      const r = queue[q] ?? 0;
      for (const [c, s] of this.goto[r] ?? []) {
        queue.push(s);
        let f = this.fail[r] ?? 0;
        while (f !== 0 && !this.goto[f]?.has(c)) f = this.fail[f] ?? 0;
        const target = this.goto[f]?.get(c);
        this.fail[s] = target !== undefined && target !== s ? target : 0;
        const inherited = this.out[this.fail[s] ?? 0] ?? [];
        if (inherited.length) this.out[s] = [...(this.out[s] ?? []), ...inherited];
      }
    }
  }

  /** Dense transitions over the keys' own alphabet (chat keys are ASCII); built on first scan. */
  /** 16-bit states while they fit (all the gates together have a few thousand): half the cache footprint. */
  private table: Uint16Array | Int32Array | null = null;
  private width = 1;
  private readonly classOf = new Uint8Array(128);
  /** A table entry is the next state, with this bit set when that state ends a key (no second array to read). */
  private outFlag = 0x8000;
  /** The key ids of state s are outIds[outStart[s], outStart[s + 1]): packed, no array per state to walk. */
  private outStart = new Int32Array(1);
  private outIds = new Int32Array(0);

  private build(): void {
    // Characters that occur in no key all map to class 0, so the table stays small enough for the cache.
    let classes = 1;
    for (const m of this.goto) for (const c of m.keys()) if (c < 128 && this.classOf[c] === 0) this.classOf[c] = classes++;
    this.width = classes;
    const n = this.goto.length;
    const small = n <= 0x7fff;
    const table = small ? new Uint16Array(n * classes) : new Int32Array(n * classes);
    const flag = small ? 0x8000 : 0x40000000;
    this.outFlag = flag;
    // States are renumbered breadth first: the shallow states, where chat text spends nearly all its steps, sit
    // together at the start of the table instead of spread over it in the order the keys were added.
    const order: number[] = [0];
    for (let q = 0; q < order.length; q++) for (const s of this.goto[order[q] ?? 0]?.values() ?? []) order.push(s);
    const rank = new Int32Array(n);
    order.forEach((state, r) => { rank[state] = r; });
    for (const state of order) {
      const row = (rank[state] as number) * classes;
      const failRow = (rank[this.fail[state] ?? 0] as number) * classes;
      for (let c = 0; c < 128; c++) {
        const k = this.classOf[c] ?? 0;
        if (k === 0) continue;
        const direct = this.goto[state]?.get(c);
        table[row + k] = direct !== undefined ? (rank[direct] as number) | ((this.out[direct]?.length ?? 0) > 0 ? flag : 0) : state === 0 ? 0 : (table[failRow + k] ?? 0);
      }
    }
    this.table = table;
    const outOf = (r: number): number[] => this.out[order[r] as number] ?? [];
    this.outStart = new Int32Array(n + 1);
    let total = 0;
    for (let r = 0; r < n; r++) { this.outStart[r] = total; total += outOf(r).length; }
    this.outStart[n] = total;
    this.outIds = new Int32Array(total);
    for (let r = 0; r < n; r++) this.outIds.set(outOf(r), this.outStart[r] as number);
  }

  /** found[id] = 1 for every key id that occurs in text. Characters in no key reset the automaton. */
  scan(text: string, found: Uint8Array): void {
    this.scanInto(text, found, null);
  }

  /** As scan, and each id found is also appended to `list` once (found must be all zero for them before). */
  scanInto(text: string, found: Uint8Array, list: number[] | null): void {
    if (!this.table) this.build();
    const table = this.table as Uint16Array | Int32Array;
    const classOf = this.classOf;
    const width = this.width;
    const flag = this.outFlag;
    const outStart = this.outStart;
    const outIds = this.outIds;
    // Chat text walks a big table with cold cache lines: each step reads one entry and nothing else unless the
    // entry says a key ends there.
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = c < 128 ? (classOf[c] as number) : 0;
      if (k === 0) { state = 0; continue; }
      const entry = table[state * width + k] as number;
      if (entry < flag) { state = entry; continue; }
      state = entry - flag;
      for (let o = outStart[state] as number, end = outStart[state + 1] as number; o < end; o++) {
        const id = outIds[o] as number;
        if (found[id] === 1) continue;
        found[id] = 1;
        if (list) list.push(id);
      }
    }
  }
}
