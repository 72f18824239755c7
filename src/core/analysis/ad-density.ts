import { ADDRESS_LABELS, CALLS_TO_ACTION, CONTACT_LABELS, OPT_OUT, QR_PROMPTS } from '../lexicon/cta';
import { PROMO_WORDS, SELF_INTRODUCTION } from '../lexicon/promo';
import type { WordList, WordMatch } from '../lexicon/types';
import type { PlatformProfile } from '../platforms/profile';
import { eachMatch, findEmoji, findUrls } from '../text';
import type { TextToken } from '../text';
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

export type AdDensitySignalId =
  | 'price'
  | 'discount'
  | 'promo'
  | 'gift'
  | 'member'
  | 'event'
  | 'business'
  | 'finance'
  | 'property'
  | 'course'
  | 'customer'
  | 'jobs'
  | 'gambling'
  | 'cta'
  | 'contact'
  | 'payment'
  | 'address'
  | 'link'
  | 'qr'
  | 'opt-out'
  | 'signature'
  | 'exclaim'
  | 'emoji';

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
  readText(visible);
  const chars = charsRead;
  patternSignals(visible, body.start, marksRead, digitsRead, found);
  const occurrences = resolveOverlaps(withSelfIntroduction(input, found), visible, body.start);
  const signals = groupSignals(occurrences, locale);
  const configured = options.threshold;
  const threshold = typeof configured === 'number' && Number.isFinite(configured) && configured > 0 ? configured : platform.thresholds.adDensity;
  return { score: adDensityScore(signals, chars), threshold, signals, chars };
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

// A number as written in a draft, or as masked in public SMS corpora, where every digit is `x`
// (`xx元`、`x.x折`). The lookbehind keeps `x` inside English words (box元) from counting.
//
// Speed (issue 5): an alternative that opens with a lookbehind makes the expression engine try
// it at every position of the text. So the patterns here consume their first character and
// then look behind over it — `[0-9x](?<![A-Za-z0-9.][0-9x])` rather than
// `(?<![A-Za-z0-9.])[0-9x]` — which matches exactly the same text but lets the engine skip
// ahead to the next possible first character. About four times faster on real drafts.
const NUM = String.raw`[0-9x](?<![A-Za-z0-9.][0-9x])[0-9x]*(?:\.[0-9x]+)?`;

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
    // A bare number right after a price word: 价格xxx万、售价 120、原价198、均价xxxx、总价xx-xxx万.
    String.raw`[0-9x](?<=(?:价格|售价|现价|原价|特价|费用|只要|仅需|仅售|均价|总价|单价|市价|报价)\s?[:：为是]?\s?[0-9x])[0-9x]*(?:\.[0-9x]+)?(?:\s*[-—~～至到]+\s*[0-9x]+(?:\.[0-9x]+)?)?\s*[万千]?(?![0-9A-Za-z])`,
  ].join('|'),
  'gi',
);

const DISCOUNT = new RegExp(
  [
    // 8.8折、x折 — but not 折腾、折叠、折射、折合、折旧、折返、折服、折磨.
    String.raw`${NUM}\s*折(?![腾磨叠射合旧返服])`,
    // 八折、八五折 — but not the 三折 of 一波三折 or 骨折/转折.
    String.raw`[一二三四五六七八九](?<![波转骨曲周对][一二三四五六七八九])[一二三四五六七八九]?折(?![腾磨叠射合旧返服])`,
    String.raw`满\s*${NUM}\s*[元块]?\s*[,，]?\s*(?:立?[减省]|送|返|赠)\s*(?:[0-9x]+(?:\.[0-9x]+)?\s*元?)?`,
    // A cut without 满: 减10元、立减xx元, 一件减xx、每单减20, xxx减xx (300减50).
    String.raw`减\s*[0-9x]+(?:\.[0-9x]+)?\s*[元块]`,
    String.raw`[件单罐份](?:\s*再)?\s*减\s*[0-9x]+(?:\.[0-9x]+)?`,
    String.raw`${NUM}\s*减\s*[0-9x]+(?:\.[0-9x]+)?`,
    String.raw`买\s*(?:[一二两三四五]|${NUM})\s*[件个份]?\s*[送赠]\s*(?:[一二两三四五]|[0-9x]+)?`,
    // 充100送50、存xxx送xxx、xxx送xxx.
    String.raw`(?:[充存交购]\s*)?${NUM}\s*元?\s*[送赠返]\s*[0-9x]+`,
    String.raw`${NUM}\s*%\s*off\b`,
    // Deposits that count for more: 交1万抵3万、100抵200、x千抵x万.
    String.raw`${NUM}\s*[千万]?\s*元?\s*抵\s*[0-9x]+(?:\.[0-9x]+)?\s*[千万]?\s*元?`,
  ].join('|'),
  'gi',
);

// Floor areas and layouts, the figures every property ad gives: 89平米、xx-xxx㎡、140平方 (not
// 平方公里), 三室两厅、3房2厅.
const AREA = new RegExp(
  [
    String.raw`${NUM}(?:\s*[-—~～至到]+\s*[0-9x]+(?:\.[0-9x]+)?)?\s*(?:㎡|m²|平方米|平米|平方(?!公里|千米))`,
    String.raw`[一二两三四五六0-9x][室房][一二两三0-9x]厅`,
  ].join('|'),
  'gi',
);

// The yield of a wealth product or the rate of a loan: 年化收益4.5%、收益在x%-x%、利率x.x%.
const YIELD = new RegExp(
  String.raw`(?:预期)?(?:年化|收益率?|利率|年息|月息|利息)+\s*(?:在|为|达|高达|约|是)?\s*${NUM}(?:\s*%?\s*[-—~～至到]+\s*[0-9x]+(?:\.[0-9x]+)?)?\s*%`,
  'gi',
);

// A wealth product's term and rate, as bank product lists give them: 90天4.5%、xx天x.xx%、6个月期 3.85%.
// It opens on 天/月 and looks behind for the term's number (a pattern that opened on a digit
// would be tried at every digit and every x of a draft); the occurrence is widened back over
// the number by `termStart`.
const TERM_YIELD = /[天月](?<=[0-9x]\s*(?:天|个月))期?\s*[:：]?\s*[0-9x]+\.[0-9x]+\s*%/gi;

/** Where the term before a TERM_YIELD match starts: back over 个, spaces and the number. */
function termStart(text: string, index: number): number {
  let i = index;
  if (text[i - 1] === '个') i--;
  while (i > 0 && /[\s0-9xX.]/.test(text[i - 1]!)) i--;
  // Not the spaces before the number, nor the x that ends an English word (box 90天).
  while (i < index && (/\s/.test(text[i]!) || (/[xX]/.test(text[i]!) && /[A-Za-z]/.test(text[i - 1] ?? '')))) i++;
  return i;
}

// A street address with its number: 港越路18号、长安街x号、世纪大道100号.
const STREET_ADDRESS = /(?:路|街|大道|巷)\s*[0-9x一二三四五六七八九十百]+\s*号/gi;

// The sender's signature in 【】 that closes a commercial SMS or a shop's post (…回T退订【某某家居】),
// optionally followed by a phone number. 《广告法》 art. 43 asks ads sent by electronic means to
// name their sender. A 【】 that opens a text is a headline, not a signature.
const SIGNATURE = /【[^【】\n]{2,12}】(?=[\s0-9x-]*$)/gi;

// Links without a scheme, which Sina's pattern (text/urls.ts) leaves as text but a reader can
// still type: www.example.com, t.cn/abc, shop.example.cn/x.
const BARE_LINK =
  /(?:w(?<![A-Za-z0-9.@_/-]w)ww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|[A-Za-z0-9-](?<![A-Za-z0-9.@_/-][A-Za-z0-9-])[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|cc|me|tv|io|top|vip|shop|xyz|info|link|ly)\b)(?:\/[A-Za-z0-9\-_$.+!*()/,:;@&=?~#%]*)?/gi;

// Mainland mobiles (11 digits), 400/800 service lines, landlines, QQ numbers and WeChat ids, and
// the masked forms of public SMS corpora (xxxxxxxxxxx, xxxx-xxxxxxx).
const CONTACT = new RegExp(
  [
    String.raw`(?:1(?<![0-9A-Za-z]1)[3-9]\d[- ]?\d{4}[- ]?\d{4}|[48](?<![0-9A-Za-z][48])00[- ]?\d{3}[- ]?\d{4}|0(?<![0-9A-Za-z]0)\d{2,3}-\d{7,8}|x(?<![0-9A-Za-z]x)x{2,3}-x{7,8}|x(?<![0-9A-Za-z]x)x{10})(?![0-9A-Za-z])`,
    // A local number right after a label: 电话：6100111, 热线 xxxxxxxx.
    String.raw`[0-9x](?<=(?:电话|热线|询|致电|tel|[:：])\s?[0-9x])[0-9x]{6,7}(?![0-9A-Za-z])`,
    String.raw`q(?<![A-Za-z]q)q\s*[:：]?\s*[0-9x]{5,11}(?![0-9A-Za-z])`,
    // A WeChat id after its label (微信号：shop2024, VX: abc_123): 6–20 characters, starting with a letter.
    String.raw`[A-Za-z](?<=(?:微信号?|vx|v信|薇信|wx)\s?[:：]?\s?[A-Za-z])[-_A-Za-z0-9]{5,19}(?![-_A-Za-z0-9])`,
  ].join('|'),
  'gi',
);

const PUNCTUATION_RUN = /[!！?？]{2,}/g;

// A bank card or account number (16–19 digits, as written or in groups of four: 6222 0212 …,
// or masked xxxx*xxxx*…) is payment details only with a bank or a payment word beside it
// (农行 xxx、户名、开户行、卡号、汇到): a long number alone may be an order or an ID number.
const ACCOUNT_NUMBER =
  /[0-9x](?<![0-9A-Za-z][0-9x])(?:[0-9x]{15,18}|[0-9x]{3}(?:[ *-][0-9x]{4}){3}(?:[ *-]?[0-9x]{1,3})?)(?![0-9A-Za-z])/gi;
const PAYMENT_WORD = /银行|[农工建中交招]行|工商行|信用社|农信|邮储|卡号|[账帐]号|户名|开户|汇款|转[账帐]|打款|收款|汇到|打到|卡上/;
/** How far from the number the bank or payment word may be (characters either side). */
const PAYMENT_WORD_REACH = 12;

// Gates (issue 5): most drafts hold nothing a family of patterns could match, and a pattern
// whose alternatives open on many different characters is tried at most positions of a draft.
// So one pass over the draft notes which of a few characters it holds (a table lookup per
// character), and a family runs only when the draft has a character that every match of it must
// contain (or, for a match that looks behind, a character of the words it looks behind for).
// Each gate is a necessary condition, not a guess: test/unit/ad-density.test.ts checks every
// family against its gate on every substring of its examples.

const HAS_DIGIT = 1; // 0-9, or the x (X) that stands for a digit in masked corpora
const HAS_PRICE_MARK = 1 << 1; // ¥、元、块、/ (unit prices), 起, or a character of a price word (价、费用、只要、仅需)
const HAS_R_OR_O = 1 << 2; // …or rmb (and a discount's off)
const HAS_MAGNITUDE = 1 << 3; // 十百千万几: a price in Chinese numerals
const HAS_DISCOUNT_MARK = 1 << 4; // 折, a cut or a gift (减省送返赠), 抵
export const MAY_HOLD_EMOJI_MARK = 1 << 5; // what text/emoji's MAY_HOLD_EMOJI matches (checked against it by the tests)
const HAS_CHINESE_DIGIT = 1 << 6;
const HAS_AREA_MARK = 1 << 7; // ㎡, m², 平 (平米、平方), 厅 (三室两厅)
const HAS_PERCENT = 1 << 8;
const HAS_HAO = 1 << 9; // 号 of a street number
const HAS_BRACKET = 1 << 10; // 【 of a signature
const HAS_DOT = 1 << 11; // . of a bare link
const HAS_XIN = 1 << 12; // 信 of 微信/v信/薇信 (a WeChat id may have no digit)
const HAS_EXCLAMATION = 1 << 13;

const WHITE_SPACE = 1 << 14; // what `/\s/` matches (see isWhiteSpace)
const LOW_SURROGATE = 1 << 15; // the second half of a pair counts with the first

/** The bits above for every UTF-16 code unit (128 KB), built on the first measurement. */
let marksTable: Uint16Array | null = null;

function buildMarks(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const mark = (chars: string, bit: number) => {
    for (const c of chars) table[c.charCodeAt(0)]! |= bit;
  };
  mark('0123456789xX', HAS_DIGIT);
  mark('¥￥元块/起价费只仅', HAS_PRICE_MARK);
  mark('rRoO', HAS_R_OR_O);
  mark('十百千万几', HAS_MAGNITUDE);
  mark('折减省送返赠抵', HAS_DISCOUNT_MARK);
  mark('一二两三四五六七八九', HAS_CHINESE_DIGIT);
  mark('㎡²平厅', HAS_AREA_MARK);
  mark('%', HAS_PERCENT);
  mark('号', HAS_HAO);
  mark('【', HAS_BRACKET);
  mark('.', HAS_DOT);
  mark('信', HAS_XIN);
  mark('!！', HAS_EXCLAMATION);
  for (const [from, to] of WHITE_SPACE_RANGES) for (let c = from; c <= to; c++) table[c]! |= WHITE_SPACE;
  for (let c = 0xdc00; c <= 0xdfff; c++) table[c]! |= LOW_SURROGATE;
  for (const [from, to] of EMOJI_RANGES) for (let c = from; c <= to; c++) table[c]! |= MAY_HOLD_EMOJI_MARK;
  return table;
}

/**
 * 1 for a character no match of a family that runs by blocks can hold or look at (see Blocks),
 * built on the first long text: a table of its own, so that the marks of short drafts stay in
 * half the cache.
 */
let edgeTable: Uint8Array | null = null;

function buildEdges(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of CASELESS_RANGES) for (let c = from; c <= to; c++) table[c] = isWhiteSpace(c) ? 0 : 1;
  for (const family of PATTERN_FAMILIES) {
    if (!family.byBlocks) continue;
    for (let i = 0; i < family.re.source.length; i++) table[family.re.source.charCodeAt(i)] = 0;
  }
  return table;
}

/** Whether a block of a long text may start at this code unit (exported for the tests). */
export function isBlockEdge(c: number): boolean {
  return (edgeTable ??= buildEdges())[c] === 1;
}

/**
 * Where block edges may fall: CJK ideographs and the CJK and full-width punctuation, which have
 * no case (so the families' `i` flag cannot make one stand for another) and are not `/\s/`.
 * Every character some family's pattern names is taken out of them again (buildMarks).
 */
const CASELESS_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3001, 0x303f],
  [0x3400, 0x9fff],
  [0xff01, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];

/** The code units of text/emoji's MAY_HOLD_EMOJI: a text with none of them has no emoji (findEmoji returns none). */
const EMOJI_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xa9, 0xa9],
  [0xae, 0xae],
  [0x203c, 0x2bff],
  [0x3030, 0x3030],
  [0x303d, 0x303d],
  [0x3297, 0x3297],
  [0x3299, 0x3299],
  [0xd800, 0xdfff],
];

/** What the last `readText` found (module state rather than an object per draft). */
let marksRead = 0;
let charsRead = 0;
let digitsRead = 0;

/**
 * Blocks (issue 5): a long document is cut into blocks of about BLOCK_UNITS code units, each
 * ending just before an edge character (`isBlockEdge`), with the marks and digits of each, so that a family
 * runs only over the blocks that hold what it needs, as it runs only on the drafts that do. A
 * match of a family that runs by blocks lies inside one block and is found there just as in the
 * whole text: no character of its pattern is an edge character, so no match holds one, and a
 * lookaround that meets one fails (or, negated, passes) as it does at the end of the text — the
 * patterns have no `[^…]`, `.` or `$`, and `\b` and `\s` see an edge character as they see the
 * end. (SIGNATURE looks ahead to the end of the text, so it runs whole.)
 * test/unit/fast-paths checks the blocked search against the whole one.
 */
const BLOCK_UNITS = 32;
/** Shorter texts are read whole (most drafts): cutting them would cost more than it saves. */
const BLOCKS_FROM = 128;
let blockCount = 0;
/** Block `b` is `text[b === 0 ? 0 : blockEnds[b - 1], blockEnds[b])`. */
let blockEnds = new Int32Array(64);
let blockMarks = new Int32Array(64);
let blockDigits = new Int32Array(64);

/**
 * One pass over the text: which of the marks above it holds (`marksRead`, the low 14 bits),
 * how many digits (or x) it has (`digitsRead`), and how many characters count (`charsRead`,
 * as `countChars`: code points other than white space, so the second half of a surrogate pair
 * is not counted again). A text of two blocks or more is cut into blocks on the way.
 */
function readText(text: string, blocksFrom = BLOCKS_FROM, blockUnits = BLOCK_UNITS): void {
  const table = (marksTable ??= buildMarks());
  if (text.length >= blocksFrom) return readBlocks(text, table, (edgeTable ??= buildEdges()), blockUnits);
  blockCount = 0;
  let marks = 0;
  let chars = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const bits = table[text.charCodeAt(i)]!;
    marks |= bits;
    digits += bits & HAS_DIGIT;
    chars += countsAsChar(bits, text, i);
  }
  marksRead = marks & (WHITE_SPACE - 1);
  charsRead = chars;
  digitsRead = digits;
}

/**
 * 1 when the unit at `i` (its marks `bits`) is a character as `countChars` counts them: not
 * white space, and not the second half of a surrogate pair (a lone low surrogate counts).
 */
function countsAsChar(bits: number, text: string, i: number): number {
  if ((bits & (WHITE_SPACE | LOW_SURROGATE)) === 0) return 1;
  if ((bits & LOW_SURROGATE) === 0) return 0;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  return before < 0xd800 || before > 0xdbff ? 1 : 0;
}

function readBlocks(text: string, table: Uint16Array, edges: Uint8Array, blockUnits: number): void {
  const n = text.length;
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
      blockDigit += bits & HAS_DIGIT;
      chars += countsAsChar(bits, text, i);
    }
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (edges[c] === 1) break;
      const bits = table[c]!;
      blockMark |= bits;
      blockDigit += bits & HAS_DIGIT;
      chars += countsAsChar(bits, text, i);
    }
    if (blocks === blockEnds.length) growBlocks();
    blockEnds[blocks] = i;
    blockMarks[blocks] = blockMark & (WHITE_SPACE - 1);
    blockDigits[blocks] = blockDigit;
    blocks++;
    marks |= blockMark;
    digits += blockDigit;
  }
  blockCount = blocks;
  marksRead = marks & (WHITE_SPACE - 1);
  charsRead = chars;
  digitsRead = digits;
}

function growBlocks(): void {
  const grow = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  blockEnds = grow(blockEnds);
  blockMarks = grow(blockMarks);
  blockDigits = grow(blockDigits);
}

/** Which of the marks the patterns need the text holds, and how many digits (or x) it has. */
export function marksOf(text: string): { marks: number; digits: number } {
  readText(text);
  return { marks: marksRead, digits: digitsRead };
}

const RMB = /rmb/i;
const OFF = /off/i;
const VX = /[vw]x/i;

/** A family of patterns: the signal it finds and whether a stretch of text can hold a match of it. */
interface PatternFamily {
  re: RegExp;
  kind: AdDensitySignalId;
  /**
   * False only when `text[from, to)` (by default the whole text) holds no match to keep;
   * `marks` and `digits` are those of that stretch (`marksOf`).
   */
  gate(text: string, marks: number, digits: number, from?: number, to?: number): boolean;
  /**
   * Marks a stretch must hold one of, and then one of these too, for the gate to pass: checked
   * first, so that most blocks of a long text are passed over without calling the gate.
   */
  needs: number;
  alsoNeeds: number;
  /** Whether it runs over a long text block by block (see Blocks). */
  byBlocks: boolean;
}

const has = (marks: number, bits: number) => (marks & bits) !== 0;

/** Whether `re` has a hit in `text[from, to)` (to past the end: to the end). */
function hitIn(re: RegExp, text: string, from = 0, to = text.length): boolean {
  return re.test(from <= 0 && to >= text.length ? text : text.slice(Math.max(0, from), to));
}

/** The families in the order their occurrences are listed (the order matters when two cover the same text). */
export const PATTERN_FAMILIES: readonly PatternFamily[] = [
  {
    re: PRICE,
    kind: 'price',
    gate: (t, m, _, from, to) => has(m, HAS_DIGIT | HAS_MAGNITUDE) && (has(m, HAS_PRICE_MARK) || (has(m, HAS_R_OR_O) && hitIn(RMB, t, from, to))),
    needs: HAS_DIGIT | HAS_MAGNITUDE,
    alsoNeeds: HAS_PRICE_MARK | HAS_R_OR_O,
    byBlocks: true,
  },
  {
    re: DISCOUNT,
    kind: 'discount',
    gate: (t, m, _, from, to) => has(m, HAS_DIGIT | HAS_CHINESE_DIGIT) && (has(m, HAS_DISCOUNT_MARK) || (has(m, HAS_R_OR_O) && hitIn(OFF, t, from, to))),
    needs: HAS_DIGIT | HAS_CHINESE_DIGIT,
    alsoNeeds: HAS_DISCOUNT_MARK | HAS_R_OR_O,
    byBlocks: true,
  },
  { re: AREA, kind: 'property', gate: (_, m) => has(m, HAS_AREA_MARK), needs: HAS_AREA_MARK, alsoNeeds: HAS_AREA_MARK, byBlocks: true },
  { re: YIELD, kind: 'finance', gate: (_, m) => (m & (HAS_DIGIT | HAS_PERCENT)) === (HAS_DIGIT | HAS_PERCENT), needs: HAS_DIGIT, alsoNeeds: HAS_PERCENT, byBlocks: true },
  { re: TERM_YIELD, kind: 'finance', gate: (_, m) => (m & (HAS_DIGIT | HAS_PERCENT)) === (HAS_DIGIT | HAS_PERCENT), needs: HAS_DIGIT, alsoNeeds: HAS_PERCENT, byBlocks: true },
  { re: STREET_ADDRESS, kind: 'address', gate: (_, m) => has(m, HAS_HAO), needs: HAS_HAO, alsoNeeds: HAS_HAO, byBlocks: true },
  { re: SIGNATURE, kind: 'signature', gate: (_, m) => has(m, HAS_BRACKET), needs: HAS_BRACKET, alsoNeeds: HAS_BRACKET, byBlocks: false },
  { re: BARE_LINK, kind: 'link', gate: (_, m) => has(m, HAS_DOT), needs: HAS_DOT, alsoNeeds: HAS_DOT, byBlocks: true },
  // A phone, QQ or local number has at least 5 digits; a WeChat id after its label may have none.
  {
    re: CONTACT,
    kind: 'contact',
    gate: (t, m, digits, from, to) => digits >= 5 || has(m, HAS_XIN) || (digits > 0 && hitIn(VX, t, from, to)),
    needs: HAS_DIGIT | HAS_XIN,
    alsoNeeds: HAS_DIGIT | HAS_XIN,
    byBlocks: true,
  },
  // A card or account number has 16 digits or more, and a payment word near it.
  {
    re: ACCOUNT_NUMBER,
    kind: 'payment',
    gate: (t, _, digits, from = 0, to = t.length) => digits >= 16 && hitIn(PAYMENT_WORD, t, from - PAYMENT_WORD_REACH, to + PAYMENT_WORD_REACH),
    needs: HAS_DIGIT,
    alsoNeeds: HAS_DIGIT,
    byBlocks: true,
  },
  { re: PUNCTUATION_RUN, kind: 'exclaim', gate: (_, m) => has(m, HAS_EXCLAMATION), needs: HAS_EXCLAMATION, alsoNeeds: HAS_EXCLAMATION, byBlocks: true },
];

/**
 * The pattern signals of a text, in its own offsets; with `gates` false every family runs over
 * the whole text; with `blockUnits`, any text is cut into blocks of that size (the tests compare them).
 */
export function findPatternSignals(text: string, gates = true, blockUnits?: number): SignalOccurrence[] {
  const out: SignalOccurrence[] = [];
  if (blockUnits === undefined) readText(text);
  else readText(text, 0, blockUnits);
  patternSignals(text, 0, marksRead, digitsRead, out, gates);
  return out;
}

/** `readText(text)` must come first (its marks, digits and blocks). */
function patternSignals(text: string, offset: number, marks: number, digits: number, out: SignalOccurrence[], gates = true): void {
  for (const family of PATTERN_FAMILIES) {
    if (gates && !family.gate(text, marks, digits)) continue;
    if (!gates || !family.byBlocks || blockCount < 2) {
      familySignals(family, text, 0, text.length, offset, out);
      continue;
    }
    // Runs of consecutive blocks that pass the gate, each searched as one stretch.
    let runStart = -1;
    let runEnd = -1;
    for (let b = 0; b < blockCount; b++) {
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
  if (gates && !has(marks, MAY_HOLD_EMOJI_MARK)) return;
  for (const t of findEmoji(text)) out.push({ kind: 'emoji', start: offset + t.start, end: offset + t.end });
}

/** The family's occurrences in `text[from, to)`, searched as a text of its own (a whole text, or a run of blocks). */
function familySignals(family: PatternFamily, text: string, from: number, to: number, offset: number, out: SignalOccurrence[]): void {
  const { re, kind } = family;
  // A signature ends the text (nothing but blanks, digits and dashes after it) and holds no 【
  // of its own, so it can only open at the last 【: a long text is searched from there.
  if (re === SIGNATURE) from = Math.max(from, text.lastIndexOf('【', to - 1));
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
    let start = from + index;
    if (re === TERM_YIELD) start = from + termStart(stretch, index);
    else if (re === ACCOUNT_NUMBER) {
      // The payment word may lie beyond the stretch: look for it in the whole text.
      if (!PAYMENT_WORD.test(text.slice(Math.max(0, start - PAYMENT_WORD_REACH), start + found.length + PAYMENT_WORD_REACH))) continue;
    } else if (re === PUNCTUATION_RUN && !/[!！]/.test(found)) continue;
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
  readText(text);
  return charsRead;
}

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
  return ((marksTable ??= buildMarks())[c]! & WHITE_SPACE) !== 0;
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
  // Signals whose occurrence starts in [s, e): ranges are in document order, so two binary searches.
  const weightAt = (s: number, e: number) =>
    report.signals.reduce((sum, sig) => sum + sig.weight * (firstAtOrAfter(sig.ranges, offset + e) - firstAtOrAfter(sig.ranges, offset + s)), 0);
  let best: { start: number; end: number; points: number } | null = null;
  for (const [s, e] of sentences) {
    const points = weightAt(s, e);
    if (!best || points > best.points) best = { start: s, end: e, points };
  }
  const [s, e] = best ? [best.start, best.end] : [0, text.length];
  return trimRange(text, offset, s, e);
}

/** Index of the first range starting at or after `at`, in ranges sorted by start. */
function firstAtOrAfter(ranges: ReadonlyArray<readonly [number, number]>, at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SENTENCE = /[^。！？!?；;…\n]*(?:[。！？!?；;…]+|\n|$)/g;

/** Sentences end after a run of 。！？!?；;… or at a line break (not at the ? of a link). */
function splitSentences(text: string): Array<[number, number]> {
  // Links become x's (one pass over their union; overlapping links are one stretch).
  const links = [...findUrls(text), ...matchTokens(BARE_LINK, text)].sort((a, b) => a.start - b.start);
  let plain = text;
  if (links.length) {
    const parts: string[] = [];
    let at = 0;
    for (const link of links) {
      if (link.end <= at) continue;
      const from = Math.max(at, link.start);
      parts.push(text.slice(at, from), 'x'.repeat(link.end - from));
      at = link.end;
    }
    parts.push(text.slice(at));
    plain = parts.join('');
  }
  const out: Array<[number, number]> = [];
  eachMatch(SENTENCE, plain, (m) => {
    if (m[0].trim()) out.push([m.index, m.index + m[0].length]);
  });
  return out;
}

function matchTokens(re: RegExp, text: string): TextToken[] {
  const out: TextToken[] = [];
  eachMatch(re, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  return out;
}

function trimRange(text: string, offset: number, s: number, e: number): { start: number; end: number } {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: offset + s, end: offset + e };
}
