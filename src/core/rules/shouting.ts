import type { Rule, RuleContext } from '../rule';
import { numberOption } from '../rule';
import type { TextSpan } from '../types';
import { eachMatch, findEmoticonCodes, findMentions, findTopics, findUrls, foldedAllowedWords, overlapsAnyOf, authoredSpans } from '../text';
import { foldText } from '../lexicon/matcher';
import type { TextToken } from '../text';

/**
 * English words that shout when written in capitals. A capitalised word outside this list is
 * usually a brand or a name (MARTINI, STARBUCKS, FANCL on real Weibo posts) and is left alone.
 */
const SHOUT_WORDS = new Set([
  'SALE', 'FREE', 'WOW', 'OMG', 'AMAZING', 'AWESOME', 'HURRY', 'CRAZY', 'PERFECT', 'URGENT', 'ALERT', 'LIMITED',
  'EXCLUSIVE', 'MUST', 'BUY', 'NOW', 'OFF', 'DEAL', 'DEALS', 'SAVE', 'CHEAP', 'COOL', 'LOVE', 'YES', 'YEAH', 'HOT',
]);

const MARK_RUN = /[!！?？]+/g;
/** Whether a text has a mark at all: most drafts have no run to look for. */
const ANY_MARK = /[!！?？]/;
/** Capitalised words joined by single spaces: `BUY NOW`, `I LOVE IT`, not `iPHONE` or `NO.1`. */
const CAPS_RUN = /(?<![A-Za-z0-9])[A-Z]+(?: [A-Z]+)*(?![A-Za-z0-9])/g;
const ANY_CAPITAL = /[A-Z]/;
const BRACKET_STACK = /(?:【[^【】\r\n]{0,30}】[ \t\u3000]*)+/g;

export const shouting: Rule = {
  id: 'shouting',
  description: {
    zh: '喊叫：连串的！！！/？？？、全大写英文、成堆的【】',
    en: 'Shouting: runs of !!! / ???, ALL-CAPS words, stacks of 【】 labels',
  },
  defaultSeverity: 'info',
  options: {
    maxRun: { type: 'number', description: 'Longest run of ！/？/!/? marks allowed (default 2)' },
    maxBrackets: { type: 'number', description: 'Most 【】 labels allowed in a row (default 2)' },
    caps: { type: 'boolean', description: 'false turns the capitals check off' },
  },
  check(ctx) {
    const maxRun = Math.max(1, numberOption(ctx, 'maxRun', 2));
    const maxBrackets = Math.max(1, numberOption(ctx, 'maxBrackets', 2));
    const checkCaps = ctx.options.caps !== false;
    for (const span of authoredSpans(ctx.draft)) {
      const urls = findUrls(span.text);
      markRuns(ctx, span, urls, maxRun);
      if (checkCaps) {
        capitalRuns(ctx, span, () => [
          ...urls,
          ...findMentions(span.text, ctx.platform.syntax.mentions),
          ...findTopics(span.text, ctx.platform.syntax.topics),
          ...findEmoticonCodes(span.text),
        ]);
      }
      bracketStacks(ctx, span, maxBrackets);
    }
  },
};

const REASON = {
  zh: '一连串的感叹号、问号和大写字母读起来像在喊叫：多了显得急躁、廉价，像硬广告。一个标点就够表达语气。',
  en: 'Runs of exclamation or question marks and capital letters read as shouting: hurried, cheap, like a naked ad. One mark carries the tone.',
};
const SOURCE = { zh: '写作建议（非法规要求）', en: 'Style advice (not a legal requirement)' };

function markRuns(ctx: RuleContext, span: TextSpan, urls: readonly TextToken[], maxRun: number): void {
  if (!ANY_MARK.test(span.text)) return;
  const inLink = overlapsAnyOf(urls);
  eachMatch(MARK_RUN, span.text, (m) => {
    const run = m[0];
    if (run.length <= maxRun) return;
    const start = span.start + m.index;
    const end = start + run.length;
    if (inLink(m.index, m.index + run.length)) return;
    const collapsed = collapseMarks(run);
    ctx.report({
      start,
      end,
      message: ctx.t({ zh: `连续 ${run.length} 个标点「${run}」像在喊叫`, en: `${run.length} marks in a row (“${run}”) read as shouting` }),
      reason: ctx.t(REASON),
      source: ctx.t(SOURCE),
      fixes: [
        {
          title: ctx.t({ zh: `合并为“${collapsed}”`, en: `Collapse to “${collapsed}”` }),
          edits: [{ start, end, text: collapsed }],
        },
      ],
      data: { word: run },
    });
  });
}

/**
 * One of each mark the run uses, in the order they first appear and in the width first written:
 * `！！！` → `！`, `!!!` → `!`, `？！！` → `？！`, `?!?!` → `?!`.
 */
export function collapseMarks(run: string): string {
  let out = '';
  let bang = false;
  let question = false;
  for (const c of run) {
    if ((c === '!' || c === '！') && !bang) {
      bang = true;
      out += c;
    } else if ((c === '?' || c === '？') && !question) {
      question = true;
      out += c;
    }
  }
  return out;
}

/**
 * `namedTokens` (links, mentions, topics, [表情] codes, whose capitals are names) is asked only
 * for a run that shouts; most capitals are brands and never get that far.
 */
function capitalRuns(ctx: RuleContext, span: TextSpan, namedTokens: () => TextToken[]): void {
  if (!ANY_CAPITAL.test(span.text)) return;
  let isNamed: ((start: number, end: number) => boolean) | null = null;
  let allowed: Set<string> | null = null;
  eachMatch(CAPS_RUN, span.text, (m) => {
    const words = m[0].split(' ');
    // A sentence in capitals (I LOVE IT SO MUCH) shouts whatever its words; a name rarely runs to three words.
    const sentence = words.length >= 3 && words.join('').length >= 8;
    if (!sentence && !words.some((w) => SHOUT_WORDS.has(w))) return;
    allowed ??= foldedAllowedWords(ctx.config.allow);
    if (allowed.has(foldText(m[0]))) return;
    if (!sentence && !words.some((w) => SHOUT_WORDS.has(w) && !allowed!.has(foldText(w)))) return;
    if ((isNamed ??= overlapsAnyOf(namedTokens()))(m.index, m.index + m[0].length)) return;
    const start = span.start + m.index;
    ctx.report({
      start,
      end: start + m[0].length,
      message: ctx.t({ zh: `全大写英文「${m[0]}」像在喊叫`, en: `ALL-CAPS “${m[0]}” reads as shouting` }),
      reason: ctx.t(REASON),
      source: ctx.t(SOURCE),
      fixes: [],
      data: { word: m[0] },
    });
  });
}

function bracketStacks(ctx: RuleContext, span: TextSpan, maxBrackets: number): void {
  if (span.text.indexOf('【') < 0) return;
  eachMatch(BRACKET_STACK, span.text, (m) => {
    const stack = m[0].trimEnd();
    const count = stack.split('【').length - 1;
    if (count <= maxBrackets) return;
    const start = span.start + m.index;
    ctx.report({
      start,
      end: start + stack.length,
      message: ctx.t({ zh: `${count} 个【】标签堆在一起，像促销海报`, en: `${count} 【】 labels stacked together read like a sales poster` }),
      reason: ctx.t({
        zh: '成串的【限时】【包邮】【正品】像贴满标签的海报，读者一眼认出是广告。留一个最要紧的，其余写进句子里。',
        en: 'A row of 【限时】【包邮】【正品】 looks like a poster covered in stickers, and readers spot the ad at once. Keep the one that matters and put the rest into sentences.',
      }),
      source: ctx.t(SOURCE),
      fixes: [],
      data: { word: stack, count },
    });
  });
}
