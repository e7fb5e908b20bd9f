/**
 * Text that addresses the moderator instead of the group: instructions to the model, or something shaped like
 * our answer format or our data markers. Such a message is judged alone (never batched with others), may only
 * raise its own scores above the local verdict, and is withheld from other messages' context.
 * A false positive costs a little batching and context, never a verdict, so the patterns are broad.
 */
const PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(instructions?|prompts?|rules?|guidelines?|above|previous|prior|system)\b/i,
  /\b(system prompt|new instructions|you are now|developer mode|jailbreak|as an ai)\b/i,
  /\b(moderator|classifier|model|assistant|ai)\b[^.!?\n]{0,30}\b(score|rate|mark|label|flag)\b[^.!?\n]{0,30}\b(0|zero|low|safe|nothing|not)\b/i,
  /[{[]\s*"(items|item|scores?|reason|target|gaslighting|dismissal|blame_shifting|phi|crisis)"\s*:/i,
  /<\/?\s*(conversation_data|system|assistant|user|instructions?)\b/i,
  /```\s*json/i,
  /^\s*(system|assistant)\s*:/im,
];

export function looksLikeInjection(text: string): boolean {
  // Fold lookalikes and drop invisible characters first: "ign\u200Bore" and fullwidth letters are the same request.
  const folded = text.normalize('NFKC').replace(/\p{Cf}+/gu, '');
  return PATTERNS.some((re) => re.test(folded));
}

export const WITHHELD_CONTEXT = '[message withheld: it addressed the moderator]';
