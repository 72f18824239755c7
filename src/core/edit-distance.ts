/**
 * Levenshtein distance (insertions, deletions and substitutions of UTF-16 units), for "did you
 * mean" suggestions: the CLI's unknown options (`--fomat`) and the config's unknown keys and
 * values (`"warn"`, `"adlaw"`). Both lists are short, so the plain two-row table is enough.
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
