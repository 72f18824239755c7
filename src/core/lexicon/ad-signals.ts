import { DIGIT, edgeTable, markTable, type BlockOptions } from '../text/blocks';

/**
 * ad-density's patterns (analysis/ad-density.ts counts and weighs what they find): the selling
 * signals a word list cannot spell out — prices, discounts, floor areas, yields, street
 * addresses, a sender's signature, bare links, phone numbers and WeChat ids, card numbers,
 * exclamation runs — as regular expressions, each family with the gate that rules a text out
 * cheaply (which characters a match must hold), read in one pass by text/blocks.ts. Sources:
 * the wording of the public SMS and e-commerce ad corpora in ../shared/data (where digits are
 * often masked as x), calibrated by `npm run calibrate`.
 *
 * Longer than most files, on purpose: each pattern carries the comment that says what it takes
 * and leaves, and a family's gate must stay beside the patterns and the marks it reads (a gate is
 * a necessary condition of its pattern: test/unit/ad-density.test.ts checks every one).
 */

/** The signals ad-density counts; those found here and those of its word lists (lexicon/promo.ts, cta.ts). */
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
export const BARE_LINK =
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

const HAS_DIGIT = DIGIT; // 0-9, or the x (X) that stands for a digit in masked corpora (counted too)
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

const RMB = /rmb/i;
const OFF = /off/i;
const VX = /[vw]x/i;

/**
 * One of ad-density's pattern families: the signal it finds and whether a stretch of text can
 * hold a match of it (not text/patterns.ts's `PatternFamily`, a rule's phrases behind one gate).
 */
export interface SignalPattern {
  re: RegExp;
  kind: AdDensitySignalId;
  /**
   * False only when `text[from, to)` (by default the whole text) holds no match to keep;
   * `marks` and `digits` are those of that stretch (text/blocks.ts `readMarks`).
   */
  gate(text: string, marks: number, digits: number, from?: number, to?: number): boolean;
  /**
   * Marks a stretch must hold one of, and then one of these too, for the gate to pass: checked
   * first, so that most blocks of a long text are passed over without calling the gate.
   */
  needs: number;
  alsoNeeds: number;
  /** Whether it runs over a long text block by block (see BLOCKS). */
  byBlocks: boolean;
  /** Where a search of `text[from, to)` may start instead of `from` (a signature opens at the last 【). */
  searchFrom?(text: string, from: number, to: number): number;
  /** Where a hit found at `index` of `stretch` starts, when it reaches back before its match (a term before its yield). */
  hitStart?(stretch: string, index: number): number;
  /** Whether a hit of `found` at `start` of `text` is kept (a card number needs a payment word beside it). */
  keep?(text: string, start: number, found: string): boolean;
}

const has = (marks: number, bits: number) => (marks & bits) !== 0;

/** Whether `re` has a hit in `text[from, to)` (to past the end: to the end). */
function hitIn(re: RegExp, text: string, from = 0, to = text.length): boolean {
  return re.test(from <= 0 && to >= text.length ? text : text.slice(Math.max(0, from), to));
}

/** The families in the order their occurrences are listed (the order matters when two cover the same text). */
export const SIGNAL_PATTERNS: readonly SignalPattern[] = [
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
  {
    re: TERM_YIELD,
    kind: 'finance',
    gate: (_, m) => (m & (HAS_DIGIT | HAS_PERCENT)) === (HAS_DIGIT | HAS_PERCENT),
    needs: HAS_DIGIT,
    alsoNeeds: HAS_PERCENT,
    byBlocks: true,
    hitStart: termStart,
  },
  { re: STREET_ADDRESS, kind: 'address', gate: (_, m) => has(m, HAS_HAO), needs: HAS_HAO, alsoNeeds: HAS_HAO, byBlocks: true },
  {
    re: SIGNATURE,
    kind: 'signature',
    gate: (_, m) => has(m, HAS_BRACKET),
    needs: HAS_BRACKET,
    alsoNeeds: HAS_BRACKET,
    byBlocks: false,
    // A signature ends the text (nothing but blanks, digits and dashes after it) and holds no 【
    // of its own, so it can only open at the last 【: a long text is searched from there.
    searchFrom: (text, from, to) => Math.max(from, text.lastIndexOf('【', to - 1)),
  },
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
    // The payment word may lie beyond the stretch searched: it is looked for in the whole text.
    keep: (text, start, found) => PAYMENT_WORD.test(text.slice(Math.max(0, start - PAYMENT_WORD_REACH), start + found.length + PAYMENT_WORD_REACH)),
  },
  {
    re: PUNCTUATION_RUN,
    kind: 'exclaim',
    gate: (_, m) => has(m, HAS_EXCLAMATION),
    needs: HAS_EXCLAMATION,
    alsoNeeds: HAS_EXCLAMATION,
    byBlocks: true,
    // A run of question marks alone (???) asks, it does not shout.
    keep: (_, __, found) => /[!！]/.test(found),
  },
];

/**
 * Blocks (issue 5): a long document is cut into blocks of about `blockUnits` code units, each
 * ending just before an edge character (`signalEdges`), with the marks and digits of each, so that a family
 * runs only over the blocks that hold what it needs, as it runs only on the drafts that do. A
 * match of a family that runs by blocks lies inside one block and is found there just as in the
 * whole text: no character of its pattern is an edge character, so no match holds one, and a
 * lookaround that meets one fails (or, negated, passes) as it does at the end of the text — the
 * patterns have no `[^…]`, `.` or `$`, and `\b` and `\s` see an edge character as they see the
 * end. (SIGNATURE looks ahead to the end of the text, so it runs whole.)
 * test/unit/fast-paths checks the blocked search against the whole one.
 */
export const BLOCKS: BlockOptions = {
  blockUnits: 32,
  /** Shorter texts are read whole (most drafts): cutting them would cost more than it saves. */
  blocksFrom: 128,
};

/** The marks above for every UTF-16 code unit (128 KB), built on the first measurement. */
let marks: Uint16Array | null = null;

export function signalMarks(): Uint16Array {
  return (marks ??= markTable((mark, range) => {
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
    for (const [from, to] of EMOJI_RANGES) range(from, to, MAY_HOLD_EMOJI_MARK);
  }));
}

/**
 * 1 for a character no match of a family that runs by blocks can hold or look at (see BLOCKS),
 * built on the first long text: a table of its own, so that the marks of short drafts stay in
 * half the cache.
 */
let edges: Uint8Array | null = null;

/** Whether a block of a long text may end before this code unit (the tests check the table). */
export function isBlockEdge(c: number): boolean {
  return signalEdges()[c] === 1;
}

export function signalEdges(): Uint8Array {
  return (edges ??= edgeTable(
    CASELESS_RANGES,
    SIGNAL_PATTERNS.filter((p) => p.byBlocks).map((p) => p.re.source),
  ));
}

/**
 * Where block edges may fall: CJK ideographs and the CJK and full-width punctuation, which have
 * no case (so the families' `i` flag cannot make one stand for another) and are not `/\s/`.
 * Every character some family's pattern names is taken out of them again (`signalEdges`).
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
