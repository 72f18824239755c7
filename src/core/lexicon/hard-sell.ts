import type { PhrasePattern } from '../text/patterns';
import type { WordList } from './types';

/**
 * Imperative selling (issue 11): an order to buy now in place of an invitation. Recognised by its
 * grammar — an urging adverb or frame (赶紧、立即、马上、速、快、直接、闭眼、必须) and a verb of
 * buying (下单、购买、抢、囤、入手、拿下、上车、报名、拍), with an optional 来/去 and a short gap
 * (马上扫码抢购、想要的马上私我下单) — plus the 从速 formula (欲购从速) and buyers' slang (冲就
 * 完了、闭眼入、买它). The ordinary senses are the exceptions the rule applies: invitations have no
 * urging word (欢迎选购), narration has a subject and 了 (我立刻下单了), caution negates (不建议冲),
 * friends' imperatives take other objects (快抢沙发、赶紧去睡觉), and 抢劫、抢眼、速度、速干、冲击、
 * 冲锋衣、直接入住 are other words that share a character.
 *
 * Source: the marketing view behind Postlint (DESIGN.md: social platforms are places of
 * relationships; copy that reads "对等的语气、平易的字眼、亲切的口吻" is shared, hard selling is
 * muted); the phrases are common Chinese sales vocabulary, checked on the SMS ads, Weibo posts and
 * ad copy in ../shared/data (bench/devset/hard-sell.md). Style advice, not a legal rule.
 *
 * The list holds the set phrases and slang a pattern cannot spell out, each with its rewrite; the
 * tone summary (analysis/tone.ts) counts its matches as the draft's hard-sell phrases.
 */
export const HARD_SELL: WordList = {
  id: 'hard-sell/phrases',
  readsThroughSpellings: true,
  source: 'DESIGN.md 语气原则（对等的语气、平易的字眼、亲切的口吻）；常见命令式促销用语',
  entries: [
    ...['立即购买', '马上购买', '立刻购买', '赶紧购买', '赶快购买'].map((word) => ({ word, category: 'order' })),
    ...['赶紧下单', '赶快下单', '立即下单', '马上下单', '立刻下单', '速速下单', '快快下单', '快去下单', '火速下单'].map((word) => ({
      word,
      category: 'order',
    })),
    ...['马上抢购', '立即抢购', '立刻抢购', '赶紧抢购', '赶快抢购', '快来抢购', '快快抢购', '速来抢购', '火速抢购', '抓紧抢购'].map(
      (word) => ({ word, category: 'order' }),
    ),
    ...['赶紧入手', '赶快入手', '速速入手', '立即入手', '马上入手'].map((word) => ({ word, category: 'order' })),
    ...['速抢', '快来买', '速来买'].map((word) => ({ word, category: 'order' })),
    // Buyers' slang: buy without thinking. Rewritten by where it stands (rules/hard-sell.ts).
    ...[
      '冲就完了', '冲就对了', '闭眼冲', '闭眼入', '闭眼买', '闭眼拿', '无脑入', '无脑买', '买它', '买它买它', '给我买', '速度上车',
      '上车要快', '下单要快',
    ].map((word) => ({ word, category: 'slang' })),
    ...['不买后悔', '不买就亏', '不买就亏了'].map((word) => ({ word, category: 'slang', replacements: ['值得一试'] })),
    ...['抢到就是赚到', '买到就是赚到'].map((word) => ({ word, category: 'slang', replacements: ['很划算'] })),
    ...['赶紧行动', '赶快行动', '心动不如行动', '速速行动', '快快行动'].map((word) => ({ word, category: 'slang', replacements: ['欢迎了解'] })),
    // A question that orders: 不冲更待何时、还不赶紧下单.
    ...['不冲更待何时', '不买更待何时', '还不赶紧下单', '还不赶紧冲'].map((word) => ({ word, category: 'rhetorical' })),
  ],
};

/**
 * Cheers as much as orders (考研冲鸭): they urge buying only where the deal is talked of, so they
 * are a list of their own, which the tone summary does not count as hard sell.
 */
export const HARD_SELL_CHEERS: WordList = {
  id: 'hard-sell/cheers',
  readsThroughSpellings: true,
  source: '常见网络用语（冲鸭、冲冲冲）；在商品语境中是催购',
  entries: ['冲冲冲', '冲鸭', '无脑冲'].map((word) => ({ word, category: 'slang-context' })),
};

/** Urging adverbs of time: they make an order of a verb (赶紧下单). Not 赶忙 (赶忙下单了 narrates). */
export const URGE = '(?:赶紧|赶快|抓紧|立即|立刻|立马|马上|速速|火速|快快|快点儿?|尽快|现在就|今天就|今晚就|趁现在|趁早)';
/**
 * Urging frames of manner: buy without a second thought (闭眼入、必须拿下、给我买). 直接 only right
 * before a verb that ends the order (直接拍！): 直接下单即可、直接与我联系 say how, not when.
 */
export const FRAME = '(?:果断|闭眼|闭着眼|无脑|必须|一定要|务必|给我)';
/**
 * One urging word after another (立刻，马上，去买；一定要趁现在入手): the chain is the order. At most
 * four: an unbounded chain would be read again from every one of its words (quadratic on 赶紧赶紧…).
 */
const chain = (first: string) => `(?:请)?${first}(?:[，,、\\s]?(?:${URGE}|${FRAME})){0,3}`;
/** Where an order ends: a mark, a particle or the end of the text. */
const ORDER_END = '(?=$|[，。！？!?,.~～…；;\\s\\[【吧啊呀哦喔啦鸭])';
/** Verbs that only mean buying or ordering (丅单: a look-alike); 买 and 抢 only where nothing follows (快去买！、赶紧抢). */
const BUY_ONLY = `(?:[下丅]单|购买|抢购|选购|订购|预订|预定|抢定|抢订|认筹|认购|入手|囤货|囤起来|囤|拍下|秒杀|团购|预购|下手|剁手|(?:买|抢|入|拍)${ORDER_END})`;
/**
 * Verbs that buy in a sale and mean something else among friends (抢票、买股票、报名运动会、上车、
 * 拿下比赛、赶紧冲 in a game): the draft's selling context decides. 体验 only after 来/去 (赶紧来柜体验;
 * not 让你马上体验cool的感觉, a description).
 */
const BUY_OR_OTHER = `(?:买|抢|拿下|拿走|拿${ORDER_END}|报名|预约|订|联系|咨询|致电|来电|拨打|领取|领|上车|参加|加入|(?<=[来去到至][^，。！？!?,.]{0,5})体验|登陆|登录|注册|冲${ORDER_END})`;
/**
 * What may stand between the urging word and the verb: 来/去 and a few characters (扫码、私我、去官网、
 * 与您的美疗师), never a comma unless 来/去 follows it (立刻，马上，去买; not 抓紧，需要提前预约).
 */
const GAP = '(?:[，,、\\s]?(?:来|去|到|至|前来|过来))?[^，。！？!?,.;；…\\n、（）()“”「」]{0,6}?';
/** 快 and 速 urge only right before 来/去 or a verb, and not inside another word (很快、愉快、高速、加速). */
const QUICK = '(?<![很飞加凉痛爽欢赶尽越愉畅勤轻明不高迅极光网车风急减时神失超低匀全音航变提])(?:快快?|速速?)';

/**
 * The families. Each hit is then checked by the rule (rules/hard-sell.ts) against the ordinary
 * senses the pattern cannot see, and weighed by the draft's selling context.
 */
export const HARD_SELL_PATTERNS: readonly PhrasePattern[] = [
  // 赶紧下单、立即购买、马上扫码抢购、还没买的赶紧去官网抢、一定要趁现在入手、直接拍！
  { id: 'urge-buy', category: 'order', pattern: new RegExp(`${chain(`(?:${URGE}|${FRAME})`)}${GAP}${BUY_ONLY}`, 'g') },
  // 赶快来认筹、快快来报名、姐妹们立刻拿下、请快快与您的美疗师预约.
  { id: 'urge-other', category: 'order-context', pattern: new RegExp(`${chain(URGE)}${GAP}${BUY_OR_OTHER}`, 'g') },
  // 家人们，今晚必须拿下这款空调.
  { id: 'must-get', category: 'order-context', pattern: new RegExp(`${chain(FRAME)}${GAP}拿下`, 'g') },
  // 给我冲！、必须冲、闭眼冲: a frame of manner and 冲 closing the order.
  { id: 'must-rush', category: 'order-context', pattern: new RegExp(`${chain(FRAME)}冲${ORDER_END}`, 'g') },
  // 快来抢购、快去抢、速来买、请速至店铺选购.
  { id: 'quick-buy', category: 'order', pattern: new RegExp(`(?:请)?${QUICK}(?:(?:来|去|至|到)[^，。！？!?,.;；…\\n、（）()“”「」]{0,4}?)?${BUY_ONLY}`, 'g') },
  // 直接拍！、直接入！、直接买.
  { id: 'just-buy', category: 'order', pattern: new RegExp(`直接(?:买|入|拍|冲|下单|拿下)${ORDER_END}`, 'g') },
  { id: 'quick-other', category: 'order-context', pattern: new RegExp(`(?:请)?${QUICK}(?:来|去|至|到)[^，。！？!?,.;；…\\n、（）()“”「」]{0,4}?${BUY_OR_OTHER}`, 'g') },
  // 速来！、快来呀、请速来、赶紧来吧: come now, at the end of a clause.
  { id: 'come-now', category: 'come', pattern: new RegExp(`(?:请)?(?:${QUICK}|${URGE})(?:来|过来|前来)${ORDER_END}`, 'g') },
  // 欲购从速、欲报从速、预购从速、预定从速.
  { id: 'hurry-formula', category: 'formula', pattern: /(?:欲|预|速)?(?:购买|购|买|订购|订|定|报名|报)从速/g },
  // 郑州的同学们抓紧！、要买的速度、马上走起、抢！、冲！: the order with no verb, or no more than a verb.
  { id: 'hurry-bare', category: 'come', pattern: /(?<![要得])抓紧(?=[！!～~。，,]|$)|要买的速度|马上走起|(?<![\u3400-\u9fff])[抢冲](?=[！!])/g },
  // 买就完事了、入就对了 (冲就完了 is in the list): the slang's frame with any verb of buying.
  { id: 'just-do-it', category: 'slang', pattern: /(?:冲|买|入|拍|下单|抢|囤)就(?:完事|完|对|得)了/g },
  // 这个价格还不冲？、还不赶紧下单？: a question that orders.
  { id: 'why-not-yet', category: 'rhetorical', pattern: /还不(?:赶紧|赶快|快)?(?:冲|买|下单|入手|抢|囤)(?=[？?])/g },
  // 还等什么？、还在犹豫啥、还纠结什么呢: a question that orders, but only where a sale is talked of
  // (我还等什么呢，车都走了 is a diary).
  {
    id: 'why-wait',
    category: 'rhetorical-context',
    pattern: /还(?:在)?(?:等|犹豫|纠结|考虑|磨蹭|观望)(?:什么|啥|嘛)(?:呢|呀|啊|哇)?(?=[？?！!，,。～~…\s]|$)/g,
  },
  // 抢定开年黄金样板房、抢购圣诞礼: a grab verb opening its clause, with its object (not a label: 抢定电话).
  // The verb comes first and the clause start is looked for behind it: a look-behind in front would
  // be tried at every position of the text.
  { id: 'grab-object', category: 'grab', pattern: /(?:抢定|抢订|抢购)(?<=(?:^|[，。！？!?,.…\s])..)(?=[\u3400-\u9fff])(?!电话|热线|地址|方式|时间|价|专线|网址)/g },
  // 今天继续抢购圣诞新年礼吧！: a buying verb and 吧 closing the clause (not 欢迎…吧、可以下单吧).
  {
    id: 'buy-ba',
    category: 'order-context',
    pattern: /(?<!(?:欢迎|可以|不妨|可)[^，。！？!?,.]{0,4})(?:抢购|下单|入手|囤货|拍下)[^，。！？!?,.]{0,8}吧(?=[！!。~～]|$)/g,
  },
];

/**
 * Seeds of the families: every hit of a pattern above holds one of these words (the urging word,
 * 快/速 with what follows it, the formula, the slang's frame), so the patterns read only the text
 * around them, found in the engine's one pass over the draft, and nothing in a draft without them.
 * A new pattern must add the words its hits hold.
 */
const QUICK_NEXT = ['来', '去', '至', '到', '过', '前', '下', '丅', '购', '抢', '选', '订', '预', '认', '入', '囤', '拍', '秒', '团', '剁', '买'];
export const HARD_SELL_SEEDS: WordList = {
  id: 'hard-sell/seeds',
  readsThroughSpellings: true,
  source: 'The trigger words of HARD_SELL_PATTERNS',
  entries: [
    ...`${URGE}|${FRAME}`.replace(/[(?:)]/g, '').split('|').map((w) => w.replace('儿', '')),
    ...['快', '速'].flatMap((q) => QUICK_NEXT.map((next) => q + next)),
    '直接', '从速', '还等', '还在', '还犹豫', '还纠结', '还考虑', '还磨蹭', '还观望', '速度', '走起', '抢!', '冲!', '就完', '就对', '就得', '还不', '抢定', '抢订', '抢购', '下单', '入手', '囤货', '拍下',
  ].map((word) => ({ word, category: 'seed' })),
};

/** How far from its seed a hit may reach (请快快与您的美疗师预约: the verb stands ~10 after 快快). */
export const SEED_REACH = 40;

/**
 * Talk of the offer next to buyers' slang (冲冲冲！这个价格真的可以冲、学生党冲鸭！平价又好用):
 * what the slang urges is the deal, even in a draft too short for ad-density to call it an ad.
 */
export const OFFER_TALK = /价格|价钱|平价|低价|特价|最低价?|便宜|划算|好用|性价比|包邮|优惠|折|元|块钱|¥|￥|链接|下单|库存|现货|团购|拼单|拼团|开团|成团|截单/;

/**
 * How the rewrite names each verb of buying, so the sentence keeps its object (可以去买这本书) and
 * loses the grab (抢购 → 选购, 拿下 → 入手). Verbs not named here stay as they are.
 */
export const CALMER_VERB: Readonly<Record<string, string>> = {
  抢购: '选购', 抢: '买', 抢定: '预订', 抢订: '预订', 拿下: '入手', 入: '入手', 冲: '入手', 拍: '拍下', 秒杀: '选购', 囤起来: '囤',
  下手: '入手', 剁手: '入手', 囤货: '囤货',
};

/** Every verb the order patterns end on, longest first, for reading a hit back into its parts. */
export const ORDER_VERBS = [
  '下单', '购买', '抢购', '选购', '订购', '抢定', '抢订', '认筹', '认购', '入手', '囤货', '囤起来', '拍下', '秒杀', '团购', '预购', '下手',
  '剁手', '拿下', '报名', '预约', '预订', '预定', '联系', '咨询', '致电', '来电', '拨打', '领取', '上车', '参加', '加入', '体验', '登陆',
  '登录', '注册', '囤', '买', '抢', '入', '拍', '冲', '订', '领',
];
