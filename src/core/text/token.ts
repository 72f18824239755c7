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

type Range = { readonly start: number; readonly end: number } | readonly [number, number];

/**
 * `overlapsAnyToken` for many questions about the same ranges (tokens or `[start, end]` pairs),
 * in O(log n) each instead of O(n): the ranges sorted by start, with the furthest end among
 * those starting before each one. A big draft asks once per mention, topic or match.
 */
export function overlapsAnyOf(ranges: readonly Range[]): (start: number, end: number) => boolean {
  const n = ranges.length;
  if (n === 0) return () => false;
  let starts = new Float64Array(n);
  let ends = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const r = ranges[i]!;
    starts[i] = 'start' in r ? r.start : r[0];
    ends[i] = 'start' in r ? r.end : r[1];
    if (i > 0 && starts[i]! < starts[i - 1]!) sorted = false;
  }
  if (!sorted) {
    const order = orderByStart(starts);
    const s = new Float64Array(n);
    const e = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = starts[order[i]!]!;
      e[i] = ends[order[i]!]!;
    }
    starts = s;
    ends = e;
  }
  // The furthest end among the ranges up to each one.
  const reach = ends;
  for (let i = 1; i < n; i++) if (reach[i - 1]! > reach[i]!) reach[i] = reach[i - 1]!;
  const first = starts;
  return (start, end) => {
    // The ranges starting before `end` are a prefix; does the furthest-reaching one pass `start`?
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (first[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > start;
  };
}

/**
 * Indices of `starts` in ascending order (stable): a merge sort that starts from the runs
 * already in order, so ranges gathered as a few sorted lists (a draft's mentions, then its links,
 * then its titles) take a merge or two, without a comparator called per pair.
 */
function orderByStart(starts: Float64Array): Int32Array {
  const n = starts.length;
  let order = new Int32Array(n);
  let into = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let bounds: number[] = [0];
  for (let i = 1; i < n; i++) if (starts[i]! < starts[i - 1]!) bounds.push(i);
  bounds.push(n);
  while (bounds.length > 2) {
    const merged: number[] = [0];
    for (let k = 0; k + 1 < bounds.length; k += 2) {
      const lo = bounds[k]!;
      const mid = bounds[k + 1]!;
      const hi = k + 2 < bounds.length ? bounds[k + 2]! : mid;
      let i = lo;
      let j = mid;
      let o = lo;
      while (i < mid && j < hi) into[o++] = starts[order[j]!]! < starts[order[i]!]! ? order[j++]! : order[i++]!;
      while (i < mid) into[o++] = order[i++]!;
      while (j < hi) into[o++] = order[j++]!;
      merged.push(hi);
    }
    [order, into] = [into, order];
    bounds = merged;
  }
  return order;
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

/**
 * The last few results of a tokenizer, by text (and platform). During one lint the same body is
 * tokenized by several rules and analyses (links alone by the counter, ad density, the tone
 * summary, shouting, the mention and topic finders and ad-law); each now costs one scan. Every
 * caller gets its own copy of the array (the tokens in it are shared and never changed).
 */
export function rememberLast<T>(find: (text: string, key: string) => T[]): (text: string, key: string) => T[] {
  const SIZE = 4;
  const texts: string[] = [];
  const keys: string[] = [];
  const results: T[][] = [];
  let next = 0;
  return (text, key) => {
    for (let i = 0; i < texts.length; i++) if (keys[i] === key && texts[i] === text) return results[i]!.slice();
    const result = find(text, key);
    texts[next] = text;
    keys[next] = key;
    results[next] = result;
    next = (next + 1) % SIZE;
    return result.slice();
  };
}
