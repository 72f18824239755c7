import type { Finding, TextEdit } from './types';

/** The edits of a fix-all, and the findings they fix. */
export interface FixPlan {
  /** Non-overlapping edits, in document order. */
  edits: TextEdit[];
  /** The findings those edits fix. */
  fixed: Finding[];
}

/**
 * The first fix of each finding (of those `keep` keeps), taken in the order of their first edit,
 * skipping a fix with an edit outside the text, with edits that overlap one another, or with an
 * edit that overlaps one already taken (ESLint's rule: one pass, no conflicts; run again for
 * more). The CLI's `--fix`, the editor's fix-all and "fix all of a rule" all choose this way.
 *
 * Time O(n log n) in the number of fixes: a draft can have hundreds of thousands, and checking
 * each against every fix taken before (as this once did) took minutes.
 */
export function planFixes(text: string, findings: readonly Finding[], keep?: (finding: Finding) => boolean): FixPlan {
  const candidates: Array<{ finding: Finding; edits: readonly TextEdit[]; first: number }> = [];
  for (const finding of findings) {
    const edits = finding.fixes[0]?.edits;
    if (!edits || edits.length === 0 || (keep && !keep(finding))) continue;
    let first = Number.MAX_SAFE_INTEGER;
    for (const e of edits) first = Math.min(first, e.start);
    candidates.push({ finding, edits, first });
  }
  // Stable: fixes starting at the same place keep the findings' order.
  candidates.sort((a, b) => a.first - b.first);

  const taken = new DisjointEdits();
  const fixed: Finding[] = [];
  for (const { finding, edits } of candidates) {
    if (!edits.every((e) => isValidEdit(text, e))) continue;
    if (edits.length > 1 && !DisjointEdits.areDisjoint(edits)) continue;
    if (edits.some((e) => taken.conflicts(e))) continue;
    for (const e of edits) taken.add(e);
    fixed.push(finding);
  }
  return { edits: taken.inOrder(), fixed };
}

/**
 * Applies the first fix of each finding, as `planFixes` chooses them. Only the fixed ranges
 * change: every other character of the text is kept as it was.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const plan = planFixes(text, findings);
  return { text: applyEdits(text, plan.edits), applied: plan.fixed.length };
}

/** Applies non-overlapping edits (in any order) to the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort(byPosition);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

export function isValidEdit(text: string, e: TextEdit): boolean {
  return Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length;
}

/** Two edits conflict when their ranges overlap, or when both insert at the same point. */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Edits no two of which conflict, kept in document order. In that order their ends never
 * decrease too (an edit ending before the one before it would lie inside it), so whether a new
 * edit conflicts with any of them is one binary search and a look at its two neighbours.
 */
class DisjointEdits {
  private readonly edits: TextEdit[] = [];

  /** Whether no two of `edits` conflict. */
  static areDisjoint(edits: readonly TextEdit[]): boolean {
    const set = new DisjointEdits();
    for (const e of edits) {
      if (set.conflicts(e)) return false;
      set.add(e);
    }
    return true;
  }

  conflicts(e: TextEdit): boolean {
    const edits = this.edits;
    // The first edit that ends after e starts: the only one that can overlap it.
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[mid]!.end <= e.start) lo = mid + 1;
      else hi = mid;
    }
    const next = edits[lo];
    if (e.start !== e.end) return next !== undefined && next.start < e.end;
    // An insertion conflicts with an edit around its point, or with an insertion at the same
    // point: that one ends where e starts, so it is the last edit before `next`.
    if (next !== undefined && next.start < e.start) return true;
    const previous = edits[lo - 1];
    return previous !== undefined && previous.start === e.start && previous.end === e.start;
  }

  add(e: TextEdit): void {
    const edits = this.edits;
    const last = edits[edits.length - 1];
    // Fixes are taken in order of their first edit, so with one edit per fix (every built-in
    // rule's) each new edit goes last; only a later edit of a multi-edit fix goes in between.
    if (!last || byPosition(last, e) <= 0) {
      edits.push(e);
      return;
    }
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byPosition(edits[mid]!, e) <= 0) lo = mid + 1;
      else hi = mid;
    }
    edits.splice(lo, 0, e);
  }

  inOrder(): TextEdit[] {
    return this.edits;
  }
}
