import type { WordList } from '../types';
import type { AdLawEntry } from './types';
import { entry, exempt } from './types';

/**
 * 100% / 万能 / 永久 / 绝对 / 零风险: guarantees nobody can keep, on the common 广告法极限词 lists
 * with the absolute terms (《广告法》第九条第三项). 绝对 is listed only with the claim it
 * strengthens (绝对正品), because on its own it is an everyday intensifier (绝对不会、绝对可以).
 */

/**
 * A fibre content label is a fact the textile labelling standard asks for (100%纯棉、100% 羊毛、
 * 100%的新西兰羊毛), not a promise; so is a reading (电量100%). A fibre word within a few
 * characters after 100% makes it a label.
 */
const CONTENT_LABEL =
  /^的?(?:[^\P{Script=Han}不无没保证满意好效安]|[A-Za-z<> ]){0,5}?(?:棉|毛|丝|麻|绒|纤维|皮|革|涤纶|锦纶|氨纶|腈纶|聚酯|尼龙|莫代尔|天丝|莱赛尔|雪纺|铜|银|钢|钛|cotton|wool|silk|linen|polyester)(?![滑肤孔发囊])/iu;
const READINGS = ['电量', '电池', '充电', '充到', '充满', '进度', '湿度', '音量', '亮度', '满格', '剩余', '完成了'];

const ENTRIES: AdLawEntry[] = [
  entry('100%', 'certainty', { ordinaryBeforePattern: CONTENT_LABEL, ordinaryAfter: READINGS, alternatives: ['写出可查证的具体数据和出处'] }),
  entry('百分之百', 'certainty', { ordinaryBeforePattern: CONTENT_LABEL, ordinaryAfter: READINGS, alternatives: ['写出可查证的具体数据和出处'] }),
  entry('万能', 'certainty', { replacements: ['多功能'], alternatives: ['多用途'] }),
  entry('永久', 'certainty', { replacements: ['长期'], alternatives: ['持久'] }),
  entry('零风险', 'certainty', { commercial: true }),
  entry('无风险', 'certainty', { commercial: true }),
  entry('零缺陷', 'certainty'),
  // The seed: 绝对 vouching for anything about the goods (绝对舒适、绝对不起球、价格绝对优惠). In
  // chat it is an everyday intensifier, so it is a claim only where the draft sells; its fix takes
  // it away (舒适、不起球), which reads well wherever an adverb stood.
  entry('绝对', 'certainty', { governs: 'phrase' }),
  entry('绝对正品', 'certainty', { replacements: ['正品'] }),
  entry('绝对安全', 'certainty', { alternatives: ['写出通过的检测或认证'] }),
  entry('绝对有效', 'certainty'),
  entry('绝对领先', 'certainty', { replacements: ['领先'] }),
  entry('绝对值得', 'certainty', { replacements: ['值得'] }),
  entry('绝对低价', 'certainty', { replacements: ['低价'] }),
  entry('绝对保证', 'certainty'),
  entry('绝对第一', 'certainty'),
  entry('绝对物超所值', 'certainty', { replacements: ['物超所值'] }),

  // Product kinds and fixed phrases: 万能胶 is a glue, 永久 a bicycle brand, 不是万能的 a saying.
  ...exempt('certainty', [
    '万能胶', '万能表', '万能钥匙', '万能充', '万能插座', '万能轮', '万能的微博', '万能的淘宝', '万能的网友', '万能的朋友圈',
    '不是万能', '不是万能的', '并非万能', '万能青年', '永久牌', '永久自行车', '永久居留', '永久居民', '永久会员',
  ]),
];

export const CERTAINTY_LIST: WordList = {
  id: 'ad-law/certainty',
  readsThroughSpellings: true,
  source: '《中华人民共和国广告法》第九条第三项; common 广告法极限词 lists (100%、万能、永久、绝对、零风险)',
  entries: ENTRIES,
};
