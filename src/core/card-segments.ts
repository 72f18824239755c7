// The card's text as runs (card.ts builds the model around them): what the platform styles in a
// span — links, line breaks, topics, mentions, emoticon codes, emoji — as tokens, and the span
// cut into segments at the tokens, at every finding's edges and at the fold, never inside
// something the card draws whole.

import type { CardPlatformProfile } from './card';
import { emoticonEmoji } from './lexicon/emoticon-emoji';
import { findEmoji } from './text/emoji';
import { findEmoticonCodes } from './text/emoticons';
import { findMentions } from './text/mentions';
import { findTopics } from './text/topics';
import { findUrls } from './text/urls';
import type { TextSpan } from './types';

export type SegmentKind = 'text' | 'topic' | 'mention' | 'link' | 'emoticon' | 'emoji' | 'break';

/** One run of the card's text. Runs never overlap and cover the text in order. */
export interface CardSegment {
  kind: SegmentKind;
  /** What the card shows: the text itself, `网页链接` for a Weibo link, 😄 for `[哈哈]`. */
  text: string;
  /** Document offsets (UTF-16) of what the run stands for. */
  start: number;
  end: number;
  /** The text as written, when the card shows something else (a link, a `[表情]` code, `#tag[话题]#`). */
  raw?: string;
  /** An emoticon code with no emoji of its own: drawn as a chip with its name. */
  chip?: boolean;
  /** Indices into `CardModel.marks` of the findings over this run. */
  marks?: number[];
  /** Past the fold: hidden until the reader taps `全文`. */
  folded?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Tokens

interface Token {
  kind: Exclude<SegmentKind, 'text'>;
  /** Offsets into the span's text. */
  start: number;
  end: number;
  /** What the card shows, when not the text as written. */
  display?: string;
  chip?: boolean;
  /** Drawn as one piece: a mark or the fold inside it takes all of it. */
  atomic: boolean;
}

/** Earlier kinds win when two tokens start at the same place. */
const PRIORITY: Record<Token['kind'], number> = { link: 0, break: 1, topic: 2, mention: 3, emoticon: 4, emoji: 5 };

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** Every token the card styles in `text`, plus the atoms (which may sit inside a kept token). */
function tokenize(text: string, profile: CardPlatformProfile, withTopics: boolean): { tokens: Token[]; atoms: Token[] } {
  const { card, syntax } = profile;
  const all: Token[] = [];
  for (const url of findUrls(text)) {
    const display = card.linkLabel;
    all.push({ kind: 'link', start: url.start, end: url.end, display, atomic: true });
  }
  for (const m of text.matchAll(LINE_BREAK)) {
    all.push({ kind: 'break', start: m.index, end: m.index + m[0].length, display: '\n', atomic: true });
  }
  if (withTopics) {
    for (const topic of findTopics(text, syntax.topics)) {
      // A topic picked in Xiaohongshu's app is written `#名称[话题]#` and shown as `#名称`.
      const picked = topic.picked === true;
      all.push({ kind: 'topic', start: topic.start, end: topic.end, display: picked ? `#${topic.name}` : undefined, atomic: picked });
    }
    // Moments does not link @names in the text; Weibo and Xiaohongshu do.
    if (card.linksMentions) {
      for (const mention of findMentions(text, syntax.mentions)) all.push({ kind: 'mention', start: mention.start, end: mention.end, atomic: false });
    }
  }
  for (const code of findEmoticonCodes(text)) {
    const emoji = emoticonEmoji(code.name);
    all.push({ kind: 'emoticon', start: code.start, end: code.end, display: emoji ?? code.text, chip: emoji === null, atomic: true });
  }
  for (const emoji of findEmoji(text)) all.push({ kind: 'emoji', start: emoji.start, end: emoji.end, atomic: true });

  all.sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - a.end);
  const tokens: Token[] = [];
  let covered = 0;
  for (const token of all) {
    if (token.start < covered) continue;
    tokens.push(token);
    covered = token.end;
  }
  return { tokens, atoms: all.filter((t) => t.atomic) };
}

/** Atoms merged where they overlap (a `#名称[话题]#` holding an emoji), in order. */
function atomIntervals(atoms: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const atom of atoms) {
    const last = out[out.length - 1];
    if (last && atom.start < last[1]) last[1] = Math.max(last[1], atom.end);
    else out.push([atom.start, atom.end]);
  }
  return out;
}

/**
 * Moves a cut that would fall inside an atom (or a surrogate pair) to the atom's start, or with
 * `outward: 'end'` to its end, so an emoji, a chip or a `网页链接` is never drawn in two halves.
 * A mark's end goes to the end: moved to the start, the piece after the cut began inside the
 * mark and was marked to the next cut (a thumb in a Weibo topic marked the rest of the topic).
 */
function snapCut(text: string, cut: number, atoms: ReadonlyArray<[number, number]>, outward: 'start' | 'end' = 'start'): number {
  let at = cut;
  // The last atom starting before the cut is the only one that can hold it.
  let lo = 0;
  let hi = atoms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (atoms[mid]![0] < at) lo = mid + 1;
    else hi = mid - 1;
  }
  const atom = atoms[hi];
  if (atom && atom[0] < at && at < atom[1]) at = outward === 'end' ? atom[1] : atom[0];
  if (at > 0 && at < text.length) {
    const prev = text.charCodeAt(at - 1);
    const here = text.charCodeAt(at);
    if (prev >= 0xd800 && prev <= 0xdbff && here >= 0xdc00 && here <= 0xdfff) at += outward === 'end' ? 1 : -1;
  }
  return at;
}

// ---------------------------------------------------------------------------------------------
// Segments

export interface SpanMarks {
  /** Marks (with their index into the model's marks) that lie over this span. */
  marks: Array<{ index: number; start: number; end: number }>;
}

/**
 * Cuts a span of the document into segments: tokens become their own runs, plain text runs go
 * between them, and every mark boundary and the fold (`foldAt`, span-relative) cut runs further.
 */
export function buildSegments(
  span: TextSpan,
  profile: CardPlatformProfile,
  withTopics: boolean,
  { marks }: SpanMarks,
  foldAt: number | null,
): { segments: CardSegment[]; foldCut: number | null } {
  const text = span.text;
  const { tokens, atoms } = tokenize(text, profile, withTopics);
  const intervals = atomIntervals(atoms);

  const cutSet = new Set<number>();
  const foldCut = foldAt === null ? null : snapCut(text, foldAt, intervals);
  if (foldCut !== null) cutSet.add(foldCut);
  for (const mark of marks) {
    cutSet.add(snapCut(text, mark.start - span.start, intervals));
    cutSet.add(snapCut(text, mark.end - span.start, intervals, 'end'));
  }
  const cuts = [...cutSet].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);

  // Runs before cutting: tokens and the plain text between them.
  const runs: Array<{ kind: SegmentKind; start: number; end: number; token?: Token }> = [];
  let pos = 0;
  for (const token of tokens) {
    if (token.start > pos) runs.push({ kind: 'text', start: pos, end: token.start });
    runs.push({ kind: token.kind, start: token.start, end: token.end, token });
    pos = token.end;
  }
  if (pos < text.length) runs.push({ kind: 'text', start: pos, end: text.length });

  const segments: CardSegment[] = [];
  let c = 0;
  for (const run of runs) {
    while (c < cuts.length && cuts[c]! <= run.start) c++;
    const pieces: Array<[number, number]> = [];
    if (run.token?.atomic) pieces.push([run.start, run.end]);
    else {
      let from = run.start;
      while (c < cuts.length && cuts[c]! < run.end) {
        pieces.push([from, cuts[c]!]);
        from = cuts[c]!;
        c++;
      }
      pieces.push([from, run.end]);
    }
    for (const [from, to] of pieces) {
      const written = text.slice(from, to);
      const segment: CardSegment = { kind: run.kind, text: written, start: span.start + from, end: span.start + to };
      const token = run.token;
      if (token?.display !== undefined) {
        segment.text = token.display;
        segment.raw = written;
      }
      if (token?.chip) segment.chip = true;
      segments.push(segment);
    }
  }

  attachMarks(segments, marks);
  if (foldCut !== null) {
    const foldDoc = span.start + foldCut;
    for (const segment of segments) if (segment.start >= foldDoc) segment.folded = true;
  }
  return { segments, foldCut };
}

/** Gives each segment the indices of the marks over it (a sweep: marks and segments are in order). */
function attachMarks(segments: CardSegment[], marks: SpanMarks['marks']): void {
  if (!marks.length) return;
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: typeof sorted = [];
  for (const segment of segments) {
    while (next < sorted.length && sorted[next]!.start < segment.end) active.push(sorted[next++]!);
    active = active.filter((m) => m.end > segment.start);
    const over = active.filter((m) => m.start < segment.end && m.end > segment.start);
    if (over.length) segment.marks = over.map((m) => m.index).sort((a, b) => a - b);
  }
}
