import { countX, X_DEFAULTS } from '../counting/x';
import type { PlatformProfile } from './profile';

/** X (formerly Twitter). `sources` entries start with what they back, as in weibo.ts. No card. */
export const x: PlatformProfile = {
  id: 'x',
  name: { zh: 'X', en: 'X' },
  shortName: { zh: 'X', en: 'X' },
  summary: { zh: `X：${X_DEFAULTS.limit} 加权字符（中日韩字符算 2）`, en: `X: ${X_DEFAULTS.limit} weighted characters (CJK counts 2)` },
  aliases: ['twitter'],
  fileEndings: [],
  count: countX,
  maxImages: 4,
  maxTopics: null,
  // twitter-text's hashtags and handles; `[哈哈]` is plain text on X.
  syntax: { topics: 'twitter', mentions: 'twitter', emoticonCodes: false },
  // Provisional; X's own advice is one or two hashtags. ad-density: Weibo's.
  thresholds: { adDensity: 5, emoji: 6, topics: 3, mentions: 5 },
  adDensitySource: {
    zh: 'X 规则：平台操纵与垃圾信息政策；付费合作须披露。分数与阈值为 Postlint 的启发式估计。',
    en: 'The X Rules: platform manipulation and spam policy; paid partnerships must be disclosed. The score and threshold are Postlint’s heuristic.',
  },
  sources: [
    'count: twitter-text parseTweet, config v3: CJK and emoji weigh 2, every URL 23 (twitter/twitter-text config/v3.json)',
    `limit: ${X_DEFAULTS.limit} weighted characters (twitter/twitter-text config/v3.json maxWeightedTweetLength)`,
    'images: 4 images per post (X media upload guidelines, via ayrshare.com/docs/media-guidelines/x_twitter)',
    'thresholds: provisional Postlint defaults, calibrated on ../shared/data (ad-density)',
  ],
};
