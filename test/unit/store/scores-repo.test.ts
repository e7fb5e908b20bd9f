import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.ts';
import { ScoresRepo } from '../../../src/store/scores-repo.ts';

const scores = (m: number) => ({ gaslighting: m, dismissal: 0, blame_shifting: 0, phi: 0, crisis: 0 });
const floors = { gaslighting: 0.3, dismissal: 0.3, blame_shifting: 0.3 };

describe('ScoresRepo pattern signals', () => {
  it('GIVEN scores with and without a target WHEN signals are asked for one pair THEN only that pair\'s rows over a floor come back, read through the partial pair index', () => {
    const db = openDatabase(':memory:');
    const repo = new ScoresRepo(db);
    let id = 0;
    const save = (authorId: string, targetId: string | null, g: number, at: number) =>
      repo.save({ messageId: ++id, version: 1, groupId: 'g', authorId, targetId, scores: scores(g), classifier: 'test', at });
    save('a', 'b', 0.5, 100); // signal
    save('a', null, 0.9, 110); // aimed at nobody: never a pair signal
    save('a', 'c', 0.9, 120); // another target
    save('a', 'b', 0.1, 130); // under the floor
    save('a', 'b', 0.4, 50); // before the window
    save('a', 'b', 0.35, 140); // signal
    expect(repo.signals('g', 'a', 'b', 90, floors)).toEqual([1, 6]);
    // The index leaves out untargeted rows; the query signals() sends must still be one it can serve.
    const sent: string[] = [];
    const prepare = db.$client.prepare.bind(db.$client);
    db.$client.prepare = ((source: string) => { sent.push(source); return prepare(source); }) as typeof db.$client.prepare;
    repo.signals('g', 'a', 'b', 90, floors);
    db.$client.prepare = prepare;
    const query = sent.find((q) => q.includes('message_scores'));
    expect(query).toBeDefined();
    const plan = prepare(`EXPLAIN QUERY PLAN ${query!}`).all('g', 'a', 'b', 90, 0.3, 0.3, 0.3) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('scores_pair_idx');
    expect((db.$client.prepare("SELECT sql FROM sqlite_master WHERE name = 'scores_pair_idx'").get() as { sql: string }).sql).toContain('IS NOT NULL');
  });
});
