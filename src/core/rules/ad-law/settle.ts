import { applyEdits } from '../../fixes';
import type { WordMatch } from '../../lexicon/types';
import { spanAt } from '../../text';
import type { TextEdit, TextSpan } from '../../types';
import { findAbsoluteTerms, type AbsoluteTermMatch, type FindContext } from './find';
import type { Rewrite } from './rewrite';

/** Reads a fixed text again: the rule's own matches, and medical-claim's (whose exemptions a rewrite could break). */
export type Rescan = (text: string, spans: readonly TextSpan[]) => { own: readonly WordMatch[]; medical: readonly WordMatch[] };

/** The edits a rewrite makes: the claim's, and its companion's taken away. */
export function rewriteEdits(r: Rewrite): TextEdit[] {
  const edits: TextEdit[] = [{ start: r.start, end: r.end, text: r.text }];
  if (r.companion) edits.push({ start: r.companion.start, end: r.companion.end, text: '' });
  return edits;
}

/**
 * A rewrite is chosen from the characters around it, so one fix can change the reading of its
 * neighbour (顶级万能 → 顶级多功能 now lets 顶级 take 高品质), and a rewrite can complete a phrase
 * with what precedes it. Fixes must settle in one round (issue 2 §6), so the rule applies its own
 * fixes, reads the result again, and withdraws the fix nearest to anything that changed, until
 * nothing does. Only fixes are withdrawn; every finding stays.
 */
function settleFixes(text: string, c: FindContext, found: AbsoluteTermMatch[], rescan: Rescan): void {
  // Read only when the fixed text holds a medical word at all (rarely): one scan fewer per line.
  let medicalBefore: Set<string> | null = null;
  for (let round = 0; round < 8; round++) {
    const fixed = found.filter((f) => f.rewrites.length > 0);
    if (fixed.length === 0) return;
    // A companion taken away by two claims' fixes is one edit.
    const seen = new Set<string>();
    const edits: TextEdit[] = [];
    const owner: AbsoluteTermMatch[] = [];
    for (const f of fixed) {
      for (const e of rewriteEdits(f.rewrites[0]!)) {
        const key = `${e.start}:${e.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edits.push(e);
        owner.push(f);
      }
    }
    const order = edits.map((_, i) => i).sort((a, b) => edits[a]!.start - edits[b]!.start);
    const sorted = order.map((i) => edits[i]!);
    const sortedOwner = order.map((i) => owner[i]!);
    // The edits never overlap, so their ends are sorted: the shift at a position is a prefix sum,
    // found by binary search (a big draft has thousands of edits).
    const shiftBefore = [0];
    for (const e of sorted) shiftBefore.push(shiftBefore[shiftBefore.length - 1]! + e.text.length - (e.end - e.start));
    const moved = (pos: number): number => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.end <= pos) lo = mid + 1;
        else hi = mid;
      }
      return pos + shiftBefore[lo]!;
    };
    const after = applyEdits(text, sorted);
    const afterSpans = c.spans.map((s) => {
      const start = moved(s.start);
      return { start, text: after.slice(start, moved(s.start + s.text.length)) };
    });
    const scanned = rescan(after, afterSpans);
    const again = findAbsoluteTerms(after, { ...c, spans: afterSpans }, scanned.own);
    const unfixed = new Set(found.filter((f) => f.rewrites.length === 0).map((f) => `${moved(f.start)}:${moved(f.end)}`));
    const unsettled: Array<{ start: number; end: number }> = again.filter((g) => g.rewrites.length > 0 || !unfixed.has(`${g.start}:${g.end}`));
    // A rewrite must not complete a medical claim either: 最好治愈 → 很好的治愈 would lose the
    // exemption 好治愈 ("so soothing") and make medical-claim fire.
    if (scanned.medical.length > 0) {
      medicalBefore ??= new Set(rescan(text, c.spans).medical.map((m) => `${m.start}:${m.end}`));
      const movedBack = new Set([...medicalBefore].map((k) => {
        const [a, b] = k.split(':').map(Number) as [number, number];
        return `${moved(a)}:${moved(b)}`;
      }));
      for (const m of scanned.medical) if (!movedBack.has(`${m.start}:${m.end}`)) unsettled.push(m);
    }
    if (unsettled.length === 0) return;
    // Where each edit applied this round lies in the fixed text (an earlier `g` may have withdrawn
    // its rewrite already). In order and apart, so the nearest to each `g` is found by binary
    // search: a line of 20,000 claims that each unsettle took 27 s edit by edit (issue 15).
    const from = sorted.map((e) => moved(e.start));
    const to = from.map((start, k) => start + sorted[k]!.text.length);
    for (const g of unsettled) if (sorted.length > 0) sortedOwner[nearestEdit(from, to, g)]!.rewrites = [];
  }
  for (const f of found) f.rewrites = [];
}

/**
 * The index of the edit nearest to `g` (distance 0 when they touch or overlap; the first of
 * equals). The edits lie in order and never overlap: `from` and `to` never decrease.
 */
function nearestEdit(from: readonly number[], to: readonly number[], g: { start: number; end: number }): number {
  const firstAtOrAfter = (values: readonly number[], value: number): number => {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The first edit not wholly before g; of those before it, the last ends nearest (the first of
  // those that end there is the first of equals).
  const after = firstAtOrAfter(to, g.start);
  if (after === 0) return 0;
  const before = firstAtOrAfter(to, to[after - 1]!);
  if (after === to.length) return before;
  return g.start - to[before]! <= Math.max(0, from[after]! - g.end) ? before : after;
}

/**
 * Everything a claim is judged by lies on its line: sentences end at a line break, and words,
 * names, links, mentions and 《titles》 never cross one. So each line with fixes settles on its
 * own, and a long document is read again only where its fixes are, instead of whole in every round.
 * `found` is in document order and never overlaps.
 */
export function settleByLine(text: string, c: FindContext, found: AbsoluteTermMatch[], rescan: Rescan): void {
  for (let i = 0; i < found.length; ) {
    const first = found[i]!;
    const span = spanAt(c.spans, first.start)!;
    const spanEnd = span.start + span.text.length;
    const lineStart = Math.max(span.start, text.lastIndexOf('\n', first.start - 1) + 1);
    const newline = text.indexOf('\n', first.end);
    const lineEnd = newline < 0 || newline > spanEnd ? spanEnd : newline;
    let j = i + 1;
    while (j < found.length && found[j]!.start < lineEnd) j++;
    const line = found.slice(i, j);
    if (line.some((f) => f.rewrites.length > 0)) {
      const lineText = text.slice(lineStart, lineEnd);
      const shift = (r: Rewrite): Rewrite => ({
        ...r,
        start: r.start - lineStart,
        end: r.end - lineStart,
        companion: r.companion && { start: r.companion.start - lineStart, end: r.companion.end - lineStart },
      });
      const local = line.map((f) => ({ ...f, start: f.start - lineStart, end: f.end - lineStart, rewrites: f.rewrites.map(shift) }));
      settleFixes(lineText, { ...c, spans: [{ text: lineText, start: 0 }] }, local, rescan);
      line.forEach((f, k) => {
        if (local[k]!.rewrites.length === 0) f.rewrites = [];
      });
    }
    i = j;
  }
}
