import type { Rule } from '../rule';
import { numberOption } from '../rule';
import { authoredSpans, findTopics, shiftTokens } from '../text';

export const topicOverload: Rule = {
  id: 'topic-overload',
  description: {
    zh: '话题过多：#话题# 或标签超过平台建议数量（小红书最多 10 个）',
    en: 'Too many #topics# or tags for the platform (Xiaohongshu allows 10)',
  },
  defaultSeverity: 'info',
  docs: 'docs/rules/topic-overload.md',
  check(ctx) {
    // findTopics needs a `#` (on X too): most drafts have none, and then nothing else is worked out.
    if (ctx.draft.text.indexOf('#') < 0) return;
    const platformId = ctx.draft.platform;
    const topics = authoredSpans(ctx.draft).flatMap((span) => shiftTokens(findTopics(span.text, platformId), span.start));
    const max = Math.max(0, Math.floor(numberOption(ctx, 'max', ctx.platform.thresholds.topics)));
    const cap = ctx.platform.maxTopics;
    const platform = ctx.t(ctx.platform.name);
    // Profiles list their sources as `topics: …` lines; cite the one behind the cap.
    const capSource = ctx.platform.sources.find((s) => s.startsWith('topics:'))?.slice('topics:'.length).trim();
    topics.forEach((topic, i) => {
      const overCap = cap !== null && i >= cap;
      if (!overCap && i < max) return;
      ctx.report({
        start: topic.start,
        end: topic.end,
        message: overCap
          ? ctx.t({
              zh: `话题超出上限：${platform}每篇最多 ${cap} 个，这里有 ${topics.length} 个（这是第 ${i + 1} 个）`,
              en: `Over the topic limit: ${platform} allows ${cap} per post, this draft has ${topics.length} (this is no. ${i + 1})`,
            })
          : ctx.t({
              zh: `话题过多：共 ${topics.length} 个，超过${platform}建议的 ${max} 个（这是第 ${i + 1} 个）`,
              en: `Too many topics: ${topics.length}, more than the ${max} suggested for ${platform} (this is no. ${i + 1})`,
            }),
        reason: overCap
          ? ctx.t({
              zh: '超出平台上限的话题不会按话题处理，发布时还可能被拦下。留下最贴切的几个。',
              en: 'Topics past the platform’s limit are not treated as topics and may stop the post from publishing. Keep the most fitting ones.',
            })
          : ctx.t({
              zh: '话题太多会挤掉正文、显得在蹭热度，读者和平台都不买账。两三个贴切的话题最有用。',
              en: 'A pile of topics crowds out the text and looks like chasing trends; readers and platforms both discount it. Two or three fitting topics work best.',
            }),
        source: overCap
          ? ctx.t({ zh: `${platform}平台规则：每篇最多 ${cap} 个话题`, en: `${platform} platform rule: at most ${cap} topics per post` }) +
            (capSource ? ` (${capSource})` : '')
          : ctx.t({
              zh: `Postlint 建议值（${platform} ${max} 个，可用规则选项 max 调整）`,
              en: `Postlint's suggested limit (${max} on ${platform}; rule option max)`,
            }),
        severity: overCap ? 'warning' : undefined,
        fixes: [],
        data: { word: topic.text, count: topics.length, max, cap },
      });
    });
  },
};
