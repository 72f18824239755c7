import type { AdLawCategory, AdLawEntry, FollowingKind } from '../lexicon/ad-law';
import {
  AD_LAW_LISTS,
  AWARD_MARKERS,
  NEGATIONS,
  SELF_COMPARISON_MARKERS,
  STATE_ENDORSEMENT,
  isAdLawEntry,
} from '../lexicon/ad-law';
import { foldText } from '../lexicon/matcher';
import { PhraseMatcher } from '../lexicon/matcher';
import { MEDICAL_LIST } from '../lexicon/medical';
import type { WordEntry, WordList, WordMatch } from '../lexicon/types';
import { applyEdits } from '../fixes';
import type { Rule, RuleContext } from '../rule';
import { replaceFix } from '../rule';
import type { Fix, Localized, PlatformId, TextSpan } from '../types';
import { eachMatch, findMentions, findUrls, leftmostLongest, overlapsAnyOf, postSpans, spanAt } from '../text';

/**
 * `ad-law`: absolute terms banned by 《广告法》第九条第三项 (国家级、最高级、最佳 and words of the
 * same meaning), plus the borrowed authority (第九条第二项) and lure words the same 极限词 lists
 * carry. The lists say what may be a claim; `absoluteTermMatches` decides, from the few characters
 * around each match, whether this one is (最好的面霜 is, 最好先试用 is not).
 */

const ART_9_3_SOURCE: Localized = {
  zh: '《中华人民共和国广告法》第九条第三项（不得使用“国家级”“最高级”“最佳”等用语）；罚则：第五十七条第一项（责令停止发布广告，对广告主处二十万元以上一百万元以下的罚款）',
  en: 'Advertising Law of the PRC, art. 9(3) (no "national-level", "highest-grade", "best" or similar terms); penalty art. 57(1): the ad is stopped and the advertiser fined CNY 200,000–1,000,000',
};

interface CategoryText {
  message(word: string): Localized;
  reason: Localized;
  source: Localized;
}

const CATEGORY_TEXT: Record<AdLawCategory, CategoryText> = {
  superlative: {
    message: (w) => ({ zh: `“${w}”是绝对化用语，广告中不得使用`, en: `“${w}” is an absolute term, banned in ads` }),
    reason: {
      zh: '“最”字把商品说成同类里最好的，这种比较没人能证明，所以广告法一律不许用。写商品自己的长处，或写能查证的事实（如“2024年某平台防晒类销量前十”并注明出处）。只跟自家产品比（“本店最受欢迎”“比上一代最大的提升”）和使用提示（“最佳食用时间”）不受此限。',
      en: 'A 最 (most/best) word ranks the product above every rival, which nobody can prove, so the Advertising Law bans it outright. Describe the product’s own strengths, or state a checkable fact with its source. Comparing only with your own products (本店最受欢迎) and usage tips (最佳食用时间) are not affected.',
    },
    source: ART_9_3_SOURCE,
  },
  first: {
    message: (w) => ({ zh: `“${w}”是排名类绝对化用语，广告中不得使用`, en: `“${w}” claims first place, an absolute term banned in ads` }),
    reason: {
      zh: '“第一”“NO.1”“首选”把商品排在所有同类之上，与“最佳”同义。确有排名时，写清时间、范围和出处（如“2024年天猫双11面膜类销量第3名，数据来源：…”）；否则改用“领先”“优选”等不排座次的说法。“第一次”“第一步”“第一时间”等序数不受影响。',
      en: '“第一”, “NO.1” and “首选” rank the product above all rivals, the same as “best”. If a ranking is real, give its period, scope and source; otherwise use wording that does not rank (领先, 优选). Ordinals such as 第一次 or 第一时间 are not affected.',
    },
    source: ART_9_3_SOURCE,
  },
  grade: {
    message: (w) => ({ zh: `“${w}”是等级类绝对化用语，广告中不得使用`, en: `“${w}” claims the top grade, an absolute term banned in ads` }),
    reason: {
      zh: '“国家级”“顶级”“极致”把商品说成最高等级。“国家级”只能用于依法评定的称号全称（如“国家级非物质文化遗产”）；其他情况请具体描述品质，如用料、工艺、检测结果。',
      en: '“National-level”, “top-grade” and “ultimate” claim the highest grade. 国家级 may only appear in the full name of an officially conferred title; otherwise describe the quality concretely: materials, craft, test results.',
    },
    source: ART_9_3_SOURCE,
  },
  unique: {
    message: (w) => ({ zh: `“${w}”宣称无可匹敌，属于绝对化用语`, en: `“${w}” claims no rival compares, an absolute term banned in ads` }),
    reason: {
      zh: '“唯一”“独家”“独一无二”断言没有任何竞品可比，读者无从核实，执法中按绝对化用语处理。写出真正的不同之处（如“采用某某专利面料，专利号…”）。“唯一的遗憾”“独家专访”这类日常说法不受影响。',
      en: '“Only”, “exclusive” and “one of a kind” assert that no rival compares, which readers cannot check. Say what is actually different (a named, patented fabric with its number). Everyday phrases such as 唯一的遗憾 or 独家专访 are not affected.',
    },
    source: ART_9_3_SOURCE,
  },
  scope: {
    message: (w) => ({ zh: `“${w}”把比较扩大到全网或全球，属于绝对化用语`, en: `“${w}” widens the claim to every rival, an absolute term banned in ads` }),
    reason: {
      zh: '“全网”“全球”“史上”“全国”让比较覆盖所有商家、所有时代，是最难证明的绝对化说法，“全网最低价”还涉及价格欺诈风险。写自己的优惠（“限时特惠价”“到手价99元”），或写有出处的事实。',
      en: '“Whole web”, “worldwide”, “in history” and “nationwide” extend a comparison to every seller and every era, the hardest absolute claim to prove; “lowest price on the web” also risks a price-fraud complaint. State your own offer (限时特惠价, 到手价99元) or a sourced fact.',
    },
    source: ART_9_3_SOURCE,
  },
  certainty: {
    message: (w) => ({ zh: `“${w}”是无法兑现的绝对承诺`, en: `“${w}” is an absolute promise nobody can keep` }),
    reason: {
      zh: '“100%有效”“万能”“永久”“零风险”承诺了任何商品都做不到的事，与“最佳”同属绝对化用语。写可查证的数据和条件（如“经第三方检测，抑菌率99%，检测报告编号…”、“保修5年”）。面料成分“100%纯棉”这类标签事实不受影响。',
      en: '“100% effective”, “all-purpose”, “permanent” and “zero risk” promise what no product can deliver. State checkable figures and terms (a lab result with its report number, “5-year warranty”). Fibre content labels such as 100%纯棉 are not affected.',
    },
    source: ART_9_3_SOURCE,
  },
  authority: {
    message: (w) => ({ zh: `“${w}”借用国家机关名义或不存在的资质`, en: `“${w}” borrows the authority of the state or a status that no longer exists` }),
    reason: {
      zh: '广告不得使用或者变相使用国家机关、国家机关工作人员的名义或形象；“特供”“专供”暗示供应国家机关，2013年起明令禁止；“免检”制度已于2008年取消，今天宣称免检就是虚假宣传。写真实取得的认证（名称和编号）。',
      en: 'Ads may not use the name or image of state organs or their staff; 特供/专供 (“special supply”) implies supplying state organs and has been banned since 2013; inspection exemption (免检) ended in 2008, so claiming it is false. Name the certifications you really hold, with their numbers.',
    },
    source: {
      zh: '《中华人民共和国广告法》第九条第二项（不得使用国家机关、国家机关工作人员的名义或者形象）、第四条；国管办〔2013〕59号（严禁使用“特供”“专供”等标识）；罚则：第五十七条第一项',
      en: 'Advertising Law of the PRC, art. 9(2) (no use of the name or image of state organs or their staff) and art. 4; notice 国管办〔2013〕59号 banning “特供/专供” marks; penalty art. 57(1)',
    },
  },
  lure: {
    message: (w) => ({ zh: `“${w}”是诱导点击的中奖话术`, en: `“${w}” lures readers with a prize they have not won` }),
    reason: {
      zh: '告诉读者“已中奖”“点击领奖”来诱导点击，属于欺骗、误导消费者，平台也会按诱导行为处理。真实抽奖请写明规则、开奖时间和主办方；公布真实中奖名单时可忽略此提示。',
      en: 'Telling readers they have won, or to click to claim a prize, deceives them, and platforms treat it as inducement. For a real draw, state its rules, date and organiser; when announcing real winners, ignore this warning.',
    },
    source: {
      zh: '《中华人民共和国广告法》第四条（不得欺骗、误导消费者）；《互联网广告管理办法》（2023）禁止以虚假的奖励承诺欺骗、误导用户点击广告；罚则：《广告法》第五十五条',
      en: 'Advertising Law of the PRC, art. 4 (no deceiving or misleading consumers); Internet Advertising Measures (2023): no false promises of rewards to trick users into clicking; penalty art. 55',
    },
  },
};

const USER_WORD_TEXT: CategoryText = {
  message: (w) => ({ zh: `“${w}”是团队配置的绝对化用语，广告中不得使用`, en: `“${w}” is an absolute term in your team’s list, banned in ads` }),
  reason: {
    zh: '这个词由 .postlintrc.json 的 rules.ad-law.options.words 加入。绝对化用语把商品说成同类中最好的，广告法禁止使用。',
    en: 'This word comes from rules.ad-law.options.words in .postlintrc.json. Absolute terms rank a product above every rival, which the Advertising Law bans.',
  },
  source: ART_9_3_SOURCE,
};

/** Characters after a phrase that close it like punctuation does: 最好了、最快地. */
const CLOSING = '了啦呀啊吧呢哦哟喔嘛么哈噢嘞咯地得';
const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{Script=Han}A-Za-z]/u;
const DIGIT = /[0-9０-９]/;
const CHINESE_NUMERAL = /[一二三四五六七八九十两半]/;
const SPACE = /[ \t\u3000]/;

export function followingKind(text: string, end: number, spanEnd: number): FollowingKind {
  if (end >= spanEnd) return 'end';
  const c = text[end]!;
  if (c === '的') return 'de';
  // Only digits: a Chinese numeral starts words too (万能、一流), and a fix next to one of those
  // must not change what kind of character follows.
  if (DIGIT.test(c)) return 'number';
  if (CLOSING.includes(c)) return 'end';
  return WORD_CHAR.test(c) ? 'word' : 'end';
}

/**
 * Ranges whose words are names, not the writer's claims: @mentions (@全球热门排行榜), links and
 * 《titles》 (《最强大脑》). #Topics# are not skipped: #全网最低价# is as much a claim as the text.
 */
export function nameRanges(span: TextSpan, platform: RuleContext['draft']['platform']): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const t of findMentions(span.text, platform)) out.push([span.start + t.start, span.start + t.end]);
  for (const t of findUrls(span.text)) out.push([span.start + t.start, span.start + t.end]);
  // A title closes on its own line; an unclosed 《 does not swallow the next line's 《title》.
  const text = span.text;
  for (let open = text.indexOf('《'); open >= 0; ) {
    let close = open + 1;
    while (close < text.length && text[close] !== '》' && text[close] !== '\n') close++;
    if (text[close] === '》') {
      out.push([span.start + open + 1, span.start + close]);
      open = text.indexOf('《', close + 1);
    } else {
      open = text.indexOf('《', close);
    }
  }
  return out;
}

export function overlaps(start: number, end: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [a, b] of ranges) if (a < end && start < b) return true;
  return false;
}

/** Each context list folded once, not once per match. */
const foldedLists = new WeakMap<readonly string[], readonly string[]>();

function foldedWords(words: readonly string[]): readonly string[] {
  let folded = foldedLists.get(words);
  if (!folded) foldedLists.set(words, (folded = words.map(foldText)));
  return folded;
}

function startsWithAny(text: string, words: readonly string[]): boolean {
  const folded = foldText(text);
  return foldedWords(words).some((w) => folded.startsWith(w));
}

function endsWithAny(text: string, words: readonly string[]): boolean {
  const folded = foldText(text);
  return foldedWords(words).some((w) => folded.endsWith(w));
}

/** 最高可达50%、最大功率3000W、最快3天: a number within a few characters makes it a specification. */
function numberFollows(text: string, end: number, spanEnd: number): boolean {
  let han = 0;
  for (let i = end; i < spanEnd && i < end + 8; i++) {
    const c = text[i]!;
    if (DIGIT.test(c)) return true;
    if (SPACE.test(c) || c === ':' || c === '：') continue;
    if (c === '的' || !HAN.test(c) || ++han > 4) return false;
    if (CHINESE_NUMERAL.test(c)) return true; // 最低五折
  }
  return false;
}

/*
 * Sentence-wide rather than a fixed number of characters: another rule's fix that lengthens
 * the sentence (速抢 → 欢迎来看看) must not move a marker out of reach and make a claim appear.
 */

/** The text of the sentence before `start`. */
function sentenceBefore(text: string, start: number, spanStart: number): string {
  const limit = Math.max(spanStart, start - SENTENCE_REACH);
  let from = start;
  while (from > limit && !isSentenceBreak(text.charCodeAt(from - 1))) from--;
  return text.slice(from, start);
}

/** The rest of the sentence after `end`, with the mark that ends it. */
function sentenceAfter(text: string, end: number, spanEnd: number): string {
  const limit = Math.min(spanEnd, end + SENTENCE_REACH);
  let to = end;
  while (to < limit && !isSentenceBreak(text.charCodeAt(to))) to++;
  if (to < limit) to++;
  return text.slice(end, to);
}

/**
 * How far a claim's sentence is read on either side of it, at most. Sentences are short (half
 * of those in ../shared/data are 13 characters or fewer, the longest is 572), but a text with no
 * sentence mark at all would otherwise make every claim in it read the whole text: 16,000
 * claims in one unbroken line took 30 s.
 */
const SENTENCE_REACH = 600;

/** Whether a UTF-16 unit ends a sentence: 。！？!?；; or a line break. */
export function isSentenceBreak(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d || c === 0xff1b || c === 0x3b;
}

function isClauseStart(text: string, start: number, spanStart: number): boolean {
  if (start <= spanStart) return true;
  const c = text[start - 1]!;
  return !WORD_CHAR.test(c) && !/[0-9]/.test(c);
}

/**
 * The phrase ends an award's name: 最具人气奖、最佳设计奖. Not a prize being handed out
 * (点击领奖、恭喜获奖、抽奖).
 */
const AWARD_NAME = /^[^，。！？,.!?\s]{0,6}[^领中抽获得颁兑开]奖(?![品励金])/u;

/** Whether a match of an ad-law list is a claim in this sentence. */
export function isAbsoluteClaim(text: string, m: { start: number; end: number }, e: AdLawEntry, span: TextSpan): boolean {
  const spanEnd = span.start + span.text.length;
  const after = text.slice(m.end, Math.min(spanEnd, m.end + 12)).replace(/^[ \t\u3000]+/, '');
  if (e.ordinaryBefore && startsWithAny(after, e.ordinaryBefore) && !(e.notOrdinaryBefore && startsWithAny(after, e.notOrdinaryBefore))) return false;
  if (e.ordinaryBeforePattern?.test(after)) return false;
  const before = text.slice(Math.max(span.start, m.start - 8), m.start).replace(/[ \t\u3000]+$/, '');
  if (e.ordinaryAfter && endsWithAny(before, e.ordinaryAfter)) return false;
  const kind = followingKind(text, m.end, spanEnd);
  if (e.claimOnlyAtEnd && kind !== 'de' && kind !== 'end') return false;
  if (e.specBeforeNumber && numberFollows(text, m.end, spanEnd)) return false;
  if (e.enumeration && isClauseStart(text, m.start, span.start) && /^(?:[，,、：:]|是|就是|就|要|条)/.test(after)) return false;
  const ranks = e.category === 'superlative' || e.category === 'first';
  const judged = ranks || e.category === 'grade' || e.category === 'unique' || e.category === 'scope';
  if (!judged) return true;
  if (e.category !== 'scope' && endsWithAny(before, NEGATIONS)) return false;
  const sentence = sentenceBefore(text, m.start, span.start);
  if (ranks && SELF_COMPARISON_MARKERS.some((marker) => sentence.includes(marker))) return false;
  const rest = sentenceAfter(text, m.end, spanEnd);
  // 哪款最好用？ asks; it does not claim.
  if (ranks && /[？?]$/.test(rest)) return false;
  const around = sentence + rest;
  if (AWARD_MARKERS.some((marker) => around.includes(marker)) || AWARD_NAME.test(rest)) return false;
  return true;
}

/** The rewrites that read well here: those that fit anywhere, then those for what follows. */
export function rewritesFor(text: string, m: { start: number; end: number }, e: AdLawEntry, span: TextSpan): string[] {
  const previous = m.start > span.start ? text[m.start - 1]! : '';
  if (previous && e.noFixAfter?.includes(previous)) return [];
  const kind = followingKind(text, m.end, span.start + span.text.length);
  return [...new Set([...(e.replacements ?? []), ...(e.fit?.[kind] ?? [])])];
}

/** One finding the rule will report, before it is turned into a `Report`. */
interface AbsoluteTermMatch {
  start: number;
  end: number;
  text: string;
  entry: WordEntry | null;
  /** null for the user's own words and for 国家…推荐 found by pattern. */
  adLaw: AdLawEntry | null;
  category: AdLawCategory | 'user';
  /** Rewrites offered as fixes (emptied when a fix would unsettle a neighbour). */
  rewrites: string[];
  /** What the hover suggests: the rewrites that fit here and the entry's alternatives. */
  suggestions: string[];
  evasive?: boolean;
}

/**
 * Every absolute-term finding of a text. Each list's matches are judged first and merged after
 * (leftmost-longest), so that a longer phrase found to be ordinary (全国第一次) does not hide a
 * shorter claim another list found inside it.
 */
function findAbsoluteTerms(
  text: string,
  spans: readonly TextSpan[],
  platform: PlatformId,
  matches: readonly WordMatch[],
  allow: readonly string[],
): AbsoluteTermMatch[] {
  // Names are looked for only once something needs them; then each question is O(log n).
  let nameTest: ((start: number, end: number) => boolean) | null = null;
  const inName = (start: number, end: number) => (nameTest ??= overlapsAnyOf(spans.flatMap((s) => nameRanges(s, platform))))(start, end);
  const judged: Array<{ m: WordMatch; e: AdLawEntry | null; span: TextSpan }> = [];
  for (const m of matches) {
    const span = spanAt(spans, m.start);
    if (!span || m.end > span.start + span.text.length || inName(m.start, m.end)) continue;
    const e = isAdLawEntry(m.entry) ? m.entry : null;
    if (e && !isAbsoluteClaim(text, m, e, span)) continue;
    judged.push({ m, e, span });
  }
  judged.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);

  const out: AbsoluteTermMatch[] = [];
  let lastEnd = -1;
  for (const { m, e, span } of judged) {
    if (m.start < lastEnd) continue;
    const rewrites = e ? rewritesFor(text, m, e, span) : [];
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      entry: m.entry,
      adLaw: e,
      category: e?.category ?? 'user',
      rewrites,
      suggestions: [...new Set([...rewrites, ...(e?.alternatives ?? [])])],
      evasive: m.evasive,
    });
    lastEnd = m.end;
  }

  // 国家卫健委推荐 and the like: state organ names a list cannot enumerate. (Hits of the pattern
  // never overlap one another, so checking them against the word-list findings is enough.)
  const inFound = overlapsAnyOf(out);
  for (const span of spans) {
    let allowed: ((start: number, end: number) => boolean) | null = null;
    eachMatch(STATE_ENDORSEMENT, span.text, (found) => {
      const start = span.start + found.index;
      const end = start + found[0].length;
      if (inFound(start, end) || inName(start, end) || (allowed ??= overlapsAnyOf(allowedRanges(span, allow)))(start, end)) return;
      out.push({ start, end, text: found[0], entry: null, adLaw: null, category: 'authority', rewrites: [], suggestions: [] });
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function allowedRanges(span: TextSpan, allow: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (allow.length === 0) return out;
  const folded = foldText(span.text);
  for (const word of allow) {
    const w = foldText(word.trim());
    if (!w) continue;
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) out.push([span.start + i, span.start + i + w.length]);
  }
  return out;
}

/**
 * A rewrite is chosen from the characters around it, so one fix can change the reading of its
 * neighbour (顶级万能 → 顶级多功能 now lets 顶级 take 高品质), and a rewrite can complete a phrase
 * with what precedes it. Fixes must settle in one round (issue 2 §6), so the rule applies its own
 * fixes, reads the result again, and withdraws the fix nearest to anything that changed, until
 * nothing does. Only fixes are withdrawn; every finding stays.
 */
function settleFixes(
  text: string,
  spans: readonly TextSpan[],
  platform: PlatformId,
  found: AbsoluteTermMatch[],
  rescan: (text: string, spans: readonly TextSpan[]) => { own: WordMatch[]; medical: WordMatch[] },
  allow: readonly string[],
): void {
  // Read only when the fixed text holds a medical word at all (rarely): one scan fewer per line.
  let medicalBefore: Set<string> | null = null;
  for (let round = 0; round < 8; round++) {
    const fixed = found.filter((f) => f.rewrites.length > 0);
    if (fixed.length === 0) return;
    const edits = fixed.map((f) => ({ start: f.start, end: f.end, text: f.rewrites[0]! }));
    // Findings are in order and never overlap, so the edits' ends are sorted: the shift at a
    // position is a prefix sum, found by binary search (a big draft has thousands of edits).
    const shiftBefore = [0];
    for (const e of edits) shiftBefore.push(shiftBefore[shiftBefore.length - 1]! + e.text.length - (e.end - e.start));
    const moved = (pos: number): number => {
      let lo = 0;
      let hi = edits.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (edits[mid]!.end <= pos) lo = mid + 1;
        else hi = mid;
      }
      return pos + shiftBefore[lo]!;
    };
    const after = applyEdits(text, edits);
    const afterSpans = spans.map((s) => {
      const start = moved(s.start);
      return { start, text: after.slice(start, moved(s.start + s.text.length)) };
    });
    const scanned = rescan(after, afterSpans);
    const again = findAbsoluteTerms(after, afterSpans, platform, scanned.own, allow);
    const unfixed = new Set(found.filter((f) => f.rewrites.length === 0).map((f) => `${moved(f.start)}:${moved(f.end)}`));
    const unsettled: Array<{ start: number; end: number }> = again.filter((g) => g.rewrites.length > 0 || !unfixed.has(`${g.start}:${g.end}`));
    // A rewrite must not complete a medical claim either: 最好治愈 → 很好的治愈 would lose the
    // exemption 好治愈 ("so soothing") and make medical-claim fire.
    if (scanned.medical.length > 0) {
      medicalBefore ??= new Set(rescan(text, spans).medical.map((m) => `${m.start}:${m.end}`));
      const movedBack = new Map([...medicalBefore].map((k) => {
        const [a, b] = k.split(':').map(Number) as [number, number];
        return [`${moved(a)}:${moved(b)}`, k];
      }));
      for (const m of scanned.medical) if (!movedBack.has(`${m.start}:${m.end}`)) unsettled.push(m);
    }
    if (unsettled.length === 0) return;
    for (const g of unsettled) {
      let nearest: AbsoluteTermMatch | null = null;
      let best = Infinity;
      for (const [k, f] of fixed.entries()) {
        const from = moved(f.start);
        // The rewrite applied this round (an earlier `g` may have withdrawn it already).
        const to = from + edits[k]!.text.length;
        const distance = Math.max(0, from - g.end, g.start - to);
        if (distance < best) {
          best = distance;
          nearest = f;
        }
      }
      if (nearest) nearest.rewrites = [];
    }
  }
  for (const f of found) f.rewrites = [];
}

/**
 * Everything a claim is judged by lies on its line: sentences end at a line break, and words,
 * names, links, mentions and 《titles》 never cross one. So each line with fixes settles on its
 * own, and a long document is read again only where its fixes are, instead of whole in every round.
 * `found` is in document order and never overlaps.
 */
function settleByLine(
  text: string,
  spans: readonly TextSpan[],
  platform: PlatformId,
  found: AbsoluteTermMatch[],
  rescan: (text: string, spans: readonly TextSpan[]) => { own: WordMatch[]; medical: WordMatch[] },
  allow: readonly string[],
): void {
  for (let i = 0; i < found.length; ) {
    const first = found[i]!;
    const span = spanAt(spans, first.start)!;
    const spanEnd = span.start + span.text.length;
    const lineStart = Math.max(span.start, text.lastIndexOf('\n', first.start - 1) + 1);
    const newline = text.indexOf('\n', first.end);
    const lineEnd = newline < 0 || newline > spanEnd ? spanEnd : newline;
    let j = i + 1;
    while (j < found.length && found[j]!.start < lineEnd) j++;
    const line = found.slice(i, j);
    if (line.some((f) => f.rewrites.length > 0)) {
      const lineText = text.slice(lineStart, lineEnd);
      const local = line.map((f) => ({ ...f, start: f.start - lineStart, end: f.end - lineStart }));
      settleFixes(lineText, [{ text: lineText, start: 0 }], platform, local, rescan, allow);
      line.forEach((f, k) => (f.rewrites = local[k]!.rewrites));
    }
    i = j;
  }
}

/**
 * A matcher over the rule's own lists (and medical-claim's, whose exemptions a rewrite could
 * break), for reading a text again after its fixes; one per config.
 */
const settleMatchers = new WeakMap<object, { matcher: PhraseMatcher; lists: WordList[] }>();

function settleMatcher(ctx: RuleContext): { matcher: PhraseMatcher; lists: WordList[] } {
  let cached = settleMatchers.get(ctx.config);
  if (!cached) {
    const words = Array.isArray(ctx.options.words) ? ctx.options.words.filter((w): w is string => typeof w === 'string' && w.trim() !== '') : [];
    const lists = [...AD_LAW_LISTS];
    if (words.length) lists.push({ id: 'config/ad-law', source: '.postlintrc.json', entries: words.map((word) => ({ word })) });
    cached = { matcher: new PhraseMatcher([...lists, MEDICAL_LIST], ctx.config.allow), lists };
    settleMatchers.set(ctx.config, cached);
  }
  return cached;
}

function report(ctx: RuleContext, f: AbsoluteTermMatch): void {
  const words = f.category === 'user' ? USER_WORD_TEXT : CATEGORY_TEXT[f.category];
  const note = f.entry?.note ? ` ${ctx.t(f.entry.note)}` : '';
  const fixes: Fix[] = f.rewrites.map((r) => replaceFix(ctx, f, r));
  ctx.report({
    message: ctx.t(words.message(f.text)),
    start: f.start,
    end: f.end,
    reason: ctx.t(words.reason) + note,
    source: ctx.t(words.source),
    alternatives: f.suggestions.length ? f.suggestions : undefined,
    fixes,
    data: { word: f.text, category: f.category },
    evasive: f.evasive,
    // Whether a prize is real is the writer's knowledge, not the text's: a warning, not an error.
    severity: f.category === 'lure' ? 'warning' : undefined,
  });
}

export const adLaw: Rule = {
  id: 'ad-law',
  description: {
    zh: '《广告法》禁止的绝对化用语（最佳、第一、国家级、唯一、全网最低价、100%…）、借用国家机关名义和诱导中奖用语',
    en: 'Absolute terms banned by the Advertising Law (best, No. 1, national-level, only, lowest on the web, 100%…), borrowed state authority and fake-prize lures',
  },
  defaultSeverity: 'error',
  docs: 'docs/rules/ad-law.md',
  lists: AD_LAW_LISTS,
  acceptsWords: true,
  check(ctx) {
    const spans = postSpans(ctx.draft);
    // Most drafts hold no word of the lists and no 国家: nothing to judge, nothing to allocate.
    if (ctx.matches().length === 0 && !spans.some((s) => s.text.includes(STATE_PREFIX))) return;
    const text = ctx.draft.text;
    const matches = candidates(ctx.matchesOf, ctx.matches());
    const found = findAbsoluteTerms(text, spans, ctx.draft.platform, matches, ctx.config.allow);
    if (found.some((f) => f.rewrites.length > 0)) {
      const { matcher, lists } = settleMatcher(ctx);
      const rescan = (t: string, s: readonly TextSpan[]) => {
        const byList = matcher.scan(t, s);
        const perList = (l: WordList): readonly WordMatch[] => byList.get(l) ?? [];
        // Merged across the rule's lists as the engine merges them for `ctx.matches()`.
        return { own: candidates(perList, leftmostLongest(lists.flatMap(perList))), medical: byList.get(MEDICAL_LIST) ?? [] };
      };
      settleByLine(text, spans, ctx.draft.platform, found, rescan, ctx.config.allow);
    }
    for (const f of found) report(ctx, f);
  },
};

const OWN_LISTS: ReadonlySet<WordList> = new Set(AD_LAW_LISTS);

/**
 * The matches ad-law judges: each of its lists' as found (a list's matches are judged before
 * they are merged, so that 全国第一次 found ordinary does not hide a claim inside it), then the
 * user's own words where they survive the merge of all the rule's lists. The first reading and
 * the reading after the fixes both take them this way, so a user's word that a list word hides
 * (第一 in 第一次) is not news to the second one.
 */
function candidates(perList: (list: WordList) => readonly WordMatch[], merged: readonly WordMatch[]): WordMatch[] {
  return [...AD_LAW_LISTS.flatMap(perList), ...merged.filter((m) => !OWN_LISTS.has(m.list))];
}

/** What every `STATE_ENDORSEMENT` hit starts with (test/unit/fast-paths checks the pattern still does). */
export const STATE_PREFIX = '国家';
