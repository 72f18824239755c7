import type { Rule } from '../rule';
import { numberOption } from '../rule';
import { authoredSpans, findMentions, shiftTokens } from '../text';
import { reportOverSuggested } from './overload';

export const mentionOverload: Rule = {
  id: 'mention-overload',
  description: { zh: '@ 过多：点名的人数超过平台建议数量', en: 'Too many @mentions for the platform' },
  defaultSeverity: 'info',
  options: {
    max: { type: 'number', description: "The most @mentions before the rule speaks, replacing the platform's threshold" },
  },
  check(ctx) {
    // findMentions needs an `@` (on X too): most drafts have none.
    if (ctx.draft.text.indexOf('@') < 0) return;
    // Repost chains (//@甲:) and replies (回复@乙:) are attribution the platform writes, not people called on.
    const mentions = authoredSpans(ctx.draft)
      .flatMap((span) => shiftTokens(findMentions(span.text, ctx.platform.syntax.mentions), span.start))
      .filter((m) => !m.attribution);
    const max = Math.max(0, Math.floor(numberOption(ctx, 'max', ctx.platform.thresholds.mentions)));
    if (mentions.length <= max) return;
    reportOverSuggested(ctx, mentions, max, {
      label: { zh: '@ 过多', en: 'Too many @mentions' },
      reason: {
        zh: '一次点名太多人像群发广告：被 @ 的人会收到提醒，频繁被点名的人会反感甚至拉黑。只 @ 和内容真正相关的人。',
        en: 'Calling on many people at once reads like a mass mailing: everyone mentioned gets a notification, and people mentioned too often mute or block. Mention only those the post is really about.',
      },
    });
  },
};
