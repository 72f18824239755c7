import { CALMER_VERB, FRAME, HARD_SELL, HARD_SELL_CHEERS, HARD_SELL_PATTERNS, HARD_SELL_SEEDS, SEED_REACH, OFFER_TALK, ORDER_VERBS, URGE } from '../lexicon/hard-sell';
import { foldText } from '../lexicon/matcher';
import type { Rule, RuleContext, RulePhrase } from '../rule';
import { listAndPatternPhrases, removeClauseFix } from '../rule';
import { postSpans, spanAt } from '../text';
import type { Fix, TextSpan } from '../types';
import { clauseAround, familyByCategory, quotedTest, sentenceAround, weigh, withWhy, type Strength, type Weighed } from './pressure';

const PATTERNS = familyByCategory(HARD_SELL_PATTERNS);
const SEEDS = { list: HARD_SELL_SEEDS, reach: SEED_REACH };

/** Categories that order by themselves; the others ('order-context', 'come', 'slang-context') need a sale around them. */
const SELF = new Set(['order', 'formula', 'slang', 'rhetorical']);

/** An order read back into its parts: 请 | 立刻马上 | 去 | 官网 | 抢. */
const ORDER_PARTS = new RegExp(
  `^(请)?((?:${URGE}|${FRAME}|直接|快快?|速速?){1,4})(前来|过来|来|去|到|至)?(.*?)(${ORDER_VERBS.join('|')})$`,
);

/** Marks and particles that end an order (赶紧下单！、闭眼入，、冲鸭～). */
const ENDS_ORDER = /^(?:$|[，。！？!?,.~～…；;\s吧啊呀哦喔啦])/;
/** Caution right before the phrase: 不建议冲、别急着下单、千万不要立即购买. */
const CAUTION = /(?:别|不要|不用|不必|不建议|不推荐|勿|慎|谨慎|没必要|不能|不该)[^，。！？,.!?]{0,4}$/;
/** A subject that narrates (我立刻下单了、朋友马上入手): the order is someone's past act. */
const NARRATOR = /(?:我|他|她|俺|咱|朋友|老公|老婆|闺蜜|同事|妈妈|老妈)们?(?:就|也|都|又|还|已经|便|才|一)?$/;
/** Asked, not ordered: 要不要买它、买它吗. */
const ASKED_BEFORE = /(?:要不要|该不该|值不值得|是否|能不能|可不可以|要不)$/;
const ASKED_AFTER = /^(?:吗|么|嘛|不\?|不？)/;
/** The act is done or described, not ordered: 下单了、买它之前. */
const DONE_AFTER = /^(?:了(?![吗没么])|过|之前|的时候|以后|后|时)/;
/** What may follow buyers' slang. */
const SLANG_FOLLOWER = /^(?:$|[，。！？!?,.~～…；;\s吧啊呀哦喔啦的不[【])/;
/** Look-alike characters used to slip past filters (丅单 for 下单). */
const LOOKALIKE: Readonly<Record<string, string>> = { 丅: '下' };

export const hardSell: Rule = {
  id: 'hard-sell',
  description: {
    zh: '命令式推销：赶紧下单、立即购买、速抢、欲购从速、闭眼入——换成邀请的口吻',
    en: 'Imperative selling (buy now, order now, just buy it): invite instead of ordering',
  },
  defaultSeverity: 'warning',
  lists: [HARD_SELL, HARD_SELL_CHEERS, HARD_SELL_SEEDS],
  acceptsWords: true,
  check(ctx) {
    const phrases = joinRepeats(listAndPatternPhrases(ctx, PATTERNS, SEEDS));
    if (phrases.length === 0) return;
    const text = ctx.draft.text;
    const spans = postSpans(ctx.draft);
    const quoted = quotedTest(ctx);
    const listWords = new Map(ctx.matches().filter((m) => m.list !== HARD_SELL_SEEDS).map((m) => [`${m.start}:${m.end}`, m.entry] as const));
    // The rewrites already offered per sentence: a second 值得一试 in one sentence is deleted instead
    // where it stands as a clause of its own (无脑入，闭眼买，不踩雷 → 值得一试，不踩雷).
    const offered = new Map<number, Set<string>>();

    for (const hit of phrases) {
      const entry = hit.fromList ? listWords.get(`${hit.start}:${hit.end}`) : undefined;
      if (hit.category === 'user') {
        report(ctx, hit, hit.end, undefined, [], {});
        continue;
      }
      const span = spanAt(spans, hit.start)!;
      if (!isOrder(text, hit, span, quoted, ctx.selling().level)) continue;
      const strength: Strength = SELF.has(hit.category) || offerTalked(text, hit, span) ? 'self' : 'context';
      const weighed = weigh(ctx, strength, hit);
      if (!weighed) continue;

      const clean = entry?.word ?? readAsWritten(hit.text);
      const rewrite = rewriteOf(clean, hit.category, entry?.replacements?.[0], text, hit, span);
      const fixes: Fix[] = [];
      let end = hit.end;
      if (rewrite) {
        const [sentence] = sentenceAround(text, hit.start, hit.end, span);
        const given = offered.get(sentence) ?? new Set<string>();
        offered.set(sentence, given);
        const removal = given.has(rewrite.text) ? removeClauseFix(ctx, hit) : null;
        if (removal) fixes.push(removal);
        else {
          given.add(rewrite.text);
          end = hit.end + rewrite.takes;
          fixes.push(replacement(ctx, hit.start, end, rewrite.text));
        }
      } else if (hit.category === 'rhetorical') {
        // Not 'rhetorical-context' (还等什么？ closing a sentence): deleting that clause would leave
        // its question mark on the price before it (只要39元？), so no fix is offered.
        const removal = removeClauseFix(ctx, hit);
        if (removal) fixes.push(removal);
      }
      report(ctx, hit, end, rewrite?.text, fixes, weighed);
    }
  },
};

/** Slang said twice or three times in a row (买它买它买它) is one order. */
function joinRepeats(phrases: RulePhrase[]): RulePhrase[] {
  const out: RulePhrase[] = [];
  for (const p of phrases) {
    const last = out[out.length - 1];
    if (last && last.end === p.start && last.category.startsWith('slang') && p.category.startsWith('slang')) {
      out[out.length - 1] = { ...last, end: p.end, text: last.text + p.text, evasive: last.evasive || p.evasive };
    } else out.push(p);
  }
  return out;
}

/**
 * Whether a hit orders the reader, not one of the ordinary senses the patterns cannot see: a
 * quotation in a draft that sells nothing (标着“闭眼入”的推荐文), caution (不建议冲), narration
 * (我立刻下单了、下单了), a question (要不要买它), a description (买它之前).
 */
function isOrder(text: string, hit: RulePhrase, span: TextSpan, quoted: (a: number, b: number) => boolean, selling: string): boolean {
  if (selling !== 'selling' && quoted(hit.start, hit.end)) return false;
  const [clauseStart, clauseEnd] = clauseAround(text, hit.start, hit.end, span);
  const before = text.slice(clauseStart, hit.start);
  const after = text.slice(hit.end, clauseEnd + 1);
  if (CAUTION.test(before) || NARRATOR.test(before) || ASKED_BEFORE.test(before)) return false;
  if (hit.category.startsWith('rhetorical')) return true;
  if (ASKED_AFTER.test(after) || DONE_AFTER.test(after)) return false;
  // Slang stands alone, describes (闭眼入的裙子) or is commented on (闭眼入不亏); 给我买个手机 asks a favour.
  return !hit.category.startsWith('slang') || SLANG_FOLLOWER.test(after);
}

/** Talk of the deal in the phrase's sentence or the next one (冲冲冲！这个价格真的可以冲). */
function offerTalked(text: string, hit: RulePhrase, span: TextSpan): boolean {
  const [a, b] = sentenceAround(text, hit.start, hit.end, span);
  const [, next] = b + 1 < span.start + span.text.length ? sentenceAround(text, b + 1, b + 1, span) : [b, b];
  return OFFER_TALK.test(text.slice(a, Math.max(b, next)));
}

/** The hit as a filter reads it: marks between characters out, traditional and look-alike characters folded. */
function readAsWritten(written: string): string {
  let out = '';
  for (const c of foldText(written)) {
    const plain = LOOKALIKE[c] ?? c;
    if (/[\p{Script=Han}A-Za-z0-9]/u.test(plain)) out += plain;
  }
  return out;
}

interface Rewrite {
  text: string;
  /** Units after the hit the rewrite replaces too (a 吧 that 欢迎 does not take). */
  takes: number;
}

/** The inviting rewrite for where the phrase stands, or null where none would read as Chinese. */
function rewriteOf(clean: string, category: string, listed: string | undefined, text: string, hit: RulePhrase, span: TextSpan): Rewrite | null {
  const after = text.slice(hit.end, span.start + span.text.length);
  const dropsBa = (s: string) => ({ text: s, takes: s.startsWith('欢迎') && after.startsWith('吧') ? 1 : 0 });
  if (category === 'order' || category === 'order-context') {
    const parts = ORDER_PARTS.exec(clean);
    if (!parts) return null;
    const [, polite, , come, middle = '', verb = ''] = parts;
    const towards = come === '去' ? '去' : come === '到' || come === '至' ? '到' : come ? '来' : '';
    const lead = polite || towards === '来' ? '欢迎' : '可以';
    return dropsBa(`${lead}${towards}${middle}${CALMER_VERB[verb] ?? verb}`);
  }
  if (category === 'grab') return { text: CALMER_VERB[clean] ?? clean, takes: 0 };
  if (category === 'formula') {
    if (/[订定]从速$/.test(clean)) return { text: '欢迎预订', takes: 0 };
    if (/报(?:名)?从速$/.test(clean)) return { text: '欢迎报名', takes: 0 };
    return { text: '欢迎选购', takes: 0 };
  }
  if (category === 'come') {
    if (clean.endsWith('抓紧')) return { text: '别错过', takes: 0 };
    return /来$/.test(clean) ? { text: '欢迎来看看', takes: 0 } : null;
  }
  if (category === 'slang' || category === 'slang-context') {
    if (/上车/.test(clean)) return dropsBa('欢迎上车');
    if (clean === '下单要快') return dropsBa('欢迎下单');
    const calm = listed ?? '值得一试';
    if (after.startsWith('的') || ENDS_ORDER.test(after)) return dropsBa(calm);
    // 闭眼入不亏 → 值得一试，不亏: only where the slang opens its clause.
    const [clauseStart] = clauseAround(text, hit.start, hit.end, span);
    if (after.startsWith('不') && clauseStart === hit.start) return { text: `${calm}，`, takes: 0 };
  }
  return null;
}

function replacement(ctx: RuleContext, start: number, end: number, text: string): Fix {
  return { title: ctx.t({ zh: `改为“${text.replace(/，$/, '')}”`, en: `Replace with “${text.replace(/，$/, '')}”` }), edits: [{ start, end, text }] };
}

function report(ctx: RuleContext, hit: RulePhrase, end: number, softer: string | undefined, fixes: Fix[], weighed: Weighed): void {
  const phrase = ctx.draft.text.slice(hit.start, end);
  const calm = softer?.replace(/，$/, '');
  const message =
    calm !== undefined
      ? ctx.t({ zh: `命令式推销「${phrase}」：换成邀请的口吻，如“${calm}”`, en: `Hard sell “${phrase}”: invite instead, e.g. “${calm}”` })
      : ctx.t({ zh: `命令式推销「${phrase}」`, en: `Hard sell “${phrase}”` });
  ctx.report({
    start: hit.start,
    end,
    message: withWhy(ctx, message, weighed),
    reason: ctx.t({
      zh: '社交平台上，读者是朋友而不是顾客：命令式的催促读起来像硬广告，容易被划走、屏蔽或取关。说清好处，把决定留给读者。',
      en: 'On social platforms readers are friends, not customers: orders to buy read as a naked ad and get scrolled past, muted or unfollowed. Say what is good about it and leave the decision to the reader.',
    }),
    source: ctx.t({ zh: '写作建议（非法规要求）', en: 'Style advice (not a legal requirement)' }),
    alternatives: calm !== undefined ? [calm] : undefined,
    fixes,
    data: { word: phrase, category: hit.category },
    evasive: hit.evasive || [...hit.text].some((c) => c in LOOKALIKE),
    severity: weighed.severity,
  });
}
