import type { Rule } from '../rule';
import { numberOption } from '../rule';
import { authoredSpans, findTopics, shiftTokens } from '../text';
import { excessPosition, reportExcess, reportOverSuggested } from './overload';

export const topicOverload: Rule = {
  id: 'topic-overload',
  description: {
    zh: '话题过多：#话题# 或标签超过平台建议数量（小红书最多 10 个）',
    en: 'Too many #topics# or tags for the platform (Xiaohongshu allows 10)',
  },
  defaultSeverity: 'info',
  options: {
    max: { type: 'number', description: "The most topics before the rule speaks, replacing the platform's threshold" },
  },
  check(ctx) {
    // findTopics needs a `#` (on X too): most drafts have none, and then nothing else is worked out.
    if (ctx.draft.text.indexOf('#') < 0) return;
    const syntax = ctx.platform.syntax.topics;
    const topics = authoredSpans(ctx.draft).flatMap((span) => shiftTokens(findTopics(span.text, syntax), span.start));
    const max = Math.max(0, Math.floor(numberOption(ctx, 'max', ctx.platform.thresholds.topics)));
    const cap = ctx.platform.maxTopics;
    const overCap = cap !== null && topics.length > cap;
    if (topics.length <= max && !overCap) return;
    // Two tiers, each capped like the other overload rules: past the suggested `max` (information)
    // up to the platform's hard cap, then past the cap (warning) for the rest.
    reportOverSuggested(
      ctx,
      topics,
      max,
      {
        label: { zh: '话题过多', en: 'Too many topics' },
        reason: {
          zh: '话题太多会挤掉正文、显得在蹭热度，读者和平台都不买账。两三个贴切的话题最有用。',
          en: 'A pile of topics crowds out the text and looks like chasing trends; readers and platforms both discount it. Two or three fitting topics work best.',
        },
      },
      cap ?? undefined,
    );
    if (!overCap) return;
    const platform = ctx.t(ctx.platform.name);
    // Profiles list their sources as `topics: …` lines; cite the one behind the cap.
    const capSource = ctx.platform.sources.find((s) => s.startsWith('topics:'))?.slice('topics:'.length).trim();
    const reason = ctx.t({
      zh: '超出平台上限的话题不会按话题处理，发布时还可能被拦下。留下最贴切的几个。',
      en: 'Topics past the platform’s limit are not treated as topics and may stop the post from publishing. Keep the most fitting ones.',
    });
    const source =
      ctx.t({ zh: `${platform}平台规则：每篇最多 ${cap} 个话题`, en: `${platform} platform rule: at most ${cap} topics per post` }) +
      (capSource ? ` (${capSource})` : '');
    reportExcess(ctx, {
      items: topics,
      threshold: cap,
      finding: (group) => ({
        message:
          ctx.t({
            zh: `话题超出上限：${platform}每篇最多 ${cap} 个，这里有 ${topics.length} 个`,
            en: `Over the topic limit: ${platform} allows ${cap} per post, this draft has ${topics.length}`,
          }) + excessPosition(ctx, group),
        reason,
        source,
        severity: 'warning',
        fixes: [],
        data: { word: group.items === 1 ? ctx.draft.text.slice(group.start, group.end) : undefined, count: topics.length, max, cap },
      }),
    });
  },
};
