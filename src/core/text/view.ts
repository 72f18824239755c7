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
  /** Whether the view's range is written differently in the span (split, traditional, a look-alike). */
  isEvasive(start: number, end: number): boolean;
}

const views = new WeakMap<TextSpan, SpellingView>();

/** The view of a span, made once per span object (a draft's spans live for one lint). */
export function spellingView(span: TextSpan): SpellingView {
  let view = views.get(span);
  if (!view) views.set(span, (view = makeView(span)));
  return view;
}

function makeView(span: TextSpan): SpellingView {
  const text = span.text;
  const n = text.length;
  const gap = gapTable();
  const fold = viewFoldTable();
  // Most spans have nothing to take out or fold: then the view is the span itself. Each gap run
  // is looked at once (a run is read to its end, and the scan goes on after it).
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (gap[c] !== 0) {
      const end = gapRunEnd(text, i, gap);
      if (gapRunReading(text, i, end) !== 'keep') {
        first = i;
        break;
      }
      i = end - 1;
    } else if (fold[c] !== c) {
      first = i;
      break;
    }
  }
  if (first < 0) return identityView(span);

  // Typed arrays: a long draft's view is built in a few milliseconds, not hundreds.
  const units = new Uint16Array(n);
  const origin = new Int32Array(n + 1);
  // evadedBefore[k]: how many evasive gap runs were taken out before the view's unit k.
  const evadedBefore = new Int32Array(n + 1);
  let k = 0;
  for (; k < first; k++) {
    units[k] = text.charCodeAt(k);
    origin[k] = k;
  }
  let evaded = 0;
  for (let i = first; i < n; ) {
    const c = text.charCodeAt(i);
    if (gap[c] !== 0) {
      const end = gapRunEnd(text, i, gap);
      const reading = gapRunReading(text, i, end);
      if (reading !== 'keep') {
        if (reading === 'evasive') evaded++;
        i = end;
        continue;
      }
      for (; i < end; i++, k++) {
        units[k] = text.charCodeAt(i);
        origin[k] = i;
        evadedBefore[k] = evaded;
      }
      continue;
    }
    units[k] = fold[c]!;
    origin[k] = i;
    evadedBefore[k] = evaded;
    k++;
    i++;
  }
  origin[k] = n;
  evadedBefore[k] = evaded;
  // Decoded in one native call (a lone surrogate reads as U+FFFD, one unit for one: offsets hold).
  const folded = utf16.decode(units.subarray(0, k));
  return {
    text: folded,
    span,
    toDocument(start, end) {
      const from = origin[start]!;
      const to = end > start ? graphemeEnd(text, origin[end - 1]! + 1) : from;
      return [span.start + from, span.start + to];
    },
    isEvasive(start, end) {
      if (end <= start) return false;
      if (evadedBefore[end - 1]! !== evadedBefore[start]!) return true;
      for (let i = origin[start]!; i <= origin[end - 1]!; i++) if (isTraditional(text.charCodeAt(i))) return true;
      return false;
    },
  };
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
    isEvasive: () => false,
  };
}
