const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/uy;

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * The words of a lower-cased text, exactly as the global regex `[a-z0-9]+(?:'[a-z]+)?` finds them (with
 * `marks`: also `[?!]` and one `\p{Extended_Pictographic}` code point, under the u flag), without a match
 * array per word: the model's features walk every word of every message.
 */
export class WordCursor {
  /** [start, end) of the current word. */
  start = 0;
  end = 0;
  private pos = 0;

  constructor(private readonly text: string, private readonly marks: boolean) {}

  /** Moves to the next word; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isAlnum(c)) {
        let j = i + 1;
        while (j < n && isAlnum(text.charCodeAt(j))) j++;
        if (j + 1 < n && text.charCodeAt(j) === 39 && isLetter(text.charCodeAt(j + 1))) {
          j += 2;
          while (j < n && isLetter(text.charCodeAt(j))) j++;
        }
        return this.found(i, j);
      }
      if (this.marks) {
        if (c === 63 || c === 33) return this.found(i, i + 1);
        if (c >= 128) {
          // No ASCII character is pictographic; the regex steps over whole code points.
          EXTENDED_PICTOGRAPHIC.lastIndex = i;
          const m = EXTENDED_PICTOGRAPHIC.exec(text);
          if (m) return this.found(i, i + m[0].length);
          i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
          continue;
        }
      }
      i++;
    }
    this.pos = n;
    return false;
  }

  get word(): string {
    return this.text.slice(this.start, this.end);
  }

  private found(start: number, end: number): boolean {
    this.start = start;
    this.end = end;
    this.pos = end;
    return true;
  }
}
