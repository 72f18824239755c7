import { COMMERCE_CUE, FALSE_URGENCY, FALSE_URGENCY_PATTERNS } from '../lexicon/false-urgency';
import type { Fix, Localized } from '../types';
import type { Rule } from '../rule';
import { listAndPatternPhrases, removeClauseFix } from '../rule';
import { PatternFamily, postSpans } from '../text';

const PROMOTION_RULE: Localized = {
  zh: '《规范促销行为暂行规定》（市场监管总局令第32号）第五条',
  en: 'Provisional Rules on Regulating Promotions (SAMR Order No. 32), art. 5',
};
const PRICE_RULE: Localized = {
  zh: '《价格法》第十四条第（四）项；《规范促销行为暂行规定》第五条',
  en: 'Price Law art. 14(4); Provisional Rules on Regulating Promotions art. 5',
};

const WHAT: Record<string, (w: string) => Localized> = {
  scarcity: (w) => ({ zh: `制造稀缺感「${w}」`, en: `“${w}” manufactures scarcity` }),
  once: (w) => ({ zh: `“错过就没了”式催促「${w}」`, en: `“${w}” presses with a now-or-never claim` }),
  price: (w) => ({ zh: `以涨价相催「${w}」`, en: `“${w}” threatens a price rise` }),
  countdown: (w) => ({ zh: `倒计时式催促「${w}」`, en: `“${w}” counts down to rush the reader` }),
};

const PATTERNS = new PatternFamily(FALSE_URGENCY_PATTERNS);

/** Word-list phrases that are pure pressure; numbered ones (仅剩3件) carry facts and are never deleted. */
const DELETABLE = new Set(['scarcity', 'once', 'price']);

export const falseUrgency: Rule = {
  id: 'false-urgency',
  description: {
    zh: '虚假紧迫感：制造稀缺、倒计时和涨价压力（仅此一次、手慢无、随时涨价、错过再等一年）',
    en: 'False urgency: fake scarcity, countdowns and threatened price rises',
  },
  defaultSeverity: 'warning',
  docs: 'docs/rules/false-urgency.md',
  lists: [FALSE_URGENCY],
  acceptsWords: true,
  check(ctx) {
    const phrases = listAndPatternPhrases(ctx, PATTERNS);
    if (phrases.length === 0) return;
    // Asked only when a countdown needs it.
    let selling: boolean | undefined;
    const isSelling = () => (selling ??= postSpans(ctx.draft).some((s) => COMMERCE_CUE.test(s.text)));

    for (const hit of phrases) {
      const [kind = 'user', context] = hit.category.split('/');
      // 春节倒计时、最后一波冷空气: ordinary language unless the draft is selling.
      if (context === 'contextual' && !isSelling()) continue;
      const fixes: Fix[] = [];
      const removal = hit.fromList && DELETABLE.has(kind) ? removeClauseFix(ctx, hit) : null;
      if (removal) fixes.push(removal);
      ctx.report({
        start: hit.start,
        end: hit.end,
        message: ctx.t(WHAT[kind]?.(hit.text) ?? { zh: `催促式话术「${hit.text}」`, en: `Pressure phrase “${hit.text}”` }),
        reason: ctx.t({
          zh: '催促式话术透支读者信任；如果库存、期限或涨价并不属实，还可能构成虚假或引人误解的商业宣传（以涨价相催还涉及价格欺诈）。确有期限或限量时，写明具体的截止时间或数量，比催促更可信。',
          en: 'Pressure wears out readers’ trust, and if the stock, deadline or price rise is not true it can be a false or misleading promotion (a threatened price rise can be price fraud). If there really is a deadline or a limit, state the date or the number: it is more credible than pressure.',
        }),
        source: ctx.t(kind === 'price' ? PRICE_RULE : PROMOTION_RULE),
        fixes,
        data: { word: hit.text, category: kind },
        evasive: hit.evasive,
      });
    }
  },
};
