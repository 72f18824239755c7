import type { WordList } from '../types';
import type { AdLawEntry } from './types';
import { entry, exempt } from './types';

/**
 * 唯一 / 独家 / 独一无二: claims that no rival matches, listed with the absolute terms by the
 * common 广告法极限词 lists (《广告法》第九条第三项, "等用语").
 */
const ENTRIES: AdLawEntry[] = [
  // 唯一能做的、唯一想说的: the speaker's own situation, not the goods.
  // 唯一一套、唯一的一班车: counting, not ranking.
  entry('唯一', 'unique', {
    fit: { de: ['少有'] },
    ordinaryBefore: ['能', '可以', '会', '想', '要', '剩', '记得', '知道', '担心', '害怕', '不足', '缺点', '遗憾', '一', '的一', '两', '的两', '一次', '的一次'],
    alternatives: ['少有', '难得'],
  }),
  entry('独家', 'unique', { alternatives: ['特色', '专属'] }),
  entry('独一无二', 'unique', { replacements: ['与众不同'] }),
  entry('绝无仅有', 'unique', { replacements: ['难得一见'] }),
  entry('无与伦比', 'unique', { replacements: ['出众'] }),
  entry('举世无双', 'unique', { replacements: ['出众'] }),
  entry('无可比拟', 'unique', { replacements: ['出众'] }),
  entry('无可匹敌', 'unique', { alternatives: ['出众'] }),
  entry('无人能及', 'unique', { alternatives: ['出众'] }),
  entry('无人能敌', 'unique', { alternatives: ['出众'] }),
  entry('无可替代', 'unique', { alternatives: ['难得'] }),
  entry('独步天下', 'unique'),
  entry('空前绝后', 'unique'),
  entry('史无前例', 'unique'),
  entry('前无古人', 'unique'),
  entry('天下无敌', 'unique', { alternatives: ['出众'] }),
  entry('无敌', 'unique', { alternatives: ['出众'] }),
  entry('无出其右', 'unique', { alternatives: ['出众'] }),
  entry('独一份', 'unique', { alternatives: ['特色'] }),
  entry('绝伦', 'unique', { alternatives: ['出众'] }),
  entry('找不到第二', 'unique', { alternatives: ['少有'] }),
  // "…，没有之一": the companion that makes any claim the only best; the claim's fix takes it too.
  entry('没有之一', 'unique'),

  // A flaw or a plain fact, not a claim about the goods: 唯一的遗憾是…, 唯一的办法.
  ...exempt('unique', [
    '唯一的遗憾', '唯一遗憾', '唯一的缺点', '唯一缺点', '唯一的不足', '唯一不足', '唯一的问题', '唯一的败笔',
    '唯一的办法', '唯一的方法', '唯一的希望', '唯一的愿望', '唯一的要求', '唯一的条件', '唯一标识', '唯一性',
    '唯一官方', '唯一的官方',
  ]),
  // Media exclusives are contractual facts: 独家专访、独家报道.
  ...exempt('unique', ['独家专访', '独家报道', '独家采访', '独家披露', '独家首播', '独家播出', '独家记忆', '独家曝光', '独家揭秘', '独家爆料', '独家连载', '独家授权']),
  // Property tax terms: the owner's only home, held five (or two) years.
  ...exempt('unique', ['满五唯一', '过五唯一', '满二唯一', '满五年唯一', '满两年唯一']),
];

export const UNIQUE_LIST: WordList = {
  id: 'ad-law/unique',
  readsThroughSpellings: true,
  source: '《中华人民共和国广告法》第九条第三项; common 广告法极限词 lists (唯一、独家、独一无二、绝无仅有)',
  entries: ENTRIES,
};
