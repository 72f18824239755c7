import { HARD_SELL } from '../lexicon/hard-sell';
import type { Rule } from '../rule';
import { replaceFix } from '../rule';

export const hardSell: Rule = {
  id: 'hard-sell',
  description: {
    zh: '命令式推销：赶紧下单、立即购买、速抢、快来买——换成邀请的口吻',
    en: 'Imperative selling (buy now, order now): invite instead of ordering',
  },
  defaultSeverity: 'warning',
  docs: 'docs/rules/hard-sell.md',
  lists: [HARD_SELL],
  acceptsWords: true,
  check(ctx) {
    for (const m of ctx.matches()) {
      const alternatives = m.entry.replacements ?? [];
      const softer = alternatives[0];
      ctx.report({
        start: m.start,
        end: m.end,
        message:
          softer !== undefined
            ? ctx.t({ zh: `命令式推销「${m.text}」：换成邀请的口吻，如“${softer}”`, en: `Hard sell “${m.text}”: invite instead, e.g. “${softer}”` })
            : ctx.t({ zh: `命令式推销「${m.text}」`, en: `Hard sell “${m.text}”` }),
        reason: ctx.t({
          zh: '社交平台上，读者是朋友而不是顾客：命令式的催促读起来像硬广告，容易被划走、屏蔽或取关。说清好处，把决定留给读者。',
          en: 'On social platforms readers are friends, not customers: orders to buy read as a naked ad and get scrolled past, muted or unfollowed. Say what is good about it and leave the decision to the reader.',
        }),
        source: ctx.t({ zh: '写作建议（非法规要求）', en: 'Style advice (not a legal requirement)' }),
        alternatives: alternatives.length ? alternatives : undefined,
        fixes: softer !== undefined ? [replaceFix(ctx, m, softer)] : [],
        data: { word: m.text },
        evasive: m.evasive,
      });
    }
  },
};
