import { AD_DENSITY_THRESHOLDS } from '../analysis/ad-density';
import { countMoments, MOMENTS_DEFAULTS, MOMENTS_LINE_WIDTH } from '../counting/moments';
import type { PlatformProfile } from './profile';

/** WeChat Moments (朋友圈). `sources` entries start with what they back, as in weibo.ts. */
export const moments: PlatformProfile = {
  id: 'moments',
  name: { zh: '朋友圈', en: 'WeChat Moments' },
  count: countMoments,
  maxImages: 9,
  // Moments has no #topics#; a # there is plain text.
  maxTopics: null,
  // Provisional; stricter than Weibo: Moments is a feed of friends, an ad there costs more.
  thresholds: { adDensity: AD_DENSITY_THRESHOLDS.moments, emoji: 6, topics: 2, mentions: 3 },
  sources: [
    `count: visual lines, ~${MOMENTS_LINE_WIDTH} full-width characters per line, half-width counts ½, each line break starts a line (Postlint model, DESIGN.md §1)`,
    `fold: typed text shows about 5–6 lines, then "全文"; pasted text longer than ~6 lines is folded to one line (Tencent: "粘贴复制的内容会被折叠更多"); model folds after ${MOMENTS_DEFAULTS.foldAt} lines`,
    'limit: none published by WeChat; set rules.length.options.limit (in lines) to enforce one',
    'images: 9 images per post (WechatEnhancement#84)',
    'thresholds: provisional Postlint defaults, calibrated on ../shared/data (ad-density)',
  ],
};
