import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import { push, span, type PhiRecognizer } from './recognizer.ts';

const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}/gi;
/** "name at example dot org", "name [at] example [dot] com": the words around at/dot are the address. */
const EMAIL_SPELLED = /\b[a-z0-9_%+-]{1,64}(?:(?:\s(?:dot|\[dot\]|\(dot\))\s|[._])[a-z0-9_%+-]{1,64}){0,3}\s?(?:\[at\]|\(at\)|\{at\}|\sat\s)\s?[a-z0-9-]{1,63}(?:\s?(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s|\.)\s?[a-z0-9-]{1,63}){1,4}\b/gi;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'\u201d]{2,2000}/gi;
const BARE_DOMAIN_URL = /\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:com|org|net|io|me|co|link|ly|app|page|site|info)\/[^\s<>"']{1,2000}/gi;
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b/g;
const IPV6 = /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){1,6}\b/gi;
/** @handle, not an email and not a bare member mention like @u3 of someone in the conversation. */
const AT_HANDLE = /(?<![\w@.])@[a-z0-9_](?:[a-z0-9_.-]{0,38}[a-z0-9_])?/gi;
/** "my snap is fernie.q.22", "discord is marcus_o#5520", "find me on insta: x". */
const NAMED_HANDLE = /\b(?:snap(?:chat)?|insta(?:gram)?|ig|twitter|tiktok|discord|venmo|cashapp|telegram|signal|reddit|kik|threads|bluesky|linkedin|fb|facebook|handle|username|user name|gamertag|psn|xbox|steam)(?:\s(?:is|=|handle is|name is|id is)|:|\s@)\s?([a-z0-9_](?:[a-z0-9_.-]{0,38}[a-z0-9_])?(?:#\d{4})?)/gi;
const NAMED_HANDLE_GATE = new GateSet([NAMED_HANDLE]);
const DISCORD_TAG = /\b[a-z0-9_.]{2,32}#\d{4}\b/gi;

const SPELLED_AT_BAD = /\bat\b/i;

export const contactRecognizer: PhiRecognizer = {
  id: 'phi/contact',
  types: ['EMAIL', 'URL', 'IP', 'HANDLE'],
  find(view) {
    const text = view.text;
    const out: PhiSpan[] = [];
    const lower = view.lower;
    const hasAt = text.includes('@');
    if (hasAt) for (const m of text.matchAll(EMAIL)) push(out, span(text, m.index, m.index + m[0].length, 'EMAIL'));
    if ((lower.includes(' at ') || lower.includes('[at]') || lower.includes('(at)')) && /\b(?:at|\[at\]|\(at\))\b/i.test(text) && /\b(?:dot|\[dot\]|\(dot\))\b|\.[a-z]{2,}/i.test(text)) {
      for (const m of text.matchAll(EMAIL_SPELLED)) {
        const local = m[0].split(/\s?(?:\[at\]|\(at\)|\{at\}|\sat\s)\s?/i)[0] ?? '';
        if (SPELLED_AT_BAD.test(local) || !/(?:dot|\.)/i.test(m[0])) continue;
        // "meet at home dot" style prose is unlikely; require the domain part to end in a known-looking tld
        if (!/(?:dot|\.)\s?(?:com|org|net|edu|gov|io|co|uk|de|ca|au|me|us|info)\b/i.test(m[0])) continue;
        push(out, span(text, m.index, m.index + m[0].length, 'EMAIL'));
      }
    }
    if (lower.includes('http') || lower.includes('www.')) for (const m of text.matchAll(URL)) push(out, span(text, m.index, m.index + m[0].length, 'URL'));
    if (text.includes('/')) for (const m of text.matchAll(BARE_DOMAIN_URL)) push(out, span(text, m.index, m.index + m[0].length, 'URL'));
    if (/\d\.\d/.test(text)) for (const m of text.matchAll(IPV4)) push(out, span(text, m.index, m.index + m[0].length, 'IP'));
    if (text.includes(':') && (text.includes('::') || /[0-9a-f]{1,4}:[0-9a-f]{1,4}:/i.test(text))) for (const m of text.matchAll(IPV6)) push(out, span(text, m.index, m.index + m[0].length, 'IP'));
    for (const m of hasAt ? text.matchAll(AT_HANDLE) : []) {
      const handle = m[0].slice(1).toLowerCase();
      if (view.context.some((c) => c.authorId.toLowerCase() === handle) || view.mentions.includes(handle) || /^(?:here|everyone|channel|mod|mods|admin)$/.test(handle)) continue;
      push(out, span(text, m.index, m.index + m[0].length, 'HANDLE'));
    }
    for (const m of NAMED_HANDLE_GATE.scan(lower)[0] ? text.matchAll(NAMED_HANDLE) : []) {
      const h = m[1] ?? '';
      if (!/[._\d#]/.test(h) || /^(?:the|my|a|an|on|in|here|there|me)$/i.test(h)) continue; // plain words are not handles
      const start = m.index + m[0].length - h.length;
      push(out, span(text, start, start + h.length, 'HANDLE'));
    }
    if (text.includes('#')) for (const m of text.matchAll(DISCORD_TAG)) push(out, span(text, m.index, m.index + m[0].length, 'HANDLE'));
    return out;
  },
};
