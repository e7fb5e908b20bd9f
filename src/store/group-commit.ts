import type Database from 'better-sqlite3';

type Op = { op: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Runs the store writes of one event-loop turn (the embedded queue's adds, completions and claims, the
 * ingest of a burst, the end of each judgement) in one transaction. On this kind of disk a commit costs
 * several times the statements in it, so writers in one process share commits.
 *
 * Each write runs in its own savepoint: one that throws is rolled back alone and fails only its caller.
 * A caller's promise settles once its write is committed, so it acknowledges work only after that.
 */
export class GroupCommit {
  #batch: Op[] = [];
  #last: Op[] = [];
  #scheduled = false;
  readonly #outer: Database.Transaction<(ops: Op[]) => { ok: boolean; value: unknown }[]>;
  readonly #inner: Database.Transaction<(op: () => unknown) => unknown>;

  constructor(sqlite: Database.Database) {
    // Inside #outer, better-sqlite3 runs #inner as a savepoint.
    this.#inner = sqlite.transaction((op: () => unknown) => op());
    this.#outer = sqlite.transaction((ops: Op[]) => ops.map((o) => {
      try {
        return { ok: true, value: this.#inner(o.op) };
      } catch (error) {
        return { ok: false, value: error };
      }
    }));
  }

  run<R>(op: () => R): Promise<R> {
    return this.#add(this.#batch, op);
  }

  /**
   * As run(), but the write goes after every other write of the commit it joins, so writes queued later in
   * the same turn still run before it (a burst's purge, after the burst's judgements).
   */
  runLast<R>(op: () => R): Promise<R> {
    return this.#add(this.#last, op);
  }

  #add<R>(list: Op[], op: () => R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      list.push({ op, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#scheduled = false;
    const batch = this.#last.length === 0 ? this.#batch : this.#batch.concat(this.#last);
    this.#batch = [];
    this.#last = [];
    let results: { ok: boolean; value: unknown }[];
    try {
      // IMMEDIATE: take the write lock up front, so two processes never deadlock upgrading a read.
      results = this.#outer.immediate(batch);
    } catch (error) {
      for (const b of batch) b.reject(error);
      return;
    }
    batch.forEach((b, i) => {
      const r = results[i]!;
      if (r.ok) b.resolve(r.value);
      else b.reject(r.value);
    });
  }
}

const byConnection = new WeakMap<Database.Database, GroupCommit>();

/** The one committer of a connection: everything written through it in one turn shares a commit. */
export function groupCommitFor(sqlite: Database.Database): GroupCommit {
  let c = byConnection.get(sqlite);
  if (!c) byConnection.set(sqlite, (c = new GroupCommit(sqlite)));
  return c;
}
