import type { AdLawEntry } from '../../lexicon/ad-law';
import { LIKING } from '../../lexicon/ad-law/governed';
import { AD_LAW_LISTS, isAdLawEntry } from '../../lexicon/ad-law';
import type { TextSpan } from '../../types';
import type { ClaimVerdict } from './judge';
import { followingKind, numberFollows } from './judge';

/**
 * The rewrite a fix applies to a claim (issue 11, "fixes that read as Chinese"), chosen by where
 * the claim stands:
 * - a word with rewrites of its own takes the one that fits what follows (最好的 → 很好的,
 *   最强性能 → 很强的性能, 效果最好 → 效果很好);
 * - a seed that governs a phrase is taken away and the phrase kept: 最显瘦的 → 显瘦的,
 *   最受年轻人欢迎 → 受年轻人欢迎, 最为实穿 → 实穿, 绝对舒适 → 舒适; a one-character phrase
 *   keeps its degree instead (最暖的 → 很暖的), since 暖的 alone reads thin;
 * - a scoped claim drops its scope and takes the claim's own rewrite (全网最好的 → 很好的,
 *   史上最强 → 很强, 全网最耐穿的 → 耐穿的);
 * - a claim its sentence makes absolute with 没有之一 takes that companion away too, or the
 *   rewrite would contradict it (最好吃的螺蛳粉，没有之一 → 很好吃的螺蛳粉).
 * Where no rewrite reads well, there is none: the hover offers alternatives instead.
 */
export interface Rewrite {
  /** The range the rewrite replaces (inside the claim). */
  start: number;
  end: number;
  text: string;
  /** A companion phrase (没有之一, with the comma before it) taken away with it. */
  companion?: { start: number; end: number };
}

/** Every ad-law entry by its word, for a scoped claim's own rewrite. */
let entriesByWord: Map<string, AdLawEntry> | null = null;
function entryOf(word: string): AdLawEntry | undefined {
  if (!entriesByWord) {
    entriesByWord = new Map();
    for (const list of AD_LAW_LISTS) {
      if (list.id === 'ad-law/scope') continue;
      for (const e of list.entries) if (isAdLawEntry(e) && !e.exempt && !entriesByWord.has(e.word)) entriesByWord.set(e.word, e);
    }
  }
  return entriesByWord.get(word);
}

/**
 * Where a scoped claim really ends: 全网最好 in 全网最好吃的 is 全网 + 最好吃, a word of its own
 * with its own rewrite (很好吃), not 最好 + 吃.
 */
export function scopedClaimEnd(text: string, m: { start: number; end: number }, e: AdLawEntry, spanEnd: number): number {
  if (!e.claimPart) return m.end;
  const claimStart = m.end - e.claimPart.length;
  for (let extra = 2; extra >= 1; extra--) {
    if (m.end + extra <= spanEnd && entryOf(text.slice(claimStart, m.end + extra))) return m.end + extra;
  }
  return m.end;
}

/** The words an entry's rewrite may be: those that fit anywhere, then those for what follows. */
function fittingWords(text: string, at: number, end: number, e: AdLawEntry, span: TextSpan): string[] {
  const previous = at > span.start ? text[at - 1]! : '';
  if (previous && e.noFixAfter?.includes(previous)) return [];
  const kind = followingKind(text, end, span.start + span.text.length);
  return [...new Set([...(e.replacements ?? []), ...(e.fit?.[kind] ?? [])])];
}

/** 没有之一 later in the claim's sentence, with the comma or space before it. */
const COMPANION = /^[^。！？!?\n]{0,16}?([，,、\s]*没有之一)/;

export function rewritesFor(text: string, m: { start: number; end: number }, e: AdLawEntry, span: TextSpan, verdict: ClaimVerdict): Rewrite[] {
  let rewrites: Rewrite[];
  if (e.word === '没有之一') {
    // Away with it, and with the comma before it.
    let start = m.start;
    while (start > span.start && /[，,、\s]/.test(text[start - 1]!)) start--;
    return [{ start, end: m.end, text: '' }];
  }
  // 我用过最好用的、吃过最好吃的: the superlative completes the clause of an experience, and no
  // degree word fits there (我用过很好用的 does not read).
  if (m.start > span.start && text[m.start - 1] === '过') return [];
  // 全网最低只要99元: the claim qualifies the price after it, and no degree word takes its place.
  const base = e.claimPart ? entryOf(e.claimPart) : e;
  if (base?.specBeforeNumber && numberFollows(text, m.end, span.start + span.text.length)) return [];
  if (e.governs && verdict.governed) {
    // 女神们的最爱: 爱 is a noun there, and no rewrite keeps the sentence.
    if (LIKING.some((w) => text.startsWith(w, verdict.governed!.phraseStart)) && text[m.start - 1] === '的' && verdict.governed.phraseEnd - verdict.governed.phraseStart === 1) return [];
    rewrites = [seedRewrite(text, m, verdict.governed, span)];
  } else if (e.claimPart && !e.replacements) {
    // The claim as it stands, which may run on past the scoped entry (全网最好吃 holds 最好吃).
    const claim = entryOf(text.slice(m.end - e.claimPart.length, verdict.end)) ?? entryOf(e.claimPart);
    rewrites = claim ? fittingWords(text, m.start, verdict.end, claim, span).map((word) => ({ start: m.start, end: verdict.end, text: word })) : [];
  } else {
    rewrites = fittingWords(text, m.start, m.end, e, span).map((word) => ({ start: m.start, end: m.end, text: word }));
  }
  if (rewrites.length === 0) return rewrites;
  const spanEnd = span.start + span.text.length;
  const found = COMPANION.exec(text.slice(verdict.end, Math.min(spanEnd, verdict.end + 40)));
  if (!found) return rewrites;
  const companionEnd = verdict.end + found[0].length;
  const companion = { start: companionEnd - found[1]!.length, end: companionEnd };
  return rewrites.map((r) => ({ ...r, companion }));
}

/** A seed's rewrite: away with the seed (and 为/是 after it), or 很 before a one-character phrase. */
function seedRewrite(text: string, m: { start: number; end: number }, g: { phraseStart: number; phraseEnd: number }, span: TextSpan): Rewrite {
  const spanEnd = span.start + span.text.length;
  const oneCharacter = g.phraseEnd - g.phraseStart === 1 && followingKind(text, g.phraseEnd, spanEnd) !== 'word';
  if (oneCharacter && text[m.start] !== '绝') return { start: m.start, end: g.phraseStart, text: '很' };
  return { start: m.start, end: g.phraseStart, text: '' };
}

/** The fix's title, in the result's locale. */
export function rewriteTitle(text: string, r: Rewrite, t: (s: { zh: string; en: string }) => string): string {
  const removed = text.slice(r.start, r.end).replace(/^[，,、\s]+/, '').trim();
  const main =
    r.text === ''
      ? t({ zh: `删去“${removed}”`, en: `Remove “${removed}”` })
      : r.end - r.start <= 1 && /^[最醉蕞]$/.test(removed)
        ? t({ zh: `把“${removed}”改为“${r.text}”`, en: `Replace “${removed}” with “${r.text}”` })
        : t({ zh: `改为“${r.text}”`, en: `Replace with “${r.text}”` });
  if (!r.companion) return main;
  const companion = text.slice(r.companion.start, r.companion.end).replace(/^[，,、\s]+/, '');
  return main + t({ zh: `，并删去“${companion}”`, en: `, and remove “${companion}”` });
}
