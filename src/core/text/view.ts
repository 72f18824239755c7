import { gapRunReading, gapTable, graphemeEnd, isTraditional, standardOf } from '../lexicon/spellings';
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

/** Folding for the view: width, traditional and variant characters, but not case and not 0 → o. */
function viewFold(c: number): number {
  if (c < 0x80) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return standardOf(c);
}

function makeView(span: TextSpan): SpellingView {
  const text = span.text;
  const gap = gapTable();
  // Most spans have nothing to take out or fold: then the view is the span itself. Each gap run
  // is looked at once (a run is read to its end, and the scan goes on after it).
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const c = text.charCodeAt(i);
    if (gap[c] !== 0) {
      const end = gapRunEnd(text, i, gap);
      if (gapRunReading(text, i, end) !== 'keep') plain = false;
      i = end - 1;
    } else if (viewFold(c) !== c) {
      plain = false;
    }
  }
  if (plain) return identityView(span);

  const units: number[] = [];
  const origin: number[] = [];
  // evasions[k]: how many evasive gap runs were taken out before the view's unit k.
  const evasions: number[] = [];
  let evaded = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (gap[c] !== 0) {
      const end = gapRunEnd(text, i, gap);
      const reading = gapRunReading(text, i, end);
      if (reading !== 'keep') {
        if (reading === 'evasive') evaded++;
        i = end;
        continue;
      }
      for (; i < end; i++) {
        units.push(text.charCodeAt(i));
        origin.push(i);
        evasions.push(evaded);
      }
      continue;
    }
    units.push(viewFold(c));
    origin.push(i);
    evasions.push(evaded);
    i++;
  }
  origin.push(text.length);
  evasions.push(evaded);
  let folded = '';
  for (let j = 0; j < units.length; j += 4096) folded += String.fromCharCode(...units.slice(j, j + 4096));
  const at = Int32Array.from(origin);
  const evadedBefore = Int32Array.from(evasions);
  return {
    text: folded,
    span,
    toDocument(start, end) {
      const from = at[start]!;
      const to = end > start ? graphemeEnd(text, at[end - 1]! + 1) : from;
      return [span.start + from, span.start + to];
    },
    isEvasive(start, end) {
      if (end <= start) return false;
      if (evadedBefore[end - 1]! !== evadedBefore[start]!) return true;
      for (let i = at[start]!; i <= at[end - 1]!; i++) if (isTraditional(text.charCodeAt(i))) return true;
      return false;
    },
  };
}

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
