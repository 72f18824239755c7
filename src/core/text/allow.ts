import { foldText } from '../lexicon/matcher';

/**
 * The user's allowed words (`allow` in `.postlintrc.json`), found as the word-list matcher finds
 * them: case, width, traditional and variant characters folded (lexicon/spellings.ts `foldUnit`),
 * so that `allow` means the same for every rule — the matcher drops a list's match over an
 * allowed word, and the rules drop their pattern hits (and ad-law its state endorsements) over
 * these ranges.
 */
export function allowedRanges(text: string, allow: readonly string[], from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (allow.length === 0) return out;
  // Folding keeps every unit where it was: offsets in the folded text are offsets in the text.
  const folded = foldText(from === 0 && to === text.length ? text : text.slice(from, to));
  for (const word of allow) {
    const w = foldText(word.trim());
    if (!w) continue;
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) out.push([from + at, from + at + w.length]);
  }
  return out;
}

/** The allowed words folded the same way, for rules that compare a whole word (shouting's capitals). */
export function foldedAllowedWords(allow: readonly string[]): Set<string> {
  return new Set(allow.map((w) => foldText(w.trim())).filter(Boolean));
}
