/**
 * One pass over a text for cheap gates (issue 5): which of a caller's marks it holds (a mark is a
 * bit set by a table for the code units that carry it), how many units carry the digit mark (`DIGIT`),
 * and how many characters count (code points other than white space). A long text is cut on the
 * way into blocks of about `blockUnits` units, each ending just before an edge character, with
 * the marks and digits of each, so that a search can skip the blocks that cannot hold a hit, as
 * it skips the short texts that cannot. Used by ad-density's pattern families
 * (lexicon/ad-signals.ts says which characters carry which mark and where blocks may end).
 *
 * The result is a fresh object per text: no state is kept between texts.
 */

/** The caller's mark for digits, which are counted as well as noted. */
export const DIGIT = 1;
/** Set by `markTable` on what `/\s/` matches: white space does not count as a character. */
export const WHITE_SPACE = 1 << 14;
/** Set by `markTable` on the second half of a surrogate pair, which counts with the first. */
export const LOW_SURROGATE = 1 << 15;
/** The bits a caller may use for its own marks. */
export const CALLER_MARKS = WHITE_SPACE - 1;

/** The code units `/\s/` matches: ECMAScript WhiteSpace and LineTerminator (test/unit/fast-paths checks every one). */
const WHITE_SPACE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

/** Whether `/\s/` matches the code unit. */
export function isWhiteSpace(c: number): boolean {
  for (const [from, to] of WHITE_SPACE_RANGES) if (c >= from && c <= to) return true;
  return false;
}

/**
 * A table of the caller's marks for every UTF-16 code unit (128 KB): `define` sets them, by
 * characters or by ranges of code units; white space and low surrogates are marked here.
 */
export function markTable(define: (chars: (chars: string, bit: number) => void, range: (from: number, to: number, bit: number) => void) => void): Uint16Array {
  const table = new Uint16Array(0x10000);
  define(
    (chars, bit) => {
      for (const c of chars) table[c.charCodeAt(0)]! |= bit;
    },
    (from, to, bit) => {
      for (let c = from; c <= to; c++) table[c]! |= bit;
    },
  );
  for (const [from, to] of WHITE_SPACE_RANGES) for (let c = from; c <= to; c++) table[c]! |= WHITE_SPACE;
  for (let c = 0xdc00; c <= 0xdfff; c++) table[c]! |= LOW_SURROGATE;
  return table;
}

/**
 * A table of the units a block may end before (1): those of `ranges` that are not white space
 * and that none of `named` (the sources of the patterns searched block by block) contains.
 */
export function edgeTable(ranges: ReadonlyArray<readonly [number, number]>, named: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) table[c] = isWhiteSpace(c) ? 0 : 1;
  for (const source of named) for (let i = 0; i < source.length; i++) table[source.charCodeAt(i)] = 0;
  return table;
}

/** What one pass over a text found. */
export interface TextMarks {
  /** The caller's marks of every unit, or-ed. */
  marks: number;
  /** Units carrying the digit mark. */
  digits: number;
  /** Characters that count: code points other than white space (a lone low surrogate counts). */
  chars: number;
  /** Blocks of a long text; 0 for a text read whole. Block `b` is `text[b === 0 ? 0 : blockEnds[b - 1], blockEnds[b])`. */
  blocks: number;
  blockEnds: Int32Array;
  /** The caller's marks of each block. */
  blockMarks: Int32Array;
  blockDigits: Int32Array;
}

export interface BlockOptions {
  /** Texts this long or longer are cut into blocks. */
  blocksFrom: number;
  /** Units a block takes before it looks for an edge. */
  blockUnits: number;
}

const NO_BLOCKS = new Int32Array(0);

/** Reads `text` once with `marks` (from `markTable`) and, for a long text, `edges` (from `edgeTable`: where blocks may end). */
export function readMarks(text: string, marks: Uint16Array, edges: () => Uint8Array, options: BlockOptions): TextMarks {
  if (text.length >= options.blocksFrom) return readBlocks(text, marks, edges(), options.blockUnits);
  let all = 0;
  let chars = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const bits = marks[text.charCodeAt(i)]!;
    all |= bits;
    digits += bits & DIGIT;
    chars += countsAsChar(bits, text, i);
  }
  return { marks: all & CALLER_MARKS, digits, chars, blocks: 0, blockEnds: NO_BLOCKS, blockMarks: NO_BLOCKS, blockDigits: NO_BLOCKS };
}

/**
 * 1 when the unit at `i` (its marks `bits`) is a character as `chars` counts them: not white
 * space, and not the second half of a surrogate pair (a lone low surrogate counts).
 */
function countsAsChar(bits: number, text: string, i: number): number {
  if ((bits & (WHITE_SPACE | LOW_SURROGATE)) === 0) return 1;
  if ((bits & LOW_SURROGATE) === 0) return 0;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  return before < 0xd800 || before > 0xdbff ? 1 : 0;
}

function readBlocks(text: string, table: Uint16Array, edges: Uint8Array, blockUnits: number): TextMarks {
  const n = text.length;
  // Every block but the last takes at least blockUnits units.
  const most = Math.ceil(n / blockUnits);
  const blockEnds = new Int32Array(most);
  const blockMarks = new Int32Array(most);
  const blockDigits = new Int32Array(most);
  let marks = 0;
  let chars = 0;
  let digits = 0;
  let blocks = 0;
  let i = 0;
  while (i < n) {
    let blockMark = 0;
    let blockDigit = 0;
    // The first blockUnits units of the block, then on to the next edge character. (Two loops
    // rather than one with a test per unit: this pass is a tenth of a long document's lint.)
    for (const stop = Math.min(n, i + blockUnits); i < stop; i++) {
      const bits = table[text.charCodeAt(i)]!;
      blockMark |= bits;
      blockDigit += bits & DIGIT;
      chars += countsAsChar(bits, text, i);
    }
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (edges[c] === 1) break;
      const bits = table[c]!;
      blockMark |= bits;
      blockDigit += bits & DIGIT;
      chars += countsAsChar(bits, text, i);
    }
    blockEnds[blocks] = i;
    blockMarks[blocks] = blockMark & CALLER_MARKS;
    blockDigits[blocks] = blockDigit;
    blocks++;
    marks |= blockMark;
    digits += blockDigit;
  }
  return { marks: marks & CALLER_MARKS, digits, chars, blocks, blockEnds, blockMarks, blockDigits };
}
