// The preview card's view model: what a Weibo, Moments or Xiaohongshu card shows for a draft,
// as plain JSON. The webview (media/preview.js) only draws it; every decision — where the
// fold falls, what a link or a `[表情]` code looks like, which words a finding marks — is made
// here, in the core, where it can be tested without an editor.
//
// Every string in the model is data: the webview sets it with `textContent`, never as HTML.

import type { LintResult } from './engine';
import { platformProfile } from './platforms';
import type { CardChrome, CardProfile, PlatformProfile } from './platforms/profile';
import { buildSegments, type CardSegment, type SpanMarks } from './card-segments';
import type { CountResult, Finding, Locale, PlatformId, TextSpan } from './types';

export type { CardChrome } from './platforms/profile';
export type { CardSegment, SegmentKind } from './card-segments';
export { emoticonEmoji } from './lexicon/emoticon-emoji';

/** Whether the platform has a card: its profile describes one (X has none; DESIGN.md §3 names three). */
export function isCardPlatform(platform: PlatformId): boolean {
  return platformProfile(platform).card !== undefined;
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
export type CardPlatformProfile = PlatformProfile & { card: CardProfile };

function hasCard(profile: PlatformProfile): profile is CardPlatformProfile {
  return profile.card !== undefined;
}
