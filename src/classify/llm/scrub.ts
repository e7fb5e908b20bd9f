/**
 * Last line of defence on the way out. PHI detection is the local classifier's job and its redacted text is
 * what we send; this pass only catches the unmistakable shapes a detector might have missed (an email, a long
 * digit run, a URL, an IP), so a detector bug cannot put them in a third party's API. Tags already in the
 * text ([PHONE], ...) are left alone.
 */
const RULES: readonly [RegExp, string][] = [
  // Bounded and anchored at the start of a run, so a 100 kB paste without '@' stays linear.
  [/(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g, '[EMAIL]'],
  [/\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]]/gi, '[URL]'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, '[IP]'],
  [/\b\d{3}-\d{2}-\d{4}\b/g, '[SSN]'],
  // Phone-like: 7+ digits with optional separators, or any run of 5+ digits (MRNs, accounts, ZIPs).
  [/(?:\+?\d[\s().-]{0,2}){7,}\d/g, '[PHONE]'],
  [/\b\d{5,}\b/g, '[NUMBER]'],
  // Social handles, but not our own member aliases.
  [/(?<![\w@])@(?!member_\d+\b|\[)[A-Za-z0-9_][A-Za-z0-9_.]{1,30}/g, '[HANDLE]'],
];

/** Format characters (zero-width space, joiners, bidi marks) next to letters, digits or @ only serve to split an identifier. */
const HIDDEN_SPLITTERS = /\p{Cf}+(?=[\w@.()+-])|(?<=[\w@.()+-])\p{Cf}+/gu;

export function scrubOutbound(text: string): string {
  // NFKC folds fullwidth and styled digits and letters to ASCII, so the shapes below see them.
  let out = text.normalize('NFKC').replace(HIDDEN_SPLITTERS, '');
  for (const [re, tag] of RULES) out = out.replace(re, tag);
  return out;
}
