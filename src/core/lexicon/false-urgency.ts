import type { PhrasePattern } from '../text/patterns';
import type { WordList } from './types';

/**
 * Pressure phrases: fake scarcity, countdowns and threatened price rises that push a reader to
 * act before thinking. When the scarcity or the deadline is not true, the claim is a false or
 * misleading promotion.
 *
 * Sources: 《规范促销行为暂行规定》 (国家市场监督管理总局令第32号, in force 2020-12-01) art. 5:
 * promotions must be true and accurate, with no false or misleading commercial claims;
 * 《价格法》 art. 14 item (4): no false or misleading price tactics to lure buyers (for the
 * "price" category: 随时涨价、明天恢复原价). The list itself is common Chinese sales vocabulary.
 *
 * Categories: scarcity (手慢无、库存告急), once (仅此一次、错过再等一年), price (随时涨价),
 * countdown (倒计时、最后一天). A category ending in `/contextual` holds phrases that are ordinary
 * language outside a sale (春节倒计时、旅行最后一天、这部电影不容错过): they count only when the
 * draft is selling something (`COMMERCE_CUE`).
 */
export const FALSE_URGENCY: WordList = {
  id: 'false-urgency/phrases',
  readsThroughSpellings: true,
  source: '《规范促销行为暂行规定》第五条；《价格法》第十四条第（四）项（价格类）；常见促销催促用语',
  entries: [
    ...[
      '手慢无', '手慢则无', '库存告急', '即将售罄', '抢完为止', '售完即止', '卖完为止', '售完为止', '限量抢购', '再不抢就没了',
      '再不买就没了', '限时秒杀', '限时抢购', '限时特价', '限时优惠', '欲购从速',
    ].map((word) => ({ word, category: 'scarcity' })),
    ...['仅此一次', '仅此一天', '错过再等一年', '错过等一年', '错过再无', '过时不候'].map((word) => ({ word, category: 'once' })),
    ...['随时涨价', '马上涨价', '明天涨价', '明日涨价', '即将涨价', '下周涨价', '恢复原价'].map((word) => ({ word, category: 'price' })),
    // Ordinary language too (最后一波冷空气、票秒光了、这部电影不容错过): only in a draft that sells.
    ...['先到先得', '数量有限', '名额有限', '秒光', '即将抢光', '快抢光了', '最后几件', '晚了就没了'].map((word) => ({
      word,
      category: 'scarcity/contextual',
    })),
    ...['最后一波', '最后机会', '错过不再', '错过就没了', '错过今天', '机不可失', '不容错过', '千万别错过', '机会难得', '时间有限'].map((word) => ({
      word,
      category: 'once/contextual',
    })),
    ...['倒计时', '最后一天'].map((word) => ({ word, category: 'countdown/contextual' })),
  ],
};

/** Numbered scarcity and deadlines: 仅剩3件、只剩最后5个名额、最后2小时、仅限三天、还剩10分钟. */
export const FALSE_URGENCY_PATTERNS: readonly PhrasePattern[] = [
  {
    id: 'only-n-left',
    category: 'scarcity/contextual',
    pattern: /(?:仅剩|只剩|还剩|仅余)(?:最后)?(?:\d+|[一二两三四五六七八九十几]+)(?:件|个|份|台|套|单|名|位|席|张|瓶|盒)(?:名额|库存)?/g,
  },
  { id: 'last-n', category: 'countdown/contextual', pattern: /最后(?:\d+|[一二两三四五六七八九十几]+)(?:小时|分钟|天|件|个名额|单)/g },
  // Not 还剩: 离考试还剩3天、还剩2分钟到24点 are how people talk about time.
  { id: 'only-n-days', category: 'countdown/contextual', pattern: /(?:只有|仅有|仅限|只剩|仅剩)(?:最后)?(?:\d+|[一二两三四五六七八九十几]+)(?:天|小时|分钟)/g },
];

/**
 * Whether a text is selling something: a price, a discount, or the words of a sale. Countdown
 * phrases count only then; 春节倒计时3天，想家了 is not a sales pitch. A heuristic from common
 * retail vocabulary, checked on ../shared/data (see test/unit/rules-calibration.test.ts).
 */
export const COMMERCE_CUE =
  /[¥￥]|\d+(?:\.\d+)?\s*(?:元|块钱)|\d(?:\.\d)?折|优惠|促销|特价|秒杀|抢购|开抢|下单|购买|购物车|包邮|领券|优惠券|原价|现价|库存|售罄|出售|拍下|店铺|旗舰店|专卖店|满减|打折|折扣|清仓|限量|团购|预售|活动价|到手价|福利/;
