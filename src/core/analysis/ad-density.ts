import { CALLS_TO_ACTION, CONTACT_LABELS, QR_PROMPTS } from '../lexicon/cta';
import { PROMO_WORDS } from '../lexicon/promo';
import type { WordList, WordMatch } from '../lexicon/types';
import type { PlatformProfile } from '../platforms/profile';
import { findEmoji, findUrls } from '../text';
import type { TextToken } from '../text';
import type { AdDensityReport, AdDensitySignal, Draft, Locale, Localized, PlatformId } from '../types';

/**
 * How much a draft reads like a naked ad: selling signals (promo words, prices, discounts,
 * calls to action, links, contact details, QR prompts, exclamation runs, emoji), weighted and
 * counted per 100 characters of body. A heuristic of Postlint's, calibrated on public data by
 * `bench/calibrate.ts`; no platform publishes such a score.
 */

export type AdDensitySignalId = 'promo' | 'price' | 'discount' | 'cta' | 'link' | 'contact' | 'qr' | 'exclaim' | 'emoji';

export interface AdDensitySignalKind {
  id: AdDensitySignalId;
  label: Localized;
  /** Points per occurrence. */
  weight: number;
}

/**
 * The signals, in the order the breakdown lists them. Weights say how strongly one occurrence
 * says "this is an ad": a price, a discount or a way to contact the seller is the substance of
 * an ad; an exclamation run or an emoji is only its tone of voice.
 */
export const AD_DENSITY_SIGNAL_KINDS: readonly AdDensitySignalKind[] = [
  { id: 'price', label: { zh: '价格', en: 'prices' }, weight: 2 },
  { id: 'discount', label: { zh: '折扣', en: 'discounts' }, weight: 2 },
  { id: 'promo', label: { zh: '促销词', en: 'promo words' }, weight: 2 },
  { id: 'cta', label: { zh: '引导购买', en: 'calls to action' }, weight: 2 },
  { id: 'contact', label: { zh: '联系方式', en: 'phone / WeChat ids' }, weight: 3 },
  { id: 'link', label: { zh: '链接', en: 'links' }, weight: 2 },
  { id: 'qr', label: { zh: '扫码', en: 'QR prompts' }, weight: 2 },
  { id: 'exclaim', label: { zh: '连串感叹号', en: 'exclamation runs' }, weight: 1 },
  { id: 'emoji', label: { zh: '表情符号', en: 'emoji' }, weight: 0.5 },
];

/**
 * The score is per 100 characters, but never divided by fewer than this many: one price in a
 * five-character text is not "40 points per 100 characters". 50 characters is about one
 * short post (a third of Weibo's 140-character fold).
 */
export const MIN_CHARS = 50;

/**
 * Score at or above which `ad-density` fires, per platform; the platform profiles read their
 * number from here, so the figure and its calibration live together. Weibo's is calibrated by
 * `npm run calibrate` (bench/calibrate.ts) on ../shared/data: at 5, SMS ads precision 0.87–0.90
 * and recall 0.77–0.78 (held-out and tuned halves), firing on 1.0% of ordinary Weibo posts; the
 * figures and what they miss are in docs/rules/ad-density.md. Moments is a circle of
 * acquaintances, so it is stricter; Xiaohongshu and X use Weibo's.
 */
export const AD_DENSITY_THRESHOLDS: Readonly<Record<PlatformId, number>> = {
  weibo: 5,
  moments: 4,
  xiaohongshu: 5,
  x: 5,
};

/** The word lists the engine matches for ad-density (in its single pass over the draft). */
export const AD_DENSITY_LISTS: readonly WordList[] = [PROMO_WORDS, CALLS_TO_ACTION, QR_PROMPTS, CONTACT_LABELS];

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
  const occurrences = resolveOverlaps([...wordSignals(input), ...patternSignals(visible, body.start)], visible, body.start);
  const chars = countChars(visible);
  const signals = groupSignals(occurrences, locale);
  const configured = options.threshold;
  const threshold = typeof configured === 'number' && Number.isFinite(configured) && configured > 0 ? configured : platform.thresholds.adDensity;
  return { score: adDensityScore(signals, chars), threshold, signals, chars };
}

/**
 * Exclamation runs and emoji are tone of voice, not selling: they add to the score but a draft
 * needs at least this many selling signals (a promo word, a price, a link …) to read as an ad,
 * so an excited post with no offer in it never fires.
 */
export const MIN_SELLING_SIGNALS = 2;

const TONE_OF_VOICE: ReadonlySet<string> = new Set<AdDensitySignalId>(['exclaim', 'emoji']);

/** Occurrences of the signals that are about selling (everything but exclamation runs and emoji). */
export function sellingSignalCount(report: Pick<AdDensityReport, 'signals'>): number {
  return report.signals.reduce((n, s) => (TONE_OF_VOICE.has(s.id) ? n : n + s.count), 0);
}

/** The rule's verdict, shared with the tone summary: score at or above the threshold, and enough selling in it. */
export function readsAsAd(report: AdDensityReport): boolean {
  return report.score >= report.threshold && sellingSignalCount(report) >= MIN_SELLING_SIGNALS;
}

/** Weighted signals per 100 characters, rounded to one decimal (the figure users see is the one compared). */
export function adDensityScore(signals: readonly Pick<AdDensitySignal, 'count' | 'weight'>[], chars: number): number {
  const points = signals.reduce((sum, s) => sum + s.count * s.weight, 0);
  return Math.round((points * 1000) / Math.max(chars, MIN_CHARS)) / 10;
}

function wordSignals(input: AdDensityInput): SignalOccurrence[] {
  const { start, text } = input.draft.body;
  const end = start + text.length;
  const out: SignalOccurrence[] = [];
  const add = (list: WordList, kind: (m: WordMatch) => AdDensitySignalId) => {
    for (const m of input.matchesOf(list)) {
      // Only the body counts (not a Xiaohongshu title in the front matter).
      if (m.start >= start && m.end <= end) out.push({ kind: kind(m), start: m.start, end: m.end });
    }
  };
  add(PROMO_WORDS, (m) => (m.entry.category === 'discount' ? 'discount' : 'promo'));
  add(CALLS_TO_ACTION, () => 'cta');
  add(QR_PROMPTS, () => 'qr');
  add(CONTACT_LABELS, () => 'contact');
  return out;
}

// A number as written in a draft, or as masked in public SMS corpora, where every digit is `x`
// (`xx元`、`x.x折`). The lookbehind keeps `x` inside English words (box元) from counting.
const NUM = String.raw`(?<![A-Za-z0-9.])[0-9x]+(?:\.[0-9x]+)?`;

const PRICE = new RegExp(
  [
    String.raw`[¥￥]\s*[0-9x]+(?:\.[0-9x]+)?`,
    // 元宵、元旦、元素、元件、元首、元老、元气 are not prices.
    String.raw`${NUM}\s*[万千]?(?:元|块钱|rmb)(?![宵旦素件首老气])`,
    String.raw`${NUM}块[0-9x]+`,
    // Prices in Chinese numerals with a 十/百/千/万/几 in them (三十元、十几块钱), not 一元复始 or 万元户.
    String.raw`[一二两三四五六七八九十百千万几]*[十百千万几][一二两三四五六七八九十百千万几多]*(?:元|块钱)(?![宵旦素件首老气户])`,
    // Unit prices and prices "from": xxxx/平方, x.x万/平, 首付x.x万起.
    String.raw`${NUM}\s*[万千]?元?\s*/\s*(?:平方米|平方|平米|平|㎡|件|张|位|人|斤|个|份|盒|瓶|晚|天|月|次)`,
    String.raw`${NUM}\s*[万千]元?起`,
    // A bare number right after a price word: 价格xxx万、售价 120、原价198.
    String.raw`(?<=(?:价格|售价|现价|原价|特价|费用|只要|仅需|仅售)\s?[:：]?\s?)[0-9x]+(?:\.[0-9x]+)?\s*[万千]?(?![0-9A-Za-z])`,
  ].join('|'),
  'gi',
);

const DISCOUNT = new RegExp(
  [
    // 8.8折、x折 — but not 折腾、折叠、折射、折合、折旧、折返、折服、折磨.
    String.raw`${NUM}\s*折(?![腾磨叠射合旧返服])`,
    // 八折、八五折 — but not the 三折 of 一波三折 or 骨折/转折.
    String.raw`(?<![波转骨曲周对])[一二三四五六七八九][一二三四五六七八九]?折(?![腾磨叠射合旧返服])`,
    String.raw`满\s*${NUM}\s*[元块]?\s*[,，]?\s*(?:立?[减省]|送|返|赠)\s*(?:[0-9x]+(?:\.[0-9x]+)?\s*元?)?`,
    String.raw`买\s*(?:[一二两三四五]|${NUM})\s*[件个份]?\s*[送赠]\s*(?:[一二两三四五]|[0-9x]+)?`,
    // 充100送50、存xxx送xxx、xxx送xxx.
    String.raw`(?:[充存交购]\s*)?${NUM}\s*元?\s*[送赠返]\s*[0-9x]+`,
    String.raw`${NUM}\s*%\s*off\b`,
  ].join('|'),
  'gi',
);

// Links without a scheme, which Sina's pattern (text/urls.ts) leaves as text but a reader can
// still type: www.example.com, t.cn/abc, shop.example.cn/x.
const BARE_LINK =
  /(?<![A-Za-z0-9.@_/-])(?:www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|cc|me|tv|io|top|vip|shop|xyz|info|link|ly)\b)(?:\/[A-Za-z0-9\-_$.+!*()/,:;@&=?~#%]*)?/gi;

// Mainland mobiles (11 digits), 400/800 service lines, landlines, QQ numbers and WeChat ids, and
// the masked forms of public SMS corpora (xxxxxxxxxxx, xxxx-xxxxxxx).
const CONTACT = new RegExp(
  [
    String.raw`(?<![0-9A-Za-z])(?:1[3-9]\d[- ]?\d{4}[- ]?\d{4}|[48]00[- ]?\d{3}[- ]?\d{4}|0\d{2,3}-\d{7,8}|x{3,4}-x{7,8}|x{11})(?![0-9A-Za-z])`,
    // A local number right after a label: 电话：6100111, 热线 xxxxxxxx.
    String.raw`(?<=(?:电话|热线|询|致电|tel|[:：])\s?)[0-9x]{7,8}(?![0-9A-Za-z])`,
    String.raw`(?<![A-Za-z])qq\s*[:：]?\s*[0-9x]{5,11}(?![0-9A-Za-z])`,
    // A WeChat id after its label (微信号：shop2024, VX: abc_123): 6–20 characters, starting with a letter.
    String.raw`(?<=(?:微信号?|vx|v信|薇信|wx)\s?[:：]?\s?)[A-Za-z][-_A-Za-z0-9]{5,19}(?![-_A-Za-z0-9])`,
  ].join('|'),
  'gi',
);

const PUNCTUATION_RUN = /[!！?？]{2,}/g;

function patternSignals(text: string, offset: number): SignalOccurrence[] {
  const out: SignalOccurrence[] = [];
  const collect = (re: RegExp, kind: AdDensitySignalId, keep: (m: string) => boolean = () => true) => {
    for (const m of text.matchAll(re)) {
      if (m[0].length > 0 && keep(m[0])) out.push({ kind, start: offset + m.index, end: offset + m.index + m[0].length });
    }
  };
  collect(PRICE, 'price');
  collect(DISCOUNT, 'discount');
  collect(BARE_LINK, 'link');
  collect(CONTACT, 'contact');
  collect(PUNCTUATION_RUN, 'exclaim', (m) => /[!！]/.test(m));
  const tokens = (found: readonly TextToken[], kind: AdDensitySignalId) => {
    for (const t of found) out.push({ kind, start: offset + t.start, end: offset + t.end });
  };
  tokens(findUrls(text), 'link');
  // Emoji as the reader sees them; Weibo's [表情] codes are the platform's own small talk and do not count.
  tokens(findEmoji(text), 'emoji');
  return out;
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
  const signals: AdDensitySignal[] = [];
  for (const kind of AD_DENSITY_SIGNAL_KINDS) {
    const ranges = occurrences.filter((o) => o.kind === kind.id).map((o): [number, number] => [o.start, o.end]);
    if (ranges.length) signals.push({ id: kind.id, label: kind.label[locale], count: ranges.length, weight: kind.weight, ranges });
  }
  return signals;
}

/** Characters that count: Unicode code points other than whitespace. */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}

/**
 * The body with Postlint's own control comments (`<!-- postlint-… -->`, `# postlint-…` lines)
 * blanked to spaces of the same length, so offsets stay valid and the comments count nowhere.
 */
export function blankControlComments(text: string): string {
  if (!text.includes('postlint-')) return text;
  return text.replace(/<!--\s*postlint-[\s\S]*?-->|^[ \t]*#\s*postlint-[^\n]*/gm, (m) => m.replace(/[^\n]/g, ' '));
}

/**
 * Where the finding goes: the sentence that carries most of the selling points (the earliest
 * of equals), so the editor underlines one sentence rather than the whole post. Falls back to
 * the first line when the report has no signals.
 */
export function densestSentence(draft: Draft, report: AdDensityReport): { start: number; end: number } {
  const { text, start: offset } = draft.body;
  const sentences = splitSentences(text);
  const weightAt = (s: number, e: number) =>
    report.signals.reduce((sum, sig) => sum + sig.weight * sig.ranges.filter(([a]) => a >= offset + s && a < offset + e).length, 0);
  let best: { start: number; end: number; points: number } | null = null;
  for (const [s, e] of sentences) {
    const points = weightAt(s, e);
    if (!best || points > best.points) best = { start: s, end: e, points };
  }
  const [s, e] = best ? [best.start, best.end] : [0, text.length];
  return trimRange(text, offset, s, e);
}

/** Sentences end after a run of 。！？!?；;… or at a line break (not at the ? of a link). */
function splitSentences(text: string): Array<[number, number]> {
  let plain = text;
  for (const link of [...findUrls(text), ...matchTokens(BARE_LINK, text)]) {
    plain = plain.slice(0, link.start) + 'x'.repeat(link.end - link.start) + plain.slice(link.end);
  }
  const out: Array<[number, number]> = [];
  const re = /[^。！？!?；;…\n]*(?:[。！？!?；;…]+|\n|$)/g;
  for (const m of plain.matchAll(re)) {
    if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function matchTokens(re: RegExp, text: string): TextToken[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

function trimRange(text: string, offset: number, s: number, e: number): { start: number; end: number } {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: offset + s, end: offset + e };
}
