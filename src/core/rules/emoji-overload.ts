import type { Rule } from '../rule';
import { excessGroups, numberOption } from '../rule';
import { authoredSpans, findEmoji, findEmoticonCodes, shiftTokens } from '../text';
import { MAY_HOLD_EMOJI } from '../text/emoji';
import type { TextToken } from '../text';

/**
 * Emoji a reader sees: Unicode emoji everywhere, plus the bracket codes ([哈哈], [微笑]) that
 * Weibo, WeChat and Xiaohongshu draw as picture emoticons. X shows `[哈哈]` as text.
 */
export function visibleEmoji(text: string, platform: string): TextToken[] {
  const codes = platform === 'x' ? [] : findEmoticonCodes(text);
  return [...findEmoji(text), ...codes].sort((a, b) => a.start - b.start);
}

export const emojiOverload: Rule = {
  id: 'emoji-overload',
  description: { zh: '表情过多：超过平台建议数量的表情', en: 'Too many emoji for the platform' },
  defaultSeverity: 'info',
  docs: 'docs/rules/emoji-overload.md',
  check(ctx) {
    // Nothing to count without a possible emoji or a `[` (most drafts): no items, nothing to report.
    if (!MAY_HOLD_EMOJI.test(ctx.draft.text) && ctx.draft.text.indexOf('[') < 0) return;
    const max = Math.max(0, Math.floor(numberOption(ctx, 'max', ctx.platform.thresholds.emoji)));
    const items = authoredSpans(ctx.draft).flatMap((span) => shiftTokens(visibleEmoji(span.text, ctx.draft.platform), span.start));
    if (items.length <= max) return;
    const platform = ctx.t(ctx.platform.name);
    for (const group of excessGroups(items, max)) {
      ctx.report({
        start: group.start,
        end: group.end,
        message: ctx.t({
          zh: `表情过多：共 ${items.length} 个，超过${platform}建议的 ${max} 个${group.items === 1 ? `（这是第 ${group.position} 个）` : `（第 ${group.position} 个起，这里还有 ${group.items} 个）`}`,
          en: `Too many emoji: ${items.length}, more than the ${max} suggested for ${platform}${group.items === 1 ? ` (this is no. ${group.position})` : ` (${group.items} more from no. ${group.position} on)`}`,
        }),
        reason: ctx.t({
          zh: '表情是调味料：几个能传达语气，成串的表情让文字难读，也更像广告。保留最能表达情绪的几个。',
          en: 'Emoji are seasoning: a few carry the mood, a string of them makes the text hard to read and more like an ad. Keep the ones that say the most.',
        }),
        source: ctx.t({
          zh: `Postlint 建议值（${platform} ${max} 个，可用规则选项 max 调整）`,
          en: `Postlint's suggested limit (${max} on ${platform}; rule option max)`,
        }),
        fixes: [],
        data: { word: group.items === 1 ? ctx.draft.text.slice(group.start, group.end) : undefined, count: items.length, max },
      });
    }
  },
};
