import type { TextSpan } from '../types';
import { eachMatch } from './token';
import { spellingView } from './view';

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

/**
 * Ranges of the user's allowed words (`allow` in `.postlintrc.json`) in the text, so that
 * pattern hits honour them as word-list matches do.
 */
export function allowedRanges(text: string, allow: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const word of allow) {
    const w = word.trim();
    if (!w) continue;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push([at, at + w.length]);
  }
  return out;
}
