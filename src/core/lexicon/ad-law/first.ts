import type { WordList } from '../types';
import type { AdLawEntry } from './types';
import { entry, exempt } from './types';

/**
 * 第一 / NO.1 / TOP1 / 首-words: rankings "of the same meaning" as 最高级 (《广告法》第九条第三项),
 * as the common 广告法极限词 lists group them.
 */

/**
 * After 第一 these make it an ordinal (第一次、第一天、第一步、第一眼、第一口、第一家店 …), not a
 * ranking. 名 is missing on purpose: 第一名 is a ranking.
 */
export const ORDINAL_FOLLOWERS: readonly string[] = [
  ...'次个天步眼口章节集季期站届批场部篇条句件位回轮页行层排年月日周代款首声枪刀笔桶份瓶杯顿单局把盘套组号家课关幕段波拨趟遍百千万十',
  ...'枚张种餐只棵座辆架台本支根颗粒块片封串对双副扇间所堂门项类群队班级人则弹抢展站',
  '时间', '印象', '感觉', '反应', '手', '视角', '人称', '夫人', '线', '要务', '生产力', '责任人', '阶段', '梯次', '堂课', '季度',
];

/** 第一 as rank: 销量第一 → 销量领先; 是第一、排第一、位列第一 have no fix that reads well. */
/** 本/家/人 are classifiers, but 本公司、本店、家族 … after 第一 are not what is counted. */
const NOT_ORDINAL = ['本公司', '本店', '本品', '本人', '家族', '人气'];

/**
 * A season or a year before 第一 makes it the first of that time, not a rank: 开春第一抢、新年第一弹、
 * 今年第一场雪.
 */
export const TIME_BEFORE_ORDINAL = ['开春', '新春', '新年', '春节', '今年', '本年', '开年', '年度', '入冬', '入秋', '入夏', '入春', '今冬', '今夏', '今春', '今秋', '本季', '本周', '本月', '今天', '今日'];

const rank = (word: string): AdLawEntry =>
  entry(word, 'first', {
    ordinaryBefore: ORDINAL_FOLLOWERS,
    ordinaryAfter: TIME_BEFORE_ORDINAL,
    notOrdinaryBefore: NOT_ORDINAL,
    enumeration: true,
    fit: { de: ['领先'], end: ['领先'] },
    noFixAfter: '是为当做成拿得获考夺争排列居占位',
    alternatives: ['领先', '名列前茅'],
  });

const ENTRIES: AdLawEntry[] = [
  rank('第一'),
  rank('第1'),
  entry('第一品牌', 'first', { commercial: true, replacements: ['领先品牌'] }),
  entry('第一名', 'first', { alternatives: ['名列前茅', '领先'] }),
  entry('第一选择', 'first', { replacements: ['优选'] }),
  entry('第一梯队', 'first', { alternatives: ['领先梯队'] }),
  ...['NO.1', 'NO1', 'Top1', 'Top 1', 'Top.1'].map((word) =>
    entry(word, 'first', { fit: { de: ['领先'], end: ['领先'], word: ['领先'] }, noFixAfter: '是为排列居占位', alternatives: ['领先'] }),
  ),
  entry('天下第一', 'first'),
  entry('首选', 'first', { replacements: ['优选'], alternatives: ['理想之选', '好选择'] }),
  entry('首创', 'first', { alternatives: ['原创', '自主研发'] }),
  entry('首屈一指', 'first', { replacements: ['出众'] }),
  entry('独占鳌头', 'first', { alternatives: ['名列前茅'] }),
  entry('遥遥领先', 'first', { replacements: ['领先'] }),
  entry('销量冠军', 'first', { commercial: true, replacements: ['销量领先'], alternatives: ['热销'] }),
  // 销量第一名、销量第一品牌: no rewrite keeps the word after it.
  entry('销量第一', 'first', { commercial: true, fit: { de: ['销量领先'], end: ['销量领先'] }, alternatives: ['热销'] }),
  entry('销冠', 'first', { commercial: true, alternatives: ['热销'] }),
  entry('冠军品质', 'first', { replacements: ['上乘品质'] }),
  entry('领导品牌', 'first', { commercial: true, replacements: ['知名品牌'] }),
  entry('领袖品牌', 'first', { commercial: true, replacements: ['知名品牌'] }),
  // Titles that rank a seller above its trade (行业领导者、手机壳界的王者、净水行业标杆).
  entry('领导者', 'first', { alternatives: ['写出可查证的市场数据和出处'] }),
  entry('领军者', 'first'),
  entry('领军品牌', 'first', { replacements: ['知名品牌'] }),
  entry('领跑者', 'first'),
  entry('王者', 'first', { alternatives: ['实力派'] }),
  entry('霸主', 'first'),
  entry('标杆', 'first', { alternatives: ['典范'] }),

  ...exempt('first', ['第一时间', '第一印象', '第一感觉', '第一反应', '第一手', '第一视角', '第一人称', '第一夫人', '第一线', '首选项']),
  // Values put first are a business philosophy, not a ranking (the guideline's 经营理念):
  // 安全第一、质量第一、顾客第一、友谊第一.
  ...exempt('first', [
    '安全第一', '健康第一', '质量第一', '品质第一', '顾客第一', '客户第一', '用户第一', '服务第一', '友谊第一', '信誉第一',
    '诚信第一', '生命第一', '身体第一', '学习第一', '家庭第一', '人民第一', '孩子第一', '你第一', '您第一', '你们第一',
  ]),
];

export const FIRST_LIST: WordList = {
  id: 'ad-law/first',
  readsThroughSpellings: true,
  source: '《中华人民共和国广告法》第九条第三项; common 广告法极限词 lists (第一、NO.1、TOP1、首选、首创)',
  entries: ENTRIES,
};
