import type { TextEdit } from '../types';

/** Marks that end a sentence (and so may be dropped together with the clause they close). */
const SENTENCE_END = /[。.！!？?…~～]/;
/** Marks that separate clauses inside a sentence. */
const CLAUSE_SEPARATOR = /[，,、；;：:]/;
/** Any punctuation a clause may end with, as one run (`！！`, `。`, `～～`). */
const TRAILING_MARK = /[。.！!？?…~～，,、；;：:]/;

function isLineBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/**
 * The edit that deletes the phrase `[start, end)` when it is a clause on its own, so that what is
 * left still reads as written: `好消息！不转不是中国人！今天…` → `好消息！今天…`;
 * `快来看，转发后一生平安。` → `快来看。`. Line breaks are never part of the deletion: a line holding
 * only the phrase is left empty rather than joined to its neighbours.
 * Returns null when the phrase is part of a longer clause (`转发集赞即可领取小样` — deleting
 * `转发集赞` would leave a broken sentence), which is when a rule must not offer deletion.
 *
 * `from`/`to` bound the text the phrase lives in (the draft body), so a deletion never reaches
 * into front matter.
 */
export function standaloneClauseDeletion(text: string, start: number, end: number, from = 0, to = text.length): TextEdit | null {
  const before = start > from ? text[start - 1] : undefined;
  const after = end < to ? text[end] : undefined;
  const leftOpen = before === undefined || isLineBreak(before) || SENTENCE_END.test(before) || /[ \t\u3000]/.test(before) || CLAUSE_SEPARATOR.test(before);
  const rightOpen = after === undefined || isLineBreak(after) || TRAILING_MARK.test(after) || /[ \t\u3000]/.test(after);
  if (!leftOpen || !rightOpen) return null;

  // A clause after a separator (甲，短语。) goes with its separator; the sentence's own end mark stays.
  if (before !== undefined && CLAUSE_SEPARATOR.test(before)) {
    const beforeSeparator = start - 1 > from ? text[start - 2] : undefined;
    // …unless nothing but a line start or other marks stands before the separator (`，短语！`).
    if (beforeSeparator !== undefined && !TRAILING_MARK.test(beforeSeparator) && !/\s/.test(beforeSeparator)) {
      return { start: start - 1, end, text: '' };
    }
  }

  // Otherwise the clause starts a sentence: take its trailing marks and spaces with it. Line
  // breaks stay: a fix edits the phrase and the punctuation next to it, never the lines around it.
  let stop = end;
  while (stop < to && TRAILING_MARK.test(text[stop]!)) stop++;
  while (stop < to && /[ \t\u3000]/.test(text[stop]!)) stop++;
  return { start, end: stop, text: '' };
}

const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
];

/**
 * Ranges inside quotation marks on one line (the marks excluded): text the writer quotes rather
 * than says, e.g. 公告原文写着“本公司保留最终解释权”.
 */
export function findQuotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    // The first line break after the current opening mark (the text's length when none): found
    // once and kept while the marks stay before it, so no stretch of text is searched twice.
    let lineBreak = -1;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      if (lineBreak <= a) {
        lineBreak = text.indexOf('\n', a + 1);
        if (lineBreak < 0) lineBreak = text.length;
      }
      if (lineBreak < b) {
        // The quote would cross a line. So would one from any opening mark before the last line
        // break ahead of `b`: `b` closes them all. The next candidate opens after that break.
        // (Trying the openings one by one made many lines opening a “, closed once at the end,
        // cost the square of the text's length.)
        from = text.lastIndexOf('\n', b - 1) + 1;
        continue;
      }
      out.push([a + 1, b]);
      from = b + 1;
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/** Whether `[start, end)` lies wholly inside one of the ranges. */
export function insideAny(start: number, end: number, ranges: ReadonlyArray<[number, number]>): boolean {
  for (const [a, b] of ranges) if (a <= start && end <= b) return true;
  return false;
}

/**
 * `insideAny` for many questions about the same ranges, in O(log n) each: the ranges sorted by
 * start, with the furthest end among those starting at or before each one.
 */
export function insideAnyOf(ranges: ReadonlyArray<readonly [number, number]>): (start: number, end: number) => boolean {
  if (ranges.length === 0) return () => false;
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const starts = sorted.map((r) => r[0]);
  let furthest = -Infinity;
  const reach = sorted.map((r) => (furthest = Math.max(furthest, r[1])));
  return (start, end) => {
    // The ranges starting at or before `start` are a prefix; does the furthest-reaching one cover `end`?
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= end;
  };
}
