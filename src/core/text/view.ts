import { gapRunReading, gapTable, graphemeEnd, isTraditional, viewFoldTable } from '../lexicon/spellings';
import type { TextSpan } from '../types';

/**
 * A span read as a platform's filter reads it (issue 11): the marks people put between the
 * characters of a term to hide it taken out (转 发 抽 奖、转*发、转🔥发 → 转发), traditional and
 * full-width characters as their simplified and half-width forms (轉發 → 转发, ３个群 → 3个群),
 * variant characters as the standard one (袪 → 祛, not evasive).
 * Case is kept and digits stay digits, so a rule's patterns read the view as they would read
 * plain text. Offsets of the view map back to the span, and a hit that reads differently from
 * what is written is evasive.
 *
 * Gap units (lexicon/spellings.ts `gapTable`) are taken out only where they stand between two
 * characters of Chinese text (or a Chinese character and a digit or letter), at most
 * `MAX_GAP_RUN` in a row: the spaces of English text and the line breaks stay.
 */
export interface SpellingView {
  /** The span's text as read. */
  readonly text: string;
  /** The span the view reads. */
  readonly span: TextSpan;
  /** Document offsets of a range of the view: from its first unit to after its last (whole graphemes). */
  toDocument(start: number, end: number): [number, number];
  /**
   * Where a document offset inside the span stands in the view: the first unit of the view that
   * was written at or after it (a rule that knows a place from a word list reads around it in the view).
   */
  fromDocument(offset: number): number;
  /** Whether the view's range is written differently in the span (split, traditional, a look-alike). */
  isEvasive(start: number, end: number): boolean;
}

/**
 * The views of the last spans asked for: a lint asks for its title's and its body's again and
 * again (each pattern family does), and a map keyed by every span ever linted would cost more
 * than it saves.
 */
const recent: Array<{ span: TextSpan; view: SpellingView }> = [];
const RECENT = 4;

/** The view of a span, made once per span object (a draft's spans live for one lint). */
export function spellingView(span: TextSpan): SpellingView {
  for (const r of recent) if (r.span === span) return r.view;
  const view = makeView(span);
  recent.unshift({ span, view });
  if (recent.length > RECENT) recent.pop();
  return view;
}

/**
 * The view of a span read once and thrown away (a sentence a rule reads around a word it found),
 * kept out of the cache so that it does not push out the views of the draft's own spans.
 */
export function passingView(span: TextSpan): SpellingView {
  return makeView(span);
}

/**
 * A run of gap units the view takes out: where it stands in the span, and how many units of the
 * span were taken out before its end (so that a view offset maps back with a binary search).
 */
interface TakenOut {
  start: number;
  end: number;
  evasive: boolean;
  /** Units taken out up to and including this run. */
  removedBefore: number;
}

/**
 * One scan: the runs to take out and whether any character folds. Most spans need neither, and
 * most of the rest only lose a few runs, so the view's text is a few slices of the span; its
 * offsets are mapped back only for the rare hit (issue 11: a view per lint must cost little).
 */
function makeView(span: TextSpan): SpellingView {
  const text = span.text;
  const n = text.length;
  const gap = gapTable();
  const fold = viewFoldTable();
  const runs: TakenOut[] = [];
  let folds = false;
  let removed = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (gap[c] !== 0) {
      const end = gapRunEnd(text, i, gap);
      const reading = gapRunReading(text, i, end);
      if (reading !== 'keep') {
        removed += end - i;
        runs.push({ start: i, end, evasive: reading === 'evasive', removedBefore: removed });
      }
      i = end - 1;
    } else if (!folds && fold[c] !== c) {
      folds = true;
    }
  }
  if (runs.length === 0 && !folds) return identityView(span);

  let kept = '';
  let from = 0;
  for (const r of runs) {
    kept += text.slice(from, r.start);
    from = r.end;
  }
  kept += text.slice(from);
  const viewText = folds ? foldString(kept, fold) : kept;

  /** The span offset of the view's unit `i` (the binary search over the runs before it). */
  const origin = (i: number): number => {
    let lo = 0;
    let hi = runs.length;
    // The runs whose kept text ends at or before view offset i: run k starts at view offset start - removed before it.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = runs[mid]!;
      if (r.start - (r.removedBefore - (r.end - r.start)) <= i) lo = mid + 1;
      else hi = mid;
    }
    return i + (lo > 0 ? runs[lo - 1]!.removedBefore : 0);
  };
  return {
    text: viewText,
    span,
    toDocument(start, end) {
      const from = origin(start);
      const to = end > start ? graphemeEnd(text, origin(end - 1) + 1) : from;
      return [span.start + from, span.start + to];
    },
    fromDocument(offset) {
      const t = offset - span.start;
      // The runs taken out before `t`: after the last of them, the view is behind the span by all they removed.
      let lo = 0;
      let hi = runs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (runs[mid]!.start < t) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0) return t;
      const r = runs[lo - 1]!;
      return t < r.end ? r.end - r.removedBefore : t - r.removedBefore;
    },
    isEvasive(start, end) {
      if (end <= start) return false;
      const a = origin(start);
      const b = origin(end - 1);
      for (const r of runs) if (r.evasive && r.start > a && r.end <= b) return true;
      for (let i = a; i <= b; i++) if (isTraditional(text.charCodeAt(i))) return true;
      return false;
    },
  };
}

/** The view's folding of a string (width, traditional and variant characters), unit for unit. */
function foldString(s: string, fold: Uint16Array): string {
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = fold[s.charCodeAt(i)]!;
  // Decoded in one native call (a lone surrogate reads as U+FFFD, one unit for one: offsets hold).
  return utf16.decode(units);
}

const utf16 = new TextDecoder('utf-16le');

/** The end of the run of gap units that starts at `i`. */
function gapRunEnd(text: string, i: number, gap: Uint8Array): number {
  let end = i;
  while (end < text.length && gap[text.charCodeAt(end)] !== 0) end++;
  return end;
}

function identityView(span: TextSpan): SpellingView {
  return {
    text: span.text,
    span,
    toDocument: (start, end) => [span.start + start, span.start + graphemeEnd(span.text, end)],
    fromDocument: (offset) => Math.max(0, Math.min(span.text.length, offset - span.start)),
    isEvasive: () => false,
  };
}
