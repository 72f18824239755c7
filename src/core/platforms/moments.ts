import { countMoments, MOMENTS_DEFAULTS, MOMENTS_LINE_WIDTH } from '../counting/moments';
import type { PlatformProfile } from './profile';

/** WeChat Moments (朋友圈). `sources` entries start with what they back, as in weibo.ts. */
export const moments: PlatformProfile = {
  id: 'moments',
  name: { zh: '朋友圈', en: 'WeChat Moments' },
  shortName: { zh: '朋友圈', en: 'Moments' },
  summary: { zh: `朋友圈：约 ${MOMENTS_DEFAULTS.foldAt} 行后折叠`, en: `WeChat Moments: folds after about ${MOMENTS_DEFAULTS.foldAt} lines` },
  aliases: ['wechat', '朋友圈'],
  fileEndings: ['.moments'],
  count: countMoments,
  maxImages: 9,
  // Moments has no #topics#; a # there is plain text.
  maxTopics: null,
  // WeChat 8.0 links typed `#名称`; @names are not linked in the text (the card does not style them).
  syntax: { topics: 'typed', mentions: 'nickname', emoticonCodes: true },
  // Provisional; stricter than Weibo: Moments is a feed of friends, an ad there costs more.
  thresholds: { adDensity: 4, emoji: 6, topics: 2, mentions: 3 },
  adDensitySource: {
    zh: '《微信外部链接内容管理规范》（广告及垃圾信息、诱导分享属违规内容）。朋友圈是熟人关系场，Postlint 对它用更严的阈值；分数与阈值为 Postlint 的启发式估计。',
    en: 'WeChat External Link Content Rules (微信外部链接内容管理规范): ads/spam and induced sharing are violations. Moments is a circle of acquaintances, so Postlint applies a stricter threshold; the score and threshold are Postlint’s heuristic.',
  },
  // WeChat enforces its induced-sharing clause here: links stopped, share interfaces or accounts
  // banned (《微信外部链接内容管理规范》, 2019-10-28 upgrade, clause 1.2); elsewhere it is advice.
  ruleSeverity: { 'induced-sharing': 'error' },
  card: {
    chrome: { time: '刚刚', expand: '全文', collapse: '收起', ellipsis: '', footer: [], more: '··' },
    linksMentions: false,
    // Up to nine tiles; Moments cannot post more, so nothing hides.
    images: 'grid',
  },
  sources: [
    `count: visual lines, ~${MOMENTS_LINE_WIDTH} full-width characters per line, half-width counts ½, each line break starts a line (Postlint model, DESIGN.md §1)`,
    `fold: typed text shows about 5–6 lines, then "全文"; pasted text longer than ~6 lines is folded to one line (Tencent: "粘贴复制的内容会被折叠更多"); model folds after ${MOMENTS_DEFAULTS.foldAt} lines`,
    'limit: none published by WeChat; set rules.length.options.limit (in lines) to enforce one',
    'images: 9 images per post (WechatEnhancement#84)',
    'thresholds: provisional Postlint defaults, calibrated on ../shared/data (ad-density)',
  ],
};
