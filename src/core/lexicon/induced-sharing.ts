import type { WordList } from './types';

/**
 * Induced sharing (诱导分享) read as grammar: an ACTION the reader is asked to take (repost,
 * share to Moments or groups, @ friends, like, comment, save, follow, answer a quiz, invite or
 * refer friends, ask friends to assist, check in, collect cards) joined in one sentence to a
 * REWARD it earns (a lottery, a gift, money back, a discount, a chance, an unlock), or a
 * PRESSURE formula (a threat, a blessing or curse, a chain letter, exaggeration). The words
 * below are the seeds and exceptions of those classes; rules/induced-sharing.ts joins them.
 *
 * Sources:
 * - WeChat, 《微信外部链接内容管理规范》 (revised 2019-10-18, in force 2019-10-28), clause 1.2:
 *   "通过利益诱惑，诱导用户分享以及传播外链内容的，包括但不限于：以金钱奖励、实物奖品、虚拟奖品…；
 *   声称分享可增加抽奖机会、中奖概率、成功可能；通过签到打卡、邀请好友协助（包括但不限于助力、砍价、
 *   加速）、设置收集任务（包括但不限于集赞、集卡、集福、集碎片）等形式利诱、诱导用户分享" (as quoted
 *   by 北京日报 2019-10-30 and 51haodu, which gives the clause number).
 * - WeChat's types of 诱导分享 (公众平台 notice, as quoted by 微信邦 2016-12-19): 强制用户分享
 *   ("分享后方可知道答案"), 利诱用户分享 ("邀请好友拆礼盒，集赞，分享可增加一次抽奖机会"), and
 *   胁迫、煽动用户分享 with exaggerated words: “不转不是中国人”“请好心人转发一下”“转发后一生平安”
 *   “转疯了”“必转”.
 * - Weibo, 《微博商业行为规范办法》 art. 2 (revised 2020-03, IT之家 2020-03-15): prize activities
 *   are allowed when the organiser "准确、清楚描述活动规则、活动奖品、开奖时间".
 * - Xiaohongshu, 《品牌号社区运营规范》 (cheating and inducement): inducing users to like, save,
 *   share or follow, e.g. “双击有惊喜”“关注领红包” (seen in a summary of the published PDF).
 */

/**
 * The seeds: a sentence is read only when one of these is in it, so most text costs one pass
 * of the shared automaton and nothing more. The list reads through evasive spellings (转*发,
 * zhuan发, 轉發); the categories name the action an evasive spelling stands for, since the
 * grammar's patterns cannot read pinyin. Spellings no folding explains — homophones (砖发, 点攒)
 * and initials (zf, gz) — are categories `spelling/<action>`.
 */
export const SHARING_SEEDS: WordList = {
  id: 'induced-sharing/seeds',
  readsThroughSpellings: true,
  source: '《微信外部链接内容管理规范》1.2；微信诱导分享类型（强制、利诱、胁迫煽动）；《微博商业行为规范办法》第二条；小红书《品牌号社区运营规范》',
  entries: [
    ...['转发', '转推', '转评', '转赞', '转载', '转给', '转到', '转至', '转起', '帮转', '扩散', '传播', '推给', 'RT', 'retweet'].map((word) => ({ word, category: 'repost' })),
    ...['分享', '朋友圈', '晒到', '群里'].map((word) => ({ word, category: 'share' })),
    ...['晒出', '晒图', '晒单', '话题', '发微博', '发博', '笔记'].map((word) => ({ word, category: 'post' })),
    ...['艾特', '圈出', '圈上', '喊上', '叫上', '好友', '@一', '@两', '@三', '@你', '@我', '@身边', '@TA'].map((word) => ({ word, category: 'tag' })),
    ...['点赞', '集赞', '按赞', '赞过', '赞满', '个赞', '双击', '三连', 'like'].map((word) => ({ word, category: 'like' })),
    ...['评论', '留言', '扣1', '讨论'].map((word) => ({ word, category: 'comment' })),
    ...['收藏'].map((word) => ({ word, category: 'collect' })),
    ...['关注', '追踪', '扫码', '扫一扫', '扫微信', 'follow'].map((word) => ({ word, category: 'follow' })),
    ...['回答', '猜猜', '答对', '写出答案', '说出答案'].map((word) => ({ word, category: 'quiz' })),
    ...['邀请', '推荐', '介绍', '带新', '推新', '拉新', '新人', '带朋友', '带上朋友', '带闺蜜'].map((word) => ({ word, category: 'invite' })),
    ...['助力', '砍一刀', '帮我砍', '帮砍', '帮我点', '点一下', '帮我拼', '拼团'].map((word) => ({ word, category: 'assist' })),
    ...['签到', '打卡'].map((word) => ({ word, category: 'checkin' })),
    ...['集卡', '集福', '集齐', '集满', '集碎片'].map((word) => ({ word, category: 'collect-task' })),
    // Pressure formulas start with these (不转不是中国人、必转、转疯了、是中国人就转、看到请转发、请好心人转发、锦鲤).
    ...['不转', '必转', '转疯', '就转', '都转', '好心人', '看到', '收到的', '见者', '锦鲤', '人人转', '务必', '一定要转'].map((word) => ({
      word,
      category: 'pressure',
    })),
    ...[
      ['砖发', 'repost'],
      ['转fa', 'repost'],
      ['zf', 'repost'],
      ['点攒', 'like'],
      ['gz', 'follow'],
    ].map(([word, action]) => ({ word: word!, category: `spelling/${action}` })),
    // Ordinary senses no pattern would take for an action anyway; exempt so they open no sentence.
    ...['分享会', '关注度', '评论员', '评论家', '邀请函', '邀请赛', '收藏家', '收藏品', '好友申请', '推荐信', '介绍信', '自我介绍'].map((word) => ({
      word,
      exempt: true,
    })),
  ],
};

/** A counted number: digits, digits masked as x (the SMS set does that), or Chinese numerals. */
const N = String.raw`(?:\d+|[xX]{1,4}|[一二两三四五六七八九十百千几]+)`;
/** Who a reader is asked to tag, invite or pass the post to. */
const PEOPLE = '(?:好友|朋友|闺蜜|姐妹|兄弟|小伙伴|伙伴|宝子|宝宝|人|新人|同学|家人|同事|新用户|用户|粉丝|饭搭子|搭子)';
/** What a clause may not run across. */
const C = '[^，,。！？!?；;\\n]';
/** What a sentence may not run across. */
const S = '[^。！？!?\\n]';

/** 集 of a collection task, not of 收集、募集、召集 (收集赞美、募集赞助). */
const COLLECT = '(?<![收募召汇聚采搜征])集';
/**
 * A collection task is an inducement by itself, reward stated or not (WeChat 1.2 names 集赞、
 * 集卡、集福): 转发集赞、集满30个赞、集福卡. Not 集齐, which collects anything (集齐了全套书).
 */
export const COLLECTION_TASK = /^集(?:满|齐|够)?\s*(?:\S{0,4})(?:赞|福|卡|碎片)/;

/** One kind of cue and its pattern (no capturing groups: a family joins them into one expression). */
export interface CueForm {
  kind: string;
  source: string;
}

/**
 * Actions a reader is asked to take. The lookarounds keep out the ordinary senses: 关注 as a
 * noun (引起关注、受到关注、的关注), 分享 with no target (分享一下今天的晚餐), 推荐 and 介绍 of
 * goods (强烈推荐), 助力 as support (助力小微企业 is caught only with a reward), 圈出纤细腰身.
 */
export const ACTION_FORMS: readonly CueForm[] = [
  { kind: 'repost', source: `转发量?|转推|转评赞?|转赞评|转载|扩散|传播(?!大赛|比赛|学|力|途径|效果|范围|速度)|retweet|\\bRT\\b|(?:帮我?|快|请)?转(?:给|到|至|起来|起|一下)|推给` },
  {
    kind: 'share',
    source:
      `(?:发|晒|转|分享)(?:到|至|进)?(?:你的|自己的)?(?:朋友圈|微信群|QQ群|群里)|分享(?:到|至|给|后|之后|这篇|本条|这条|此|该|海报|链接|小程序|文章|笔记|活动|打卡)|朋友圈(?:发|晒|分享|转)`,
  },
  {
    kind: 'tag',
    source: `@\\s*(?:${N}\\s*(?:位|个|名)|你的|你想|你最|身边|TA\\b|ta\\b|好友|闺蜜|我们|我(?![^\\s，,。！!]{0,2}[:：]))|(?:艾特|圈出|圈上|喊上|叫上|\\bat)\\s*(?:${N}\\s*(?:位|个|名)|你的|你想|你最|身边|一位|好友|闺蜜|朋友|TA\\b|ta\\b)`,
  },
  { kind: 'post', source: `晒(?:出|图|单)|带(?:上)?话题|发(?:条)?微博|发博|发(?:条|篇)?笔记` },
  { kind: 'like', source: `点赞|${COLLECT}(?:满|齐|够)?\\s*(?:${N}\\s*个?)?赞(?![助美同成扬叹赏许誉颂])|满\\s*${N}\\s*个?赞|按赞|赞过|赞满|双击|三连|\\b[Ll]ike\\b` },
  { kind: 'discuss', source: `参与(?:话题)?(?:讨论|互动)` },
  { kind: 'comment', source: `评论区|(?<!的|时|网|短|发表)评论(?![员家文道])|留言(?!板)|扣\\s*1|回复\\s*[“"「]` },
  { kind: 'collect', source: '收藏(?![家品])' },
  {
    kind: 'follow',
    source:
      `(?<!引起|受到|值得|备受|广泛|密切|持续|高度|社会|的|感谢|谢谢|您的|你的|多多)关注(?=\\s*(?:@|我|我们|本号|本账号|公众号|微信|微博|店铺|账号|官方|小编|博主|并|和|、|[+＋&,，。！!~～]|$|转|点|评|收|扫)|${C}{1,10}?(?:微信|微博|公众号|账号|官微|抖音号|小红书))|追踪|扫码|扫一扫|扫(?:微信|二维码)|\\b[Ff]ollow\\b`,
  },
  { kind: 'quiz', source: `回答${C}{0,10}?问题|猜猜|答对|答出|写出答案|说出答案` },
  {
    kind: 'invite',
    source:
      `邀请\\s*(?:${N}\\s*(?:位|个|名))?\\s*(?:好友|朋友|新用户|新人|家人|同学|新客户|身边)|每邀请|邀请码|邀请人|推荐码|推荐人(?:代码)?|推荐\\s*(?:${N}\\s*(?:位|个|名))?\\s*(?:好友|朋友|新同学|新学员|新客户|新用户|新会员|亲友)|老${C}{0,3}(?:带|推)新|转介绍|介绍\\s*(?:${N}\\s*(?:位|个|名))?\\s*(?:朋友|好友|新客户|客户|亲友|新朋友)|拉\\s*(?:${N}\\s*个?)?\\s*(?:新人|好友|朋友|新用户)|带(?:上)?(?:朋友|好友|闺蜜|新人|新客户|家人)`,
  },
  { kind: 'assist', source: `助力|砍一刀|帮我?砍|帮忙砍|帮我点一下|帮我点|点一下|帮我拼|拼一下|拼团` },
  { kind: 'checkin', source: `(?:连续|每天|每日|天天|坚持)\\s*(?:${N}\\s*天\\s*)?(?:签到|打卡)|#签到` },
  { kind: 'collect-task', source: `${COLLECT}(?:齐|满)?\\s*(?:${N}\\s*(?:张|个|套)?)?\\s*(?:福卡|福|卡|碎片)|${COLLECT}齐` },
];

/**
 * A quota of people or groups to pass the post to: an action of its own (分享给5位好友即可…),
 * and a finding on its own when it names groups (转发到3个群: nobody narrates that).
 */
export const PERSON_QUOTA = `(?:转发?|分享|推|发)(?:给|到)(?:身边|你的)?\\s*${N}\\s*(?:个|位|名)\\s*${PEOPLE}`;
export const GROUP_QUOTA = `(?:转发?|分享|发|推)(?:(?:到|至|给|进)\\s*${N}\\s*个?|\\s*${N}\\s*个)\\s*(?:微信群|QQ群|群)`;

/**
 * Rewards and unlocks. A weak reward (获得、优惠、机会、惊喜) counts only after a condition
 * (即可、就能、有机会、均可、各); a verb followed by 了/的/过 narrates what someone got (领到的工资).
 */
const TIE = '(?:即可|就能|就可以?|才能|方可|均可|都能|都可以?|便可|就有机会|还有机会|有机会|即有机会|立)';
/** Weaker ties (可、会、各、都): after them a 了 narrates what happened (都得到了). */
const WEAK_TIE = '(?:可以?|就会?|都会|会|各|将|都|再)';
export const REWARD_FORMS: readonly CueForm[] = [
  {
    kind: 'lottery',
    source: `(?:参与|参加)?抽奖(?:机会)?|(?:随机|加|再|从中)?抽(?:取|出)?\\s*(?:${N}\\s*(?:位|个|人|名|组|份|只|台|次)|幸运)|抽\\s*${N}\\s*(?:位|个|人|名|组|份|只|台|次)|揪\\s*${N}\\s*(?:位|个|人|名)|开奖|奖池|中奖(?:率|概率|机会)|(?:即可|就能|就可以?|可以?|均可|都能|才能)(?:参与|参加)?抽奖?(?!烟|空|签|查|血|筋|屉|象)`,
  },
  {
    kind: 'gift',
    source: `送出|赠送|获赠|(?:就|即|各|多|再|加|还|直接|免费|都|均|可|将|到店)送|凭${C}{0,6}?(?:送|领|享|兑换)|送\\s*(?:${N}|礼|红包|券|优惠券|小样|会员|门票|周边|同款|积分|奖品|礼品|好礼|大礼)|有礼|有奖(?:励|(?!答题))|奖品|大奖|奖励金?|奖金|现金奖励`,
  },
  {
    kind: 'gain',
    source: `领取|领到(?![的了过])|(?:可|免费|截图|到店|私信我?)领(?:取|到)?(?:\\s*${N}\\s*元)?|领\\s*(?:${N}|红包|券|奖|礼|现金|优惠)|瓜分|返现|反现|返还|返\\s*${N}|退还|全额退|赢取|赢得(?!很|了|比赛|胜利|尊重|掌声)|赢\\s*(?:大奖|奖品|礼品|好礼|${N})|${TIE}\\s*(?:免费)?(?:获得|获取|获赠|赢取|赢得|领取|享受|得到|拿到|获|赢|领|享|得)(?![过的])|有\\s*${N}\\s*元?(?:收入|奖励|礼品|现金)|(?:再|双重|额外)优惠|优惠\\s*${N}\\s*元|享\\s*${N}\\s*折|免单|(?:得|拿|赚|有)(?:佣金|提成|返佣)|返佣|立减\\s*${N}|0元领?|多一次${C}{0,2}?机会|进抽奖池|免费(?:领|送|试用|体验)|就能加速`,
  },
  // After a weak tie, and vague benefits: enough after a call (关注我们，可获得…), not after a post or a quiz.
  {
    kind: 'gain/weak',
    source: `${WEAK_TIE}\\s*(?:免费)?(?:获得|获取|获赠|赢取|赢得|领取|享受|得到|拿到|获|赢|领|享|得)(?![了过到的])|(?:${TIE}|${WEAK_TIE})${C}{0,4}?(?:惊喜|收入|优惠)|享受${C}{0,10}?折|可享`,
  },
  { kind: 'unlock', source: `(?:才能|方可|才可以|后才|即可|就能)\\s*(?:查看|看到|解锁|知道|获取|继续|观看|下载|进入)|解锁` },
];

/** Blessings and curses that follow a share (转发这条的人一生平安、转fa保平安、好运就会降临). */
const BLESS = '(?:一生平安|一世平安|平安一生|全家平安|保平安|平平安安|(?<!中国|@\\S{0,10})平安(?!夜|保险|银行|集团|证券|人寿|财险|好医生|易贷|普惠|喜乐)|好运(?:连连)?|暴富|发大财|发财|心想事成|福报|转运|财运|走大运|大吉大利|万事如意)';
const CURSE = '(?:倒大霉|倒霉|不顺|后悔|遭殃|霉运|厄运|报应|出事|大祸|灾祸)(?:一辈子|终身|[一二两三四五六七八九十]+(?:年|个月|辈子))?';
export const BLESSING_FORMS: readonly CueForm[] = [
  {
    kind: 'blessing',
    source: `(?:保佑|保|会|就会|都会|将会|能|都能|就能|必|必定|必将|一定会?|带来|的人|者|后)${S}{0,6}?${BLESS}(?:[、，,和]${BLESS})*|${BLESS}(?:就会|会|将|马上|立刻)?(?:降临|来临|到来)`,
  },
];

/**
 * Pressure that needs no reward: threats to one's identity or luck, chain letters, and the
 * exaggerations WeChat names. They take the asking words around them (请大家…吧) so that a
 * finding covers the whole clause when the clause is nothing else, and can be deleted.
 */
const ASK = '(?:请|麻烦|求|拜托)?(?:大家|各位|朋友们|亲们|大伙儿?)?';
const SHARE = '(?:转发?|分享|扩散|转给)';
/** A share asked for, not 转告 or 转身: 转 must be 转发、转给 or stand alone (有良心的都转！). */
const SHARE_ASKED = '(?:转发|转给|转到|转起来|转一下|转(?=[!！?？。.，,、~～\\s]|$)|分享|扩散)';
export const PRESSURE_FORMS: readonly CueForm[] = [
  {
    kind: 'identity',
    source: `(?<!转)不${SHARE}(?:的人?|的话|者)?(?:就|都)?(?:不是|就是|都是|枉为|不配)${C}{0,3}?(?:中国人|华人|人|粉丝|朋友|兄弟|姐妹|冷血|良心|孝顺|孝子|爱国|东西)|是(?:中国人|华人|[\\u4e00-\\u9fa5]{1,3}人|真粉丝|粉丝)(?:的)?就${SHARE_ASKED}|有(?:良心|爱心|孝心|正义感)的(?:人|中国人|朋友)?(?:都|就|请)?${SHARE_ASKED}`,
  },
  { kind: 'curse', source: `(?<!转)不${SHARE}(?:的人?|的话|者)?${C}{0,8}?${CURSE}|(?:不然|否则|要不然)${C}{0,6}?${CURSE}` },
  {
    kind: 'chain',
    source: `${ASK}(?:看到|见到|收到)(?:这条|此条|此文|这篇|此消息|这条消息|此信息)?(?:的)?(?:人|朋友|朋友们|各位)?(?:请|帮我|帮忙|务必|一定要|马上|赶紧|立刻|必须)+${C}{0,8}?${SHARE_ASKED}(?!给?了|过)(?:给\\s*${N}\\s*个?人)?(?:出去|一下)?|见者(?:转发?|扩散)`,
  },
  {
    kind: 'exaggeration',
    source: `${ASK}(?:全网都?|都)?转疯了?|疯转|必转(?=[!！?？。.，,、；;：:~～…\\s]|$)|${ASK}(?:务必|一定要)${SHARE_ASKED}(?:${C}{1,8}?(?=[!！?？。，,~～…\\s]|$))?|人人(?:${SHARE_ASKED}|都转)(?![了过])|${ASK}(?:请|求)?好心人(?:帮忙|帮我|帮帮忙)?${SHARE_ASKED}(?:一下)?|(?:转发?|转)(?:这条|此|这只|这个)?锦鲤`,
  },
];

/**
 * What a sentence must hold, in its spelling view, for a reward, a pressure formula, a group
 * quota or a collection task to be in it: the characters and words those forms start with or
 * cannot do without. A sentence without any is not searched for them (most sentences that hold a
 * seed, 推荐给大家 or 分享一下, hold none), only for a bare call to repost. Keep it in step with the
 * forms above: a form that can match without any of these would never be tried.
 */
export const SENTENCE_HINT = new RegExp(
  [
    '[抽揪奖送赠礼领瓜返退赢获享惠免佣减群集锁运富财吉霉祸]',
    '反现|提成|即可|就能|就可|才能|才可|方可|均可|都能|都可|便可|机会|立得|收入|现金|0元|可得|各得|都得|会得|将得|再得|得到|拿到|惊喜|后才',
    '平安|心想事成|福报|如意|降临|来临|到来|不转|不分享|不扩散|就转|就分享|就扩散|良心|爱心|孝心|正义感|不顺|后悔|遭殃|报应|出事|不然|否则',
    '看到|见到|收到|见者|疯转|转疯|必转|务必|一定要|人人|好心人|锦鲤',
  ].join('|'),
);

/** A plain call to repost (继续转发、转发本条): enough, with a lottery in the next or last sentence of the post. */
export const CALL_FORM = `(?:继续|快|快来|赶紧|赶快|请|欢迎|大家|一起|都来|速)(?:转发|转起来?|转|分享|扩散)|转发(?:本条|此条|这条|本微博|此微博|这条微博)|转起来?`;
export const NEARBY_LOTTERY = `抽奖|抽\\s*${N}\\s*(?:位|个|人|名)|开奖|奖品|礼物|有奖`;

/**
 * Sentences that report or discuss an inducement rather than make one: winners and results
 * (恭喜…获得、中奖名单、我参加转发抽奖中了), warnings and news (市场监管局提醒：集赞换礼品的活动…),
 * and mockery (“不转不是中国人”这种标题).
 */
export const REPORT_CONTEXT = '已经?(?:送出|发放|寄出|发出)|感谢(?:大家|各位)?(?:的)?(?:转发|参与|支持)|恭喜|中奖名单|获奖名单|获奖者|中奖者|已结束|结束了|开奖啦|开奖了|已开奖|发奖啦|抽中|中了|被抽|获奖了|中奖了|领到了|收到了|没中|没抽中|未中奖|结果出来|名单出来|已公布';
export const DISCUSSION_CONTEXT = `提醒|谨防|警惕|当心|曝光|查处|处罚|罚款|违规|整治|投诉|举报|骗局|套路|陷阱|谣言|辟谣|诱导|所谓|那一套|反感|讨厌|假的|骗人|有人说|话题下|这种(?:标题|消息|帖子|文章|活动|说法|话|东西|套路)`;
/** An action refused or ruled out just before it (不需要转发、不搞集赞). */
export const NEGATION_BEFORE = /(?:不需要|不用|无需|不必|不搞|不要|别|拒绝|没有|不会|从不|从来不|不)\s*$/;
/** Clauses that lean on the clause before or after them: deleting a pressure clause would orphan them. */
export const DEPENDENT_AFTER = /^\s*(?:让|好让|使|以便|以免|为了|帮|来|就|才|好|否则|不然|要不然)/;
export const DEPENDENT_BEFORE = /^\s*(?:为了|为|如果|只要|要是|若|假如|凡是?|谁)|的话\s*$/;
