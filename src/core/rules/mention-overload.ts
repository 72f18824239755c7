import type { Rule } from '../rule';
import { excessGroups, numberOption } from '../rule';
import { authoredSpans, findMentions, shiftTokens } from '../text';

export const mentionOverload: Rule = {
  id: 'mention-overload',
  description: { zh: '@ 过多：点名的人数超过平台建议数量', en: 'Too many @mentions for the platform' },
  defaultSeverity: 'info',
  docs: 'docs/rules/mention-overload.md',
  check(ctx) {
    // findMentions needs an `@` (on X too): most drafts have none.
    if (ctx.draft.text.indexOf('@') < 0) return;
    // Repost chains (//@甲:) and replies (回复@乙:) are attribution the platform writes, not people called on.
    const mentions = authoredSpans(ctx.draft)
      .flatMap((span) => shiftTokens(findMentions(span.text, ctx.draft.platform), span.start))
      .filter((m) => !m.attribution);
    const max = Math.max(0, Math.floor(numberOption(ctx, 'max', ctx.platform.thresholds.mentions)));
    if (mentions.length <= max) return;
    const platform = ctx.t(ctx.platform.name);
    for (const group of excessGroups(mentions, max)) {
      ctx.report({
        start: group.start,
        end: group.end,
        message: ctx.t({
          zh: `@ 过多：共 ${mentions.length} 个，超过${platform}建议的 ${max} 个${group.items === 1 ? `（这是第 ${group.position} 个）` : `（第 ${group.position} 个起，这里还有 ${group.items} 个）`}`,
          en: `Too many @mentions: ${mentions.length}, more than the ${max} suggested for ${platform}${group.items === 1 ? ` (this is no. ${group.position})` : ` (${group.items} more from no. ${group.position} on)`}`,
        }),
        reason: ctx.t({
          zh: '一次点名太多人像群发广告：被 @ 的人会收到提醒，频繁被点名的人会反感甚至拉黑。只 @ 和内容真正相关的人。',
          en: 'Calling on many people at once reads like a mass mailing: everyone mentioned gets a notification, and people mentioned too often mute or block. Mention only those the post is really about.',
        }),
        source: ctx.t({
          zh: `Postlint 建议值（${platform} ${max} 个，可用规则选项 max 调整）`,
          en: `Postlint's suggested limit (${max} on ${platform}; rule option max)`,
        }),
        fixes: [],
        data: { word: group.items === 1 ? ctx.draft.text.slice(group.start, group.end) : undefined, count: mentions.length, max },
      });
    }
  },
};
