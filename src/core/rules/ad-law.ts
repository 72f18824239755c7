import { AD_LAW_LISTS } from '../lexicon/ad-law';
import { MEDICAL_LIST } from '../lexicon/medical';
import type { Rule, RuleContext } from '../rule';
import { postSpans } from '../text';
import type { Fix, TextSpan } from '../types';
import { candidates, findAbsoluteTerms, type AbsoluteTermMatch, type FindContext } from './ad-law/find';
import { rewriteTitle } from './ad-law/rewrite';
import { rewriteEdits, settleByLine } from './ad-law/settle';
import { CATEGORY_TEXT, NOT_SELLING_NOTE, NOT_SELLING_REASON, USER_WORD_TEXT } from './ad-law/texts';

export { nameRanges } from './ad-law/find';
export { followingKind, isSentenceBreak } from './ad-law/judge';

/**
 * `ad-law`: absolute terms banned by 《广告法》第九条第三项 (国家级、最高级、最佳 and words of the
 * same meaning), plus the borrowed authority (第九条第二项) and lure words the same 极限词 lists
 * carry. The lists are seeds and exceptions (issue 11): a seed such as 最 or 绝对 is read with the
 * phrase it governs (最耐穿、绝对舒适), each word with its ordinary senses (最近、第一次、最好先…)
 * and the exemptions of the market regulator's guideline; the draft's selling context decides
 * whether a claim is an error, a note, or nothing (ad-law/find.ts).
 */

function report(ctx: RuleContext, f: AbsoluteTermMatch): void {
  const words = f.category === 'user' ? USER_WORD_TEXT : CATEGORY_TEXT[f.category];
  const note = f.entry?.note ? ` ${ctx.t(f.entry.note)}` : '';
  const text = ctx.draft.text;
  const fixes: Fix[] = f.rewrites.map((r) => ({ title: rewriteTitle(text, r, ctx.t), edits: rewriteEdits(r) }));
  ctx.report({
    message: ctx.t(words.message(f.text)) + (f.onlyNote ? ctx.t(NOT_SELLING_NOTE) : ''),
    start: f.start,
    end: f.end,
    reason: ctx.t(words.reason) + note + (f.onlyNote ? ` ${ctx.t(NOT_SELLING_REASON)}` : ''),
    source: ctx.t(words.source),
    alternatives: f.suggestions.length ? f.suggestions : undefined,
    fixes,
    data: { word: f.text, category: f.category },
    // Whether a prize is real is the writer's knowledge, not the text's: a warning, not an error.
    severity: f.onlyNote ? 'info' : f.category === 'lure' ? 'warning' : undefined,
    evasive: f.evasive,
  });
}

export const adLaw: Rule = {
  id: 'ad-law',
  description: {
    zh: '《广告法》禁止的绝对化用语（最佳、第一、国家级、唯一、全网最低价、100%…）、借用国家机关名义和诱导中奖用语',
    en: 'Absolute terms banned by the Advertising Law (best, No. 1, national-level, only, lowest on the web, 100%…), borrowed state authority and fake-prize lures',
  },
  defaultSeverity: 'error',
  lists: AD_LAW_LISTS,
  // medical-claim's terms, whose exemptions a rewrite must not break (ad-law/settle.ts).
  reads: [MEDICAL_LIST],
  acceptsWords: true,
  check(ctx) {
    const spans = postSpans(ctx.draft);
    // Most drafts hold no word of the lists, no 国家 and no 比: nothing to judge, nothing to allocate.
    if (ctx.matches().length === 0 && !spans.some((s) => s.text.includes(STATE_PREFIX) || s.text.includes(COMPARISON_MARK))) return;
    const text = ctx.draft.text;
    const selling = ctx.selling();
    const c: FindContext = { spans, mentions: ctx.platform.syntax.mentions, allow: ctx.config.allow, selling: selling.level, cues: selling.cues };
    const found = findAbsoluteTerms(text, c, candidates(ctx.matchesOf, ctx.matches()));
    if (found.some((f) => f.rewrites.length > 0)) {
      // The fixed text is read by the engine's own matcher, as the draft was.
      const rescan = (t: string, s: readonly TextSpan[]) => {
        const again = ctx.rescan(t, s);
        return { own: candidates(again.matchesOf, again.matches()), medical: again.matchesOf(MEDICAL_LIST) };
      };
      settleByLine(text, c, found, rescan);
    }
    for (const f of found) report(ctx, f);
  },
};

/** What every `STATE_ENDORSEMENT` hit starts with (test/unit/fast-paths checks the pattern still does). */
export const STATE_PREFIX = '国家';

/** What every `COMPARED_WITH_ALL` hit holds (test/unit/fast-paths checks the pattern still does). */
export const COMPARISON_MARK = '比';
