import type { TextSpan } from '../types';
import { eachMatch } from './token';
import { spellingView, type SpellingView } from './view';

/** A phrase family a word list cannot spell out: it carries a number or a short gap (转发到3个群). */
export interface PhrasePattern {
  id: string;
  category: string;
  /** Must have the `g` flag. */
  pattern: RegExp;
}

/** A phrase found by a word list or a pattern, in document offsets. */
export interface PhraseHit {
  start: number;
  end: number;
  /** As written in the document. */
  text: string;
  category: string | undefined;
  /** Written so as to hide it from a filter (see text/view.ts). */
  evasive?: boolean;
}

/**
 * Every match of the patterns in the spans, in document offsets. The patterns read each span
 * through evasive spellings (`spellingView`): 转 发 到 3 个 群 is found as 转发到3个群, and the
 * hit covers what is written.
 */
export function findPatternHits(spans: readonly TextSpan[], patterns: readonly PhrasePattern[]): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (const span of spans) {
    const view = spellingView(span);
    for (const p of patterns) {
      eachMatch(p.pattern, view.text, (m) => {
        if (m[0].length === 0) return;
        const [start, end] = view.toDocument(m.index, m.index + m[0].length);
        const hit: PhraseHit = { start, end, text: span.text.slice(start - span.start, end - span.start), category: p.category };
        if (view.isEvasive(m.index, m.index + m[0].length)) hit.evasive = true;
        out.push(hit);
      });
    }
  }
  return out;
}

/**
 * A family of phrase patterns (a rule's), with one gate in front: the patterns joined into one
 * expression, tried once per text. A text holds a hit of some pattern exactly when the joined
 * expression finds something in it, so most drafts pay one search instead of one per pattern,
 * and only the few the gate lets through are searched pattern by pattern.
 */
export class PatternFamily {
  private readonly gate: RegExp | null;

  constructor(readonly patterns: readonly PhrasePattern[]) {
    // Joining keeps each pattern's meaning when they share their flags and none refers back to a group.
    const flags = new Set(patterns.map((p) => p.pattern.flags.replace(/[gy]/g, '')));
    const joinable = patterns.length > 1 && flags.size === 1 && !patterns.some((p) => /\\(?:[1-9]|k<)/.test(p.pattern.source));
    this.gate = joinable ? new RegExp(patterns.map((p) => `(?:${p.pattern.source})`).join('|'), [...flags][0]) : null;
  }

  /** Whether some pattern has a hit in some span. */
  mayHit(spans: readonly TextSpan[]): boolean {
    const gate = this.gate;
    if (!gate) return this.patterns.length > 0;
    for (const span of spans) if (gate.test(spellingView(span).text)) return true;
    return false;
  }

  /** Every hit of every pattern in the spans, as `findPatternHits` gives them. */
  hits(spans: readonly TextSpan[]): PhraseHit[] {
    return this.mayHit(spans) ? findPatternHits(spans, this.patterns) : [];
  }

  /**
   * The hits that lie within `reach` units of a seed (document offsets): the patterns read only
   * the stretches of text around the seeds, never the whole text. A family whose every hit holds
   * one of its seeds (a word the engine's one pass over the draft already found) costs nothing on
   * a draft without them, and little on a long one: the same hits as `hits` as long as each hit
   * lies within `reach` of a seed it holds.
   */
  hitsNear(spans: readonly TextSpan[], seeds: ReadonlyArray<{ start: number; end: number }>, reach: number): PhraseHit[] {
    if (seeds.length === 0) return [];
    const out: PhraseHit[] = [];
    for (const w of windowsAround(spans, seeds, reach)) {
      const span = spans.find((s) => s.start <= w.start && w.start + w.text.length <= s.start + s.text.length)!;
      // The window is read in the span's own view (built once per span and shared by every
      // rule), not in a view of its own: the same reading of its marks, at no cost per window.
      const view = spellingView(span);
      const from = viewIndexAt(view, w.start);
      const to = viewIndexAt(view, w.start + w.text.length);
      const text = view.text.slice(from, to);
      const cutBefore = from > 0;
      const cutAfter = to < view.text.length;
      for (const p of this.patterns) {
        eachMatch(p.pattern, text, (m) => {
          const len = m[0].length;
          // A hit touching a window's cut edge may be the cut's doing (a look-behind seeing
          // nothing, an end of text that is not one): a real one lies within reach of its seed.
          if (len === 0 || (cutBefore && m.index === 0) || (cutAfter && m.index + len === text.length)) return;
          const [start, end] = view.toDocument(from + m.index, from + m.index + len);
          const hit: PhraseHit = { start, end, text: span.text.slice(start - span.start, end - span.start), category: p.category };
          if (view.isEvasive(from + m.index, from + m.index + len)) hit.evasive = true;
          out.push(hit);
        });
      }
    }
    return out;
  }
}

/**
 * The stretches of the spans within `reach` of the seeds, merged where they overlap or touch, as
 * spans of their own (document offsets kept). A window never splits a surrogate pair.
 */
export function windowsAround(spans: readonly TextSpan[], seeds: ReadonlyArray<{ start: number; end: number }>, reach: number): TextSpan[] {
  const sorted = [...seeds].sort((a, b) => a.start - b.start);
  const out: TextSpan[] = [];
  for (const span of spans) {
    const spanEnd = span.start + span.text.length;
    let from = -1;
    let to = -1;
    const flush = () => {
      if (from < 0) return;
      let a = from - span.start;
      let b = to - span.start;
      if (a > 0 && isLowSurrogate(span.text.charCodeAt(a))) a--;
      if (b < span.text.length && isLowSurrogate(span.text.charCodeAt(b))) b++;
      out.push({ text: span.text.slice(a, b), start: span.start + a });
    };
    for (const seed of sorted) {
      if (seed.end <= span.start || seed.start >= spanEnd) continue;
      const a = Math.max(span.start, seed.start - reach);
      const b = Math.min(spanEnd, seed.end + reach);
      if (from >= 0 && a <= to) to = Math.max(to, b);
      else {
        flush();
        from = a;
        to = b;
      }
    }
    flush();
  }
  return out;
}

/** The first index of the view at or after a document offset (the view's units map to rising offsets). */
function viewIndexAt(view: SpellingView, offset: number): number {
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.toDocument(mid, mid)[0] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Leftmost-longest: of overlapping hits, the one starting first (the longer on a tie) is kept. */
export function leftmostLongest<T extends { start: number; end: number }>(hits: readonly T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let lastEnd = -1;
  for (const h of sorted) {
    if (h.start < lastEnd) continue;
    kept.push(h);
    lastEnd = h.end;
  }
  return kept;
}
