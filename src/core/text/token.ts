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

/** Every match of a global regular expression as tokens. */
export function matchAll(re: RegExp, text: string): TextToken[] {
  const out: TextToken[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
