import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.ts';
import { LlmBudgetRepo } from '../../../src/store/llm-budget-repo.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('LlmBudgetRepo', () => {
  it('GIVEN a limit of 3 WHEN two handles on one database consume THEN exactly 3 succeed per group and day', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdspace-budget-'));
    dirs.push(dir);
    const a = openDatabase(join(dir, 'h.db'));
    const b = openDatabase(join(dir, 'h.db'));
    const ra = new LlmBudgetRepo(a);
    const rb = new LlmBudgetRepo(b);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await ra.tryConsume('g', '2026-11-23', 3), await rb.tryConsume('g', '2026-11-23', 3));
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(await ra.used('g', '2026-11-23')).toBe(3);
    expect(await rb.tryConsume('other', '2026-11-23', 3)).toBe(true);
    expect(await rb.tryConsume('g', '2026-11-24', 3)).toBe(true);
    expect(ra.purgeBefore('2026-11-24')).toBe(2);
    a.$client.close();
    b.$client.close();
  });
});
