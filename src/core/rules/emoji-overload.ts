import type { Rule } from '../rule';
import { numberOption } from '../rule';
import { authoredSpans, findEmoji, findEmoticonCodes, shiftTokens } from '../text';
import { MAY_HOLD_EMOJI } from '../text/emoji';
import type { PostSyntax, TextToken } from '../text';
import { reportOverSuggested } from './overload';

/**
 * Emoji a reader sees: Unicode emoji everywhere, plus the bracket codes ([哈哈], [微笑]) where
 * the platform draws them as picture emoticons (Weibo, WeChat and Xiaohongshu; X shows them as text).
 */
export function visibleEmoji(text: string, syntax: PostSyntax): TextToken[] {
  const codes = syntax.emoticonCodes ? findEmoticonCodes(text) : [];
  return [...findEmoji(text), ...codes].sort((a, b) => a.start - b.start);
}

export const emojiOverload: Rule = {
  id: 'emoji-overload',
  description: { zh: '表情过多：超过平台建议数量的表情', en: 'Too many emoji for the platform' },
  defaultSeverity: 'info',
  options: {
    max: { type: 'number', description: "The most emoji before the rule speaks, replacing the platform's threshold" },
  },
  check(ctx) {
    // Nothing to count without a possible emoji or a `[` (most drafts): no items, nothing to report.
    if (!MAY_HOLD_EMOJI.test(ctx.draft.text) && ctx.draft.text.indexOf('[') < 0) return;
    const max = Math.max(0, Math.floor(numberOption(ctx, 'max', ctx.platform.thresholds.emoji)));
    const items = authoredSpans(ctx.draft).flatMap((span) => shiftTokens(visibleEmoji(span.text, ctx.platform.syntax), span.start));
    if (items.length <= max) return;
    reportOverSuggested(ctx, items, max, {
      label: { zh: '表情过多', en: 'Too many emoji' },
      reason: {
        zh: '表情是调味料：几个能传达语气，成串的表情让文字难读，也更像广告。保留最能表达情绪的几个。',
        en: 'Emoji are seasoning: a few carry the mood, a string of them makes the text hard to read and more like an ad. Keep the ones that say the most.',
      },
    });
  },
};
