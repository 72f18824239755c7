/**
 * The one word matcher every rule's lists go through (issue 12). Longer than ~300 lines on purpose:
 * the automaton, its gap-stepping scan and the spelling substitutions share one hot loop's state,
 * and splitting them would put a call boundary inside that loop.
 */
import type { TextSpan } from '../types';
import { MAX_GAP_RUN, charsReadAs, foldUnit, forEachFoldingUnit, gapTable, graphemeEnd, isEvasiveGap, isPinyinSyllable, isSubstitute, plainFold } from './spellings';
import type { WordEntry, WordList, WordMatch } from './types';

export { foldUnit, forEachFoldingUnit } from './spellings';

/** Whether `foldUnit` changes the unit. */
function folds(c: number): boolean {
  return foldUnit(c) !== c;
}

export function foldText(s: string): string {
  // Most text (Chinese, lower-case ASCII) folds to itself: no new string then.
  let i = 0;
  while (i < s.length && !folds(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  const units = new Array<number>(s.length);
  for (let j = 0; j < s.length; j++) units[j] = j < i ? s.charCodeAt(j) : foldUnit(s.charCodeAt(j));
  let out = '';
  // In slices: String.fromCharCode takes its units as arguments.
  for (let j = 0; j < units.length; j += 4096) out += String.fromCharCode(...units.slice(j, j + 4096));
  return out;
}

function isAsciiWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

const NO_LIST = -1;

/**
 * Aho–Corasick over UTF-16 code units: every word of every list, plus the allowed words, in
 * one automaton, so a draft is scanned once whatever the number of lists. Built once per
 * configuration and reused for every keystroke.
 *
 * The hot loop allocates nothing: code units map to a small alphabet (a unit that is in no word
 * sends the automaton straight back to the root), transitions live in an open-addressing hash
 * table of typed arrays, and raw matches go to a reused integer buffer. Objects are made only for
 * the matches that survive exemptions, the allow list and leftmost-longest.
 */
export class PhraseMatcher {
  readonly lists: readonly WordList[];

  /** Code unit (as written) → symbol of its folded form; 0 when no word contains it. */
  private symbolOf: Uint16Array | Int32Array = new Uint16Array(0);
  private symbols = 0;
  /** Root transitions by symbol (-1: none). */
  private rootGoto: Int32Array = new Int32Array(0);
  /** Other transitions: key `state * symbols + symbol` → state, open addressing. */
  private hashKeys: Int32Array = new Int32Array(0);
  private hashValues: Int32Array = new Int32Array(0);
  private hashMask = 0;
  private fail: Int32Array = new Int32Array(0);
  /** Nearest state on the failure chain that has outputs of its own (-1: none). */
  private dictLink: Int32Array = new Int32Array(0);
  /** Payloads ending at a state: `outputs[outStart[s] .. outStart[s + 1])`. */
  private outStart: Int32Array = new Int32Array(0);
  private outputs: Int32Array = new Int32Array(0);
  /**
   * For the scan (issue 5), what it asks at every unit answered in one lookup each. Code unit
   * (as written) → the state the root goes to on it, 0 when none: at the root, where the scan
   * spends most of its units, that is the whole step.
   */
  private rootNext: Uint16Array | Int32Array = new Uint16Array(0);
  /** The state itself when it has children, else the nearest state on its failure chain that has (0: none). */
  private branch: Int32Array = new Int32Array(0);
  /** The state itself when payloads end there, else its dictionary link (-1: none). */
  private firstOutput: Int32Array = new Int32Array(0);

  /** Per payload (a word of a list, or an allowed word). */
  private readonly payloadLength: number[] = [];
  /** ASCII word patterns (NO.1, TOP1) only match at word boundaries. */
  private readonly payloadBounds: number[] = [];
  /** Index into `lists`, or NO_LIST for an allowed word. */
  private readonly payloadList: number[] = [];
  private readonly payloadEntry: Array<WordEntry | null> = [];
  private readonly payloadExempt: boolean[] = [];
  /** Whether a match may step over gap units (its list reads through evasive spellings). */
  private readonly payloadGaps: boolean[] = [];
  /** Units in the longest word: the scan remembers where that many consumed units stood. */
  private longest = 1;

  /** Raw matches of the current scan: start, end, payload. Reused between scans. */
  private raw = new Int32Array(3 * 256);
  /** Where the last `ring.length` consumed units of a scan stood (a power of two, at least `longest`). */
  private ring = new Int32Array(1);

  /** Whether a list reads through evasive spellings, so a pinyin spelling may be looked for. */
  private readonly spellingLists: boolean;

  constructor(lists: readonly WordList[], allowedWords: readonly string[] = []) {
    this.lists = lists;
    this.spellingLists = lists.some((l) => l.readsThroughSpellings === true);
    const words: Array<{ folded: string; payload: number }> = [];
    const addPayload = (word: string, list: number, entry: WordEntry | null, gaps: boolean) => {
      const folded = foldText(word.trim());
      if (!folded) return;
      const p = this.payloadLength.length;
      this.payloadLength.push(folded.length);
      this.payloadBounds.push((isAsciiWordUnit(folded.charCodeAt(0)) ? 1 : 0) | (isAsciiWordUnit(folded.charCodeAt(folded.length - 1)) ? 2 : 0));
      this.payloadList.push(list);
      this.payloadEntry.push(entry);
      this.payloadExempt.push(entry?.exempt === true);
      this.payloadGaps.push(gaps);
      if (folded.length > this.longest) this.longest = folded.length;
      words.push({ folded, payload: p });
    };
    lists.forEach((list, i) => {
      const evasive = list.readsThroughSpellings === true;
      for (const entry of list.entries) addPayload(entry.word, i, entry, evasive);
    });
    for (const word of allowedWords) addPayload(word, NO_LIST, null, false);
    let ring = 1;
    while (ring < this.longest) ring *= 2;
    this.ring = new Int32Array(ring);
    this.build(words);
  }

  /**
   * Builds the automaton straight into its typed arrays: no object or array per state, no
   * iterator in the loops. It is built once per configuration, but the CLI builds it in every
   * process before V8 has optimised anything, so its cost is paid cold (1,839 words: ~30–50 ms
   * when it kept a Map and two arrays per state).
   */
  private build(words: ReadonlyArray<{ folded: string; payload: number }>): void {
    // The alphabet: every unit that occurs in a (folded) word, numbered from 1. A trie has at
    // most one state per unit of its words, plus the root.
    const foldedSymbol = new Int32Array(0x10000);
    const alphabet: number[] = [];
    let maxStates = 1;
    for (const { folded } of words) {
      maxStates += folded.length;
      for (let i = 0; i < folded.length; i++) {
        const c = folded.charCodeAt(i);
        if (foldedSymbol[c] === 0) foldedSymbol[c] = alphabet.push(c);
      }
    }
    const stride = alphabet.length + 1;
    this.symbols = stride;
    // Half the memory (and cache) when the alphabet fits 16 bits, which it always does in practice.
    const symbolOf = alphabet.length < 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000);
    // A folded unit folds to itself; the only other units with a symbol are those that fold onto one.
    for (let i = 0; i < alphabet.length; i++) symbolOf[alphabet[i]!] = i + 1;
    forEachFoldingUnit((u) => (symbolOf[u] = foldedSymbol[foldUnit(u)]!));
    this.symbolOf = symbolOf;

    // The trie: root transitions in a table by symbol, the others in an open-addressing table
    // sized for the most states the words can make; children as linked lists for the walk below.
    const rootGoto = new Int32Array(stride).fill(-1);
    let size = 16;
    while (size < maxStates * 2) size *= 2;
    const keys = new Int32Array(size).fill(-1);
    const values = new Int32Array(size);
    const mask = size - 1;
    this.rootGoto = rootGoto;
    this.hashKeys = keys;
    this.hashValues = values;
    this.hashMask = mask;
    const childSymbol = new Int32Array(maxStates);
    const firstChild = new Int32Array(maxStates).fill(-1);
    const nextSibling = new Int32Array(maxStates).fill(-1);
    const endState = new Int32Array(words.length);
    const outCount = new Int32Array(maxStates);
    let states = 1;
    for (let w = 0; w < words.length; w++) {
      const folded = words[w]!.folded;
      let state = 0;
      for (let i = 0; i < folded.length; i++) {
        const sym = foldedSymbol[folded.charCodeAt(i)]!;
        let to = this.step(state, sym);
        if (to < 0) {
          to = states++;
          childSymbol[to] = sym;
          nextSibling[to] = firstChild[state]!;
          firstChild[state] = to;
          if (state === 0) {
            rootGoto[sym] = to;
          } else {
            const key = state * stride + sym;
            let h = hash(key) & mask;
            while (keys[h] !== -1) h = (h + 1) & mask;
            keys[h] = key;
            values[h] = to;
          }
        }
        state = to;
      }
      endState[w] = state;
      outCount[state]!++;
    }

    // Payloads ending at each state, in the order of the words.
    const outStart = new Int32Array(states + 1);
    for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s]! + outCount[s]!;
    const outputs = new Int32Array(outStart[states]!);
    const cursor = outStart.slice(0, states);
    for (let w = 0; w < words.length; w++) outputs[cursor[endState[w]!]!++] = words[w]!.payload;
    this.outStart = outStart;
    this.outputs = outputs;

    // Failure and dictionary-suffix links, breadth first (the root's children keep 0 and -1).
    const fail = new Int32Array(states);
    const dictLink = new Int32Array(states).fill(-1);
    this.fail = fail;
    this.dictLink = dictLink;
    const queue = new Int32Array(states);
    let tail = 0;
    for (let c = firstChild[0]!; c >= 0; c = nextSibling[c]!) queue[tail++] = c;
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      for (let to = firstChild[state]!; to >= 0; to = nextSibling[to]!) {
        const sym = childSymbol[to]!;
        let f = fail[state]!;
        let target = -1;
        for (;;) {
          target = this.step(f, sym);
          if (target >= 0 || f === 0) break;
          f = fail[f]!;
        }
        const fallback = target >= 0 && target !== to ? target : 0;
        fail[to] = fallback;
        dictLink[to] = this.hasOutputs(fallback) ? fallback : dictLink[fallback]!;
        queue[tail++] = to;
      }
    }

    // The scan's shortcuts (breadth first again: a state's failure target is shallower).
    const rootNext = states <= 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000);
    const rootFrom = (u: number) => {
      const sym = symbolOf[u]!;
      if (sym !== 0 && rootGoto[sym]! > 0) rootNext[u] = rootGoto[sym]!;
    };
    for (const u of alphabet) rootFrom(u);
    forEachFoldingUnit(rootFrom);
    this.rootNext = rootNext;
    const branch = new Int32Array(states);
    const firstOutput = new Int32Array(states).fill(-1);
    for (let q = 0; q < tail; q++) {
      const state = queue[q]!;
      branch[state] = firstChild[state]! >= 0 ? state : branch[fail[state]!]!;
      firstOutput[state] = this.hasOutputs(state) ? state : dictLink[state]!;
    }
    this.branch = branch;
    this.firstOutput = firstOutput;
  }

  private hasOutputs(state: number): boolean {
    return this.outStart[state + 1]! > this.outStart[state]!;
  }

  private step(state: number, sym: number): number {
    if (state === 0) return this.rootGoto[sym]!;
    const key = state * this.symbols + sym;
    const keys = this.hashKeys;
    const mask = this.hashMask;
    for (let h = hash(key) & mask; ; h = (h + 1) & mask) {
      const k = keys[h]!;
      if (k === key) return this.hashValues[h]!;
      if (k === -1) return -1;
    }
  }

  /**
   * Every list's matches in the given spans of the document, one scan per span. Per list:
   * matches overlapping one of that list's exempt phrases or an allowed word are dropped,
   * then the leftmost-longest of overlapping matches is kept.
   */
  scan(text: string, spans: readonly TextSpan[]): Map<WordList, WordMatch[]> {
    const result = this.scanWords(text, spans);
    if (this.spellingLists) for (const span of spans) this.addPinyinSpellings(text, span, result);
    return result;
  }

  /**
   * Words written with one character in pinyin (zui好、di一、bao过): where a run of Latin letters
   * that is a syllable stands beside a Chinese character, each character read so is put in its
   * place in a short window around it and the window scanned again; a match of a list that reads
   * through spellings, holding that character, is a match of the text. Few drafts have such a run
   * (170 of the bench corpus's 7,774: iPhone手机、VIP会员、xx元 are not syllables), so the cost
   * falls on them alone, and no automaton of pinyin spellings has to be built.
   */
  private addPinyinSpellings(text: string, span: TextSpan, result: Map<WordList, WordMatch[]>): void {
    for (const run of pinyinRuns(span.text)) {
      const start = span.start + run.start;
      const end = span.start + run.end;
      const from = Math.max(span.start, start - PINYIN_WINDOW);
      const to = Math.min(span.start + span.text.length, end + PINYIN_WINDOW);
      const before = text.slice(from, start);
      const after = text.slice(end, to);
      const shift = end - start - 1;
      for (const c of charsReadAs(run.syllable)) {
        const window = before + c + after;
        const at = before.length;
        for (const [list, found] of this.scanWords(window, [{ text: window, start: 0 }])) {
          if (list.readsThroughSpellings !== true) continue;
          const spelled: WordMatch[] = [];
          for (const m of found) {
            if (m.start > at || m.end <= at) continue;
            const mStart = from + m.start;
            const mEnd = from + m.end + shift;
            spelled.push({ ...m, start: mStart, end: mEnd, text: text.slice(mStart, mEnd), evasive: true });
          }
          if (spelled.length === 0) continue;
          const own = result.get(list);
          result.set(list, own ? leftmostLongestMatches([...own, ...spelled]) : spelled);
        }
      }
    }
  }

  private scanWords(text: string, spans: readonly TextSpan[]): Map<WordList, WordMatch[]> {
    let n = 0;
    for (const span of spans) n = this.scanSpan(text, span.start, span.start + span.text.length, n);
    const result = new Map<WordList, WordMatch[]>();
    if (n === 0) return result;
    const raw = this.raw;

    // Group raw matches by list, in the order they were found (by end, longest first).
    const listCount = this.lists.length;
    const byList: number[][] = [];
    let allowed: Intervals | null = null;
    for (let m = 0; m < n; m++) {
      const p = raw[3 * m + 2]!;
      const list = this.payloadList[p]!;
      if (list === NO_LIST) (allowed ??= new Intervals()).add(raw[3 * m]!, raw[3 * m + 1]!);
      else (byList[list] ??= []).push(m);
    }
    allowed?.seal();

    for (let l = 0; l < listCount; l++) {
      const found = byList[l];
      if (!found) continue;
      let exempt: Intervals | null = null;
      for (const m of found) if (this.payloadExempt[raw[3 * m + 2]!]) (exempt ??= new Intervals()).add(raw[3 * m]!, raw[3 * m + 1]!);
      exempt?.seal();
      const candidates: number[] = [];
      for (const m of found) {
        if (this.payloadExempt[raw[3 * m + 2]!]) continue;
        const start = raw[3 * m]!;
        const end = raw[3 * m + 1]!;
        if (exempt?.overlaps(start, end) || allowed?.overlaps(start, end)) continue;
        candidates.push(m);
      }
      if (candidates.length === 0) continue;
      // Leftmost first, the longer on a tie, then in the order found (the first list entry wins).
      if (candidates.length > 1) candidates.sort((a, b) => raw[3 * a]! - raw[3 * b]! || raw[3 * b + 1]! - raw[3 * a + 1]! || a - b);
      const list = this.lists[l]!;
      const kept: WordMatch[] = [];
      let lastEnd = -1;
      for (const m of candidates) {
        const start = raw[3 * m]!;
        if (start < lastEnd) continue;
        const p = raw[3 * m + 2]!;
        // A match never ends inside a grapheme (第1 of 第1️⃣ takes the keycap too).
        const end = graphemeEnd(text, raw[3 * m + 1]!);
        const match: WordMatch = { start, end, text: text.slice(start, end), entry: this.payloadEntry[p]!, list };
        if (this.isEvasive(text, start, raw[3 * m + 1]!, p)) match.evasive = true;
        kept.push(match);
        lastEnd = end;
      }
      result.set(list, kept);
    }
    return result;
  }

  /**
   * Appends the raw matches of `text[from, to)` to the buffer from index `n`; returns the new count.
   *
   * Inside a term (away from the root), a unit that continues no word and is a gap unit (a space,
   * an emoji, a zero-width character, a mark put between characters: see `gapTable`) is stepped
   * over instead of ending the term, up to `MAX_GAP_RUN` in a row: 最 好、最🔥好、最<U+200B>好 all read
   * 最好. Where each consumed unit stood is kept in a ring, so a match starts at its first
   * character however many units it stepped over; only words whose list reads through evasive
   * spellings (and allowed words) may match that way.
   */
  private scanSpan(text: string, from: number, to: number, n: number): number {
    const symbolOf = this.symbolOf;
    const rootNext = this.rootNext;
    const rootGoto = this.rootGoto;
    const fail = this.fail;
    const branch = this.branch;
    const dictLink = this.dictLink;
    const firstOutput = this.firstOutput;
    const outStart = this.outStart;
    const outputs = this.outputs;
    const keys = this.hashKeys;
    const values = this.hashValues;
    const mask = this.hashMask;
    const stride = this.symbols;
    const gap = gapTable();
    const ring = this.ring;
    const ringMask = ring.length - 1;
    let consumed = 0;
    let gapRun = 0;
    let state = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (state === 0) {
        state = rootNext[c]!;
        if (state === 0) continue;
      } else {
        const sym = symbolOf[c]!;
        if (sym === 0) {
          // In no word: no state has a transition on it.
          if (gap[c] !== 0 && ++gapRun <= MAX_GAP_RUN) continue;
          state = 0;
          continue;
        }
        let next = -1;
        // Follow failure links until a state has a transition on `sym` (only states with
        // children can; the root's transitions are a table).
        for (let s = branch[state]!; s !== 0; s = branch[fail[s]!]!) {
          const key = s * stride + sym;
          for (let h = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; h = (h + 1) & mask) {
            const k = keys[h]!;
            if (k === key) {
              next = values[h]!;
              break;
            }
            if (k === -1) break;
          }
          if (next >= 0) break;
        }
        if (next < 0) {
          next = rootGoto[sym]!;
          if (next < 0) {
            // A gap unit that starts no word either is stepped over; anything else ends the term.
            if (gap[c] !== 0 && ++gapRun <= MAX_GAP_RUN) continue;
            state = 0;
            continue;
          }
        }
        state = next;
      }
      gapRun = 0;
      ring[consumed & ringMask] = i;
      consumed++;
      for (let s = firstOutput[state]!; s > 0; s = dictLink[s]!) {
        for (let o = outStart[s]!, end = outStart[s + 1]!; o < end; o++) {
          const p = outputs[o]!;
          const length = this.payloadLength[p]!;
          const start = ring[(consumed - length) & ringMask]!;
          if (start !== i + 1 - length && !this.payloadGaps[p]) continue;
          const bounds = this.payloadBounds[p]!;
          if (bounds !== 0) {
            if (bounds & 1 && start > from && isAsciiWordUnit(text.charCodeAt(start - 1))) continue;
            if (bounds & 2 && i + 1 < to && isAsciiWordUnit(text.charCodeAt(i + 1))) continue;
          }
          if (3 * n + 3 > this.raw.length) {
            const grown = new Int32Array(this.raw.length * 2);
            grown.set(this.raw);
            this.raw = grown;
          }
          this.raw[3 * n] = start;
          this.raw[3 * n + 1] = i + 1;
          this.raw[3 * n + 2] = p;
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Whether a match is spelled to evade a filter: it stepped over gap units, or a character in it
   * is a look-alike or a traditional form (pinyin spellings are found and marked apart). Case and width alone
   * are not evasion (TOP1, ＮＯ．１).
   */
  private isEvasive(text: string, start: number, end: number, p: number): boolean {
    if (end - start !== this.payloadLength[p]) {
      // Line the text up with the word as the scan did (a unit of the word is taken, anything
      // else was stepped over) and judge each run stepped over.
      const word = foldText(this.payloadWord(p));
      for (let i = start, j = 0; i < end; ) {
        if (j < word.length && foldUnit(text.charCodeAt(i)) === word.charCodeAt(j)) {
          i++;
          j++;
          continue;
        }
        const runStart = i;
        while (i < end && !(j < word.length && foldUnit(text.charCodeAt(i)) === word.charCodeAt(j))) i++;
        if (isEvasiveGap(text, runStart, i)) return true;
      }
    }
    for (let i = start; i < end; i++) {
      // A look-alike or a traditional form where the word has another character (100% has its zeros).
      if (isSubstitute(text.charCodeAt(i))) return plainFold(text.slice(start, end)) !== plainFold(this.payloadWord(p));
    }
    return false;
  }

  /** The word a payload matches, as its list spells it (or the allowed word). */
  private payloadWord(p: number): string {
    return this.payloadEntry[p]?.word.trim() ?? '';
  }
}

/** A Latin letter, in either width, as its lower-case half-width code (0: none). */
function latinLetter(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xfee0;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xfee0 + 0x20;
  return 0;
}

/** How many characters either side of a pinyin spelling are scanned with it (the longest words are shorter). */
const PINYIN_WINDOW = 10;

/**
 * The runs of Latin letters in a text that are a pinyin syllable standing beside a Chinese
 * character (spaces or marks between allowed: zui 好): where a pinyin spelling may be. One pass,
 * and a string made only for a short run with a Chinese character beside it.
 */
function pinyinRuns(text: string): Array<{ start: number; end: number; syllable: string }> {
  const out: Array<{ start: number; end: number; syllable: string }> = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (latinLetter(text.charCodeAt(i)) === 0) continue;
    const start = i;
    while (i < n && latinLetter(text.charCodeAt(i)) !== 0) i++;
    if (i - start > 6 || (start > 0 && isAsciiWordUnit(text.charCodeAt(start - 1))) || (i < n && isAsciiWordUnit(text.charCodeAt(i)))) continue;
    if (!hanWithin(text, start - 1, -1) && !hanWithin(text, i, 1)) continue;
    let run = '';
    for (let k = start; k < i; k++) run += String.fromCharCode(latinLetter(text.charCodeAt(k)));
    if (isPinyinSyllable(run)) out.push({ start, end: i, syllable: run });
  }
  return out;
}

/** A Chinese character at `i`, or past up to three gap units from it in the direction `step`. */
function hanWithin(text: string, i: number, step: number): boolean {
  const gap = gapTable();
  for (let k = 0; k < 4 && i >= 0 && i < text.length; k++, i += step) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
    if (gap[c] === 0) return false;
  }
  return false;
}

function leftmostLongestMatches(matches: WordMatch[]): WordMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: WordMatch[] = [];
  let lastEnd = -1;
  for (const m of matches) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

function hash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0;
}

/**
 * Intervals asked "does anything overlap [start, end)?" in O(log n): sorted by start, with the
 * running maximum of their ends. Replaces checking every match against every exemption.
 */
class Intervals {
  private starts: number[] = [];
  private ends: number[] = [];
  private maxEnd: number[] = [];

  add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  seal(): void {
    const n = this.starts.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = this.starts[i - 1]! <= this.starts[i]!;
    if (!sorted) {
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => this.starts[a]! - this.starts[b]!);
      this.starts = order.map((i) => this.starts[i]!);
      this.ends = order.map((i) => this.ends[i]!);
    }
    let max = -1;
    this.maxEnd = this.ends.map((e) => (max = Math.max(max, e)));
  }

  /** Whether some interval has `s < end && start < e`. */
  overlaps(start: number, end: number): boolean {
    // The intervals starting before `end` are a prefix; does the longest-reaching one pass `start`?
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! > start;
  }
}
