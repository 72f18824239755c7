/**
 * The `ad-law` rule's word lists, one file per group of the common 广告法极限词 lists under
 * `ad-law/`. Each list carries its own ordinary-sense exemptions (最近 never matches; 最佳赏味期、
 * 第一时间、唯一的遗憾 are exempt), because an exempt phrase only silences its own list.
 */
import type { WordList } from './types';
import { AUTHORITY_LIST } from './ad-law/authority';
import { CERTAINTY_LIST } from './ad-law/certainty';
import { FIRST_LIST } from './ad-law/first';
import { GRADE_LIST } from './ad-law/grade';
import { LURE_LIST } from './ad-law/lure';
import { SCOPE_LIST } from './ad-law/scope';
import { SUPERLATIVE_LIST } from './ad-law/superlative';
import { UNIQUE_LIST } from './ad-law/unique';

export type { AdLawCategory, AdLawEntry, FollowingKind } from './ad-law/types';
export { isAdLawEntry } from './ad-law/types';
export { STATE_ENDORSEMENT } from './ad-law/authority';
export { ORDINAL_FOLLOWERS } from './ad-law/first';
export { AUTHORITY_LIST, CERTAINTY_LIST, FIRST_LIST, GRADE_LIST, LURE_LIST, SCOPE_LIST, SUPERLATIVE_LIST, UNIQUE_LIST };

export const AD_LAW_LISTS: readonly WordList[] = [
  SUPERLATIVE_LIST,
  FIRST_LIST,
  GRADE_LIST,
  UNIQUE_LIST,
  SCOPE_LIST,
  CERTAINTY_LIST,
  AUTHORITY_LIST,
  LURE_LIST,
];

/**
 * Self-comparison: a superlative or ranking that only compares a brand's own goods is not an
 * absolute claim (市场监管总局《广告绝对化用语执法指南》(2023): 仅用于对同一品牌或同一企业商品进行
 * 自我比较的). The rule treats 最-words and rankings as self-comparison when one of these markers
 * stands earlier in the same sentence: 本店最受欢迎的一款、我们家最好卖的、历代最强、
 * 比上一代最大的提升.
 */
export const SELF_COMPARISON_MARKERS: readonly string[] = [
  '本店', '店内', '店里', '小店', '我家', '我们家', '咱家', '自家', '本品牌', '品牌旗下', '旗下', '本系列', '系列中', '系列里',
  '同系列', '全系', '家族中', '家族里', '历代', '历来', '上一代', '上代', '前代', '前几代', '以往', '我们的产品中', '店铺',
];

/**
 * A negated superlative is not a claim: 没有最好，只有更好 (a goal, in the guideline's words),
 * 表情不是最好的. Checked right before rankings, superlatives, grades and uniqueness words.
 */
export const NEGATIONS: readonly string[] = ['没有', '不是', '并非', '并不是', '不算', '算不上', '称不上', '谈不上', '不一定是', '没', '不敢说是', '不敢说', '不敢称', '不能说是', '不一定', '未必是', '未必'];

/**
 * Awards and titles are allowed to contain absolute terms when they were really conferred
 * (《广告绝对化用语执法指南》: 依据国家有关规定评定的奖项、称号): 荣获“年度最具投资价值品牌”,
 * 十佳最具潜力旅游目的地. A marker in the same sentence, or 奖 closing the phrase, makes the
 * term part of a title.
 */
export const AWARD_MARKERS: readonly string[] = [
  '奖项', '奖杯', '金奖', '银奖', '铜奖', '大奖', '称号', '评选', '榜单', '十佳', '十强', '十大', '百强', '荣获', '获评', '评为',
  '入选', '提名', '证书', '获奖',
];
