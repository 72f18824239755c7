import type { WordList } from '../types';
import type { AdLawEntry } from './types';
import { entry, exempt } from './types';

/**
 * 级/极 words: "国家级" is named in 《广告法》第九条第三项; 世界级、顶级、极品、极致、终极、顶尖、
 * 至尊 are the grade words of the common 广告法极限词 lists.
 */
const ENTRIES: AdLawEntry[] = [
  entry('国家级', 'grade', { alternatives: ['写出评定机关和称号全称，如“国家级非物质文化遗产”'] }),
  entry('世界级', 'grade', { alternatives: ['国际水准'] }),
  entry('国际级', 'grade', { alternatives: ['国际水准'] }),
  entry('宇宙级', 'grade'),
  entry('殿堂级', 'grade'),
  entry('大师级', 'grade', { alternatives: ['匠心'] }),
  entry('顶级', 'grade', { fit: { de: ['高端'], word: ['高端'] }, alternatives: ['高品质', '高端'] }),
  entry('极品', 'grade', { replacements: ['精品'] }),
  // 到极致 (发挥到了极致) and X的极致 use it as a noun, which has no one-word rewrite; before a
  // noun 出色 reads well.
  // Before a word 极致 may be an adverb (极致轻薄) or an adjective (极致体验): no one rewrite fits both.
  entry('极致', 'grade', { fit: { de: ['出色'] }, noFixAfter: '到了的', alternatives: ['出色', '用心'] }),
  entry('终极', 'grade', { alternatives: ['全新'] }),
  entry('顶尖', 'grade', { fit: { de: ['出色'], word: ['出色的'] }, alternatives: ['出色', '优秀'] }),
  entry('顶峰', 'grade'),
  entry('巅峰', 'grade', { alternatives: ['匠心之作'] }),
  entry('至尊', 'grade', { alternatives: ['尊享'] }),
  entry('至臻', 'grade', { alternatives: ['精心'] }),
  // 上乘 reads wherever 一流 stood: 一流的服务、做工属于一流、一流水平.
  entry('一流', 'grade', { replacements: ['上乘'] }),
  entry('之王', 'grade'),
  // 王牌单品、金牌月嫂、降噪耳机的天花板: the top grade in trade slang.
  entry('王牌', 'grade', { alternatives: ['招牌', '人气'] }),
  entry('金牌', 'grade', { alternatives: ['资深', '写出真实的资质或获奖名称'] }),
  entry('天花板', 'grade', { alternatives: ['标杆之外，写出具体的指标'] }),
  entry('顶流', 'grade', { alternatives: ['人气'] }),

  // Titles conferred under state rules (the guideline's 依据国家有关规定评定的奖项、称号).
  ...exempt('grade', [
    '国家级非物质文化遗产', '国家级非遗', '国家级自然保护区', '国家级风景名胜区', '国家级重点', '国家级高新技术企业',
    '国家级高新区', '国家级新区', '国家级开发区', '国家级经济技术开发区', '国家级运动员', '国家级裁判', '国家级示范',
    '国家级贫困县', '国家级专精特新',
  ]),
  // Stating a goal is not a claim (the guideline's 目标追求).
  ...exempt('grade', ['追求极致', '极致追求']),
  // Fixed expressions: 登峰造极 contains 峰 not 顶峰; 顶级联赛 names a sports league tier; a
  // medal (金牌得主、获得金牌) and a trump card in play (打出王牌) are no grade of goods.
  ...exempt('grade', ['顶级联赛', '一流大学', '世界一流大学', '一流学科', '金牌得主', '获得金牌', '夺得金牌', '拿到金牌', '拿金牌', '夺金牌', '金牌榜', '打出王牌', '王牌对王牌', '天花板上', '天花板下']),
];

export const GRADE_LIST: WordList = {
  id: 'ad-law/grade',
  readsThroughSpellings: true,
  source: '《中华人民共和国广告法》第九条第三项（“国家级”）; common 广告法极限词 lists (世界级、顶级、极品、极致、终极)',
  entries: ENTRIES,
};
