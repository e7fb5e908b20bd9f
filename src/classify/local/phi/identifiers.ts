import type { PhiType } from '../../../core/categories.ts';
import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import { push, span, type PhiRecognizer } from './recognizer.ts';

/**
 * Keyword-anchored identifiers: a label ("MRN", "member ID", "plate") followed within a few words by an
 * id-shaped token (digits, or letters and digits, 4+ characters). The label decides the type, so an id is
 * never typed by its shape alone.
 */
const LABELS: Array<{ type: PhiType; re: string }> = [
  { type: 'SSN', re: String.raw`ssn|social security(?: number| no\.?| #)?|social` },
  { type: 'MRN', re: String.raw`mrn|medical record(?: number| no\.?| #)?|patient (?:id|number|no\.?|#)|chart (?:number|no\.?|#)|process number(?: at the hospital)?|hospital (?:id|number)` },
  { type: 'HEALTH_PLAN', re: String.raw`member (?:id|number|no\.?|#)|medicare(?: number| id| #)?|medicaid(?: number| id| #)?|insurance (?:id|number|no\.?|#)|policy(?: number| no\.?| #| id)?|subscriber (?:id|number)|group(?: number| no\.?| #)?|plan (?:id|number)|health plan(?: id| number)?|id:` },
  { type: 'ACCOUNT', re: String.raw`account(?: number| no\.?| #)?|acct\.?(?: number| no\.?| #)?|employee (?:id|number|#)|student (?:id|number|#)|case(?: number| no\.?| #| id)?|username|user name|login|routing(?: number)?|iban|card(?: number| #)|bank acct|bank account` },
  { type: 'LICENSE', re: String.raw`driver'?s? licen[cs]e(?: number| no\.?| #)?|licen[cs]e(?: number| no\.?| #)?|dl(?: number| #)?|npi|dea(?: number)?|passport(?: number| no\.?| #)?` },
  { type: 'VEHICLE', re: String.raw`plate(?: number| #)?|license plate|licence plate|vin(?: number| #)?|tag number|registration` },
  { type: 'DEVICE', re: String.raw`device (?:id|serial|number)|serial(?: number| no\.?| #)?|imei|mac address|pacemaker (?:id|serial)|implant (?:id|serial)|udi` },
];
const TOKEN = String.raw`([a-z0-9](?:[a-z0-9-]{2,30}[a-z0-9])?|\d{3}-\d{2}-\d{4}|[a-z0-9]{1,6}(?:[.-][a-z0-9]{1,8}){1,5})`;
const GAP = String.raw`(?:\s?(?:is|was|=|:|#|no\.?|number|of|for|it's|its|are|here)?\s?(?:my|his|her|their|the|our)?\s?){0,3}`;
const LABELED = LABELS.map(({ type, re }) => ({ type, re: new RegExp(String.raw`\b(?:${re})\b${GAP}${TOKEN}`, 'gi') }));
const GATES = new GateSet(LABELS.map(({ re }) => new RegExp(String.raw`(?:${re})`)));
const SSN_SHAPE = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;

function idLike(token: string, type: PhiType): boolean {
  const digits = token.replace(/\D/g, '').length;
  if (type === 'ACCOUNT' && /[._]/.test(token)) return token.length >= 5; // usernames like sam.ortiz84
  if (digits < 3) return false;
  if (type === 'HEALTH_PLAN' || type === 'ACCOUNT') return digits >= 4 || token.length >= 6;
  return token.length >= 4;
}

export const identifierRecognizer: PhiRecognizer = {
  id: 'phi/identifiers',
  types: ['SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE'],
  find(view) {
    const text = view.text;
    const out: PhiSpan[] = [];
    if (!/\d/.test(text)) return out;
    if (text.includes('-')) for (const m of text.matchAll(SSN_SHAPE)) push(out, span(text, m.index, m.index + m[0].length, 'SSN'));
    const open = GATES.scan(view.lower);
    for (let i = 0; i < LABELED.length; i++) {
      if (!open[i]) continue;
      const { type, re } = LABELED[i] as (typeof LABELED)[number];
      for (const m of text.matchAll(re)) {
        const token = m[1] ?? '';
        if (!idLike(token, type)) continue;
        if (/^\d{1,2}\/\d{1,2}/.test(token)) continue;
        const start = m.index + m[0].length - token.length;
        // "Group 77120" also matches "group" in prose; accept only a digits-only token there
        if (type === 'HEALTH_PLAN' && /^group/i.test(m[0]) && !/^\d{4,}$/.test(token)) continue;
        push(out, span(text, start, start + token.length, type));
      }
    }
    return out;
  },
};
