import type { PhiSpan } from '../../../core/classifier.ts';
import { GateSet } from '../text/prefilter.ts';
import type { MessageView } from '../text/message-view.ts';
import { execAll, push, span, type PhiRecognizer } from './recognizer.ts';

const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}/gi;
/** EMAIL tried only where a match can start (see emails()). */
const EMAIL_AT = new RegExp(EMAIL.source, 'iy');
/** "name at example dot org", "name [at] example [dot] com", "name(at)example(dot)com": bracketed or spaced words. */
const SPELLED_AT = String.raw`(?:\s?[\[({<]\s?at\s?[\])}>]\s?|\sat\s)`;
const SPELLED_DOT = String.raw`(?:\s?[\[({<]\s?(?:dot|\.)\s?[\])}>]\s?|\sdot\s|\.)`;
/** "jenna underscore morales": a spelled joiner inside the local part. */
const SPELLED_JOIN = String.raw`(?:${SPELLED_DOT}|_|\s(?:underscore|dash|hyphen)\s)`;
const EMAIL_SPELLED = new RegExp(
  String.raw`(?<![\w.@-])[a-z0-9_%+-]{1,64}(?:${SPELLED_JOIN}[a-z0-9_%+-]{1,64}){0,3}${SPELLED_AT}[a-z0-9-]{1,63}(?:${SPELLED_DOT}[a-z0-9-]{1,63}){1,4}(?![\w-])`,
  'gi',
);
/** Cheap gate: a spelled "dot", or " at " followed by a dotted domain. */
const EMAIL_SPELLED_GATE = /\bat\b[^\n]{0,80}(?:\bdot\b|[\[({<]\.[\])}>])|\bat\s?[\])}>]?\s?[a-z0-9-]{1,63}\.[a-z]{2}/;
const TLD = /^(?:com|org|net|edu|gov|io|co|uk|de|ca|au|me|us|info|biz|fr|nl|ie|nz|in|mail|app|dev)$/i;
/** Words that sit before "at" in prose ("I was at work dot..."), never the local part of an address. */
const NOT_LOCAL = /^(?:i|me|you|u|we|us|he|him|she|her|they|them|it|was|were|is|are|am|be|been|looked|look|looking|stay|stayed|staying|home|work|still|just|even|only|not|and|or|but|so|all|up|out|back|over|there|here|meet|see|arrive|arrived|good|bad|great|best|worst|least|most)$/i;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'\u201d]{2,2000}/gi;
/**
 * A link typed without http: a domain and a path ("gofundme.com/f/x", "twitch.tv/name", "linktr.ee/name.jo").
 * The top-level domains are those of link pages, streams and personal sites, not file extensions (.txt, .pdf,
 * .ts): "notes.txt/..." or "e.g./" never match. The path starts with no space or punctuation.
 */
const BARE_DOMAIN_URL = /\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:com|org|net|io|me|co|link|ly|app|page|site|info|tv|ee|gg|bio|fm|be|xyz|blog|dev|uk|ca|au|de|fr|nl|es|eu|ie|nz|ch|se|dk|fi|pl|pt|br|mx|ar|jp|kr|social|art|live|online|store|shop|im|cc|ws|la|ai|club|us)\/[^\s<>"'.,;:!?)\]}][^\s<>"']{0,2000}/gi;
/**
 * A personal subdomain on a blog or site host, with or without a path: "sunflowerafterdark.wordpress.com",
 * "kimdraws.carrd.co", "jo.github.io/notes". The host's own pages (www, help, support...) name no one.
 */
const SITE_HOST = String.raw`(?:wordpress|blogspot|tumblr|substack|wixsite|weebly|carrd|neocities|github|gitlab|netlify|vercel|glitch|bandcamp|itch|ghost|squarespace|webflow|jimdo|mystrikingly|bearblog|mataroa|livejournal|dreamwidth|deviantart|artstation|godaddysites|square|straw|start)`;
const PERSONAL_SUBDOMAIN = new RegExp(String.raw`(?<![\w.@-])([a-z0-9][a-z0-9-]{1,62})\.${SITE_HOST}\.(?:com|io|co|me|app|site|org|net|blog|page|sh|pub|link|page)(?![\w-])(?:\/[^\s<>"'.,;:!?)\]}][^\s<>"']{0,2000})?`, 'gi');
/** "x.wordpress.com" holds no digit, @, slash or capital: the PHI detector's fast path asks this too. */
const SITE_HOST_DOT = new RegExp(String.raw`\.${SITE_HOST}\.`);
export function hasSiteLink(lower: string): boolean {
  return GATES.scan(lower)[4] === true && SITE_HOST_DOT.test(lower);
}
const HOST_PAGES = /^(?:www|help|support|api|docs|blog|status|m|mail|en|app|about|news|developer|developers|community|shop|store|my|login|auth|accounts)$/i;
/** reddit users: "u/throwaway_lark22", "/u/name". Subreddits (r/...) are places, not people. */
const REDDIT_USER = /(?<![\w/.@-])\/?u\/[a-z0-9_-]{3,20}(?![\w/-])/gi;
/** "snap me: dannyb_0412", "add me and i'll invite u: grizz_6actual": a handle given after an invitation and a colon. */
const ADD_ME_HANDLE = /\b(?:add|snap|dm|pm|message|msg|follow|find|friend|hmu|hit me up)(?:\sme|\sus)?\b[^\n:]{0,40}:\s?@?([a-z0-9_](?:[a-z0-9_.-]{0,38}[a-z0-9_])?(?:#\d{4})?)(?![\w@.-])/gi;
/** Emails spelled in French, Spanish, Italian, German or Portuguese: "lucie point marchand arobase laposte point net". */
const FOREIGN_AT = String.raw`\s(?:arobase|arroba|chiocciola|klammeraffe)\s`;
const FOREIGN_DOT = String.raw`(?:\s(?:point|punto|punkt|ponto|dot)\s|\.)`;
const FOREIGN_TLD = /^(?:com|org|net|edu|gov|io|co|uk|de|ca|au|me|us|info|biz|fr|nl|ie|nz|in|app|dev|mx|es|it|br|ar|cl|pe|pt|be|ch|at|se|no|dk|fi|pl|ro|cz|gr|tr|ru|jp|lu|ma|sn|dz|tn)$/i;
const EMAIL_SPELLED_FOREIGN = new RegExp(String.raw`(?<![\w.@-])[a-z0-9_%+-]{1,64}(?:(?:${FOREIGN_DOT}|\s(?:tiret|guion|gui\u00f3n|trattino|bindestrich|underscore)\s)[a-z0-9_%+-]{1,64}){0,3}${FOREIGN_AT}[a-z0-9-]{1,63}(?:${FOREIGN_DOT}[a-z0-9-]{1,63}){1,4}(?![\w-])`, 'gi');
const VERSION_BEFORE = /\b(?:version|ver|v|update|updated|upgrade|upgraded|firmware|build|release|patch|app|ios|android|software)\b[^\n.]{0,18}$|\bv$/i;
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b/g;
const IPV6 = /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){1,6}\b/gi;
/** @handle, not an email and not a bare member mention like @u3 of someone in the conversation. */
const AT_HANDLE = /(?<![\w@.])@[a-z0-9_](?:[a-z0-9_.-]{0,38}[a-z0-9_])?/gi;
const PLATFORM = String.raw`(?:snap(?:chat)?|insta(?:gram)?|ig|twitter|tiktok|tik tok|discord|venmo|cashapp|telegram|signal|reddit|kik|threads|bluesky|bsky|linkedin|fb|facebook|handle|username|user name|gamertag|psn|xbox|steam|youtube|twitch|tumblr|pinterest|tinder|hinge|bumble|grindr|vsco|bereal|roblox|github|onlyfans|spotify|soundcloud|substack|mastodon|paypal|cash ?app)`;
const HANDLE_BODY = String.raw`([a-z0-9_](?:[a-z0-9_.-]{0,38}[a-z0-9_])?(?:#\d{4})?)`;
/** "my snap is fernie.q.22", "discord is marcus_o#5520", "find me on insta: x", "on instagram, it's jenna.moves". */
const NAMED_HANDLE = new RegExp(String.raw`\b${PLATFORM}(?![a-z0-9])(?:\s(?:me|us)(?=\s?[:,-]))?(?:\s(?:handle|name|username|user|account|acct|id|tag))?(?:,?\s(?:it's|it is|its|is|as)|'s|\s?(?:is|=|:|-|,))?\s?@?${HANDLE_BODY}`, 'gi');
/** Cash App's $cashtag, only where the app is named: "$jessr22", not "$20" or a ticker. */
const CASHTAG = /(?<![\w$])\$[a-z][a-z0-9_-]{2,19}(?![\w-])/gi;
/** "add me sam.recovers on insta", "sam.recovers on tiktok". */
/** A handle's joiners said as words after its first part: " underscore moth", " dot bsky dot social". */
const SPELLED_HANDLE_TAIL = /^(?:\s(?:underscore|dot|dash|period)\s[a-z0-9]{1,20}){1,4}(?![a-z0-9])/;
/** A handle spelled out letter by letter: "t-h-e-o-d-o-r-e". */
const LETTER_BY_LETTER = /^[a-z0-9](?:-[a-z0-9]){4,}$/;
const HANDLE_ON_PLATFORM = new RegExp(String.raw`(?<![\w@.])@?${HANDLE_BODY}\s(?:on|at)\s${PLATFORM}(?![a-z0-9])`, 'gi');
/** The tail every HANDLE_ON_PLATFORM match ends with: a quick test, where the full regex tries a handle at each word. */
const ON_PLATFORM = new RegExp(String.raw`\s(?:on|at)\s${PLATFORM}(?![a-z0-9])`, 'i');
const DISCORD_TAG = /\b[a-z0-9_.]{2,32}#\d{4}\b/gi;
/** The first spelled "at" in an EMAIL_SPELLED match: where to look again when the match is rejected. */
const SPELLED_AT_ONE = new RegExp(SPELLED_AT, 'i');
/** After an '@', a domain with a spelled dot: "kim@gmail dot com" (sticky, from the '@'). */
const AT_SPELLED_DOMAIN = new RegExp(String.raw`@[a-z0-9-]{1,63}(?:${SPELLED_DOT}[a-z0-9-]{1,63}){1,4}(?![\w-])`, 'iy');
/** "kim.lee at gmail": a mail provider named without its domain. The local part is read backwards from the match. */
const AT_PROVIDER = /\s(?:at|\[at\]|\(at\))\s(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol|ymail|gmx)\b/gi;
/** The keyword gates of this recognizer, read from the message's one keyword scan: a platform name, a mail provider, a spelled "dot", "slash". */
const GATES = new GateSet([NAMED_HANDLE, /gmail|googlemail|yahoo|hotmail|outlook|icloud|proton|aol|ymail|gmx/, /dot/, /slash/, SITE_HOST_DOT, /arobase|arroba|chiocciola|klammeraffe/, /add|snap|dm|pm|message|msg|follow|find|friend|hmu|hit me up/]);
const MAIL_DOMAIN = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|mac|protonmail|proton|pm|aol|ymail|gmx|fastmail|zoho|mail|hey|tutanota|yandex|qq|163|comcast|verizon|att|sbcglobal|btinternet|sky|orange|laposte|free|web|t-online)\./i;
const EMAIL_WORD_BEFORE = /\b(?:e-?mail|mail|gmail|contact|reach|write)\b/i;
/** "192 dot 168 dot 1 dot 20". */
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const IPV4_SPELLED = new RegExp(String.raw`(?<![\w.])${OCTET}(?:\s?(?:dot|\[dot\]|\(dot\))\s?${OCTET}){3}(?![\w.])`, 'gi');
/** "gofundme dot com slash help-sam": a link with its dot or slash spelled out (one of them must be a word). */
const URL_SPELLED = new RegExp(
  String.raw`\b[a-z0-9-]{2,63}(?:(?:\s?(?:dot|\[dot\]|\(dot\))\s?|\.)[a-z0-9-]{1,63}){0,2}(?:\s?(?:dot|\[dot\]|\(dot\))\s?|\.)(?:com|org|net|io|me|co|ly|app|page|site|info)(?:\s(?:forward\s)?slash\s|\s?\/\s?)[a-z0-9._~%-]{1,100}(?:(?:\s(?:forward\s)?slash\s|\s?\/\s?)[a-z0-9._~%-]{1,100}){0,4}`,
  'gi',
);
/** What every URL_SPELLED match holds: a top-level domain after a dot, then a slash (one of them spelled). */
const URL_SPELLED_TLD = /(?:\bdot\s?|\.)(?:com|org|net|io|me|co|ly|app|page|site|info)(?:\s(?:forward\s)?slash\b|\s?\/)/;


export const contactRecognizer: PhiRecognizer = {
  id: 'phi/contact',
  types: ['EMAIL', 'URL', 'IP', 'HANDLE'],
  find(view) {
    const text = view.text;
    const out: PhiSpan[] = [];
    const lower = view.lower;
    const gates = GATES.scan(lower);
    const hasAt = text.includes('@');
    if (hasAt) for (const m of emails(text)) push(out, span(text, m.index, m.index + m[0].length, 'EMAIL'));
    if (lower.includes('at') && EMAIL_SPELLED_GATE.test(lower)) {
      // By hand: a rejected match ("her at jenna dot morales") is tried again after its "at", where the real
      // address may start ("jenna dot morales at outlook dot com").
      EMAIL_SPELLED.lastIndex = 0;
      for (let m = EMAIL_SPELLED.exec(text); m !== null; m = EMAIL_SPELLED.exec(text)) {
        const parts = m[0].split(new RegExp(SPELLED_AT, 'i'));
        const local = parts[0] ?? '';
        const tld = /[a-z0-9-]+$/i.exec(m[0])?.[0] ?? '';
        // prose like "I was at home dot dot dot": the domain must end in a real-looking TLD, the local part not a prose word
        if (parts.length !== 2 || !TLD.test(tld) || NOT_LOCAL.test(local)) {
          const at = SPELLED_AT_ONE.exec(m[0]);
          if (at && at.index > 0) EMAIL_SPELLED.lastIndex = m.index + at.index + at[0].length;
          continue;
        }
        // "post the details at hollowayfamilymemories.com": a plain word, a plain "at" and a dotted domain that is no
        // mail provider, with no word of mail around, is a website named after "at", not an address
        const domain = parts[1] ?? '';
        if (/^[a-z]+$/i.test(local) && /^\s?at\s$/i.test(m[0].slice(local.length, m[0].length - domain.length)) && !/dot|[\[({<]/i.test(domain) && !MAIL_DOMAIN.test(domain) && !EMAIL_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) {
          push(out, span(text, m.index + m[0].length - domain.length, m.index + m[0].length, 'URL'));
          continue;
        }
        push(out, span(text, m.index, m.index + m[0].length, 'EMAIL'));
      }
      EMAIL_SPELLED.lastIndex = 0;
    }
    if (hasAt && gates[2]) for (const s of atSpelledDomains(text)) push(out, s);
    if (gates[1]) {
      for (const m of execAll(AT_PROVIDER, text)) {
        const start = localStart(text, m.index);
        const local = text.slice(start, m.index);
        if (!/[a-z]/i.test(local) || NOT_LOCAL.test(local) || text[start - 1] === '@') continue;
        // "kim.lee at gmail", or a plain word only where the sentence is about mail ("email me, kim at gmail")
        if (!/[._\d]/.test(local) && !EMAIL_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
        push(out, span(text, start, m.index + m[0].length, 'EMAIL'));
      }
    }
    if (lower.includes('http') || lower.includes('www.')) for (const m of execAll(URL, text)) push(out, span(text, m.index, m.index + m[0].length, 'URL'));
    if (text.includes('/')) for (const m of execAll(BARE_DOMAIN_URL, text)) push(out, span(text, m.index, m.index + m[0].length, 'URL'));
    if (gates[4] && text.includes('.')) {
      for (const m of execAll(PERSONAL_SUBDOMAIN, text)) if (!HOST_PAGES.test(m[1] ?? '')) push(out, span(text, m.index, m.index + m[0].length, 'URL'));
    }
    if (text.includes('u/')) for (const m of execAll(REDDIT_USER, text)) push(out, span(text, m.index, m.index + m[0].length, 'HANDLE'));
    if (gates[5]) for (const m of execAll(EMAIL_SPELLED_FOREIGN, text)) if (FOREIGN_TLD.test(/[a-z0-9-]+$/i.exec(m[0])?.[0] ?? '')) push(out, span(text, m.index, m.index + m[0].length, 'EMAIL'));
    if (gates[6] && text.includes(':')) {
      for (const m of execAll(ADD_ME_HANDLE, lower)) {
        const h = m[1] ?? '';
        if (!handleLike(h) || isMember(view, h)) continue;
        const start = m.index + m[0].length - h.length;
        push(out, span(text, start, start + h.length, 'HANDLE'));
      }
    }
    if (/\d\.\d/.test(text)) {
      for (const m of execAll(IPV4, text)) {
        // "update 6.4.1.2", "mine's on 2.14.0.7 now": a software version, not an address
        if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        push(out, span(text, m.index, m.index + m[0].length, 'IP'));
      }
    }
    if (gates[2] && /\d\s?(?:dot|\[dot\]|\(dot\))\s?\d/.test(lower)) for (const m of execAll(IPV4_SPELLED, text)) push(out, span(text, m.index, m.index + m[0].length, 'IP'));
    if ((gates[3] || (gates[2] && text.includes('/'))) && URL_SPELLED_TLD.test(lower)) {
      for (const m of execAll(URL_SPELLED, text)) if (/dot|slash/i.test(m[0])) push(out, span(text, m.index, m.index + m[0].length, 'URL'));
    }
    if (text.includes(':') && (text.includes('::') || /[0-9a-f]{1,4}:[0-9a-f]{1,4}:/i.test(text))) for (const m of execAll(IPV6, text)) push(out, span(text, m.index, m.index + m[0].length, 'IP'));
    for (const m of hasAt ? execAll(AT_HANDLE, text) : []) {
      const handle = m[0].slice(1).toLowerCase();
      if (isMember(view, handle) || /^(?:here|everyone|channel|mod|mods|admin)$/.test(handle)) continue;
      push(out, span(text, m.index, m.index + m[0].length, 'HANDLE'));
    }
    // On `lower`: same offsets as `text`, with curly apostrophes normalised ("it’s jess.heals").
    for (const m of gates[0] ? execAll(NAMED_HANDLE, lower) : []) {
      const h = m[1] ?? '';
      const start = m.index + m[0].length - h.length;
      // "lily underscore moth", "quietorbit dot bsky dot social": the joiners said as words; "t-h-e-o": spelled out
      const tail = SPELLED_HANDLE_TAIL.exec(lower.slice(start + h.length, start + h.length + 80))?.[0] ?? '';
      if ((!handleLike(h) && !tail && !LETTER_BY_LETTER.test(h)) || isMember(view, h)) continue; // plain words ("my ig is private"), bare numbers, member ids
      push(out, span(text, start, start + h.length + tail.length, 'HANDLE'));
    }
    for (const m of gates[0] && ON_PLATFORM.test(lower) ? execAll(HANDLE_ON_PLATFORM, lower) : []) {
      const h = m[1] ?? '';
      if ((!handleLike(h) && !m[0].startsWith('@')) || isMember(view, h)) continue;
      const start = m.index + m[0].indexOf(h) - (m[0].startsWith('@') ? 1 : 0);
      push(out, span(text, start, start + h.length + (m[0].startsWith('@') ? 1 : 0), 'HANDLE'));
    }
    if (text.includes('$') && /cash ?app|venmo/.test(lower)) for (const m of execAll(CASHTAG, text)) push(out, span(text, m.index, m.index + m[0].length, 'HANDLE'));
    if (text.includes('#')) for (const m of execAll(DISCORD_TAG, text)) push(out, span(text, m.index, m.index + m[0].length, 'HANDLE'));
    return out;
  },
};

/**
 * The matches of EMAIL, as execAll(EMAIL, text) finds them, without trying every position: a long run of
 * letters with no '@' cost 64 steps forward and back at each of its characters (a third of the pathological
 * message's PHI time). A match uses the first '@' after its start, reached by a run of at most 64 local-part
 * characters, and whether it matches depends only on what follows the '@'; so for each '@' the leftmost
 * possible start is the only one worth trying, and if it fails no start before that '@' can match.
 */
function emails(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', pos)) {
    let start = at;
    while (start > pos && at - start < 64 && localPartChar(text.charCodeAt(start - 1))) start--;
    if (start === at) { pos = at + 1; continue; }
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (m) { out.push(m); pos = EMAIL_AT.lastIndex; } else pos = at + 1;
  }
  return out;
}

/** "kim dot lee", "jenna underscore morales": a local part, possibly spelled, read backwards from `end`. */
const SPELLED_JOIN_BEFORE = /(?:\s(?:dot|underscore|dash|hyphen)\s|\s?[\[(](?:dot|\.)[\])]\s?)$/i;
function localStart(text: string, end: number): number {
  let start = end;
  for (let part = 0; part < 4; part++) {
    const from = start;
    while (start > 0 && from - start < 64 && localPartChar(text.charCodeAt(start - 1))) start--;
    if (start === from) return from;
    const join = SPELLED_JOIN_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
    if (!join || start - join[0].length <= 0 || !localPartChar(text.charCodeAt(start - join[0].length - 1))) return start;
    start -= join[0].length;
  }
  return start;
}

/** Addresses with an '@' and a spelled dot, "kim@gmail dot com": the local part read backwards from each '@'. */
function atSpelledDomains(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  let prev = 0;
  for (let at = text.indexOf('@'); at !== -1; prev = at + 1, at = text.indexOf('@', at + 1)) {
    // each local-part character is read once: the walk back stops at the '@' before
    let start = at;
    while (start > prev && at - start < 64 && localPartChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    AT_SPELLED_DOMAIN.lastIndex = at;
    const m = AT_SPELLED_DOMAIN.exec(text);
    if (!m || !/dot/i.test(m[0]) || !TLD.test(/[a-z0-9-]+$/i.exec(m[0])?.[0] ?? '')) continue;
    push(out, span(text, start, at + m[0].length, 'EMAIL'));
  }
  return out;
}

/** [a-z0-9._%+-] under the i flag (without u, no other character folds to an ASCII letter). */
function localPartChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/** A handle a person chose: has a letter and a digit, dot, underscore or discriminator; not a bare word or number. */
function handleLike(h: string): boolean {
  // "2am", "20mg", "3rd", "5hrs": a number with its unit, not a chosen name
  return h.length >= 3 && /[a-z]/i.test(h) && /[._\d#]/.test(h) && !/^\d+[a-z]{1,3}$/i.test(h);
}

/**
 * A member of this conversation named by id ("u3"): a mention, not a handle. Transcripts (LABELING.md, the
 * local adapter) name members u1, u2...: such an id is a member even when they have not spoken in the window.
 */
const TRANSCRIPT_MEMBER_ID = /^u\d{1,4}$/;
function isMember(view: MessageView, h: string): boolean {
  const id = h.toLowerCase();
  return TRANSCRIPT_MEMBER_ID.test(id) || view.authorId.toLowerCase() === id || view.context.some((c) => c.authorId.toLowerCase() === id) || view.mentions.includes(id);
}
