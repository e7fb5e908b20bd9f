/**
 * Slack's message markup, both ways. Incoming text is turned into what a reader sees (the classifier
 * should not read `&lt;` or `<@U123|ann>`); outgoing text from the core is escaped so a quoted excerpt
 * can never ping `<!channel>` or forge a link.
 */

const USER_MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

/** User ids a message mentions, in order, without repeats. */
export function mentionsIn(text: string): string[] {
  return [...new Set([...text.matchAll(USER_MENTION)].map((m) => m[1] as string))];
}

/** Slack markup → plain text: `<@U1>` → `@U1`, `<#C1|general>` → `#general`, `<url|label>` → `label (url)`, entities decoded. */
export function plainText(text: string): string {
  return text
    .replace(USER_MENTION, (_m, id: string) => `@${id}`)
    .replace(/<#([CG][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `#${name || id}`)
    .replace(/<!subteam\^([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => name || `@${id}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, (_m, what: string) => `@${what}`)
    .replace(/<(https?:\/\/|mailto:)([^|>]+)(?:\|([^>]*))?>/g, (_m, scheme: string, rest: string, label?: string) => {
      const url = scheme === 'mailto:' ? rest : scheme + rest;
      return label && label !== url ? `${label} (${url})` : url;
    })
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Text the core wrote (a redacted excerpt, a notice) made safe to put inside mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Like escapeMrkdwn, but a line's leading "> " stays a block quote (the core's notices quote the excerpt). */
export function escapeKeepingQuotes(text: string): string {
  return text.split('\n').map((l) => (l.startsWith('> ') ? `> ${escapeMrkdwn(l.slice(2))}` : escapeMrkdwn(l))).join('\n');
}

/**
 * A slash-command argument as Slack escapes it (`<@U1|ann>`, `<#C1|review>`, `<!subteam^S1|@docs>`)
 * → the bare id; anything else is returned trimmed.
 */
export function idArgument(arg: string): string {
  const t = arg.trim();
  const m = /^<(?:@|#|!subteam\^)([A-Z0-9]+)(?:\|[^>]*)?>$/.exec(t);
  return m ? (m[1] as string) : t;
}

/** Every id-like markup in a config value replaced by its bare id: "<!subteam^S1|@a>,<!subteam^S2>" → "S1,S2". */
export function idsInValue(value: string): string {
  return value.replace(/<(?:@|#|!subteam\^)([A-Z0-9]+)(?:\|[^>]*)?>/g, (_m, id: string) => id);
}

/** Slack `ts` ("1700000000.000100") → epoch milliseconds. */
export function tsToMillis(ts: string): number {
  const n = Number.parseFloat(ts);
  return Number.isFinite(n) ? Math.round(n * 1000) : Number.NaN;
}
