import { AD_DENSITY_THRESHOLDS } from '../analysis/ad-density';
import { countX, X_DEFAULTS } from '../counting/x';
import type { PlatformProfile } from './profile';

/** X (formerly Twitter). `sources` entries start with what they back, as in weibo.ts. */
export const x: PlatformProfile = {
  id: 'x',
  name: { zh: 'X', en: 'X' },
  count: countX,
  maxImages: 4,
  maxTopics: null,
  // Provisional; X's own advice is one or two hashtags.
  thresholds: { adDensity: AD_DENSITY_THRESHOLDS.x, emoji: 6, topics: 3, mentions: 5 },
  sources: [
    'count: twitter-text parseTweet, config v3: CJK and emoji weigh 2, every URL 23 (twitter/twitter-text config/v3.json)',
    `limit: ${X_DEFAULTS.limit} weighted characters (twitter/twitter-text config/v3.json maxWeightedTweetLength)`,
    'images: 4 images per post (X media upload guidelines, via ayrshare.com/docs/media-guidelines/x_twitter)',
    'thresholds: provisional Postlint defaults, calibrated on ../shared/data (ad-density)',
  ],
};
