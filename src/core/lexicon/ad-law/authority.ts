import type { WordList } from '../types';
import type { AdLawEntry } from './types';
import { entry } from './types';

/**
 * Borrowed authority. 《广告法》第九条第二项 bans using the name or image of state organs and their
 * staff; the 2013 notice 国管办〔2013〕59号 (国管局、中直管理局、财政部、审计署、工商总局) bans
 * 特供/专供 marks tied to central and state organs; 免检 ended in 2008, so a 免检 claim is false
 * (《广告法》第四条). "国家X推荐" with any organ in between is matched by the rule itself
 * (`STATE_ENDORSEMENT` below), since a list cannot name every organ.
 */
const ENTRIES: AdLawEntry[] = [
  entry('国家领导人推荐', 'authority'),
  entry('领导人推荐', 'authority'),
  entry('领导人专用', 'authority'),
  entry('政府推荐', 'authority'),
  entry('政府指定', 'authority'),
  entry('机关推荐', 'authority'),
  entry('国宴特供', 'authority'),
  entry('国宴专供', 'authority'),
  entry('国宴专用', 'authority'),
  entry('国宴指定', 'authority'),
  entry('国宴用酒', 'authority'),
  entry('国宴级', 'authority'),
  entry('特供', 'authority', { alternatives: ['限定', '专享'] }),
  entry('专供', 'authority', { alternatives: ['专享', '限定'] }),
  entry('免检', 'authority'),
  entry('质量免检', 'authority'),
  entry('免检产品', 'authority'),
];

export const AUTHORITY_LIST: WordList = {
  id: 'ad-law/authority',
  readsThroughSpellings: true,
  source: '《中华人民共和国广告法》第九条第二项; 国管办〔2013〕59号《关于严禁中央和国家机关使用“特供”“专供”等标识的通知》',
  entries: ENTRIES,
};

/**
 * 国家卫健委推荐、国家体育总局指定 …: 国家, up to eight characters naming an organ, then an
 * endorsement verb. 推荐性 (推荐性国家标准) is a kind of standard, not an endorsement.
 */
export const STATE_ENDORSEMENT = /国家[\p{Script=Han}]{0,8}?(?:推荐|指定|特供|专供|专用)(?!性)/gu;
