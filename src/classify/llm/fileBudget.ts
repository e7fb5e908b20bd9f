import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LlmBudgetStore } from './budget.ts';

/**
 * A budget counter that survives restarts: one small JSON file ({ day, counts }) rewritten atomically on each
 * request. Holds today's counts only, no text. Enough for one process; several processes sharing a budget need
 * a database counter behind the same port.
 */
export class FileBudgetStore implements LlmBudgetStore {
  private day = '';
  private counts: Record<string, number> = {};

  constructor(private readonly path: string) {
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as { day?: unknown; counts?: unknown };
      if (typeof saved.day === 'string' && saved.counts && typeof saved.counts === 'object') {
        this.day = saved.day;
        for (const [g, n] of Object.entries(saved.counts as Record<string, unknown>)) if (typeof n === 'number' && n >= 0) this.counts[g] = n;
      }
    } catch {
      // No file yet, or unreadable: start from zero (the file is rewritten on the first request).
    }
  }

  async tryConsume(groupId: string, day: string, limit: number): Promise<boolean> {
    if (day !== this.day) { this.day = day; this.counts = {}; }
    const used = this.counts[groupId] ?? 0;
    if (used >= limit) return false;
    this.counts[groupId] = used + 1;
    this.save();
    return true;
  }

  async used(groupId: string, day: string): Promise<number> {
    return day === this.day ? this.counts[groupId] ?? 0 : 0;
  }

  private save(): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ day: this.day, counts: this.counts }), { mode: 0o600 });
    renameSync(tmp, this.path);
  }
}
