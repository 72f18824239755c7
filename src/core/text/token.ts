/**
 * A piece of post text a tokenizer recognised. Offsets are UTF-16 code units into the string
 * the tokenizer was given; callers that scan a draft's body add `draft.body.start`.
 */
export interface TextToken {
  start: number;
  end: number;
  /** The token exactly as written. */
  text: string;
}

/** Moves tokens found in a slice of a document to document offsets. */
export function shiftTokens<T extends TextToken>(tokens: readonly T[], by: number): T[] {
  return by === 0 ? [...tokens] : tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by }));
}

/** Whether `[start, end)` overlaps any of the (sorted or unsorted) tokens. */
export function overlapsAnyToken(start: number, end: number, tokens: readonly TextToken[]): boolean {
  for (const t of tokens) if (t.start < end && start < t.end) return true;
  return false;
}

/**
 * Calls `each` with every match of a global regular expression, as `text.matchAll(re)` yields
 * them (empty matches included, the search moving on one character, or one code point with the
 * `u` flag), without the copy of the expression and the iterator `matchAll` makes on every
 * call. `each` must not run the same expression. The expression's `lastIndex` is 0 again after.
 */
export function eachMatch(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
      each(m);
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** The next index after `i` (after the whole surrogate pair when `unicode`), as String.prototype.matchAll moves on. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/** Every match of a global regular expression as tokens. */
export function matchAll(re: RegExp, text: string): TextToken[] {
  const out: TextToken[] = [];
  eachMatch(re, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  return out;
}
