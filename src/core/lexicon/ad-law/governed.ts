/**
 * What the seeds of absolute claims govern, and their ordinary senses (issue 11). 最 before any
 * adjective or verb phrase ranks the goods (最耐穿、最受年轻人欢迎、最是能拂去烦躁), and so does
 * 绝对 before what it vouches for (绝对舒适、绝对不起球): the rule reads the phrase after the seed
 * instead of listing every word it could be. The lists here are the exceptions, by class, each
 * from the ordinary senses the market regulator's guideline (市场监管总局《广告绝对化用语执法指南》,
 * 2023) and everyday Chinese give the words:
 *
 * - 第五条: the term does not point at the goods — a service attitude, a business philosophy or a
 *   wish (最诚挚的祝福), a goal (做到最好、追求第一), content with no bearing on the goods' quality;
 * - 第六条(一): self-comparison within one brand (本店最受欢迎的一款: `SELF_COMPARISON_MARKERS`);
 *   (二) consumer tips (最佳食用时间); (五) awards and titles; (六) facts bounded in time and place;
 * - and the senses of 最 that are not a ranking at all: time and order (最近、最后、最初), position
 *   (最前面、最底层), quantity and limits (最多、最少、最大限度, a figure after it: 最长可达8小时),
 *   feelings (我最喜欢、最怕), and the discourse that picks out one of the goods' own features
 *   (最重要的是…、最吸引人的地方在于…).
 */

/** After 最, the start of a word that makes it an ordinary sense, whatever follows. */
export const ZUI_ORDINARY: readonly string[] = [
  // Time and order.
  '近', '后', '初', '早', '终', '晚', '末', '先', '新', '迟', '开始', '起先',
  // Position.
  '前面', '前边', '前头', '前排', '前方', '前端', '前沿线', '后面', '后边', '后头', '后排', '后方', '上面', '上边', '上方', '上层',
  '下面', '下边', '下方', '下层', '底下', '底层', '底部', '里面', '里边', '里头', '内层', '外面', '外边', '外层', '外围', '中间',
  '左', '右', '东', '西', '南', '北', '深处', '高处', '低处', '边上', '边缘', '顶上', '顶端', '顶部', '尾',
  // Quantity and limits (最多、最少, 最大限度 …; numbers after the others are read as specifications).
  '多', '少', '大限度', '大程度', '大化', '小化', '起码', '低限度', '高限度', '低限', '高限', '少不',
  // Feelings other than liking (liking is read with its experiencer: `LIKING`).
  '讨厌', '恨', '怕', '想', '希望', '盼', '期待', '担心', '烦', '嫌', '羡慕', '佩服', '心疼', '怀念', '在乎', '在意', '疼', '痛',
  '害怕', '难忘', '难过', '伤心', '开心', '高兴', '幸福', '感动', '崇拜', '欣赏', '惦记', '牵挂', '放心不下', '爽', '满意',
  // Terms of address (最亲爱的粉丝们、最敬爱的老师).
  '亲爱', '敬爱', '尊敬', '可爱的你',
  // Discourse: what matters most is … (a choice among the writer's own points).
  '重要', '关键', '主要', '要紧', '根本', '要命', '可怕', '可惜', '遗憾', '搞笑', '好笑', '奇怪', '无语', '郁闷', '悲催', '倒霉',
];

/** Words that start like an ordinary sense but rank the goods: 最新鲜、最先进、最早熟 … */
export const ZUI_NOT_ORDINARY: readonly string[] = ['新鲜', '新潮', '新颖', '新奇', '先进', '多功能', '多元', '早熟', '后劲'];

/** 最 + one of these, said of a group (女神们的最爱、年轻人最喜欢的), claims popularity; said of oneself, it is a feeling. */
export const LIKING: readonly string[] = ['爱', '喜欢', '喜爱', '钟爱', '偏爱'];

/** Who likes it, in the clause before: a group makes a popularity claim, the writer a feeling. */
export const GROUP_EXPERIENCER = /们|大家|人人|所有人|年轻人|女生|女孩|男生|男士|女士|宝妈|妈妈们|孩子|消费者|顾客|用户|网友|明星|白领|学生党|吃货|潮人|达人|时尚圈|街拍/;
export const FIRST_PERSON = /我|俺|本人|咱|自己|小编/;

/**
 * After the phrase a 最 governs: it picks out one of the goods' own points (最大的亮点是…、最吸引人的
 * 地方在于…、最好的是它不挑肤质) or a greeting (最诚挚的祝福), not a ranking against rivals.
 */
export const OWN_POINT_AFTER = /^(?:的)?(?:就|便|还|也|则|要|应该|当然)?(?:是|在于|莫过于|当属|要数|非.{1,4}莫属)|^的(?:地方|一点|部分|之处|亮点|特点|特色|卖点|细节|优点|好处|魅力|看点|设计|元素|一个细节)/;
/** …or a greeting or the attitude of a service (第五条(一)): 最诚挚的祝福、用最真诚的态度. */
export const ATTITUDE_AFTER = /^的?(?:祝福|问候|感谢|谢意|敬意|歉意|祝愿|心意|敬礼|致意|慰问|哀悼|悼念|怀念|思念|回忆|纪念|态度|服务态度|诚意|热情|心态|姿态|初心)/;

/**
 * …or a fact of nature or geography that no seller made (第五条(三): no bearing on the goods'
 * quality): 世界最高峰、中国最大的内陆咸水湖.
 */
export const NATURE_AFTER = /^(?:的)?[\p{Script=Han}]{0,6}?(?:湖泊|湖|山峰|山脉|高峰|峰|河流|河|江|岛屿|岛|海洋|海湾|海|湾|沙漠|草原|瀑布|盆地|平原|高原|冰川|森林|峡谷|溶洞|天坑|火山|山|湿地|日落|日出|晚霞|夕阳|星空|云海|极光)(?![\p{Script=Han}])/u;

/**
 * Before 最 in its clause: a goal or a promise of effort (第五条(二)): 做到最好、追求最佳、力争第一、
 * 致力于成为最专业的, 做最好的自己 …
 */
export const GOAL_BEFORE = /(?:做到|追求|力求|力争|争取|争做|争当|致力|立志|目标|梦想|只为|希望成为|想成为|要成为|努力成为|努力做)|做\s*$/;

/** After the claim, in its sentence: 以世界级设计师为目标. */
export const GOAL_AFTER = /^[^，。！？,!?]{0,10}?为(?:目标|目的|方向|追求)/;

/**
 * Before 最 in its sentence: the writer's own experience (这是我吃过最好吃的火锅、在我心里最美的
 * 城市): a feeling, not a claim, where the draft does not sell.
 */
export const PERSONAL_FRAME = /我[^，。！？!?\n]{0,6}(?:吃|用|喝|穿|见|去|看|听|住|玩|买|遇|读|碰|试|拍|走)过|(?:在我|我的?)心[里中目]|对我(?:来说|而言)|我(?:这辈子|人生中|一生中)|我觉得|我认为|个人(?:觉得|认为|感觉)|私以为/;

/** 最 and what may stand between it and its phrase: 最为实穿、最是能、最最别样. */
export const ZUI_LINKS = ['为', '是', '最'];

/** Characters that end the phrase a seed governs (and do not belong to it). */
export const PHRASE_END = '的地得之了呀啊吧呢哦啦嘛么哈喔噢咯哟';

/** The degree words 醉 may govern (醉好吃 spells 最好吃; 醉人、醉了、陶醉 are words of their own). */
export const DEGREE_WORDS = [...'好佳优强低高便划实优美棒赞牛火潮香甜嫩'];

/** After 绝对: set phrases where it is no promise (绝对值、绝对零度、绝对多数). */
export const JUEDUI_ORDINARY: readonly string[] = ['值', '零度', '温度', '湿度', '高度', '多数', '少数', '真理', '音感', '主义', '化', '地址', '路径', '定位', '坐标'];

/**
 * A superlative said as a comparison with every rival (第九条第三项, "含义相同或者近似的用语"):
 * 没有哪款面膜比它更补水、找不到一家比我们更便宜的、比任何同类产品都更耐用. Only rivals count:
 * 比任何时候都香 compares the goods with their own past.
 */
export const COMPARED_WITH_ALL =
  /(?:没有|找不到|再也找不到)(?:任何|哪|一)(?:款|个|家|种|瓶|支|件|台|位)?[^，。！？!?\n]{0,8}?(?:比|比得上|胜过|超过|赶得上)(?:它|这款|这个|我们|我家|咱家|本品|本店)[^，。！？!?\n]{0,4}?更[\p{Script=Han}]{1,3}|比(?:任何|所有|其他|其它|别的|市面上的?)(?:同类|竞品|品牌|牌子|产品|商品|商家|同行|对手)[^，。！？!?\n]{0,4}?都(?:更|要)[\p{Script=Han}]{1,3}/gu;
