import type { WordList } from './types';

/**
 * Words that mark a text as selling something: the vocabulary of retail promotions that any
 * shop assistant, copywriter or shopper would name. Entries with `category: 'discount'` are
 * counted by ad-density as discounts (a price cut named in words), the rest as promo words.
 * Prices and numeric discounts (99元、8.8折、满100减20) are patterns, not words: see
 * `analysis/ad-density.ts`.
 *
 * Source: common Chinese retail promotion vocabulary (促销用语); the selection was made
 * before calibration and checked, not tuned, on ../shared/data (see bench/calibrate.ts).
 */
export const PROMO_WORDS: WordList = {
  id: 'ad-density/promo',
  source: 'Common Chinese retail promotion vocabulary (促销用语); Postlint heuristic',
  entries: [
    // Promotions in general.
    ...[
      '优惠', '特价', '促销', '包邮', '低至', '秒杀', '福利', '限时', '免费领', '免费送',
      '赠送', '赠品', '好礼', '礼品', '送礼', '大酬宾', '酬宾', '回馈', '让利', '清仓', '甩卖',
      '特惠', '钜惠', '巨惠', '团购', '优惠券', '代金券', '现金券', '抵用券', '折扣券', '红包雨',
      '原价', '现价', '售价', '仅售', '仅需', '底价', '最低价', '低价', '会员价', '活动价', '到手价', '出厂价',
      '新品上市', '隆重上市', '盛大开业', '开业大吉', '热销', '爆款', '大促', '店庆', '年货节',
      '新老客户', '新老顾客', '全场', '超值', '不容错过', '数量有限', '名额有限', '售完即止',
      '抽奖', '积分兑换', '双倍积分', '预存', '批发', '招商', '加盟', '厂家直销',
      '免费', '免单', '豪礼', '大礼包', '礼包', '好礼相送', '特卖', '周年庆', '开业庆典', '新款上市', '上新',
      '新品', '首发', '限量', '限购', '一口价', '性价比', '起价', '专享', '尊享', '会员专属',
      '活动期间', '活动时间', '优惠活动', '搞活动', '质量保证', '正品', '实惠', 'vip', '即送', '加送', '再送',
      '开抢', '疯抢', '活动', '开业', '新款', '现货', '到货', '价格最低', '价格极低', '房源', '辅导班', '培训班', '补习班',
      '降价', '急降', '尽享', '老带新', '兼职', '无需抵押', '无须抵押', '套餐', '面议', '相送', '即赠', '获赠', '加赠',
      '惊喜不断', '惊喜多多', '价位', '换购', '在售', '直供', '现金奖励',
      // The classified-ad verbs (分类广告): selling, letting, hiring, enrolling, lending.
      '出售', '急售', '出租', '招租', '转让', '招聘', '诚聘', '招生', '开课', '开班', '贷款', '无抵押', '无担保',
      '低息', '资金周转', '理财产品', '年化收益', '开盘', '认筹', '样板房', '售楼', '主营', '承接', '经营范围', '代办',
      // A shop speaking of itself (本公司/我司 are the officialese list's: the tone summary counts them).
      '本店', '我店', '小店', '门店', '专柜', '旗舰店', '专卖店', '实体店', '本厂', '我厂',
    ].map((word) => ({ word })),
    // Price cuts named in words.
    ...[
      '折扣', '打折', '折上折', '满减', '立减', '直降', '直减', '半价', '第二件半价',
      '买赠', '返现', '返利', '满送', '满赠', '满就送',
    ].map((word) => ({ word, category: 'discount' })),
    // Ordinary senses that contain a promo word.
    { word: '福利院', exempt: true },
    { word: '社会福利', exempt: true },
    { word: '福利彩票', exempt: true },
    { word: '全场比赛', exempt: true },
    { word: '全场观众', exempt: true },
    { word: '全场最佳', exempt: true },
    { word: '免费医疗', exempt: true },
    { word: '出租车', exempt: true },
    ...['招商局', '招商银行', '招商证券', '招商地产'].map((word) => ({ word, exempt: true })),
    // 活动 as a sales promotion (店庆活动), not any activity.
    ...['活动中心', '活动室', '社会活动', '公益活动', '课外活动', '体育活动', '文化活动', '文艺活动', '户外活动', '志愿活动',
      '心理活动', '犯罪活动', '违法活动', '地震活动', '火山活动', '活动范围', '活动能力', '活动量', '活动活动'].map((word) => ({ word, exempt: true })),
    { word: '免费教育', exempt: true },
  ],
};
