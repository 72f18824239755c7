import type { WordList } from './types';

/**
 * Words that mark a text as selling something, grouped by what they sell with. Each entry's
 * `category` is the ad-density signal it counts as (`promo` when it has none):
 *
 * - `promo`: the vocabulary of retail promotions (特价、包邮、秒杀、清仓) and the classified-ad
 *   verbs (出售、出租、转让);
 * - `discount`: a price cut named in words (打折、满减、半价、返点);
 * - `gift`: gifts and prize draws (赠送、礼品、抽奖);
 * - `member`: member perks (会员、VIP、贵宾、专享、积分);
 * - `event`: sales events (开业、店庆、周年庆、新品上市), the shopping festivals retailers made of
 *   dates (女人节/女神节/女王节 for 8 March, 双十一、双十二), a 活动 only when the words around it make
 *   it a sales one (活动期间、优惠活动、活动进行中: a bare 活动 is any activity — a charity screening,
 *   a film contest — and counted alone it fired on news more often than on ads), and 答谢 (a
 *   customer-appreciation sale, 感恩答谢、答谢会);
 * - `customer`: the reader addressed as the sender's customer (尊敬的会员、亲爱的顾客、新老客户、
 *   各位家长): the salutation of a commercial message. Alone it is one signal, so a service notice
 *   that opens 尊敬的客户 does not fire; with an offer it makes a second kind;
 * - `business`: a shop or firm presenting what it sells (本店、专柜、主营、专业生产、厂家直销);
 * - `finance`, `property`, `course`, `jobs`, `gambling`: the trades that fill China's
 *   commercial SMS and classified ads — loans and wealth products, new flats, cram schools,
 *   hiring and franchising, online casinos. Their words name an offer, not a topic: 贷款、首付、
 *   户型、冲刺班、招聘、彩金, not 银行、房子、学校、工作.
 *
 * Prices and numeric discounts (99元、8.8折、满100减20) and floor areas (xx-xxx㎡) are patterns,
 * not words: see `ad-signals.ts`.
 *
 * Source: common Chinese retail, property, education, finance and recruitment advertising
 * vocabulary (促销用语、地产/教育/金融广告常用语); Postlint heuristic. Each word was chosen as
 * one a copywriter would list for its trade; bench/calibrate.ts checks the lists on the even
 * rows of a public SMS corpus and reports the odd rows held out.
 */
const CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  promo: [
    '优惠', '特价', '促销', '包邮', '低至', '秒杀', '福利', '限时', '特惠', '钜惠', '巨惠', '大酬宾', '酬宾', '回馈', '让利',
    '清仓', '甩卖', '特卖', '团购', '优惠券', '代金券', '现金券', '抵用券', '折扣券', '红包雨', '原价', '现价', '售价', '仅售',
    '仅需', '底价', '最低价', '低价', '活动价', '到手价', '出厂价', '热销', '爆款', '全场', '超值', '不容错过', '数量有限',
    '名额有限', '售完即止', '预存', '免费', '限量', '限购', '一口价', '性价比', '起价', '质量保证', '正品', '实惠',
    '开抢', '疯抢', '新款', '现货', '到货', '价格最低', '价格极低', '降价', '急降', '尽享', '老带新', '套餐', '面议', '价位',
    '换购', '在售', '惊喜不断', '惊喜多多', '现金奖励', '好消息',
    // The classified-ad verbs (分类广告): selling, letting, transferring.
    '出售', '急售', '出租', '招租', '转让', '代办',
  ],
  discount: [
    '免单', '折扣', '打折', '折上折', '满减', '立减', '直降', '直减', '半价', '第二件半价', '买赠', '返现', '返利', '返点', '满送',
    '满赠', '满就送',
  ],
  gift: [
    '赠送', '赠品', '好礼', '礼品', '送礼', '豪礼', '大礼包', '礼包', '好礼相送', '相送', '相赠', '即送', '加送', '再送', '还送',
    '即赠', '获赠', '加赠', '免费领', '免费送', '礼券', '奖品', '抽奖', '幸运大奖', '砸金蛋', '刮刮乐',
  ],
  member: ['会员', 'vip', '贵宾', '专享', '尊享', '会员价', '会员专属', '会员日', '会员卡', '积分', '积分兑换', '双倍积分', '储值卡', '办卡'],
  event: [
    '活动期', '活动期间', '活动时间', '活动正在进行', '活动进行中', '活动即将开始', '活动火热', '活动多多', '优惠活动', '促销活动',
    '抽奖活动', '团购活动', '搞活动', '开业', '盛大开业', '开业大吉', '开业庆典', '店庆', '周年庆', '年货节', '大促', '答谢',
    '女人节', '女神节', '女王节', '女生节', '双十一', '双11', '双十二', '双12', '新品上市', '隆重上市', '新款上市', '新品', '上新',
    '首发', '火热进行中', '火爆进行中', '盛大开幕',
  ],
  business: [
    '本店', '我店', '小店', '门店', '专柜', '旗舰店', '专卖店', '实体店', '本厂', '我厂', '厂家直销', '厂家直供', '直供', '批发',
    '主要生产', '生产销售', '专业维修', '代销', '上门服务', '送货上门', '一站式',
    '主营', '承接', '经营范围', '专业生产', '专业销售', '专业从事', '专业承接', '专业承办', '专业提供', '欢迎新老客户',
  ],
  finance: [
    '贷款', '无抵押', '无须抵押', '无需抵押', '无担保', '低息', '资金周转', '信用贷', '信用借款', '放款', '下款', '额度',
    '理财产品', '理财顾问', '理财经理', '年化收益', '年化', '收益率', '年收益', '保本', '利息低', '当天放款', '快速放款',
    '快速审批', '快速到账', '快速到帐',
  ],
  property: [
    '楼盘', '户型', '首付', '样板房', '样板间', '售楼', '开盘', '认筹', '加推', '学区房', '精装修', '现房', '准现房',
    '一手房', '得房率', '房源', '商铺', '旺铺', '铺位', '洋房', '特价房', '看房', '置业顾问', '投资回报',
  ],
  course: [
    '招生', '报读', '开班', '开课', '试听', '辅导班', '培训班', '补习班', '冲刺班', '提高班', '尖子班', '培优', '周末班', '寒假班',
    '暑假班', '春季班', '秋季班', '精品班', '一对一辅导', '小班授课', '上门家教', '师资', '名师', '提分', '提高成绩', '学费',
  ],
  customer: [
    '尊敬的客户', '尊敬的会员', '尊敬的顾客', '尊敬的用户', '尊敬的业主', '尊敬的家长', '尊敬的贵宾', '亲爱的会员', '亲爱的顾客',
    '亲爱的客户', '亲爱的用户', '新老客户', '新老顾客', '老客户', '老顾客', '老业主', '各位家长', '各位顾客', '广大客户', '广大顾客',
    '广大消费者',
  ],
  jobs: ['招聘', '诚聘', '高薪诚聘', '兼职', '招商', '加盟', '诚招代理', '待遇从优', '待遇优厚', '底薪', '提成', '包吃住', '五险一金'],
  // With the lottery-tip trade's 六合彩/特码 (paid "tips" for the Hong Kong Mark Six draw).
  gambling: ['特码', '六合彩', '博彩', '娱乐城', '彩金', '注册送', '首存', '百家乐', '真人娱乐'],
};

/** Ordinary senses that contain one of the words above. */
const EXEMPT: readonly string[] = [
  '福利院', '社会福利', '福利彩票', '全场比赛', '全场观众', '全场最佳', '免费医疗', '免费教育', '出租车',
  '招商局', '招商银行', '招商证券', '招商地产',
  // 会员 of the United Nations.
  '会员国',
];

export const PROMO_WORDS: WordList = {
  id: 'ad-density/promo',
  source: 'Common Chinese retail, property, education, finance and recruitment advertising vocabulary (促销用语); Postlint heuristic',
  entries: [
    ...Object.entries(CATEGORIES).flatMap(([category, words]) =>
      words.map((word) => (category === 'promo' ? { word } : { word, category })),
    ),
    ...EXEMPT.map((word) => ({ word, exempt: true })),
  ],
};

/**
 * A business naming itself (本公司、我司、…有限公司): a `business` signal only when the text also
 * gives a way to reach it — a phone number or WeChat id, an address, a link, a bank account.
 * A firm that introduces itself and says how to get in touch is advertising itself (the
 * classic 公司简介 + 联系方式 of a business card or a trade directory); a firm named in news
 * (…有限公司发布公告), or a company notice to its customers (本公司将于下周一进行系统升级), gives
 * no way to reach it and does not count.
 *
 * Source: the layout of Chinese company introductions and business cards (公司简介、联系方式);
 * Postlint heuristic.
 */
export const SELF_INTRODUCTION: WordList = {
  id: 'ad-density/self-introduction',
  source: 'Chinese company self-introductions (本公司、我司、…有限公司) with contact details; Postlint heuristic',
  entries: ['本公司', '我公司', '我司', '有限公司', '有限责任公司', '股份有限公司'].map((word) => ({ word })),
};
