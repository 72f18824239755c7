import { countXiaohongshu, countXiaohongshuTitle, XIAOHONGSHU_DEFAULTS, XIAOHONGSHU_TITLE_DEFAULTS } from '../counting/xiaohongshu';
import type { PlatformProfile } from './profile';

/** Xiaohongshu (小红书). `sources` entries start with what they back, as in weibo.ts. */
export const xiaohongshu: PlatformProfile = {
  id: 'xiaohongshu',
  name: { zh: '小红书', en: 'Xiaohongshu' },
  shortName: { zh: '小红书', en: 'Xiaohongshu' },
  summary: {
    zh: `小红书：标题 ${XIAOHONGSHU_TITLE_DEFAULTS.limit} 字，正文 ${XIAOHONGSHU_DEFAULTS.limit} 字`,
    en: `Xiaohongshu: title ${XIAOHONGSHU_TITLE_DEFAULTS.limit}, body ${XIAOHONGSHU_DEFAULTS.limit} characters`,
  },
  aliases: ['xhs', 'rednote', '小红书'],
  fileEndings: ['.xhs'],
  count: countXiaohongshu,
  countTitle: (title) => countXiaohongshuTitle(title),
  // The image cap is not verified from a source we can cite: left to settings (DESIGN.md §1).
  maxImages: null,
  maxTopics: 10,
  syntax: { topics: 'picked-or-typed', mentions: 'nickname', emoticonCodes: true },
  // Provisional; notes are long and tag-heavy by custom, so emoji and topics are looser. ad-density: Weibo's.
  thresholds: { adDensity: 5, emoji: 15, topics: 10, mentions: 5 },
  adDensitySource: {
    zh: '《小红书社区公约》（商业合作须如实标注，不得站外导流；以平台现行规则为准）。分数与阈值为 Postlint 的启发式估计。',
    en: 'Xiaohongshu Community Guidelines (小红书社区公约): disclose commercial partnerships, no diverting users off the platform (check the current rules). The score and threshold are Postlint’s heuristic.',
  },
  sharing: {
    inducements: {
      interactions: ['like', 'collect', 'comment', 'follow', 'tag', 'repost', 'share', 'post'],
      source: {
        zh: '小红书《品牌号社区运营规范》：诱导用户点赞、收藏、分享、关注（如“关注领红包”）',
        en: 'Xiaohongshu brand-account rules (《品牌号社区运营规范》): inducing likes, saves, shares or follows (e.g. “关注领红包”)',
      },
      reason: {
        zh: '小红书把诱导用户点赞、收藏、分享、关注（如“关注领红包”）列为作弊与诱导行为，笔记可能不被推荐、互动数据被清除。想要互动，就让内容本身值得收藏。',
        en: 'Xiaohongshu counts inducing likes, saves, shares or follows (e.g. “关注领红包”) as cheating: the note may lose its reach and its engagement figures. Make the note worth saving instead.',
      },
    },
  },
  card: {
    chrome: { time: '刚刚', expand: '展开', collapse: '收起', ellipsis: '...', footer: ['赞', '收藏', '评论'], commentPlaceholder: '说点什么...', follow: '关注' },
    linksMentions: true,
    // A note shows its images as a swipeable cover, one at a time.
    images: 'cover',
  },
  sources: [
    'count: non-ASCII UTF-16 unit = 2 bytes, ASCII = 1, ceil(bytes/2) (xpzouying/xiaohongshu-mcp pkg/xhsutil/title.go CalcTitleLength)',
    `title: ${XIAOHONGSHU_TITLE_DEFAULTS.limit} characters ("标题不超过 20 个字", xpzouying/xiaohongshu-mcp README)`,
    `limit: body ${XIAOHONGSHU_DEFAULTS.limit} characters ("正文不能超过 1000 个字", xpzouying/xiaohongshu-mcp README)`,
    'fold: none; the feed shows title and cover, the note page the whole body',
    'topics: 10 tags per note (DESIGN.md §1)',
    'thresholds: provisional Postlint defaults, calibrated on ../shared/data (ad-density)',
  ],
};
