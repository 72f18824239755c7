import { AD_DENSITY_THRESHOLDS } from '../analysis/ad-density';
import { countWeibo, WEIBO_DEFAULTS } from '../counting/weibo';
import type { PlatformProfile } from './profile';

/**
 * Weibo (新浪微博). Each entry of `sources` starts with what it backs (`count:`, `fold:`,
 * `limit:`, `images:`, `thresholds:`), so a rule can cite the one it relies on.
 */
export const weibo: PlatformProfile = {
  id: 'weibo',
  name: { zh: '微博', en: 'Weibo' },
  count: countWeibo,
  maxImages: 18,
  // Weibo sets no hard cap on #话题#; topic-overload uses thresholds.topics.
  maxTopics: null,
  // Provisional: ad-density is calibrated on ../shared/data by its owner (Moments stricter).
  thresholds: { adDensity: AD_DENSITY_THRESHOLDS.weibo, emoji: 10, topics: 3, mentions: 5 },
  sources: [
    'count: Sina web client STK utils.count + utils.str.bLength (annalihan/steelProj src/js/utils/count.js, src/js/utils/str/bLength.js); https treated like http',
    `fold: timeline shows the first ${WEIBO_DEFAULTS.foldAt} characters, then "...全文" (fortune.com, 2016-01-21)`,
    `limit: ${WEIBO_DEFAULTS.limit} characters per post (fortune.com, 2016-01-21)`,
    'images: 18 images per post (nondanee/weiboPicDownloader#51)',
    'thresholds: provisional Postlint defaults, calibrated on ../shared/data (ad-density)',
  ],
};
