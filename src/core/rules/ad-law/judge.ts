import type { AdLawEntry, FollowingKind } from '../../lexicon/ad-law';
import { AWARD_MARKERS, NEGATIONS, SELF_COMPARISON_MARKERS } from '../../lexicon/ad-law';
import {
  DEGREE_WORDS,
  FIRST_PERSON,
  GOAL_AFTER,
  GOAL_BEFORE,
  ATTITUDE_AFTER,
  NATURE_AFTER,
  GROUP_EXPERIENCER,
  JUEDUI_ORDINARY,
  LIKING,
  OWN_POINT_AFTER,
  PERSONAL_FRAME,
  PHRASE_END,
  ZUI_LINKS,
  ZUI_NOT_ORDINARY,
  ZUI_ORDINARY,
} from '../../lexicon/ad-law/governed';
import { foldText } from '../../lexicon/matcher';
import { gapTable, MAX_GAP_RUN } from '../../lexicon/spellings';
import type { TextSpan } from '../../types';

/**
 * Whether a match of an ad-law list is a claim in its sentence (issue 11): the ordinary senses of
 * each word (最近、第一次、最好先…), the exemptions of the market regulator's guideline (self-
 * comparison, consumer tips, awards, goals, greetings), negations and questions; and, for a seed
 * that governs what follows it (最、绝对), the phrase it governs.
 */

/** Characters after a phrase that close it like punctuation does: 最好了、最快地. */
const CLOSING = '了啦呀啊吧呢哦哟喔嘛么哈噢嘞咯地得';
const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{Script=Han}A-Za-z]/u;
const DIGIT = /[0-9０-９]/;
const CHINESE_NUMERAL = /[一二两三四五六七八九十百千万半]/;
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

/** A digit, or the x that stands for one in masked corpora (xx元、x.x万、xx%): one followed by a digit, x or a unit. */
function isDigitAt(text: string, i: number): boolean {
  const c = text[i]!;
  if (DIGIT.test(c)) return true;
  return (c === 'x' || c === 'X') && !/[A-Za-z]/.test(text[i - 1] ?? '') && /^[xX0-9.%元万千百]/.test(text[i + 1] ?? '');
}

/** 最高可达50%、最大功率3000W、最快3天、最低x.xx万元: a number within a few characters makes it a specification. */
export function numberFollows(text: string, end: number, spanEnd: number): boolean {
  let han = 0;
  for (let i = end; i < spanEnd && i < end + 10; i++) {
    const c = text[i]!;
    if (isDigitAt(text, i)) return true;
    if (SPACE.test(c) || c === ':' || c === '：') continue;
    if (c === '的' || !HAN.test(c) || ++han > 8) return false;
    // 最低五折、每月补贴千元、最多两件 (but not the 百 of 百搭).
    if (CHINESE_NUMERAL.test(c) && /[折成倍元块万千百个天小时分钟年月件次岁斤米]/.test(text[i + 1] ?? '')) return true;
  }
  return false;
}

/*
 * Sentence-wide rather than a fixed number of characters: another rule's fix that lengthens
 * the sentence (速抢 → 欢迎来看看) must not move a marker out of reach and make a claim appear.
 */

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

/** A Weibo repost mark (//@name:) starts another writer's words: a sentence ends there too. */
function isRepostMark(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2f && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x40;
}

/** Whether `text[i]` is the colon that closes a repost mark's name (…//@慕春彦: here). */
function closesRepostName(text: string, i: number): boolean {
  const c = text[i];
  if (c !== ':' && c !== '：') return false;
  for (let j = i - 1; j >= 0 && j > i - 32; j--) {
    if (text[j] === '@') return j >= 2 && text[j - 1] === '/' && text[j - 2] === '/';
    if (/[\s，。！？,.!?:：]/.test(text[j]!)) return false;
  }
  return false;
}

/** The text of the sentence before `start`. */
function sentenceBefore(text: string, start: number, spanStart: number): string {
  const limit = Math.max(spanStart, start - SENTENCE_REACH);
  let from = start;
  while (from > limit && !isSentenceBreak(text.charCodeAt(from - 1)) && !closesRepostName(text, from - 1)) from--;
  return text.slice(from, start);
}

/** The rest of the sentence after `end`, with the mark that ends it. */
function sentenceAfter(text: string, end: number, spanEnd: number): string {
  const limit = Math.min(spanEnd, end + SENTENCE_REACH);
  let to = end;
  while (to < limit && !isSentenceBreak(text.charCodeAt(to)) && !isRepostMark(text, to)) to++;
  if (to < limit && !isRepostMark(text, to)) to++;
  return text.slice(end, to);
}

/** The document offsets of the sentence holding `[start, end)`, its closing mark included. */
export function sentenceAround(text: string, start: number, end: number, span: TextSpan): [number, number] {
  const spanEnd = span.start + span.text.length;
  return [start - sentenceBefore(text, start, span.start).length, end + sentenceAfter(text, end, spanEnd).length];
}

/** The clause before `start` (back to a comma or a sentence mark). */
function clauseBefore(sentence: string): string {
  const cut = Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(','), sentence.lastIndexOf('、'));
  return cut >= 0 ? sentence.slice(cut + 1) : sentence;
}

function isClauseStart(text: string, start: number, spanStart: number): boolean {
  if (start <= spanStart) return true;
  const c = text[start - 1]!;
  return !WORD_CHAR.test(c) && !/[0-9]/.test(c);
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

/**
 * The phrase an award's name ends with: 最具人气奖、最佳设计奖. Not a prize being handed out
 * (点击领奖、恭喜获奖、抽奖).
 */
const AWARD_NAME = /^[^，。！？,.!?\s]{0,6}[^领中抽获得颁兑开]奖(?![品励金])/u;

/** A question asked at the start of its sentence, with or without its mark: 如何…第一名, 哪款最好用. */
const QUESTION_START = /^(?:如何|怎么|怎样|为什么|为何|哪|谁|什么|是否)/;

/**
 * A figure with its source and period (第六条(六)): 据欧睿国际数据，2023年度…销量第一. Both must
 * stand in the sentence: a source and a bounded time.
 */
const SOURCE_MARKER = /据[^，。]{1,20}(?:数据|报告|统计|调查|榜单|显示)|数据来源|来源[:：]|(?:报告|统计|调查)显示/;
const BOUNDED_TIME = /(?:19|20)\d\d年|(?:19|20)\d\d[-/.]\d|年度|上半年|下半年|季度|\d+月/;

/** What the seller made or sold before (我们做过最好的一杯): a comparison within its own goods. */
const OWN_MAKING = /(?:我们|我家|咱家|咱们|本店|小店|店里|本品牌)[^，。！？]{0,3}(?:做|卖|出|推|上|研发|生产|设计)过/;

/** Superlatives that measure (size, height, length, depth, age, distance), as facts of nature are stated. */
const MEASURED = /[大高长深低小宽远早古老厚重广北南东西]/;

/** What a seed governs: where its phrase starts and ends, after gaps and linking characters. */
export interface Governed {
  phraseStart: number;
  phraseEnd: number;
}

/** The longest phrase a seed is read to govern, in characters. */
const MAX_PHRASE = 6;

/** How much of a phrase that runs on past `MAX_PHRASE` the finding covers. */
const SHOWN_PHRASE = 4;

function shownEnd(text: string, g: Governed, spanEnd: number): number {
  const closed = g.phraseEnd >= spanEnd || !HAN.test(text[g.phraseEnd]!) || PHRASE_END.includes(text[g.phraseEnd]!);
  return closed ? g.phraseEnd : Math.min(g.phraseEnd, g.phraseStart + SHOWN_PHRASE);
}

/**
 * The phrase after a seed (最 / 绝对 …): gaps stepped over (最 显瘦), then for 最 为/是 (最为实穿、最是能),
 * then Chinese characters up to a particle or 的 (最清晰活泼的 → 清晰活泼), at most `MAX_PHRASE`.
 */
export function readGoverned(text: string, seedEnd: number, spanEnd: number, links: boolean): Governed | null {
  const gap = gapTable();
  let i = seedEnd;
  let run = 0;
  while (i < spanEnd && gap[text.charCodeAt(i)] !== 0 && ++run <= MAX_GAP_RUN) i++;
  while (links && i < spanEnd && ZUI_LINKS.includes(text[i]!) && HAN.test(text[i + 1] ?? '') && !PHRASE_END.includes(text[i + 1]!)) i++;
  const phraseStart = i;
  while (i < spanEnd && i - phraseStart < MAX_PHRASE && HAN.test(text[i]!) && !PHRASE_END.includes(text[i]!)) i++;
  return i > phraseStart ? { phraseStart, phraseEnd: i } : null;
}

export interface ClaimVerdict {
  /** Where the claim ends: the match's end, or the end of the phrase a seed governs. */
  end: number;
  governed: Governed | null;
  /** Told as the writer's own experience (这是我吃过最好吃的): no claim where the draft does not sell. */
  personal: boolean;
}

/** Whether a match of an ad-law list is a claim in this sentence, and how far it runs. */
export function judgeClaim(text: string, m: { start: number; end: number }, e: AdLawEntry, span: TextSpan): ClaimVerdict | null {
  const spanEnd = span.start + span.text.length;
  let governed: Governed | null = null;
  if (e.governs) {
    // 最为实穿、最是能 (not 绝对是: its 是 stays when 绝对 goes).
    governed = readGoverned(text, m.end, spanEnd, e.category === 'superlative' || e.category === 'scope');
    if (!governed || !governsClaim(text, m, e, governed, span)) return null;
  }
  // The claim shown: the seed and what it governs where the phrase ends within reach (最受年轻人
  // 欢迎), else its start (最是能拂去因天气带来的 → 最是能拂去); 绝对 alone, which vouches for a
  // whole clause (绝对是秋季首选 holds 首选, a claim of its own).
  const end = governed ? (e.category === 'certainty' ? m.end : shownEnd(text, governed, spanEnd)) : m.end;
  const after = text.slice(m.end, Math.min(spanEnd, m.end + 12)).replace(/^[ \t\u3000]+/, '');
  if (e.ordinaryBefore && startsWithAny(after, e.ordinaryBefore) && !(e.notOrdinaryBefore && startsWithAny(after, e.notOrdinaryBefore))) return null;
  if (e.ordinaryBeforePattern?.test(after)) return null;
  const before = text.slice(Math.max(span.start, m.start - 8), m.start).replace(/[ \t\u3000]+$/, '');
  if (e.ordinaryAfter && endsWithAny(before, e.ordinaryAfter)) return null;
  const kind = followingKind(text, m.end, spanEnd);
  if (e.claimOnlyAtEnd && kind !== 'de' && kind !== 'end') return null;
  if (e.specBeforeNumber && numberFollows(text, m.end, spanEnd)) return null;
  if (e.enumeration && isClauseStart(text, m.start, span.start) && /^(?:[，,、：:]|是|就是|就|要|条)/.test(after)) return null;
  const sentence = sentenceBefore(text, m.start, span.start);
  const rest = sentenceAfter(text, end, spanEnd);
  const ranks = e.category === 'superlative' || e.category === 'first';
  const judged = ranks || e.category === 'grade' || e.category === 'unique' || e.category === 'scope' || !!e.governs;
  if (judged) {
    if (e.category !== 'scope' && endsWithAny(before, NEGATIONS)) return null;
    // Within the seller's own range (本店最受欢迎的、我们家最好卖的、我们做过最好的): the marker names
    // the range in the claim's clause.
    const clause = clauseBefore(sentence);
    if (ranks && (SELF_COMPARISON_MARKERS.some((marker) => clause.includes(marker)) || OWN_MAKING.test(clause))) return null;
    // 哪款最好用？ asks; it does not claim (but 最高端的配置，你还在等什么？ does).
    if (ranks && (/^[^，,；;]*[？?]$/.test(rest) || QUESTION_START.test(sentence.trimStart()))) return null;
    const around = sentence + text.slice(m.start, end) + rest;
    if (AWARD_MARKERS.some((marker) => around.includes(marker)) || AWARD_NAME.test(rest)) return null;
    if (ranks && SOURCE_MARKER.test(around) && BOUNDED_TIME.test(around)) return null;
    if (GOAL_BEFORE.test(clauseBefore(sentence)) || GOAL_AFTER.test(rest)) return null;
    const tail = text.slice(end, Math.min(spanEnd, end + 8));
    if ((ranks || e.category === 'scope') && (ATTITUDE_AFTER.test(tail) || OWN_POINT_AFTER.test(tail))) return null;
    // 世界最高峰 is a measured fact of nature; 全国最美的海岛 is a seller's judgement of its tour.
    if ((ranks || e.category === 'scope') && MEASURED.test(text.slice(m.start, end)) && NATURE_AFTER.test(tail)) return null;
  }
  return { end, governed, personal: PERSONAL_FRAME.test(sentence) };
}

/** Whether what a seed governs makes it a claim: not an ordinary sense of 最 or 绝对. */
function governsClaim(text: string, m: { start: number; end: number }, e: AdLawEntry, g: Governed, span: TextSpan): boolean {
  const phrase = text.slice(g.phraseStart, g.phraseEnd);
  if (e.governs === 'degree') return DEGREE_WORDS.includes(phrase[0]!);
  if (e.category === 'certainty') return !JUEDUI_ORDINARY.some((w) => phrase.startsWith(w));
  if (ZUI_ORDINARY.some((w) => phrase.startsWith(w)) && !ZUI_NOT_ORDINARY.some((w) => phrase.startsWith(w))) return false;
  // A figure after it makes a specification: 最长可达8小时、最久可用3年.
  if (numberFollows(text, g.phraseStart, span.start + span.text.length)) return false;
  if (LIKING.some((w) => phrase.startsWith(w))) {
    // 女神们的最爱、年轻人最喜欢的 claim popularity; 我最爱的 is a feeling.
    const clause = clauseBefore(sentenceBefore(text, m.start, span.start));
    if (FIRST_PERSON.test(clause)) return false;
    return GROUP_EXPERIENCER.test(clause) || /的$/.test(clause);
  }
  return true;
}
