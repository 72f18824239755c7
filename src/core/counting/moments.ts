import type { CountOptions } from './options';
import type { CountResult } from '../types';
import { countResult, resolveOptions } from './shared';

/**
 * WeChat Moments folds by what the text looks like, not by characters: typed text shows about
 * five to six lines and then a `全文` link (DESIGN.md §1). The model: lines of 16 full-width
 * glyphs, a half-width glyph takes half a place, every line break starts a new line, and the
 * post folds after 6 lines.
 *
 * The unit of this count, and of any configured `limit` or `foldAt`, is visual lines. WeChat
 * publishes no maximum length for Moments, so there is no limit unless the team sets one
 * (`rules.length.options.limit`, in lines, like everything this counter returns).
 */
export const MOMENTS_DEFAULTS = {
  /** Lines shown before `全文`. */
  foldAt: 6,
  limit: null,
} as const;

/** Full-width glyphs per line on a phone (a model: 16 Chinese characters). */
export const MOMENTS_LINE_WIDTH = 16;

/** Line width in half places: a half-width glyph is 1, a full-width one 2. */
const LINE_HALVES = MOMENTS_LINE_WIDTH * 2;

/**
 * Whether a code point takes a full-width place: CJK ideographs, kana, Hangul, full-width
 * forms, CJK punctuation, emoji, and the symbols Chinese fonts draw full-width (arrows,
 * circled numbers, shapes, ★, ——, ……, “”). Latin, digits, Greek, Cyrillic take half.
 */
export function isFullWidthCodePoint(cp: number): boolean {
  if (cp < 0x1100) return false;
  if (cp <= 0x115f) return true; // Hangul Jamo initials
  if (cp < 0x2e80) {
    if (cp === 0x2014 || cp === 0x2026 || cp === 0x203b || (cp >= 0x2018 && cp <= 0x201f)) return true;
    return cp >= 0x2100 && cp <= 0x2bff;
  }
  if (cp <= 0x303e) return true; // CJK radicals, Kangxi, CJK symbols and punctuation
  if (cp >= 0x3041 && cp <= 0x33ff) return true; // kana, Bopomofo, compatibility jamo, enclosed CJK
  if (cp >= 0x3400 && cp <= 0x4dbf) return true;
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp >= 0xa000 && cp <= 0xa4cf) return true; // Yi
  if (cp >= 0xa960 && cp <= 0xa97f) return true;
  if (cp >= 0xac00 && cp <= 0xd7a3) return true; // Hangul syllables
  if (cp >= 0xf900 && cp <= 0xfaff) return true;
  if (cp >= 0xfe10 && cp <= 0xfe19) return true;
  if (cp >= 0xfe30 && cp <= 0xfe6f) return true;
  if (cp >= 0xff00 && cp <= 0xff60) return true; // full-width forms
  if (cp >= 0xffe0 && cp <= 0xffe6) return true;
  if (cp >= 0x1f000 && cp <= 0x1faff) return true; // mahjong, cards, enclosed, emoji, pictographs
  if (cp >= 0x20000 && cp <= 0x3fffd) return true; // CJK extensions B and later
  return false;
}

const COMBINING_MARK = /^\p{M}$/u;

/** Code points that attach to the glyph before them instead of taking a place of their own. */
function extendsGlyph(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return true; // variation selectors
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return true; // skin tones
  if (cp >= 0xe0020 && cp <= 0xe007f) return true; // tag sequences (subdivision flags)
  if (cp >= 0xe0100 && cp <= 0xe01ef) return true;
  if (cp >= 0x4e00 && cp <= 0x9fff) return false; // fast path for the common case
  return COMBINING_MARK.test(String.fromCodePoint(cp));
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

function isLineBreak(cp: number): boolean {
  return cp === 10 || cp === 13 || cp === 0x2028 || cp === 0x2029;
}

/** Takes no place on the line (controls, zero-width spaces and joiners, BOM, soft hyphen). */
function isZeroWidth(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff;
}

/** Blank: takes a place but shows nothing, so a line of only these is not worth counting. */
function isBlank(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x0b || cp === 0x0c || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

function codePointLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/**
 * Counts a Moments post in visual lines. An emoji is one full-width glyph however many code
 * points make it (skin tones, ZWJ families, flags, keycaps). A line break belongs to the line it
 * ends; trailing blank lines and spaces are not counted (they show nothing). `foldOffset` is the
 * UTF-16 offset of the first glyph or line break on the first hidden line.
 */
export function countMoments(text: string, options?: CountOptions): CountResult {
  const { limit, foldAt } = resolveOptions(options, MOMENTS_DEFAULTS);
  const n = text.length;
  let line = 0;
  let used = 0;
  let breakPending = false;
  let lastVisibleLine = 0;
  let foldOffset: number | null = null;
  let limitOffset: number | null = null;

  let i = 0;
  while (i < n) {
    const start = i;
    const cp = text.codePointAt(i)!;
    i += codePointLength(cp);

    if (line === 0) line = 1;
    else if (breakPending) {
      line++;
      used = 0;
      breakPending = false;
    }

    if (isLineBreak(cp)) {
      if (cp === 13 && text.charCodeAt(i) === 10) i++;
      breakPending = true;
    } else {
      let width = isZeroWidth(cp) ? 0 : isFullWidthCodePoint(cp) ? 2 : 1;
      let visible = width > 0 && !isBlank(cp);
      if (isRegionalIndicator(cp) && i < n && isRegionalIndicator(text.codePointAt(i)!)) i += 2; // a flag
      // Swallow what attaches to this glyph: marks, variation selectors, skin tones, ZWJ + next.
      while (i < n) {
        const next = text.codePointAt(i)!;
        if (next === 0x200d) {
          i++;
          if (i < n && !isLineBreak(text.codePointAt(i)!)) {
            const joined = text.codePointAt(i)!;
            i += codePointLength(joined);
            if (isFullWidthCodePoint(joined)) width = 2;
            visible = true;
          }
        } else if (extendsGlyph(next)) {
          i += codePointLength(next);
          // VS16 and the keycap mark ask for emoji presentation: ©️, 1️⃣ are full-width pictures.
          if (next === 0xfe0f || next === 0x20e3 || (next >= 0x1f3fb && next <= 0x1f3ff)) {
            width = 2;
            visible = true;
          }
        } else break;
      }
      if (used > 0 && used + width > LINE_HALVES) {
        line++;
        used = 0;
      }
      used += width;
      if (visible) lastVisibleLine = line;
    }

    if (foldOffset === null && foldAt !== null && line > foldAt) foldOffset = start;
    if (limitOffset === null && limit !== null && line > limit) limitOffset = start;
  }

  return countResult('moments', 'lines', { limit, foldAt }, { length: lastVisibleLine, foldOffset, limitOffset });
}
