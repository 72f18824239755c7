import { BLOCKS, MAY_HOLD_EMOJI_MARK, SIGNAL_PATTERNS, signalEdges, signalMarks, type AdDensitySignalId, type SignalPattern } from '../lexicon/ad-signals';
import { ADDRESS_LABELS, CALLS_TO_ACTION, CONTACT_LABELS, OPT_OUT, QR_PROMPTS } from '../lexicon/cta';
import { PROMO_WORDS, SELF_INTRODUCTION } from '../lexicon/promo';
import type { WordList, WordMatch } from '../lexicon/types';
import type { PlatformProfile } from '../platforms/profile';
import { findEmoji, findUrls } from '../text';
import { readMarks, type TextMarks } from '../text/blocks';
import { blankControlComments } from '../text/comments';
import type { AdDensityReport, AdDensitySignal, Draft, Locale, Localized } from '../types';

/**
 * How much a draft reads like a naked ad: selling signals (what is offered — promo words,
 * prices, discounts, gifts, member perks, sales events, the reader addressed as a customer,
 * the offers of the big advertising trades; how to take it up — calls to action, contact details, bank accounts, addresses, links, QR prompts;
 * the footers of commercial messages — opt-out lines and sender signatures; and the tone of
 * voice — exclamation runs, emoji), weighted and counted per 100 characters of body, with a
 * gate on how many kinds of selling the draft has. A heuristic of Postlint's, calibrated on
 * public data by `bench/calibrate.ts`; no platform publishes such a score.
 */


export interface AdDensitySignalKind {
  id: AdDensitySignalId;
  label: Localized;
  /** Points per occurrence. */
  weight: number;
}

/**
 * The signals, in the order the breakdown lists them (of equal points). Weights say how
 * strongly one occurrence says "this is an ad": every word or figure of an offer counts 2; a
 * phone number or WeChat id or a bank account (a way off the platform to the seller) and an opt-out footer (which
 * only commercial messages carry) count 3; an exclamation run or an emoji is only tone of voice.
 * The offer kinds are kept apart so that the gate below can tell an ad (a price *and* a phone
 * number) from a text that keeps naming one thing (招生、招生、招生 in a news story).
 */
export const AD_DENSITY_SIGNAL_KINDS: readonly AdDensitySignalKind[] = [
  { id: 'price', label: { zh: '价格', en: 'prices' }, weight: 2 },
  { id: 'discount', label: { zh: '折扣', en: 'discounts' }, weight: 2 },
  { id: 'promo', label: { zh: '促销词', en: 'promo words' }, weight: 2 },
  { id: 'gift', label: { zh: '赠品抽奖', en: 'gifts and prize draws' }, weight: 2 },
  { id: 'member', label: { zh: '会员专享', en: 'member perks' }, weight: 2 },
  { id: 'event', label: { zh: '促销活动', en: 'sales events' }, weight: 2 },
  { id: 'business', label: { zh: '商家自荐', en: 'a business presenting itself' }, weight: 2 },
  { id: 'finance', label: { zh: '贷款理财', en: 'loans and investments' }, weight: 2 },
  { id: 'property', label: { zh: '楼盘房源', en: 'property for sale' }, weight: 2 },
  { id: 'course', label: { zh: '招生培训', en: 'courses and enrolment' }, weight: 2 },
  { id: 'customer', label: { zh: '称呼顾客', en: 'addressing customers' }, weight: 2 },
  { id: 'jobs', label: { zh: '招聘招商', en: 'hiring and franchising' }, weight: 2 },
  { id: 'gambling', label: { zh: '博彩', en: 'gambling' }, weight: 2 },
  { id: 'cta', label: { zh: '引导购买', en: 'calls to action' }, weight: 2 },
  { id: 'contact', label: { zh: '联系方式', en: 'phone / WeChat ids' }, weight: 3 },
  { id: 'payment', label: { zh: '收款账户', en: 'bank account for payment' }, weight: 3 },
  { id: 'address', label: { zh: '门店地址', en: 'shop addresses' }, weight: 2 },
  { id: 'link', label: { zh: '链接', en: 'links' }, weight: 2 },
  { id: 'qr', label: { zh: '扫码', en: 'QR prompts' }, weight: 2 },
  { id: 'opt-out', label: { zh: '退订提示', en: 'opt-out footers' }, weight: 3 },
  { id: 'signature', label: { zh: '商家署名', en: 'sender signatures' }, weight: 2 },
  { id: 'exclaim', label: { zh: '连串感叹号', en: 'exclamation runs' }, weight: 1 },
  { id: 'emoji', label: { zh: '表情符号', en: 'emoji' }, weight: 0.5 },
];

/**
 * The score is per 100 characters, but never divided by fewer than this many: one price in a
 * five-character text is not "40 points per 100 characters". 50 characters is about one
 * short post (a third of Weibo's 140-character fold).
 */
export const MIN_CHARS = 50;

/** The word lists the engine matches for ad-density (in its single pass over the draft). */
export const AD_DENSITY_LISTS: readonly WordList[] = [PROMO_WORDS, SELF_INTRODUCTION, CALLS_TO_ACTION, QR_PROMPTS, CONTACT_LABELS, ADDRESS_LABELS, OPT_OUT];

export interface AdDensityInput {
  draft: Draft;
  platform: PlatformProfile;
  matchesOf(list: WordList): readonly WordMatch[];
  /** `rules.ad-density.options` from the config. */
  options: Readonly<Record<string, unknown>>;
  locale: Locale;
}

/** One occurrence of a signal, in document offsets. */
export interface SignalOccurrence {
  kind: AdDensitySignalId;
  start: number;
  end: number;
}

export function measureAdDensity(input: AdDensityInput): AdDensityReport {
  const { draft, platform, options, locale } = input;
  const body = draft.body;
  const visible = blankControlComments(body.text);
  const found: SignalOccurrence[] = [];
  wordSignals(input, found);
  // One pass over the text: which characters the patterns need it holds, and how many characters count.
  const read = readSignalMarks(visible);
  patternSignals(visible, body.start, read, found);
  const occurrences = resolveOverlaps(withSelfIntroduction(input, found), visible, body.start);
  const signals = groupSignals(occurrences, locale);
  const configured = options.threshold;
  const threshold = typeof configured === 'number' && Number.isFinite(configured) && configured > 0 ? configured : platform.thresholds.adDensity;
  return { score: adDensityScore(signals, read.chars), threshold, signals, chars: read.chars };
}

/**
 * Exclamation runs and emoji are tone of voice, not selling: they add to the score, but a draft
 * reads as an ad only when its selling signals are of at least this many kinds. An ad names an
 * offer *and* something more about it — its price, a gift, how to reach the seller, where the
 * shop is — while a story that mentions a sale repeats one kind (促销 … 活动, a list of phone
 * numbers, 均价 in a market report). An excited post with no offer in it never fires.
 */
export const MIN_SIGNAL_KINDS = 2;

/**
 * …or this many selling signals of a single kind: a listing that piles up one kind of selling
 * (招生、师资、名师; 89平米、精装修、三室两厅) is an ad too, though it names nothing else.
 */
export const MIN_SIGNALS_OF_ONE_KIND = 3;

const TONE_OF_VOICE: ReadonlySet<string> = new Set<AdDensitySignalId>(['exclaim', 'emoji']);

/** Occurrences of the signals that are about selling (everything but exclamation runs and emoji). */
export function sellingSignalCount(report: Pick<AdDensityReport, 'signals'>): number {
  return report.signals.reduce((n, s) => (TONE_OF_VOICE.has(s.id) ? n : n + s.count), 0);
}

/** How many kinds of selling signal the draft has (a price and a phone number are two). */
export function sellingKindCount(report: Pick<AdDensityReport, 'signals'>): number {
  return report.signals.filter((s) => !TONE_OF_VOICE.has(s.id) && s.count > 0).length;
}

/**
 * …or a bank account given for payment, which is enough alone: a text that gives a card number
 * and its bank is asking the reader to pay, off the platform. Unlike a phone number (a friend's,
 * a hotline in a news story) it is never *about* something; the platforms treat it as a
 * transaction taken off the platform (Xiaohongshu's rules against diverting trade; Weibo's
 * against unapproved fund-raising and transfers).
 */
const ENOUGH_ALONE: ReadonlySet<string> = new Set<AdDensitySignalId>(['payment']);

/** Whether the selling in a report is enough to make an ad, whatever its density: two kinds, three signals, or payment details. */
export function enoughSelling(report: Pick<AdDensityReport, 'signals'>): boolean {
  return (
    sellingKindCount(report) >= MIN_SIGNAL_KINDS ||
    sellingSignalCount(report) >= MIN_SIGNALS_OF_ONE_KIND ||
    report.signals.some((s) => ENOUGH_ALONE.has(s.id) && s.count > 0)
  );
}

/** The rule's verdict, shared with the tone summary: score at or above the threshold, and enough selling in it. */
export function readsAsAd(report: AdDensityReport): boolean {
  return report.score >= report.threshold && enoughSelling(report);
}

/** Weighted signals per 100 characters, rounded to one decimal (the figure users see is the one compared). */
export function adDensityScore(signals: readonly Pick<AdDensitySignal, 'count' | 'weight'>[], chars: number): number {
  const points = signals.reduce((sum, s) => sum + s.count * s.weight, 0);
  return Math.round((points * 1000) / Math.max(chars, MIN_CHARS)) / 10;
}

const SIGNAL_IDS: ReadonlySet<string> = new Set(AD_DENSITY_SIGNAL_KINDS.map((k) => k.id));

function isSignalId(id: string | undefined): id is AdDensitySignalId {
  return id !== undefined && SIGNAL_IDS.has(id);
}

/** The word lists that are signals, with the kind each counts as (PROMO_WORDS: the entry's category). */
const WORD_SIGNALS: ReadonlyArray<readonly [WordList, AdDensitySignalId | null]> = [
  [PROMO_WORDS, null],
  [CALLS_TO_ACTION, 'cta'],
  [QR_PROMPTS, 'qr'],
  [CONTACT_LABELS, 'contact'],
  [ADDRESS_LABELS, 'address'],
  [OPT_OUT, 'opt-out'],
];

function wordSignals(input: AdDensityInput, out: SignalOccurrence[]): void {
  const { start, text } = input.draft.body;
  const end = start + text.length;
  for (let l = 0; l < WORD_SIGNALS.length; l++) {
    const [list, kind] = WORD_SIGNALS[l]!;
    const matches = input.matchesOf(list);
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      // Only the body counts (not a Xiaohongshu title in the front matter).
      if (m.start >= start && m.end <= end) out.push({ kind: kind ?? (isSignalId(m.entry.category) ? m.entry.category : 'promo'), start: m.start, end: m.end });
    }
  }
}

/** The signals that say how to reach a business: with one of them, a business naming itself counts. */
const WAYS_TO_REACH: ReadonlySet<string> = new Set<AdDensitySignalId>(['contact', 'address', 'link', 'payment']);

/** `found` plus a business signal for each 本公司/…有限公司 when the text gives a way to reach it (see SELF_INTRODUCTION). */
function withSelfIntroduction(input: AdDensityInput, found: SignalOccurrence[]): SignalOccurrence[] {
  const names = input.matchesOf(SELF_INTRODUCTION);
  if (names.length === 0 || !found.some((o) => WAYS_TO_REACH.has(o.kind))) return found;
  const { start, text } = input.draft.body;
  for (const m of names) if (m.start >= start && m.end <= start + text.length) found.push({ kind: 'business', start: m.start, end: m.end });
  return found;
}

/** One pass over a text with the signal patterns' marks (lexicon/ad-signals.ts); `blockUnits` cuts any text into blocks of that size (the tests). */
function readSignalMarks(text: string, blockUnits?: number): TextMarks {
  return readMarks(text, signalMarks(), signalEdges, blockUnits === undefined ? BLOCKS : { blocksFrom: 0, blockUnits });
}

/** Which of the marks the patterns need the text holds, and how many digits (or x) it has. */
export function marksOf(text: string): { marks: number; digits: number } {
  const { marks, digits } = readSignalMarks(text);
  return { marks, digits };
}

/**
 * The pattern signals of a text, in its own offsets; with `gates` false every family runs over
 * the whole text; with `blockUnits`, any text is cut into blocks of that size (the tests compare them).
 */
export function findPatternSignals(text: string, gates = true, blockUnits?: number): SignalOccurrence[] {
  const out: SignalOccurrence[] = [];
  patternSignals(text, 0, readSignalMarks(text, blockUnits), out, gates);
  return out;
}

function patternSignals(text: string, offset: number, read: TextMarks, out: SignalOccurrence[], gates = true): void {
  const { marks, digits, blocks, blockEnds, blockMarks, blockDigits } = read;
  for (const family of SIGNAL_PATTERNS) {
    if (gates && !family.gate(text, marks, digits)) continue;
    if (!gates || !family.byBlocks || blocks < 2) {
      familySignals(family, text, 0, text.length, offset, out);
      continue;
    }
    // Runs of consecutive blocks that pass the gate, each searched as one stretch.
    let runStart = -1;
    let runEnd = -1;
    for (let b = 0; b < blocks; b++) {
      const from = b === 0 ? 0 : blockEnds[b - 1]!;
      const to = blockEnds[b]!;
      const marks = blockMarks[b]!;
      if ((marks & family.needs) !== 0 && (marks & family.alsoNeeds) !== 0 && family.gate(text, marks, blockDigits[b]!, from, to)) {
        if (runStart < 0) runStart = from;
        runEnd = to;
      } else if (runStart >= 0) {
        familySignals(family, text, runStart, runEnd, offset, out);
        runStart = -1;
      }
    }
    if (runStart >= 0) familySignals(family, text, runStart, runEnd, offset, out);
  }
  const urls = findUrls(text);
  for (const t of urls) out.push({ kind: 'link', start: offset + t.start, end: offset + t.end });
  // Emoji as the reader sees them; Weibo's [表情] codes are the platform's own small talk and do not count.
  if (gates && (marks & MAY_HOLD_EMOJI_MARK) === 0) return;
  for (const t of findEmoji(text)) out.push({ kind: 'emoji', start: offset + t.start, end: offset + t.end });
}

/** The family's occurrences in `text[from, to)`, searched as a text of its own (a whole text, or a run of blocks). */
function familySignals(family: SignalPattern, text: string, from: number, to: number, offset: number, out: SignalOccurrence[]): void {
  const { re, kind } = family;
  if (family.searchFrom) from = family.searchFrom(text, from, to);
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
    const found = m[0];
    const index = m.index;
    // No pattern here can match the empty string; were one to, step over it rather than loop.
    if (found.length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = from + (family.hitStart ? family.hitStart(stretch, index) : index);
    if (family.keep && !family.keep(text, start, found)) continue;
    out.push({ kind, start: offset + start, end: offset + from + index + found.length });
  }
  re.lastIndex = 0;
}

/**
 * A stretch of text counts once: of overlapping occurrences the leftmost-longest is kept. A
 * contact label and the number right after it (电话：138…) are one contact detail, not two.
 */
function resolveOverlaps(occurrences: SignalOccurrence[], text: string, offset: number): SignalOccurrence[] {
  const sorted = occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SignalOccurrence[] = [];
  let lastEnd = -1;
  for (const o of sorted) {
    if (o.start < lastEnd) continue;
    const prev = kept[kept.length - 1];
    if (prev && prev.kind === 'contact' && o.kind === 'contact' && /^[\s:：]*$/.test(text.slice(prev.end - offset, o.start - offset))) {
      prev.end = o.end;
    } else {
      kept.push(o);
    }
    lastEnd = o.end;
  }
  return kept;
}

function groupSignals(occurrences: readonly SignalOccurrence[], locale: Locale): AdDensitySignal[] {
  if (occurrences.length === 0) return [];
  // One pass into buckets by kind, then the kinds in their fixed order.
  const byKind = new Map<AdDensitySignalId, Array<[number, number]>>();
  for (const o of occurrences) {
    const ranges = byKind.get(o.kind);
    if (ranges) ranges.push([o.start, o.end]);
    else byKind.set(o.kind, [[o.start, o.end]]);
  }
  const signals: AdDensitySignal[] = [];
  for (const kind of AD_DENSITY_SIGNAL_KINDS) {
    const ranges = byKind.get(kind.id);
    if (ranges) signals.push({ id: kind.id, label: kind.label[locale], count: ranges.length, weight: kind.weight, ranges });
  }
  return signals;
}

/** Characters that count: Unicode code points other than whitespace. */
export function countChars(text: string): number {
  return readSignalMarks(text).chars;
}
