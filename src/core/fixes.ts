import type { Finding, TextEdit } from './types';

/**
 * Applies the first fix of each finding, in document order, skipping any fix whose edits
 * overlap an edit already taken (ESLint's rule: one pass, no conflicts; run again for more).
 * Only the fixed ranges change: every other character of the text is kept as it was.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const chosen: TextEdit[] = [];
  let applied = 0;
  const candidates = findings
    .filter((f) => f.fixes.length > 0)
    .map((f) => f.fixes[0]!.edits)
    .sort((a, b) => firstStart(a) - firstStart(b));
  for (const edits of candidates) {
    if (!edits.every((e) => validEdit(text, e))) continue;
    if (edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...edits);
    applied++;
  }
  return { text: applyEdits(text, chosen), applied };
}

/** Applies non-overlapping edits (in any order) to the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function firstStart(edits: readonly TextEdit[]): number {
  return edits.reduce((m, e) => Math.min(m, e.start), Number.MAX_SAFE_INTEGER);
}

function validEdit(text: string, e: TextEdit): boolean {
  return Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length;
}

/** Two edits conflict when their ranges overlap, or when both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
