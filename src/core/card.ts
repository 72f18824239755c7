// The preview card's view model: what a Weibo, Moments or Xiaohongshu card shows for a draft,
// as plain JSON. The webview (media/preview.js) only draws it; every decision — where the
// fold falls, what a link or a `[表情]` code looks like, which words a finding marks — is made
// here, in the core, where it can be tested without an editor.
//
// Every string in the model is data: the webview sets it with `textContent`, never as HTML.

import type { LintResult } from './engine';
import { emoticonEmoji } from './lexicon/emoticon-emoji';
import { platformProfile } from './platforms';
import type { CardChrome, CardProfile, PlatformProfile } from './platforms/profile';
import { findEmoji } from './text/emoji';
import { findEmoticonCodes } from './text/emoticons';
import { findMentions } from './text/mentions';
import { findTopics } from './text/topics';
import { findUrls } from './text/urls';
import type { CountResult, Finding, Locale, PlatformId, TextSpan } from './types';

export type { CardChrome } from './platforms/profile';
export { emoticonEmoji } from './lexicon/emoticon-emoji';

/** Whether the platform has a card: its profile describes one (X has none; DESIGN.md §3 names three). */
export function isCardPlatform(platform: PlatformId): boolean {
  return platformProfile(platform).card !== undefined;
}

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

/** A finding drawn over the card's text. */
export type CardMark = Pick<Finding, 'rule' | 'severity' | 'message' | 'start' | 'end'>;

/** A finding with nothing in the card to mark (front matter, a zero-width range, the fold itself). */
export type CardNote = Pick<Finding, 'rule' | 'severity' | 'message'>;

export interface CardFold {
  /** The counter's `foldOffset` (document offset): the first character the timeline hides. */
  counterOffset: number;
  /**
   * Where the card cuts. The same as `counterOffset`, except when the counter's offset falls
   * inside something the card draws whole (a ZWJ emoji, a `[表情]` chip, a `网页链接`): then the
   * whole of it goes behind the fold, and this is its start.
   */
  offset: number;
  /** Index of the first folded segment. */
  segment: number;
}

export interface CardImages {
  /** `images:` from the front matter. */
  count: number;
  /** Placeholders drawn: at most the grid's nine (Weibo, Moments). */
  shown: number;
  /** Weibo's `+N` on the last tile for images beyond nine. */
  more: number;
  /** The platform's maximum per post, when we know it. */
  max: number | null;
  columns: 1 | 2 | 3;
}

export interface CardAuthor {
  name: string;
  /** The letter in the generated avatar circle (its first grapheme). */
  initial: string;
  /** Hue of the avatar circle, from the name, so one name always gets one colour. */
  hue: number;
  source: 'front-matter' | 'setting' | 'default';
}

export interface CardModel {
  platform: PlatformId;
  locale: Locale;
  author: CardAuthor;
  /** Xiaohongshu's note title; null elsewhere or when the draft has none. */
  title: CardSegment[] | null;
  body: CardSegment[];
  fold: CardFold | null;
  marks: CardMark[];
  notes: CardNote[];
  images: CardImages | null;
  chrome: CardChrome;
  count: Pick<CountResult, 'unit' | 'length' | 'limit' | 'foldAt' | 'folded' | 'over'>;
  titleCount: Pick<CountResult, 'length' | 'limit' | 'over'> | null;
  /** One line for the panel's header, in the user's language: `微博 152/140 字 · 第 140 字后折叠`. */
  summary: string;
}

export interface CardOptions {
  locale?: Locale;
  /** The `postlint.author` setting, used when the front matter has no `author`. */
  author?: string | null;
}

/** A grid shows at most nine tiles, 3×3 (Weibo, Moments). */
const GRID_MAX = 9;

const DEFAULT_AUTHOR = { zh: '你的账号', en: 'Your account' };

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

interface SpanMarks {
  /** Marks (with their index into the model's marks) that lie over this span. */
  marks: Array<{ index: number; start: number; end: number }>;
}

/**
 * Cuts a span of the document into segments: tokens become their own runs, plain text runs go
 * between them, and every mark boundary and the fold (`foldAt`, span-relative) cut runs further.
 */
function buildSegments(
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

// ---------------------------------------------------------------------------------------------
// The model

/** The card for a lint result. The result's platform must have a card (not X). */
export function buildCard(result: LintResult, options: CardOptions = {}): CardModel {
  const platform = result.platform;
  const profile = platformProfile(platform);
  if (!hasCard(profile)) throw new Error(`No preview card for platform "${platform}"`);
  const locale = options.locale ?? 'zh';
  const { draft, count } = result;

  // A platform with titles shows the note's title on its card (Xiaohongshu).
  const title = profile.countTitle ? draft.title : null;
  const body = draft.body;

  // Findings over the title or the body become marks; the rest become notes under the card.
  const marks: CardMark[] = [];
  const notes: CardNote[] = [];
  const titleMarks: SpanMarks['marks'] = [];
  const bodyMarks: SpanMarks['marks'] = [];
  for (const finding of result.findings) {
    const target = finding.rule === 'fold' || finding.end <= finding.start ? null : spanOf(finding, title, body);
    if (!target) {
      notes.push({ rule: finding.rule, severity: finding.severity, message: finding.message });
      continue;
    }
    const start = Math.max(finding.start, target.start);
    const end = Math.min(finding.end, target.start + target.text.length);
    const index = marks.length;
    marks.push({ rule: finding.rule, severity: finding.severity, message: finding.message, start, end });
    (target === title ? titleMarks : bodyMarks).push({ index, start, end });
  }

  const foldOffset = count.folded && count.foldOffset !== null ? count.foldOffset : null;
  const built = buildSegments(body, profile, true, { marks: bodyMarks }, foldOffset);
  const titleSegments = title ? buildSegments(title, profile, false, { marks: titleMarks }, null).segments : null;

  let fold: CardFold | null = null;
  if (foldOffset !== null && built.foldCut !== null) {
    const segment = built.segments.findIndex((s) => s.folded);
    if (segment >= 0) fold = { counterOffset: body.start + foldOffset, offset: body.start + built.foldCut, segment };
  }

  return {
    platform,
    locale,
    author: cardAuthor(draft.author, options.author, locale),
    title: titleSegments,
    body: built.segments,
    fold,
    marks,
    notes,
    images: cardImages(draft.images, profile),
    chrome: profile.card.chrome,
    count: { unit: count.unit, length: count.length, limit: count.limit, foldAt: count.foldAt, folded: count.folded, over: count.over },
    titleCount: result.titleCount && title ? { length: result.titleCount.length, limit: result.titleCount.limit, over: result.titleCount.over } : null,
    summary: cardSummary(profile, count, title ? result.titleCount : null, locale),
  };
}

function spanOf(finding: Finding, title: TextSpan | null, body: TextSpan): TextSpan | null {
  for (const span of title ? [title, body] : [body]) {
    if (finding.start < span.start + span.text.length && finding.end > span.start) return span;
  }
  return null;
}

function cardAuthor(fromDraft: string | null, fromSetting: string | null | undefined, locale: Locale): CardAuthor {
  const draftName = fromDraft?.trim();
  const settingName = fromSetting?.trim();
  const name = draftName || settingName || DEFAULT_AUTHOR[locale];
  const source: CardAuthor['source'] = draftName ? 'front-matter' : settingName ? 'setting' : 'default';
  return { name, initial: firstGrapheme(name).toUpperCase(), hue: nameHue(name), source };
}

/** Built on first use: the first Intl object loads locale data, which start-up should not pay for. */
let graphemes: Intl.Segmenter | undefined;

function firstGrapheme(text: string): string {
  for (const { segment } of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text)) return segment;
  return '?';
}

function nameHue(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  return hash % 360;
}

function cardImages(count: number | null, profile: CardPlatformProfile): CardImages | null {
  if (count === null || count <= 0) return null;
  const max = profile.maxImages;
  const layout = profile.card.images;
  if (layout === 'cover') return { count, shown: 1, more: 0, max, columns: 1 };
  const shown = Math.min(count, GRID_MAX);
  // `+N` on the ninth tile for what the grid cannot show (Weibo).
  const more = layout === 'grid-more' ? count - shown : 0;
  const columns = shown === 1 ? 1 : shown === 2 || shown === 4 ? 2 : 3;
  return { count, shown, more, max, columns };
}

function cardSummary(profile: PlatformProfile, count: CountResult, titleCount: CountResult | null, locale: Locale): string {
  const name = profile.shortName[locale];
  const zh = locale === 'zh';
  const unit = count.unit === 'lines' ? (zh ? '行' : 'lines') : zh ? '字' : 'chars';
  const parts = [name];
  if (titleCount) parts.push(zh ? `标题 ${ratio(titleCount)}` : `title ${ratio(titleCount)}`);
  const length = ratio(count);
  parts.push(titleCount ? (zh ? `正文 ${length} ${unit}` : `body ${length} ${unit}`) : `${length} ${unit}`);
  if (count.folded && count.foldAt !== null) {
    parts.push(zh ? `第 ${count.foldAt} ${unit}后折叠` : `folds after ${count.foldAt} ${unit}`);
  }
  return parts.join(' · ');
}

function ratio(count: CountResult): string {
  return count.limit === null ? String(count.length) : `${count.length}/${count.limit}`;
}

/** A profile that describes a card. */
type CardPlatformProfile = PlatformProfile & { card: CardProfile };

function hasCard(profile: PlatformProfile): profile is CardPlatformProfile {
  return profile.card !== undefined;
}
