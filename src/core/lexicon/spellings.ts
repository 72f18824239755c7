import { PINYIN_GROUPS, TRADITIONAL_PAIRS } from './spellings.generated';

/**
 * How a term can be spelled so that a reader still reads it but a word filter does not (issue 11,
 * DESIGN.md §2: "All law rules read through evasive spellings"): other forms of the same
 * characters, which the matcher folds before it matches, and marks between the characters, which
 * it steps over inside a term. Platforms' own filters read through both, and so does a regulator.
 *
 * Folding maps one UTF-16 unit to one, so offsets in folded text are offsets in the original:
 * - ASCII letters to lower case (TOP1, top1);
 * - full-width ASCII (！–～) and the ideographic space to their half-width forms (ＮＯ．１);
 * - a zero to the letter o, the look-alike that hides Latin terms (N0.1, T0P1); the words are
 *   folded alike, so 100% still finds 100%;
 * - traditional characters to simplified (國家級 → 国家级, 療效 → 疗效), one for one, from
 *   OpenCC's character table (scripts/gen-spellings.ts generates it; lexicon/spellings.generated.ts);
 * - a variant character written for the standard one in everyday copy to it (`VARIANT_PAIRS`).
 */

/**
 * Variant characters that everyday copy writes for a standard one, as pairs (variant, standard):
 * 袪 for 祛 (袪痘、袪斑, common in beauty-salon SMS), 瘉 for 愈 (痊瘉). They are folded as
 * traditional forms are, so a list's 祛痘 finds 袪痘, but they are not a spelling meant to slip
 * past a filter: a match holding one is not evasive.
 */
export const VARIANT_PAIRS = '袪祛瘉愈';

/** Units that fold to another unit: the table is built once, on first use. */
let traditional: Uint16Array | null = null;

function traditionalTable(): Uint16Array {
  if (traditional) return traditional;
  const table = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) table[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);
  return (traditional = table);
}

/** The standard character a variant stands for (0: not a variant). */
function variantStandard(c: number): number {
  for (let i = 0; i + 1 < VARIANT_PAIRS.length; i += 2) if (VARIANT_PAIRS.charCodeAt(i) === c) return VARIANT_PAIRS.charCodeAt(i + 1);
  return 0;
}

/** The first and last unit of the traditional table (every traditional character lies between). */
const TRADITIONAL_FIRST = 0x3400;

export function foldUnit(c: number): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    return c === 0x30 ? 0x6f : c;
  }
  if (c >= 0xff01 && c <= 0xff5e) {
    const half = c - 0xfee0;
    if (half >= 0x41 && half <= 0x5a) return half + 0x20;
    return half === 0x30 ? 0x6f : half;
  }
  if (c === 0x3000) return 0x20;
  if (c >= TRADITIONAL_FIRST) {
    const simplified = traditionalTable()[c]!;
    if (simplified !== 0) return simplified;
    const standard = variantStandard(c);
    if (standard !== 0) return standard;
  }
  return c;
}

/** Calls `each` with every unit that `foldUnit` changes (in no particular order). */
export function forEachFoldingUnit(each: (unit: number) => void): void {
  for (let u = 0x41; u <= 0x5a; u++) each(u);
  each(0x30);
  for (let u = 0xff01; u <= 0xff5e; u++) each(u);
  each(0x3000);
  for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2) each(TRADITIONAL_PAIRS.charCodeAt(i));
  for (let i = 0; i < VARIANT_PAIRS.length; i += 2) each(VARIANT_PAIRS.charCodeAt(i));
}

/** Whether `foldUnit` changes the unit beyond case and width (a look-alike or a traditional form). */
export function isSubstitute(c: number): boolean {
  return c === 0x30 || c === 0xff10 || isTraditional(c);
}

/** Whether the unit is a traditional character with a simplified form of its own. */
export function isTraditional(c: number): boolean {
  return c >= TRADITIONAL_FIRST && c < 0xff01 && traditionalTable()[c]! !== 0;
}

/** The standard simplified form of a traditional or variant character; any other unit as it is. */
export function standardOf(c: number): number {
  if (isTraditional(c)) return traditionalTable()[c]!;
  return c >= TRADITIONAL_FIRST ? variantStandard(c) || c : c;
}

/**
 * Unit → what the patterns' view (text/view.ts) reads it as: the unit itself for most, the
 * half-width form of a full-width digit or letter, the standard simplified form of a traditional
 * or variant one (case and digits are kept). One lookup per unit on long texts.
 */
let viewFolds: Uint16Array | null = null;

export function viewFoldTable(): Uint16Array {
  if (viewFolds) return viewFolds;
  const table = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) table[u] = u;
  // Full-width digits and letters only: full-width punctuation (，！？：) is how Chinese is
  // written, and the rules' patterns name it as it stands.
  for (let u = 0xff10; u <= 0xff19; u++) table[u] = u - 0xfee0;
  for (let u = 0xff21; u <= 0xff3a; u++) table[u] = u - 0xfee0;
  for (let u = 0xff41; u <= 0xff5a; u++) table[u] = u - 0xfee0;
  const traditional = traditionalTable();
  for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2) {
    const u = TRADITIONAL_PAIRS.charCodeAt(i);
    table[u] = traditional[u]!;
  }
  for (let i = 0; i + 1 < VARIANT_PAIRS.length; i += 2) table[VARIANT_PAIRS.charCodeAt(i)] = VARIANT_PAIRS.charCodeAt(i + 1);
  return (viewFolds = table);
}

/** Case and width folded, nothing else: the spelling a writer chose without meaning to hide anything. */
export function plainFold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * Units that may stand between the characters of a term without hiding it, by kind (0: not a
 * gap). Clause and sentence punctuation (，。、！？；：and their ASCII forms, brackets) is not
 * one: it really separates what it stands between. Line breaks are not either.
 * - `GAP_SPACE`: spaces of every width, which also separate clauses in everyday posts;
 * - `GAP_SYMBOL`: emoji (the halves of astral characters, their joiner, variation selectors and
 *   the keycap mark) and the symbol blocks (★ ♥ ✿ ● →), which decorate text too;
 * - `GAP_MARK`: the marks people put between characters to break a word up (- * / \ . _ | ~ ^ + =
 *   ' " ` · • and their full-width forms, dashes, bullets) and invisible characters (zero-width
 *   space, word joiner, soft hyphen, byte-order mark), which nobody types between the characters
 *   of a word for any other reason.
 */
export const GAP_SPACE = 1;
export const GAP_SYMBOL = 2;
export const GAP_MARK = 3;

let gaps: Uint8Array | null = null;

export function gapTable(): Uint8Array {
  if (gaps) return gaps;
  const table = new Uint8Array(0x10000);
  const mark = (kind: number, from: number, to = from) => {
    for (let u = from; u <= to; u++) table[u] = kind;
  };
  for (const c of ' \t\u00a0\u3000\u202f\u205f') mark(GAP_SPACE, c.charCodeAt(0));
  mark(GAP_SPACE, 0x2000, 0x200a);
  mark(GAP_SYMBOL, 0x200d); // the emoji joiner
  mark(GAP_SYMBOL, 0x20d0, 0x20ff); // combining marks for symbols, the keycap among them
  mark(GAP_SYMBOL, 0x2190, 0x21ff); // arrows
  mark(GAP_SYMBOL, 0x2300, 0x23ff); // technical symbols (⌚ ⏰)
  mark(GAP_SYMBOL, 0x2460, 0x24ff); // enclosed alphanumerics used as decoration
  mark(GAP_SYMBOL, 0x25a0, 0x27bf); // geometric shapes, miscellaneous symbols, dingbats (★ ♥ ✿ ✔)
  mark(GAP_SYMBOL, 0x2b00, 0x2bff); // more arrows and stars (⭐)
  mark(GAP_SYMBOL, 0xd800, 0xdfff); // halves of astral characters: emoji
  mark(GAP_SYMBOL, 0xfe00, 0xfe0f); // variation selectors
  for (const c of '-*/\\._|~^+=\'"`·•・‧∙⋅°－＊／＼．＿｜～＾＋＝＇＂｀\u00ad\u180e\u2060\ufeff') mark(GAP_MARK, c.charCodeAt(0));
  mark(GAP_MARK, 0x200b, 0x200c); // zero-width space and non-joiner
  mark(GAP_MARK, 0x200e, 0x200f); // direction marks
  mark(GAP_MARK, 0x2010, 0x2015); // hyphens and dashes
  mark(GAP_MARK, 0x2022, 0x2027); // bullets, leaders
  return (gaps = table);
}

export function isHanUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isAlnumUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff10 && c <= 0xff5a);
}

/** The strongest kind of gap in `text[start, end)` (all gap units). */
function gapKind(text: string, start: number, end: number): number {
  const table = gapTable();
  let kind = 0;
  for (let i = start; i < end && kind < GAP_MARK; i++) kind = Math.max(kind, table[text.charCodeAt(i)]!);
  return kind;
}

/**
 * How a run of gap units `text[start, end)` reads when it stands inside a phrase a word list
 * found: evasive when it breaks the word (a mark or an emoji, or a space between two Chinese
 * characters: 最 好), not when it is the ordinary space between Chinese and a number or a Latin
 * word (到 3 个群、TOP 1).
 */
export function isEvasiveGap(text: string, start: number, end: number): boolean {
  const kind = gapKind(text, start, end);
  if (kind !== GAP_SPACE) return true;
  return start > 0 && end < text.length && isHanUnit(text.charCodeAt(start - 1)) && isHanUnit(text.charCodeAt(end));
}

/**
 * How a rule's patterns should read a run of gap units `text[start, end)` that stands between
 * two characters, with no word list to say that a term runs through it: `'keep'` when it
 * separates (the space between two clauses of a post, an emoji closing a sentence), `'spacing'`
 * when it is the ordinary space between Chinese and a number or a Latin word (到 3 个群), and
 * `'evasive'` when it breaks a word up: a mark (转*发), or a space or an emoji next to a lone
 * character, as in text spelled out one character at a time (转 发 抽 奖、限🔥时).
 */
export function gapRunReading(text: string, start: number, end: number): 'keep' | 'spacing' | 'evasive' {
  if (start === 0 || end >= text.length || end - start > MAX_GAP_RUN) return 'keep';
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  const hanBefore = isHanUnit(before);
  const hanAfter = isHanUnit(after);
  if (!(hanBefore || isAlnumUnit(before)) || !(hanAfter || isAlnumUnit(after)) || (!hanBefore && !hanAfter)) return 'keep';
  const kind = gapKind(text, start, end);
  if (kind === GAP_MARK) return 'evasive';
  if (!hanBefore || !hanAfter) return kind === GAP_SPACE ? 'spacing' : 'evasive';
  // Between two Chinese characters: evasive when either stands alone between gaps.
  const lone = (i: number, step: number) => !isHanUnit(text.charCodeAt(i + step)) || i + step < 0 || i + step >= text.length;
  return lone(start - 1, -1) || lone(end, 1) ? 'evasive' : 'keep';
}

/** The longest run of gap units stepped over inside a term (a family emoji with its joiners is 11). */
export const MAX_GAP_RUN = 12;

/**
 * Whether the unit continues the grapheme before it, so that a range may not end before it: a
 * variation selector, the keycap mark, a zero-width joiner, or the second half of an emoji
 * modifier (skin tone). 第1️⃣ is one claim: its range takes the whole keycap.
 */
export function extendsGrapheme(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 0xfe00 && c <= 0xfe0f) || c === 0x20e3 || c === 0x200d) return true;
  // U+1F3FB–1F3FF: D83C DFFB–DFFF.
  return c === 0xd83c && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdffb && text.charCodeAt(i + 1) <= 0xdfff;
}

/** Where a range ending at `end` should end so that it splits no grapheme. */
export function graphemeEnd(text: string, end: number, limit = text.length): number {
  let e = end;
  while (e < limit && extendsGrapheme(text, e)) {
    if (text.charCodeAt(e) === 0x200d) {
      // A joiner joins the next character too: take it whole.
      e++;
      if (e < limit) e += isHighSurrogate(text.charCodeAt(e)) && e + 1 < limit ? 2 : 1;
    } else {
      e += text.charCodeAt(e) === 0xd83c ? 2 : 1;
    }
  }
  return Math.min(e, limit);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

let pinyinByChar: Map<string, string> | null = null;
let charsBySyllable: Map<string, string> | null = null;

function syllableTable(): Map<string, string> {
  if (!charsBySyllable) {
    charsBySyllable = new Map();
    for (const group of PINYIN_GROUPS.split('|')) {
      const colon = group.indexOf(':');
      charsBySyllable.set(group.slice(0, colon), group.slice(colon + 1));
    }
  }
  return charsBySyllable;
}

/** Whether a lower-case Latin run is the toneless pinyin of an everyday character. */
export function isPinyinSyllable(run: string): boolean {
  return syllableTable().has(run);
}

/** The everyday characters read as a syllable (zui: 咀嘴醉最罪). */
export function charsReadAs(syllable: string): string {
  return syllableTable().get(syllable) ?? '';
}

/** The toneless pinyin of an everyday character (its most common reading), or undefined. */
export function pinyinOf(char: string): string | undefined {
  if (!pinyinByChar) {
    pinyinByChar = new Map();
    for (const group of PINYIN_GROUPS.split('|')) {
      const colon = group.indexOf(':');
      const syllable = group.slice(0, colon);
      for (const c of group.slice(colon + 1)) pinyinByChar.set(c, syllable);
    }
  }
  return pinyinByChar.get(char);
}
