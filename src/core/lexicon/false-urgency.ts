import type { PhrasePattern } from '../text/patterns';
import type { WordList } from './types';

/**
 * False urgency (issue 11): fake scarcity, now-or-never claims, threatened price rises, today-only
 * prices and countdowns that push a reader to buy before thinking. Recognised by their grammar —
 * a trigger and what it governs (仅剩 + a number + a unit of goods, 最后 + a span of time,
 * a near date + 涨价) — with the ordinary senses as exceptions; the word list below holds the
 * set phrases a pattern cannot spell out (手慢无、错过再等一年).
 *
 * Sources:
 * - 《规范促销行为暂行规定》(国家市场监督管理总局令第32号, in force 2020-12-01) 第五条: a promotion
 *   must be "真实准确，清晰醒目标示活动信息", with no false or misleading commercial claims;
 * - 《价格法》第十四条第（四）项: no "虚假的或者使人误解的价格手段" to lure buyers (price rises);
 * - 《明码标价和禁止价格欺诈规定》(国家市场监督管理总局令第56号, in force 2022-07-01) 第十九条第（四）项:
 *   no "欺骗性、误导性的语言、文字…标示价格以及其他价格信息" (a price said to rise or return when
 *   it will not);
 * - the phrases: common Chinese sales vocabulary, checked on the SMS ads, Weibo posts and ad copy
 *   in ../shared/data (bench/devset/false-urgency.md).
 *
 * Categories are `<kind>/<strength>`. Kinds: `scarcity`, `once` (now or never), `price` (a price
 * rise), `today` (a today-only price), `countdown` (last days, countdowns, deadlines), `limited`
 * (a limited-time offer). Strength `self`: the phrase sells by itself (手慢无、明天恢复原价); it is
 * reported in any draft. Strength `context`: ordinary language outside a sale (春节倒计时、最后一天
 * 上班、学位名额有限): reported in a selling draft, as info where the draft could be read either way,
 * not at all in a draft that sells nothing — unless its own sentence names the sale (活动最后2小时).
 * Strength `sale`: a deadline counts only where its sentence names the sale (年终大促今晚收官; not
 * 学习还有x次就要结束了 in a school's ad, nor 作业今晚12点截止).
 * A pattern category ending in `/pure` is pure pressure with no fact in it (送完为止、名额有限): the
 * rule offers to delete it, as it does the list's scarcity, now-or-never and price phrases.
 */
export type UrgencyKind = 'scarcity' | 'once' | 'price' | 'today' | 'countdown' | 'limited';
export type UrgencyStrength = 'self' | 'context' | 'sale';

const entries = (category: string, words: readonly string[]) => words.map((word) => ({ word, category }));

export const FALSE_URGENCY: WordList = {
  id: 'false-urgency/phrases',
  readsThroughSpellings: true,
  source: '《规范促销行为暂行规定》第五条；《价格法》第十四条第（四）项；《明码标价和禁止价格欺诈规定》第十九条第（四）项；常见促销催促用语',
  entries: [
    ...entries('scarcity/self', [
      '手慢无', '手慢则无', '手快有手慢无', '库存告急', '库存紧张', '即将售罄', '即将抢光', '快抢光了', '快卖光了', '晚了就没了',
      '晚了就没有了', '先抢先得', '售完即止', '满班即止', '额满即止', '报满即止', '名额递减', '货量有限',
    ]),
    ...entries('scarcity/context', ['先到先得', '先来先得', '所剩无几', '为数不多', '秒光', '数量有限', '名额有限', '名额紧张']),
    ...entries('once/self', [
      '仅此一次', '仅此一天', '仅此一回', '仅此一期', '只此一次', '错过再等一年', '错过等一年', '错过再无', '错过不再', '错过就没了',
      '错过就没有了', '过时不候', '过期不候', '过点不候', '逾期不候', '逾期不补', '机会只有一次', '机不可失', '过了这村没这店', '过了这个村就没这个店',
      '最后的机会', '最后一次机会', '最后机会', '卖一件少一件', '卖一套少一套', '卖一台少一台', '卖一份少一份',
    ]),
    ...entries('once/context', ['机会难得', '千载难逢', '时间有限', '最后一波', '最后一轮']),
    ...entries('price/self', ['随时涨价', '随时调价', '随时恢复原价', '即将涨价', '马上涨价', '准备涨价', '即将恢复原价', '恢复原价', '只会越来越贵']),
    ...entries('today/self', ['只放今天', '仅限今天', '只限今天', '仅限今日', '只限今日', '仅限今晚', '只限今晚']),
    ...entries('countdown/context', ['倒计时', '最后一天', '最后一晚', '最后一夜']),
  ],
};

/** A number as ads write it: digits, Chinese numerals, the masked digits of the SMS set (xx), 几, 十几, 半. */
const NUM = '(?:\\d+|[xX]{1,4}|[零〇一二两三四五六七八九十百千几]+|半)';
/** Units of goods and places: what scarcity counts (仅剩3件、最后xx套、只有20个名额). Not 块 (月饼仅剩26块 are eaten). */
const GOODS_UNIT = '(?:件|份|台|套|单|位|名|席|张|瓶|盒|箱|支|只|袋|间|辆|款|批|组|对|罐|包|桶|斤|方|个名额|个位置|个席位|个坑位)';
/** Spans of time a countdown counts. */
const TIME_UNIT = '(?:天|日|小时|个小时|钟头|分钟|周|个星期|星期|个月|晚|夜)';
/** A near day or hour: what makes a deadline or a price rise press (明天、下周一、12月1日、今晚零点). */
const NEAR_DAY =
  '(?:明天|明日|明早|明晚|后天|下周[一二三四五六日天]?|下星期[一二三四五六日天]?|下个?月初?|月底|周[一二三四五六日天]|星期[一二三四五六日天]|本周[一二三四五六日天]|这周[一二三四五六日天]|' +
  '节后|年后|过年后|今晚(?:' + NUM + '点|零点)?|今天' + NUM + '点|(?:' + NUM + '月)?' + NUM + '[日号]|过了今[天晚日]|过了(?:今晚)?(?:' + NUM + '点|零点)|(?:' + NUM + '点|零点)(?=一过|以后|之后|过后)|活动(?:结束|一撤|一过|过后))';
/** After the offer, unnamed (之后按原价报名、后面只会越来越贵): only right before the rise. */
const AFTER = '(?:之后|以后|后面|往后|到点|活动结束后)';
/** Words between the time and the rise (就是、一律、统一、全线). */
const RISE_MODAL = '(?:就是|就要|就会|就|便|将|要|会|只会|自动|全线|统一|全部|一律|全场|正式)*';
/** What a price does when it rises or comes back (涨价、恢复原价、恢复到199); 原价 alone is a reference price. */
const PRICE_RISE =
  '(?:涨价|调价|提价|上调|涨回|恢复原价|(?:恢复|回到|回归|变回|改回|按|就是|一律|都是|都按)(?:原价|正价|日常价|零售价|售价|原来的价格?)|(?:涨|涨回|恢复|回|调)到' + NUM + '|越来越贵)';
/** What may stand between a near day and the rise (明天活动一撤就是原价): no past (的、了、过) and no punctuation. */
const RISE_GAP = '[^，。！？,.!?\\s的了过]{0,6}?';

/**
 * The families, one regular expression each. Each is a trigger and what it governs; the rule
 * (rules/false-urgency.ts) then drops the ordinary senses a pattern cannot see (a question, a
 * quotation, a narrated purchase) and weighs `context` hits by the draft's selling context.
 */
export const FALSE_URGENCY_PATTERNS: readonly PhrasePattern[] = [
  // 仅剩3件、只剩最后5个名额、只有20个名额、仅余xx套; 还剩 only for goods (还剩3天 is how people talk).
  {
    id: 'only-n-left',
    category: 'scarcity/context',
    pattern: new RegExp(`(?:仅剩|只剩|还剩|仅余|就剩|只有|仅有)(?:最后)?${NUM}${GOODS_UNIT}(?:名额|库存|现货)?`, 'g'),
  },
  // 名额就剩几个、库存只剩3件、现货仅剩两台.
  { id: 'places-left', category: 'scarcity/context', pattern: new RegExp(`(?:名额|库存|现货|房源|席位|座位)(?:也)?(?:仅|只|就)?剩(?:下)?(?:最后)?${NUM}(?:${GOODS_UNIT}|个)?`, 'g') },
  // 每天500个名额、每期仅限20个名额 (a quota pressed as places).
  { id: 'places-quota', category: 'scarcity/context', pattern: new RegExp(`(?:每天|每日|当天|每场|每期|每班|本期|本次)(?:仅|只|限|仅限|只有)?${NUM}个?名额`, 'g') },
  // 最后xx套、最后一批、最后10台、最后十几单 (not 最后一次、最后一节课: no unit of goods).
  { id: 'last-n-goods', category: 'scarcity/context', pattern: new RegExp(`最后(?:的)?${NUM}${GOODS_UNIT}`, 'g') },
  // 限量500份、限量免费、限量抢购、全省限量、超限量、限量哦; not an edition (限量版、限量款、订制限量杯子),
  // 不限量 or 前途不可限量.
  {
    id: 'limited-quantity',
    category: 'scarcity/context',
    pattern: new RegExp(
      `(?:超|全省|全国|全市|全网|限时|每日|每天|仅)限量|(?<![不无可])限量(?=${NUM}|免费|抢购|销售|发售|供应|一口价|特价|秒杀|开抢|预订|预定|预售|领取|赠送|送|发行|[，。！？!?,.~～\\s…哦啊呀啦喔）)]|$)`,
      'g',
    ),
  },
  // 名额有限、库存不多、名额紧张、货源紧张.
  { id: 'scarce-stock', category: 'scarcity/context/pure', pattern: /(?:名额|数量|库存|货源|现货|席位|座位|房源|套数|规模)(?:十分|非常|极其)?(?:有限|不多|紧张|紧缺|告急|快满了?|将满|即将售罄)/g },
  // 送完为止、售完即止、报满即止、抢完就下架、卖完不补、卖完要等三月.
  {
    id: 'until-gone',
    category: 'scarcity/self/pure',
    pattern: /(?:送|售|卖|抢|领|报|订|约|招)(?:完|光|满)(?:为止|即止|截止|即截止|就截止|就下架|就没了|就没有了|不补|不再补|即下架|要等|再等|就要等)/g,
  },
  // 满50人就截单、满班即止.
  { id: 'until-full', category: 'scarcity/self', pattern: new RegExp(`(?:满${NUM}(?:人|单|份)|满班|额满|满员)(?:就|即)?(?:截单|截止|为止|即止|停止)`, 'g') },
  // 再不买就没了、再不抢就没有了、这批货走完就没有了.
  {
    id: 'gone-if-not-now',
    category: 'scarcity/self/pure',
    pattern: /(?:再不|还不)(?:买|抢|下单|入手|囤)(?:就)?(?:没了|没有了|来不及了|抢不到了|买不到了)|(?:这批|这波|这轮)[^，。！？,.!?\s]{0,4}(?:走|卖|抢|送)完(?:就|了就)?没(?:了|有了)/g,
  },
  // 即将售罄、马上抢光、快要断货.
  { id: 'selling-out', category: 'scarcity/self/pure', pattern: /(?:即将|马上|快要|就要)(?:售罄|抢光|卖光|卖完|抢完|断货|告罄)/g },
  // 只限前x位、当天仅限xx人、活动仅限xx对闺蜜、名额有限（仅xx名）.
  { id: 'first-n-only', category: 'scarcity/context', pattern: new RegExp(`(?:仅限|只限|限前|仅)(?:前)?${NUM}(?:位|名|人|对|组|个名额|个家庭)`, 'g') },
  // 错过今天再等一年、错过这次就没了、错过再等下次.
  { id: 'missed-for-good', category: 'once/self/pure', pattern: /错过(?:今天|今晚|这次|本次|这波|这一波|此次)?(?:就|便)?(?:再|要)?(?:等(?:一|两|三|\d)年|等明年|等下次|等下一次|没有了|没了|不再有)/g },
  // 今年最后一次优惠、全年最后一波福利; 今年最后一次 alone only where the sentence names the sale
  // (not 今年最后一次聚会).
  { id: 'last-of-year', category: 'once/self', pattern: /(?:今年|全年|年内|本年度?)(?:的)?最后一(?:次|波|轮|场)(?:优惠|特价|降价|折扣|活动|福利|机会|团购|秒杀)/g },
  { id: 'last-of-year-bare', category: 'once/sale', pattern: /(?:今年|全年|年内|本年度?)(?:的)?最后一(?:次|波|轮|场)(?!优惠|特价|降价|折扣|活动|福利|机会|团购|秒杀)/g },
  // 不会再有这个价了、再也没有这个价格.
  { id: 'price-never-again', category: 'once/self', pattern: /(?:不会|不可能)再有(?:这个|这样的|这种)?(?:价|价格|价钱|优惠|折扣)|再也(?:没有|不会有)(?:这个|这样的)?(?:价|价格|价钱|优惠)/g },
  // 机会只有一次、全年只此一次 (the word list has the set forms).
  { id: 'only-once', category: 'once/self/pure', pattern: /(?:全年|今年|一年)(?:只|仅)(?:此|有)一次/g },
  // 12月1日起涨价、下周一全线调价、明天恢复原价、今晚零点一过就回到399、周一起统一上调10%、之后按原价报名.
  {
    id: 'price-rise-date',
    category: 'price/self',
    pattern: new RegExp(`(?:${NEAR_DAY}(?:起|开始|后|以后|之后|一过|一到|过后)?${RISE_GAP}|${AFTER})${RISE_MODAL}${PRICE_RISE}(?:${NUM}%)?`, 'g'),
  },
  // 明天就没这个价了、下周就不是这个价格了、今天这个价，明天就不是了: the price lost on a near day
  // (the class of price-rise-date said by what is lost, not by what it becomes).
  {
    id: 'price-gone-date',
    category: 'price/self',
    pattern: new RegExp(
      `${NEAR_DAY}(?:起|开始|后|以后|之后|一过|过后)?(?:就|便|可)?(?:没有?|不是|不再是|不会是)(?:这个|这样的|这么低的|现在的)(?:价格|价钱|价|优惠|折扣)了?|(?:今天|今日|今晚|现在)(?:的)?这个?价(?:格|钱)?[，,、\\s]?${NEAR_DAY}(?:就|便)?(?:不是|没有?)了`,
      'g',
    ),
  },
  // 只有今天这个价、这个价只放今天、今日订货只要xxxx、今天只要$140、今天下单才送、过了今天不送了、今晚12点前下单享8折
  // (not a shipping cut-off: 下午四点前拍下当天发货).
  {
    id: 'today-price',
    category: 'today/self',
    pattern:
      /(?:今天|今日|今晚|当天)(?:下单|拍下|订货|购买|订购|进店|到店|买)?(?:只要|仅需|只需)(?=[¥￥$\dxX])|(?:今天|今日|今晚|当天)(?:下单|拍下|订货|购买|订购|进店|到店|买)才(?:送|有|享|能)|(?:只有|仅限|只限|仅)(?:今天|今日|今晚|当天|当日)(?:这个价|的价|特价|才有)|(?:这个价|此价|这价格?)[^，。！？,.!?\s]{0,2}(?:只|仅)(?:放|限|有)?(?:今天|今晚|今日|当天|这一次|一天)|过了(?:今天|今晚|今日)(?:就|便)?(?:没|不|恢复|涨|要|再)|(?:今晚|今天|今日)[^，。！？,.!?\s]{0,6}?前(?:下单|拍下|付款|购买|订购|预订)(?:才|可|立)?(?:享|送|减)/g,
  },
  // 只有今天、仅今天、只到今晚 without a price: 只有今天有空 is a diary.
  { id: 'only-today', category: 'today/context', pattern: /(?:只有|仅|只到|仅到)(?:今天|今日|今晚|当天)/g },
  { id: 'today-special', category: 'today/context', pattern: /(?:今日|今天|当日)(?:特价|特惠|特卖|秒杀|限定|专享)/g },
  // 仅限正月十七当天、只限x月xx号下午、只限三八前、仅限x-x号、仅限本周末 (仅限 + a period: decision 1 of the notes);
  // not a validity term (仅限当日有效、仅限本人使用).
  {
    id: 'only-period',
    category: 'today/context',
    pattern: new RegExp(
      `(?:仅限|只限)(?:[^，。！？,.!?\\s（）()]{0,6}?(?:当天|当日)|(?:${NUM}[-—~至到])?(?:${NUM}月)?${NUM}[日号](?:当天|下午|上午|晚上)?|[^，。！？,.!?\\s（）()]{0,4}?(?:节|三八|月底|周末)(?:前|之前)|(?:本|这)(?:个)?(?:周末|周|月)(?:内)?)(?!有效|使用|内有效)`,
      'g',
    ),
  },
  // 最后一天、最后2小时、最后三天、最后半个月、只剩两天、仅剩48小时、限时48小时.
  { id: 'last-n-time', category: 'countdown/context', pattern: new RegExp(`最后(?:的)?${NUM}${TIME_UNIT}`, 'g') },
  { id: 'only-n-time', category: 'countdown/context', pattern: new RegExp(`(?:只剩|仅剩|就剩|剩下|只有|仅有|仅限|只限)(?:最后)?${NUM}${TIME_UNIT}(?!前|以前|之前)`, 'g') },
  // 倒计时3天、倒计时开始.
  { id: 'countdown', category: 'countdown/context', pattern: new RegExp(`倒计时(?!器)(?:${NUM}${TIME_UNIT})?`, 'g') },
  // 今晚12点截止、周五晚上就关闭了、今晚收官 (a clock time alone, x点结束, states the period).
  {
    id: 'near-deadline',
    category: 'countdown/sale',
    pattern: new RegExp(
      `(?:今晚|今天|今日|明天|明晚|本周[一二三四五六日天]?|周[一二三四五六日天])(?:晚上?)?(?:${NUM}点半?|零点)?(?:前)?(?:就|即将|将)?(?:截止|结束|关闭|收官|下架|截单|停止)`,
      'g',
    ),
  },
  // 即将结束、即将截止; 距活动结束还有 02:15:33.
  { id: 'ending-soon', category: 'countdown/sale', pattern: /(?:即将|马上|就要|快要)(?:结束|截止|收官|下架|截单)|距(?:离)?[^，。！？,.!?\s]{0,6}结束(?:还有|仅剩|只剩|还剩)/g },
  // 限时抢购、限时推出、限时48小时、限时特价 (限时 alone: a reader could take it either way).
  { id: 'limited-time', category: 'limited/context', pattern: new RegExp(`限时(?:${NUM}${TIME_UNIT})?`, 'g') },
];

/**
 * Seeds of the families: every hit of a pattern above holds one of these words (the limit word,
 * the thing limited, the rise, the day), so the patterns read only the text around them — found
 * in the engine's one pass over the draft, through evasive spellings — and nothing in a draft
 * without them. A new pattern must add the words its hits hold.
 */
export const FALSE_URGENCY_SEEDS: WordList = {
  id: 'false-urgency/seeds',
  readsThroughSpellings: true,
  source: 'The trigger words of FALSE_URGENCY_PATTERNS',
  entries: [
    '仅剩', '只剩', '还剩', '仅余', '就剩', '剩下', '只有', '仅有', '仅限', '只限', '限前', '仅', '最后', '限量', '限时', '名额', '库存', '现货', '房源',
    '席位', '座位', '数量', '货源', '套数', '规模', '为止', '即止', '截止', '截单', '停止', '下架', '没了', '没有', '不补', '再补', '要等', '再等',
    '再不', '还不', '这批', '这波', '这轮', '售罄', '抢光', '卖光', '卖完', '抢完', '断货', '告罄', '错过', '再有', '再也', '一次', '涨价', '调价',
    '提价', '上调', '涨回', '原价', '正价', '日常价', '零售价', '售价', '原来的价', '涨到', '回到', '复到', '调到', '越来越贵', '今天', '今日',
    '今晚', '当天', '当日', '这个价', '此价', '这价', '这样的价', '这样的优惠', '这样的折扣', '这么低的价', '现在的价', '倒计时', '结束', '关闭', '收官',
  ].map((word) => ({ word, category: 'seed' })),
};

/** How far from its seed a hit may reach (明天活动一撤就是原价: the day stands up to ~20 before 原价). */
export const SEED_REACH = 40;

/**
 * Words naming the sale itself. A `context` phrase whose own sentence names one is a claim about
 * that sale whatever the rest of the draft says: 活动最后2小时、年货节狂欢价即将结束、大抢购即将进入倒计时.
 */
export const SALE_EVENT =
  /活动|促销|大促|特价|特惠|优惠|秒杀|抢购|开抢|团购|拼团|折扣|打折|福利|早鸟|狂欢|购物节|年货节|双11|双十一|双12|双十二|618|店庆|周年庆|清仓|甩卖|预售|包邮|下单|拍下|到手价|活动价|折扣价|团购价|\d折/;

/**
 * A public price in the news (油价明晚24时起上调、猪肉下个月要涨价): someone else's price, not the
 * seller's threat.
 */
export const PUBLIC_PRICE = /油价|房价|菜价|肉价|猪肉|猪价|水价|电价|气价|票价|股价|金价|物价|粮价|房租|房贷|利率|汇率|运费|学费|医保/;

/** Reported speech: the claim is someone else's, retold (听说下个月要涨价、据说前100名免费). */
export const HEARSAY = /听说|据说|据报道|据悉|新闻说|传闻|网传/;

/** A buyer narrating a purchase in the same sentence (只剩最后几盒了，我抢了两盒). */
export const BUYER_NARRATION = /我们?(?:也|就|又|还|刚|都)?(?:抢|买|囤|拿|下单|拍)(?:了|到|下了)/;
