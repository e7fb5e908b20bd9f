import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as classifyCommand } from '../../../../src/cli/commands/classify.ts';
import { run as evalCommand } from '../../../../src/cli/commands/eval.ts';
import { parseCorpus } from '../../../../src/eval/corpus.ts';
import { evaluate, type Pair } from '../../../../src/eval/metrics.ts';
import { zeroScores } from '../../../../src/core/categories.ts';

const conv = (messages: unknown[]) => JSON.stringify({ id: 'c1', group: 'g', platform: 'discord', messages });

describe('evaluate', () => {
  const pred = (id: string, labels: Pair['predicted']['labels'], phi: Pair['predicted']['phi'] = []): Pair['predicted'] => ({ id, labels, scores: zeroScores(), phi, target: null });

  it('GIVEN known predictions WHEN evaluated THEN precision, recall, F1, false-flag rate and PHI figures are as computed by hand', () => {
    const pairs: Pair[] = [
      { gold: { id: 'a', author: 'u1', text: 'x', labels: ['dismissal'] }, predicted: pred('a', ['dismissal']) },
      { gold: { id: 'b', author: 'u1', text: 'x', labels: ['dismissal'] }, predicted: pred('b', []) },
      { gold: { id: 'c', author: 'u1', text: 'x', labels: [] }, predicted: pred('c', ['dismissal']) },
      { gold: { id: 'd', author: 'u1', text: 'x', labels: [] }, predicted: pred('d', []) },
      { gold: { id: 'e', author: 'u1', text: 'call 415-555-0137', labels: ['phi'], phi: [{ start: 5, end: 17, type: 'PHONE' }] },
        predicted: pred('e', ['phi'], [{ start: 0, end: 10, type: 'PHONE' }]) },
    ];
    const r = evaluate(pairs, { c: 'quote', d: 'quote' });
    expect(r.categories.dismissal).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(r.falseFlagRate).toEqual({ flagged: 1, unlabeled: 2, rate: 0.5 });
    expect(r.hardNegatives['quote']).toEqual({ flagged: 1, total: 2, rate: 0.5 });
    expect(r.phi.spanRecall).toBe(1);
    expect(r.phi.charPrecision).toBeCloseTo(5 / 10);
    expect(r.phi.charRecall).toBeCloseTo(5 / 12);
    // gaslighting and blame_shifting have nothing to find and found nothing: F1 1 by the report's convention
    expect(r.manipulationMacroF1).toBeCloseTo((1 + 0.5 + 1) / 3);
  });
});

describe('classify and eval commands', () => {
  let dir: string;
  let out: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'holdspace-classify-'));
    out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, cb?: unknown) => {
      out += String(chunk);
      if (typeof cb === 'function') (cb as () => void)();
      return true;
    }) as typeof process.stdout.write);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GIVEN a corpus with labels WHEN classified THEN one JSON line per message with labels, scores and UTF-16 phi spans, labels of the input ignored', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, conv([
      { id: 'm1', author: 'u1', text: 'rough day, cried at work', labels: ['crisis'], phi: [], target: null },
      { id: 'm2', author: 'u2', text: 'just get over it lol. call me 415-555-0137', labels: [], phi: [], target: null },
    ]) + '\n');
    expect(await classifyCommand([file])).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; labels: string[]; scores: Record<string, number>; phi: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(['m1', 'm2']);
    expect(lines[0]?.labels).toEqual([]);
    expect(lines[1]?.labels).toEqual(['dismissal', 'phi']);
    expect(lines[1]?.phi).toEqual([{ start: 30, end: 42, type: 'PHONE' }]);
    expect(Object.keys(lines[1]?.scores ?? {})).toEqual(['gaslighting', 'dismissal', 'blame_shifting', 'phi', 'crisis']);
  });

  it('GIVEN an unknown --llm mode WHEN classify runs THEN it refuses with INVALID_INPUT', async () => {
    await expect(classifyCommand(['x.jsonl', '--llm', 'sometimes'])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('GIVEN a malformed line WHEN classify runs THEN it is an INVALID_INPUT error naming the line', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, conv([{ id: 'm1', author: 'u1', text: 'ok' }]) + '\n{not json\n');
    await expect(classifyCommand([file])).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/:2: not valid JSON/) });
  });

  it('GIVEN a labeled file WHEN eval runs with --file THEN it prints the table with macro-F1, false-flag rate and PHI figures', async () => {
    const file = join(dir, 'gold.jsonl');
    writeFileSync(file, conv([
      { id: 'm1', author: 'u1', text: 'I had a rough week', labels: [], phi: [], target: null },
      { id: 'm2', author: 'u2', text: "you're remembering it wrong again", labels: ['gaslighting'], phi: [], target: 'u1' },
    ]) + '\n');
    expect(await evalCommand(['--file', file])).toBe(0);
    expect(out).toMatch(/gaslighting\s+1\.000\s+1\.000\s+1\.000/);
    expect(out).toMatch(/manipulation macro-F1/);
    expect(out).toMatch(/false-flag rate \(unlabeled\)\s+0\.0%/);
    expect(out).toMatch(/PHI span recall/);
  });

  it('GIVEN a corpus text WHEN parsed THEN missing optional fields are tolerated', () => {
    const corpus = parseCorpus(conv([{ id: 'm1', author: 'u1', text: 'hello' }]));
    expect(corpus[0]?.messages[0]).toEqual({ id: 'm1', author: 'u1', text: 'hello' });
  });
});
