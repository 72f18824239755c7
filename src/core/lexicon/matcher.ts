import type { TextSpan } from '../types';
import type { WordEntry, WordList, WordMatch } from './types';

/**
 * Fold a UTF-16 code unit for matching: ASCII letters to lower case, full-width ASCII
 * (！-～, U+FF01-FF5E) and the ideographic space to their half-width forms. Every unit maps to
 * exactly one unit, so offsets in the folded text are offsets in the original.
 */
export function foldUnit(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xff01 && c <= 0xff5e) {
    const half = c - 0xfee0;
    return half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
  }
  if (c === 0x3000) return 0x20;
  return c;
}

export function foldText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out;
}

function isAsciiWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** What a pattern stands for: an entry of a list, or one of the user's allowed words. */
interface Payload {
  entry: WordEntry | null;
  list: WordList | null;
  length: number;
  /** ASCII word patterns (NO.1, TOP1) only match at word boundaries. */
  boundedStart: boolean;
  boundedEnd: boolean;
}

/**
 * Aho–Corasick over UTF-16 code units: every word of every list, plus the allowed words, in
 * one automaton, so a draft is scanned once whatever the number of lists. Built once per
 * configuration and reused for every keystroke.
 */
export class PhraseMatcher {
  private readonly rootNext = new Int32Array(0x10000).fill(-1);
  /** Transitions of non-root states: key `state * 0x10000 + unit`. */
  private readonly next = new Map<number, number>();
  private fail: Int32Array = new Int32Array(1);
  /** Payloads ending at each state (own, then via the dictionary-suffix link). */
  private outputs: Payload[][] = [[]];
  private dictLink: Int32Array = new Int32Array(1);
  private states = 1;
  readonly lists: readonly WordList[];

  constructor(lists: readonly WordList[], allowedWords: readonly string[] = []) {
    this.lists = lists;
    for (const list of lists) {
      for (const entry of list.entries) this.add(entry.word, { entry, list });
    }
    for (const word of allowedWords) this.add(word, { entry: null, list: null });
    this.link();
  }

  private add(word: string, what: { entry: WordEntry | null; list: WordList | null }): void {
    const folded = foldText(word.trim());
    if (!folded) return;
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      let to = state === 0 ? this.rootNext[c]! : (this.next.get(state * 0x10000 + c) ?? -1);
      if (to < 0) {
        to = this.states++;
        this.outputs.push([]);
        if (state === 0) this.rootNext[c] = to;
        else this.next.set(state * 0x10000 + c, to);
      }
      state = to;
    }
    this.outputs[state]!.push({
      ...what,
      length: folded.length,
      boundedStart: isAsciiWordUnit(folded.charCodeAt(0)),
      boundedEnd: isAsciiWordUnit(folded.charCodeAt(folded.length - 1)),
    });
  }

  private link(): void {
    this.fail = new Int32Array(this.states);
    this.dictLink = new Int32Array(this.states).fill(-1);
    // Children of every state, gathered once for the breadth-first walk.
    const children: Array<Array<[number, number]>> = Array.from({ length: this.states }, () => []);
    for (let c = 0; c < 0x10000; c++) {
      const to = this.rootNext[c]!;
      if (to >= 0) children[0]!.push([c, to]);
    }
    for (const [key, to] of this.next) children[Math.floor(key / 0x10000)]!.push([key % 0x10000, to]);
    const queue: number[] = [];
    for (const [, to] of children[0]!) {
      this.fail[to] = 0;
      queue.push(to);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [c, to] of children[state]!) {
        let f = this.fail[state]!;
        let target = -1;
        for (;;) {
          target = this.step(f, c);
          if (target >= 0 || f === 0) break;
          f = this.fail[f]!;
        }
        const fallback = target >= 0 && target !== to ? target : 0;
        this.fail[to] = fallback;
        this.dictLink[to] = this.outputs[fallback]!.length > 0 ? fallback : this.dictLink[fallback]!;
        queue.push(to);
      }
    }
  }

  private step(state: number, c: number): number {
    return state === 0 ? this.rootNext[c]! : (this.next.get(state * 0x10000 + c) ?? -1);
  }

  /**
   * Every list's matches in the given spans of the document, one scan per span. Per list:
   * matches overlapping one of that list's exempt phrases or an allowed word are dropped,
   * then the leftmost-longest of overlapping matches is kept.
   */
  scan(text: string, spans: readonly TextSpan[]): Map<WordList, WordMatch[]> {
    const raw: Array<{ start: number; end: number; p: Payload }> = [];
    for (const span of spans) this.scanSpan(text, span.start, span.start + span.text.length, raw);

    const allowed: Array<[number, number]> = [];
    const byList = new Map<WordList, Array<{ start: number; end: number; p: Payload }>>();
    for (const m of raw) {
      if (!m.p.list) allowed.push([m.start, m.end]);
      else {
        let bucket = byList.get(m.p.list);
        if (!bucket) byList.set(m.p.list, (bucket = []));
        bucket.push(m);
      }
    }

    const result = new Map<WordList, WordMatch[]>();
    for (const [list, found] of byList) {
      const exempt = found.filter((m) => m.p.entry!.exempt);
      const candidates = found
        .filter((m) => !m.p.entry!.exempt)
        .filter((m) => !overlapsAny(m.start, m.end, exempt) && !overlapsAnyPair(m.start, m.end, allowed))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: WordMatch[] = [];
      let lastEnd = -1;
      for (const m of candidates) {
        if (m.start < lastEnd) continue;
        kept.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entry: m.p.entry!, list });
        lastEnd = m.end;
      }
      if (kept.length) result.set(list, kept);
    }
    return result;
  }

  private scanSpan(text: string, from: number, to: number, out: Array<{ start: number; end: number; p: Payload }>): void {
    const rootNext = this.rootNext;
    let state = 0;
    for (let i = from; i < to; i++) {
      const c = foldUnit(text.charCodeAt(i));
      let nextState: number;
      if (state === 0) {
        nextState = rootNext[c]!;
        if (nextState < 0) continue;
      } else {
        for (;;) {
          nextState = this.step(state, c);
          if (nextState >= 0 || state === 0) break;
          state = this.fail[state]!;
        }
        if (nextState < 0) {
          state = 0;
          continue;
        }
      }
      state = nextState;
      for (let s = this.outputs[state]!.length > 0 ? state : this.dictLink[state]!; s > 0; s = this.dictLink[s]!) {
        for (const p of this.outputs[s]!) {
          const start = i + 1 - p.length;
          if (p.boundedStart && start > from && isAsciiWordUnit(text.charCodeAt(start - 1))) continue;
          if (p.boundedEnd && i + 1 < to && isAsciiWordUnit(text.charCodeAt(i + 1))) continue;
          out.push({ start, end: i + 1, p });
        }
      }
    }
  }
}

function overlapsAny(start: number, end: number, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

function overlapsAnyPair(start: number, end: number, spans: ReadonlyArray<[number, number]>): boolean {
  for (const [s, e] of spans) if (s < end && start < e) return true;
  return false;
}
