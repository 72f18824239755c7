import { BUYER_NARRATION, FALSE_URGENCY, FALSE_URGENCY_PATTERNS, FALSE_URGENCY_SEEDS, HEARSAY, SEED_REACH, PUBLIC_PRICE, SALE_EVENT, type UrgencyKind, type UrgencyStrength } from '../lexicon/false-urgency';
import type { Fix, Localized, Severity } from '../types';
import type { Rule, RulePhrase } from '../rule';
import { listAndPatternPhrases, removeClauseFix } from '../rule';
import { postSpans, spanAt } from '../text';
import { clauseAround, familyByCategory, inQuestion, quotedTest, sentenceAround, weigh, withWhy, type Strength } from './pressure';

const PROMOTION_RULE: Localized = {
  zh: '《规范促销行为暂行规定》（市场监管总局令第32号）第五条',
  en: 'Provisional Rules on Regulating Promotions (SAMR Order No. 32), art. 5',
};
const PRICE_RULE: Localized = {
  zh: '《价格法》第十四条第（四）项；《明码标价和禁止价格欺诈规定》（市场监管总局令第56号）第十九条第（四）项；《规范促销行为暂行规定》第五条',
  en: 'Price Law art. 14(4); Rules on Clearly Marked Prices and Against Price Fraud (SAMR Order No. 56) art. 19(4); Provisional Rules on Regulating Promotions art. 5',
};

const WHAT: Record<UrgencyKind, (w: string) => Localized> = {
  scarcity: (w) => ({ zh: `制造稀缺感「${w}」`, en: `“${w}” manufactures scarcity` }),
  once: (w) => ({ zh: `“错过就没了”式催促「${w}」`, en: `“${w}” presses with a now-or-never claim` }),
  price: (w) => ({ zh: `以涨价相催「${w}」`, en: `“${w}” threatens a price rise` }),
  today: (w) => ({ zh: `“只限今天”式催促「${w}」`, en: `“${w}” says the price holds only today` }),
  countdown: (w) => ({ zh: `倒计时式催促「${w}」`, en: `“${w}” counts down to rush the reader` }),
  limited: (w) => ({ zh: `限时催促「${w}」`, en: `“${w}” presses with a time limit` }),
};

const KINDS = new Set<string>(Object.keys(WHAT));
const PATTERNS = familyByCategory(FALSE_URGENCY_PATTERNS);
const SEEDS = { list: FALSE_URGENCY_SEEDS, reach: SEED_REACH };

/**
 * Pure pressure, removable without losing a fact: the list's set phrases of these kinds and the
 * pattern families marked `/pure`. 仅剩3件、12月1日起涨价、只有今天这个价 say something checkable,
 * 倒计时、最后一天 may be true: they are never deleted.
 */
const DELETABLE_KINDS = new Set<string>(['scarcity', 'once', 'price']);

/** How much more than the phrase a sentence may hold and still be a banner (最后一天！; not 春节倒计时3天！). */
const BANNER_SLACK = 1;

/** A narrated purchase: 抢到了最后一件、买到了仅剩的. */
const NARRATED = /了$/;

export const falseUrgency: Rule = {
  id: 'false-urgency',
  description: {
    zh: '虚假紧迫感：制造稀缺、倒计时、只限今天和涨价压力（仅剩3件、手慢无、明天恢复原价、错过再等一年）',
    en: 'False urgency: fake scarcity, countdowns, today-only prices and threatened price rises',
  },
  defaultSeverity: 'warning',
  lists: [FALSE_URGENCY, FALSE_URGENCY_SEEDS],
  acceptsWords: true,
  check(ctx) {
    const phrases = listAndPatternPhrases(ctx, PATTERNS, SEEDS);
    if (phrases.length === 0) return;
    const text = ctx.draft.text;
    const spans = postSpans(ctx.draft);
    const quoted = quotedTest(ctx);

    for (const hit of phrases) {
      const [kind = 'user', strengthWord] = hit.category.split('/');
      const span = spanAt(spans, hit.start)!;
      if (kind !== 'user') {
        if (!KINDS.has(kind)) continue;
        const strength = claimStrength(text, hit, kind as UrgencyKind, strengthWord as UrgencyStrength, span, quoted, ctx.selling().level);
        if (!strength) continue;
        const weighed = weigh(ctx, strength, hit);
        if (!weighed) continue;
        const what = WHAT[kind as UrgencyKind](hit.text);
        const fixes: Fix[] = [];
        const removal = deletable(hit, kind) ? removeClauseFix(ctx, hit) : null;
        if (removal) fixes.push(removal);
        report(ctx, hit, withWhy(ctx, ctx.t(what), weighed), kind === 'price' || kind === 'today' ? PRICE_RULE : PROMOTION_RULE, fixes, kind, weighed.severity);
      } else {
        report(ctx, hit, ctx.t({ zh: `催促式话术「${hit.text}」`, en: `Pressure phrase “${hit.text}”` }), PROMOTION_RULE, [], kind);
      }
    }
  },
};

/**
 * How a hit counts, or null for an ordinary sense: a question (名额有限吗？), a quotation in a
 * draft that sells nothing (标着“手慢无”的广告), a narrated purchase (抢到了最后一件、只剩最后几盒了，
 * 我抢了两盒), hearsay (听说下个月要涨价), someone else's price in the news (油价明晚起上调). A `context` hit whose own sentence names the sale
 * (活动最后2小时) sells by itself — unless it only describes a sale (最后一天的活动).
 */
function claimStrength(
  text: string,
  hit: RulePhrase,
  kind: UrgencyKind,
  strength: UrgencyStrength,
  span: { start: number; text: string },
  quoted: (start: number, end: number) => boolean,
  selling: string,
): Strength | null {
  if (inQuestion(text, hit.start, hit.end, span)) return null;
  if (selling !== 'selling' && quoted(hit.start, hit.end)) return null;
  const [clauseStart] = clauseAround(text, hit.start, hit.end, span);
  if (NARRATED.test(text.slice(clauseStart, hit.start))) return null;
  if (kind === 'price' && PUBLIC_PRICE.test(text.slice(clauseStart, hit.end))) return null;
  const [sentenceStart, sentenceEnd] = sentenceAround(text, hit.start, hit.end, span);
  if (HEARSAY.test(text.slice(sentenceStart, hit.start)) || BUYER_NARRATION.test(text.slice(sentenceStart, sentenceEnd))) return null;
  if (strength === 'self') return 'self';
  if (text[hit.end] === '的') return strength === 'sale' ? null : 'context';
  const names = SALE_EVENT.test(topicOf(text, hit, span));
  return names ? 'self' : strength === 'sale' ? null : 'context';
}

/**
 * What the hit is about: its sentence, and a neighbour too when the sentence is no more than a
 * banner (倒计时三天！年终大促、最后一天！全场五折).
 */
function topicOf(text: string, hit: RulePhrase, span: { start: number; text: string }): string {
  const [a, b] = sentenceAround(text, hit.start, hit.end, span);
  if (b - a > hit.end - hit.start + BANNER_SLACK) return text.slice(a, b);
  const spanEnd = span.start + span.text.length;
  const [before] = a > span.start ? sentenceAround(text, a - 1, a - 1, span) : [a];
  const [, after] = b + 1 < spanEnd ? sentenceAround(text, b + 1, b + 1, span) : [b, b];
  return text.slice(before, Math.max(b, after));
}

function deletable(hit: RulePhrase, kind: string): boolean {
  return hit.fromList ? DELETABLE_KINDS.has(kind) : hit.category.endsWith('/pure');
}

function report(
  ctx: Parameters<Rule['check']>[0],
  hit: RulePhrase,
  message: string,
  source: Localized,
  fixes: Fix[],
  kind: string,
  severity?: Severity,
): void {
  ctx.report({
    start: hit.start,
    end: hit.end,
    message,
    reason: ctx.t({
      zh: '催促式话术透支读者信任；如果库存、期限或涨价并不属实，还可能构成虚假或引人误解的商业宣传（以涨价、只限今天相催还涉及价格欺诈）。确有期限或限量时，写明具体的截止时间或数量，比催促更可信。',
      en: 'Pressure wears out readers’ trust, and if the stock, deadline or price rise is not true it can be a false or misleading promotion (a threatened price rise or a today-only price can be price fraud). If there really is a deadline or a limit, state the date or the number: it is more credible than pressure.',
    }),
    source: ctx.t(source),
    fixes,
    data: { word: hit.text, category: kind },
    evasive: hit.evasive,
    severity,
  });
}
