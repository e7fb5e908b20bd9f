import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsService } from '../../../src/config/settings-service.ts';
import { ManualClock } from '../../../src/core/clock.ts';
import { AuditRepo } from '../../../src/store/audit-repo.ts';
import { openDatabase, type Db } from '../../../src/store/db.ts';
import { GroupsRepo } from '../../../src/store/groups-repo.ts';

let dir: string;
let db: Db;
let service: SettingsService;
let audit: AuditRepo;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'holdspace-settings-'));
  db = openDatabase(join(dir, 'h.db'));
  const clock = new ManualClock();
  const groups = new GroupsRepo(db, clock);
  audit = new AuditRepo(db, clock);
  groups.ensure('discord', 'g');
  service = new SettingsService(groups, audit);
});
afterEach(() => { db.$client.close(); rmSync(dir, { recursive: true, force: true }); });

describe('SettingsService', () => {
  it('GIVEN a nullable id setting WHEN set to a numeric platform id THEN it is stored as text, not a number', () => {
    expect(service.set('g', 'a', 'reviewChannelId', '1234567890123456789').reviewChannelId).toBe('1234567890123456789');
    expect(service.set('g', 'a', 'onCallRole', '42').onCallRole).toBe('42');
    expect(service.set('g', 'a', 'reviewChannelId', 'null').reviewChannelId).toBeNull();
  });

  it('GIVEN list, number and boolean settings WHEN set from text THEN each is read as its kind', () => {
    expect(service.set('g', 'a', 'therapistRoles', '111, 222').therapistRoles).toEqual(['111', '222']);
    expect(service.set('g', 'a', 'ladder.steps', '["warn","restrict"]').ladder.steps).toEqual(['warn', 'restrict']);
    expect(service.set('g', 'a', 'thresholds.crisis', '0.3').thresholds.crisis).toBe(0.3);
    expect(service.set('g', 'a', 'phi.hideDisclosures', 'true').phi.hideDisclosures).toBe(true);
  });

  it('GIVEN a value that fits neither way WHEN set THEN it is refused with the rule, and nothing is saved or audited', () => {
    expect(() => service.set('g', 'a', 'thresholds.crisis', 'high')).toThrow(/thresholds.crisis/);
    expect(() => service.set('g', 'a', 'ladder.steps', 'warn,shout')).toThrow(/ladder.steps/);
    expect(service.get('g').thresholds.crisis).toBe(0.4);
    expect(audit.list('g')).toHaveLength(0);
  });
});
