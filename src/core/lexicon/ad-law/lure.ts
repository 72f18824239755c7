import type { WordList } from '../types';
import type { AdLawEntry } from './types';
import { entry } from './types';

/**
 * Lure words: telling the reader they have won, or that everyone rides free, to make them
 * click. 《广告法》第四条 bans deceiving and misleading consumers; 《互联网广告管理办法》(2023)
 * names "虚假的奖励承诺" among the ways of tricking users into clicking an ad. They sit on the
 * common 广告法极限词 lists as 点击领奖、恭喜获奖、全民免单.
 */
const ENTRIES: AdLawEntry[] = [
  entry('点击领奖', 'lure'),
  entry('点击领取奖品', 'lure'),
  entry('点击领取大奖', 'lure'),
  // 恭喜获奖的小伙伴 / 恭喜获奖者 announce real winners; addressed to the reader it is a lure.
  entry('恭喜获奖', 'lure', { ordinaryBefore: ['的', '者', '名单', '用户', '粉丝', '小伙伴', '朋友', '童鞋', '同学'] }),
  entry('恭喜您获奖', 'lure'),
  entry('恭喜你获奖', 'lure'),
  entry('恭喜您中奖', 'lure'),
  entry('恭喜你中奖', 'lure'),
  entry('恭喜您已获得', 'lure'),
  entry('您已中奖', 'lure'),
  entry('你已中奖', 'lure'),
  entry('您已获奖', 'lure'),
  entry('全民免单', 'lure'),
];

export const LURE_LIST: WordList = {
  id: 'ad-law/lure',
  readsThroughSpellings: true,
  source: '《中华人民共和国广告法》第四条; 《互联网广告管理办法》(2023)“虚假的奖励承诺”; common 广告法极限词 lists',
  entries: ENTRIES,
};
