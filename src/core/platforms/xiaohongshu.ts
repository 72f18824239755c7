import { AD_DENSITY_THRESHOLDS } from '../analysis/ad-density';
import { countXiaohongshu, countXiaohongshuTitle, XIAOHONGSHU_DEFAULTS, XIAOHONGSHU_TITLE_DEFAULTS } from '../counting/xiaohongshu';
import type { PlatformProfile } from './profile';

/** Xiaohongshu (小红书). `sources` entries start with what they back, as in weibo.ts. */
export const xiaohongshu: PlatformProfile = {
  id: 'xiaohongshu',
  name: { zh: '小红书', en: 'Xiaohongshu' },
  count: countXiaohongshu,
  countTitle: (title) => countXiaohongshuTitle(title),
  // The image cap is not verified from a source we can cite: left to settings (DESIGN.md §1).
  maxImages: null,
  maxTopics: 10,
  // Provisional; notes are long and tag-heavy by custom, so emoji and topics are looser.
  thresholds: { adDensity: AD_DENSITY_THRESHOLDS.xiaohongshu, emoji: 15, topics: 10, mentions: 5 },
  sources: [
    'count: non-ASCII UTF-16 unit = 2 bytes, ASCII = 1, ceil(bytes/2) (xpzouying/xiaohongshu-mcp pkg/xhsutil/title.go CalcTitleLength)',
    `title: ${XIAOHONGSHU_TITLE_DEFAULTS.limit} characters ("标题不超过 20 个字", xpzouying/xiaohongshu-mcp README)`,
    `limit: body ${XIAOHONGSHU_DEFAULTS.limit} characters ("正文不能超过 1000 个字", xpzouying/xiaohongshu-mcp README)`,
    'fold: none; the feed shows title and cover, the note page the whole body',
    'topics: 10 tags per note (DESIGN.md §1)',
    'thresholds: provisional Postlint defaults, calibrated on ../shared/data (ad-density)',
  ],
};
