import { countWeibo, WEIBO_DEFAULTS } from '../counting/weibo';
import type { PlatformProfile } from './profile';

/**
 * Weibo (新浪微博). Each entry of `sources` starts with what it backs (`count:`, `fold:`,
 * `limit:`, `images:`, `thresholds:`), so a rule can cite the one it relies on.
 */
export const weibo: PlatformProfile = {
  id: 'weibo',
  name: { zh: '微博', en: 'Weibo' },
  shortName: { zh: '微博', en: 'Weibo' },
  summary: {
    zh: `微博：${WEIBO_DEFAULTS.foldAt} 字后折叠，最多 ${WEIBO_DEFAULTS.limit} 字`,
    en: `Weibo: folds after ${WEIBO_DEFAULTS.foldAt} characters, ${WEIBO_DEFAULTS.limit} at most`,
  },
  isDefault: true,
  aliases: ['微博'],
  fileEndings: ['.weibo'],
  count: countWeibo,
  maxImages: 18,
  // Weibo sets no hard cap on #话题#; topic-overload uses thresholds.topics.
  maxTopics: null,
  syntax: { topics: 'pair', mentions: 'nickname', emoticonCodes: true },
  thresholds: {
    // ad-density's threshold, calibrated by `npm run calibrate` (bench/calibrate.ts) on
    // ../shared/data: at 5, SMS ads precision 0.901 and recall 0.801 on the held-out half (0.938 /
    // 0.873 on the tuned half), firing on 1.0% of ordinary Weibo posts; it barely matters between
    // 4 and 6, where the two-kinds gate decides (docs/rules/ad-density.md).
    adDensity: 5,
    emoji: 10,
    topics: 3,
    mentions: 5,
  },
  adDensitySource: {
    zh: '《微博商业行为规范办法》第四条（违规营销管理：影响用户体验的营销推广，限制单条微博曝光）；微博社区公告（2018-11-22：广告须经微博商业渠道发布并备案）。分数与阈值为 Postlint 的启发式估计。',
    en: 'Weibo Commercial Conduct Rules (微博商业行为规范办法) art. 4: marketing that degrades user experience gets its exposure limited; Weibo community notice of 2018-11-22: ads must go through Weibo’s commercial channels and be filed. The score and threshold are Postlint’s heuristic.',
  },
  sharing: {
    prizeActivities: {
      // Weibo's own interactions, which its prize activities run on.
      interactions: ['repost', 'post', 'discuss', 'tag', 'like', 'comment', 'collect', 'follow', 'quiz'],
      source: {
        zh: '《微博商业行为规范办法》第二条（有奖活动须写清活动规则、活动奖品、开奖时间）',
        en: 'Weibo Commercial Conduct Rules (《微博商业行为规范办法》) art. 2: prize activities must state their rules, prizes and draw date',
      },
      reason: {
        zh: '微博的有奖活动须准确、清楚地写明活动规则、活动奖品和开奖时间，开奖后一次性发放奖品；现金奖品要经 @微博抽奖平台 开奖。同一句话发到朋友圈就是诱导分享。',
        en: 'Weibo prize activities must state their rules, prizes and draw date, and pay out at once; cash prizes go through @微博抽奖平台. The same line on WeChat Moments is induced sharing.',
      },
      example: '写明规则、奖品和开奖时间，例如：3月15日20:00由微博抽奖平台抽3位送挂耳咖啡礼盒',
    },
  },
  card: {
    chrome: { time: '刚刚', expand: '全文', collapse: '收起', ellipsis: '...', footer: ['转发', '评论', '赞'] },
    // Weibo shows every web link as a link icon and this label (DESIGN.md §3).
    linkLabel: '网页链接',
    linksMentions: true,
    // Nine tiles in a 3×3 grid, `+N` on the ninth when a post has more (it takes 18).
    images: 'grid-more',
  },
  sources: [
    'count: Sina web client STK utils.count + utils.str.bLength (annalihan/steelProj src/js/utils/count.js, src/js/utils/str/bLength.js); https treated like http',
    `fold: timeline shows the first ${WEIBO_DEFAULTS.foldAt} characters, then "...全文" (fortune.com, 2016-01-21)`,
    `limit: ${WEIBO_DEFAULTS.limit} characters per post (fortune.com, 2016-01-21)`,
    'images: 18 images per post (nondanee/weiboPicDownloader#51)',
    'thresholds: provisional Postlint defaults, calibrated on ../shared/data (ad-density)',
  ],
};
