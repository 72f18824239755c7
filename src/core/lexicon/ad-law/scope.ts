import type { WordList } from '../types';
import { ORDINAL_FOLLOWERS } from './first';
import { NOT_CLAIMS } from './superlative';
import type { AdLawEntry } from './types';
import { entry, exempt } from './types';

/**
 * 全网 / 全球 / 史上 / 全国 …: a scope that widens a claim to every rival (全网最低价、史上最强、
 * 全球首发、全国首家). The phrases are every scope with every claim below, so the finding covers
 * the whole claim and its fix replaces all of it. 首发 alone (新品首发) is a dated fact the
 * guideline allows; 全球首发 is not. 全场 (this sale) is missing on purpose: it compares a shop's
 * own offers.
 */
const SCOPES = [
  '全网', '全球', '全国', '全世界', '世界', '国内', '中国', '全中国', '史上', '宇宙', '全宇宙', '行业', '业内',
  '全行业', '同行业', '同类', '同行', '全省', '全市', '全城', '亚洲', '国际',
] as const;

interface ScopedClaim {
  claim: string;
  /** The rewrite of scope + claim together, when one fits every sentence. */
  replacement?: string;
  alternatives?: string[];
}

const CLAIMS: readonly ScopedClaim[] = [
  { claim: '最低价', replacement: '特惠价', alternatives: ['超值价'] },
  { claim: '最低', alternatives: ['超值', '优惠'] },
  { claim: '最便宜', alternatives: ['超值', '实惠'] },
  { claim: '最好' },
  { claim: '最佳' },
  { claim: '最强' },
  { claim: '最大' },
  { claim: '最高' },
  { claim: '最快' },
  { claim: '最全' },
  { claim: '最火' },
  { claim: '最先进' },
  { claim: '最受欢迎', alternatives: ['人气'] },
  { claim: '最', alternatives: ['说出具体优点'] },
  { claim: '第一', alternatives: ['领先', '名列前茅'] },
  { claim: '销量第一', alternatives: ['热销'] },
  { claim: 'NO.1', alternatives: ['领先'] },
  { claim: '首发', replacement: '首发' },
  { claim: '首家' },
  { claim: '首个' },
  { claim: '首款' },
  { claim: '首创' },
  { claim: '独家' },
  { claim: '唯一' },
  { claim: '领先', alternatives: ['说明领先的具体指标和出处'] },
  { claim: '顶级' },
  { claim: '顶尖' },
  { claim: '一流' },
];

/**
 * A lowest price and a sales rank sell by their words alone (全网最低价、全国销量第一), and so does
 * any claim over 全网, every seller online.
 */
const COMMERCIAL_CLAIMS = new Set(['最低价', '销量第一']);

/**
 * After a scoped 第一, the classifiers of an event (全国第一次、全省第一届) make it an ordinal;
 * those of a shop, a product or an item do not: 全国第一家 says 全国首家.
 */
const SCOPED_ORDINAL = ORDINAL_FOLLOWERS.filter((w) => !'家个款台所座部辆只支瓶件套位'.includes(w) || w.length > 1);

function scopedEntries(): AdLawEntry[] {
  const out: AdLawEntry[] = [];
  for (const scope of SCOPES) {
    for (const c of CLAIMS) {
      out.push(
        entry(scope + c.claim, 'scope', {
          replacements: c.replacement ? [c.replacement] : undefined,
          alternatives: c.alternatives,
          claimPart: c.claim,
          // 全网最 + any phrase: the rule reads what it governs (全网最耐穿的).
          governs: c.claim === '最' ? 'phrase' : undefined,
          commercial: COMMERCIAL_CLAIMS.has(c.claim) || scope === '全网' || undefined,
          // 全国第一次 is a first time, not a ranking.
          ordinaryBefore: c.claim === '第一' ? SCOPED_ORDINAL : undefined,
        }),
      );
    }
  }
  return out;
}

export const SCOPE_LIST: WordList = {
  id: 'ad-law/scope',
  readsThroughSpellings: true,
  source: '《中华人民共和国广告法》第九条第三项; common 广告法极限词 lists (全网最低价、史上最强、全球首发、全国首家)',
  entries: [
    ...scopedEntries(),
    // Weather, statistics and institutions: 全国最高气温 is a reading, 中国最高人民检察院 a name.
    ...exempt('scope', NOT_CLAIMS),
  ],
};
