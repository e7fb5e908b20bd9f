import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/config/settings.ts';
import { countsAsOffence, nextStep } from '../../../src/escalate/ladder.ts';

describe('the escalation ladder', () => {
  it('GIVEN the default ladder WHEN a member has 0, 1, 2, 5 live offences THEN the steps are warn, check-in, restrict, restrict', () => {
    const s = defaultSettings();
    expect([0, 1, 2, 5].map((n) => nextStep(s, n))).toEqual(['warn', 'check_in', 'restrict', 'restrict']);
  });

  it('GIVEN an admin-shortened ladder WHEN counting THEN its last step repeats', () => {
    const s = defaultSettings();
    s.ladder.steps = ['check_in'];
    expect(nextStep(s, 3)).toBe('check_in');
  });

  it('GIVEN PHI or crisis flags WHEN confirmed THEN they are not offences; manipulation is', () => {
    expect(countsAsOffence(['phi'])).toBe(false);
    expect(countsAsOffence(['crisis'])).toBe(false);
    expect(countsAsOffence(['phi', 'dismissal'])).toBe(true);
  });
});
