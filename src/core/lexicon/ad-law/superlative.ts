import type { WordList } from '../types';
import type { AdLawEntry } from './types';
import { entry, exempt } from './types';

/**
 * 最-words: "最高级、最佳" are named in 《广告法》第九条第三项; the rest are the 最-entries shared
 * by the common 广告法极限词 lists (e.g. 最好、最强、最低价、最便宜、最先进、最受欢迎). Only
 * phrases that claim a ranking are listed, so 最近、最后、最初、最终、最爱、最喜欢 never match.
 */

/**
 * 最 + a one-character adjective: 很X wherever it stands alone (效果最好 → 效果很好, 最好的 →
 * 很好的); before a noun 很X needs 的 (最强性能 → 很强的性能).
 */
function degree(word: string, more: Omit<AdLawEntry, 'word' | 'category'> = {}): AdLawEntry {
  const mild = `很${word.slice(1)}`;
  return entry(word, 'superlative', { fit: { de: [mild], end: [mild], word: [`${mild}的`] }, ...more });
}

/** 最 + a two-character adjective: the adjective alone before a noun (最先进技术 → 先进技术). */
function degree2(word: string, more: Omit<AdLawEntry, 'word' | 'category'> = {}): AdLawEntry {
  const adjective = word.slice(1);
  return entry(word, 'superlative', { fit: { de: [`很${adjective}`], end: [`很${adjective}`], word: [adjective] }, ...more });
}

/** What follows 最好 when it means "had better" (最好不要、最好先试用、最好是早上用). */
const HAD_BETTER = [...'不别还是先能要在把给去来让多少尽趁找跟和与带等提早晚直再都也就每请只选买备做考避戴涂搭配放保准有一两'];

/** How 最好X reads as advice rather than a claim: 最好用温水、最好看一下说明书. */
/**
 * 最大的亮点、最大的好处在于…: which of a product's own features stands out, or a speaker's
 * situation (最大的问题、最大的动力), not a ranking against rivals.
 */
const OWN_FEATURE = [
  '特点', '亮点', '特色', '卖点', '优点', '看点', '好处', '优势', '魅力', '不同', '区别', '设计亮点', '设计特点', '进步', '问题',
  '价值', '期许', '期望', '动力', '心愿', '愿望', '遗憾', '收获', '感受', '体会', '敌人', '羞辱', '幸福', '快乐', '乐趣', '梦想',
  '挑战', '困难', '压力', '变化', '改变', '提升', '升级', '缺点', '不足', '努力', '诚意', '支持', '尊重', '善意',
].flatMap((w) => [w, `的${w}`]);

/**
 * Institutions, statistics and idioms, not claims about goods: silent in every list that could
 * find a claim in them (全国最高气温、中国最高人民检察院).
 */
export const NOT_CLAIMS: readonly string[] = [
  '最高法', '最高人民法院', '最高人民检察院', '最高检', '最低工资', '最低生活保障', '最低消费', '最低限度',
  '最高气温', '最低气温', '最高温', '最低温', '最大化', '最小化', '最大限度', '最大程度', '最大值', '最小值',
  '最高值', '最低值', '最优解', '最优化', '最大公约数', '最小公倍数', '最高纪录', '最强音', '最高兴', '最高程度',
];

const claimAtEnd = (word: string): AdLawEntry => entry(word, 'superlative', { claimOnlyAtEnd: true, replacements: [`很${word.slice(1)}`] });

const ENTRIES: AdLawEntry[] = [
  entry('最佳', 'superlative', { replacements: ['理想'], alternatives: ['出色', '上佳'] }),
  entry('最高级', 'superlative', { replacements: ['高级'] }),
  entry('最高端', 'superlative', { replacements: ['高端'] }),
  entry('最顶级', 'superlative', { replacements: ['高端'] }),
  degree('最好', { ordinaryBefore: HAD_BETTER, alternatives: ['出色', '优秀'] }),
  claimAtEnd('最好用'),
  claimAtEnd('最好吃'),
  claimAtEnd('最好看'),
  claimAtEnd('最好喝'),
  claimAtEnd('最好玩'),
  claimAtEnd('最好听'),
  claimAtEnd('最好穿'),
  claimAtEnd('最好卖'),
  entry('最优', 'superlative', { replacements: ['理想'], alternatives: ['优秀', '出色'] }),
  degree2('最优惠', { alternatives: ['超值'] }),
  degree2('最优质', { alternatives: ['优质'] }),
  degree('最美'),
  degree('最强', { alternatives: ['超强', '强劲'] }),
  degree('最大', { specBeforeNumber: true, ordinaryBefore: OWN_FEATURE, alternatives: ['超大', '大容量'] }),
  degree('最高', { specBeforeNumber: true }),
  degree('最低', { specBeforeNumber: true, alternatives: ['低至', '超低'] }),
  degree('最小', { specBeforeNumber: true, ordinaryAfter: ['年龄', '年纪', '岁数'] }),
  degree('最快', { specBeforeNumber: true }),
  degree('最全', { alternatives: ['齐全'] }),
  degree('最棒'),
  degree('最赞'),
  degree('最牛'),
  degree('最火', { alternatives: ['热门', '人气'] }),
  degree('最潮'),
  entry('最低价', 'superlative', { commercial: true, replacements: ['特惠价'], alternatives: ['优惠价', '超值价'] }),
  entry('最低价格', 'superlative', { commercial: true, replacements: ['优惠价格'] }),
  entry('最低折扣', 'superlative', { commercial: true, replacements: ['超低折扣'] }),
  degree2('最便宜', { alternatives: ['实惠', '超值'] }),
  degree2('最实惠'),
  degree2('最划算'),
  degree2('最先进'),
  degree2('最流行'),
  degree2('最时尚'),
  degree2('最专业'),
  degree2('最舒适'),
  degree2('最耐用'),
  degree2('最经典'),
  degree2('最正宗'),
  degree2('最靠谱'),
  degree2('最完美'),
  degree2('最理想'),
  degree2('最热销'),
  degree2('最畅销'),
  degree2('最热门'),
  degree2('最纯正'),
  // Two-character adjectives after 最 must be whole entries, or 最美 would match 最美好 and its
  // fix would read 很美的好.
  degree2('最美好'),
  degree2('最美丽'),
  degree2('最美味'),
  degree2('最强大'),
  degree2('最强劲'),
  degree2('最大气'),
  degree2('最大方'),
  degree2('最高效'),
  degree2('最快捷'),
  degree2('最快速'),
  degree2('最优秀'),
  degree2('最优雅'),
  degree2('最优美'),
  degree2('最低调'),
  degree2('最低廉'),
  degree2('最小巧'),
  degree2('最高档'),
  // 大型、小型 are words: 最大型博彩公司 → 大型博彩公司, not 很大的型.
  degree2('最大型'),
  degree2('最小型'),
  entry('最受欢迎', 'superlative', { fit: { de: ['很受欢迎'], end: ['很受欢迎'], word: ['受欢迎'] }, alternatives: ['人气'] }),
  // 最适合你的、最适合他的老师: choosing for one person among what is offered, not ranking it against rivals.
  entry('最适合', 'superlative', { replacements: ['很适合'], ordinaryBefore: ['你', '您', '他', '她', '自己', '宝宝', '孩子', '每个人', '每一个人', '个人'] }),
  entry('最具', 'superlative', { replacements: ['颇具'] }),
  entry('最有效', 'superlative', { alternatives: ['写出可查证的效果数据和出处'] }),
  entry('最安全', 'superlative', { alternatives: ['写出通过的检测或认证'] }),
  entry('最健康', 'superlative'),
  entry('最权威', 'superlative'),
  entry('最科学', 'superlative'),
  entry('最新发明', 'superlative'),
  entry('最新创造', 'superlative'),
  entry('最新科技', 'superlative', { replacements: ['新科技'] }),
  entry('最新技术', 'superlative', { replacements: ['新技术'] }),

  // The seed (issue 11): 最 before any other adjective or verb phrase (最耐穿、最受年轻人欢迎、
  // 最是能拂去烦躁). The entries above are the phrases with a rewrite or an ordinary sense of their
  // own; for the rest the rule reads what the seed governs (lexicon/ad-law/governed.ts), and its
  // fix takes the 最 away (耐穿的、受年轻人欢迎的). 蕞 and 醉 spell 最 to slip past filters (zui is
  // found as every pinyin spelling is, by the matcher).
  entry('最', 'superlative', { governs: 'phrase' }),
  entry('最为', 'superlative', { governs: 'phrase' }),
  entry('蕞', 'superlative', { governs: 'phrase', spellingOf: '最' }),
  entry('醉', 'superlative', { governs: 'degree', spellingOf: '最' }),

  ...exempt('superlative', ['蕞尔', ...NOT_CLAIMS]),
  // Consumer tips (《广告绝对化用语执法指南》: 使用方法、使用时间、保存期限等消费提示).
  ...exempt('superlative', [
    '最佳赏味', '最佳食用', '最佳饮用', '最佳使用', '最佳保存', '最佳储存', '最佳冲泡', '最佳观赏', '最佳品尝',
    '最佳观看', '最佳佩戴',
  ]),
  // Awards and titles (the guideline's 依据国家有关规定评定的奖项、称号).
  ...exempt('superlative', [
    '最佳男主角', '最佳女主角', '最佳男配角', '最佳女配角', '最佳影片', '最佳导演', '最佳编剧', '最佳新人',
    '最佳歌手', '最佳男演员', '最佳女演员', '最佳球员', '最佳损友',
  ]),
  // Goals and feelings, not claims about goods (the guideline's 目标追求、主观愿望).
  ...exempt('superlative', [
    '最好的自己', '最美的自己', '最好的我们', '最好的朋友', '最好的时光', '最美的时光', '最好的年纪', '最美的年纪',
    '最好的时代', '最好的安排', '最好的回忆', '最美的回忆', '做到最好', '追求最好', '最好的祝福',
    '最美的年华', '最好的年华',
  ]),
];

export const SUPERLATIVE_LIST: WordList = {
  id: 'ad-law/superlative',
  readsThroughSpellings: true,
  source:
    '《中华人民共和国广告法》第九条第三项（“最高级”“最佳”等用语）; common 广告法极限词 lists; exemptions after 市场监管总局《广告绝对化用语执法指南》(2023)',
  entries: ENTRIES,
};
