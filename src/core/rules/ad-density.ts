import { readsAsAd } from '../analysis/ad-density';
import { BARE_LINK } from '../lexicon/ad-signals';
import type { Rule, RuleContext } from '../rule';
import { eachMatch, findUrls, type TextToken } from '../text';
import type { AdDensityReport, AdDensitySignal, Draft, Localized } from '../types';

const REASON: Localized = {
  zh: '社交平台是关系场所，不是广告牌：关注者对硬广的容忍度很低，满屏价格、促销词和购买引导的帖子容易被划走、屏蔽或举报，平台也会限制营销内容的曝光。先服务，后营销——先讲读者能得到什么，把价格和购买方式收在最后一句。分数按加权卖货信号每百字计算（短文按 50 字计），且卖货信号须有两类以上（或同类三处），在公开的短信广告语料上校准。',
  en: 'Social platforms are places of relationships, not billboards: followers tolerate little hard selling, and a post full of prices, promo words and buying prompts gets scrolled past, muted or reported, and platforms limit the reach of marketing. Serve first, sell later: lead with what the reader gets and keep price and how to buy for the last sentence. The score is weighted selling signals per 100 characters (short texts count as 50), and the selling must be of two kinds (or three signals of one); calibrated on a public corpus of SMS ads.',
};

export const adDensity: Rule = {
  id: 'ad-density',
  description: {
    zh: '广告感过强：每百字的卖货信号（促销词、价格、折扣、赠品、会员、活动、引导购买、链接、联系方式、地址、扫码、退订提示、连串感叹号）超过平台阈值',
    en: 'Reads like a naked ad: selling signals per 100 characters (promo words, prices, discounts, gifts, member perks, sales events, calls to action, links, contact details, addresses, QR prompts, opt-out footers, exclamation runs) above the platform’s threshold',
  },
  defaultSeverity: 'warning',
  options: {
    threshold: { type: 'number', description: "Score (weighted selling signals per 100 characters) from which a draft reads as an ad, replacing the platform's" },
  },
  check(ctx: RuleContext) {
    const report = ctx.adDensity();
    if (!readsAsAd(report)) return;
    const range = densestSentence(ctx.draft, report);
    ctx.report({
      message: adDensityMessage(ctx, report.score, report.threshold, report.signals),
      start: range.start,
      end: range.end,
      reason: ctx.t(REASON),
      source: ctx.t(ctx.platform.adDensitySource),
      data: { adDensity: report },
    });
  },
};

/** "广告感偏强：每百字 12.5 分（阈值 8）：价格 ×3、促销词 ×4。可先删减：价格、促销词……" */
function adDensityMessage(ctx: RuleContext, score: number, threshold: number, signals: readonly AdDensitySignal[]): string {
  // Biggest contributors first: they are what to cut.
  const byWeight = [...signals].sort((a, b) => b.weight * b.count - a.weight * a.count);
  const sep = ctx.t({ zh: '、', en: ', ' });
  const breakdown = byWeight.map((s) => `${s.label} ×${s.count}`).join(sep);
  const cut = byWeight
    .slice(0, 2)
    .map((s) => s.label)
    .join(sep);
  const shown = score.toFixed(1);
  return ctx.t({
    zh: `广告感偏强：每百字 ${shown} 分（阈值 ${threshold}）：${breakdown}。可先删减${cut}，先讲读者能得到什么，购买方式留到最后一句`,
    en: `Reads like an ad: ${shown} points per 100 characters (threshold ${threshold}): ${breakdown}. Cut some ${cut} first; lead with what the reader gets and keep how to buy for the last sentence`,
  });
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
