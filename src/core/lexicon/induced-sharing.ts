import type { PhrasePattern } from '../text/patterns';
import type { WordList } from './types';

/**
 * Phrases that induce readers to share: rewards for sharing, threats or blessings that press
 * people to repost, quotas of groups or friends, friend "assists", share prompts.
 *
 * Source: WeChat's 《微信外部链接内容管理规范》 (revised 2019-10-18, in force 2019-10-28),
 * the 诱导分享 clause: "通过利益诱惑，诱导用户分享以及传播外链内容的，包括但不限于：以金钱奖励、
 * 实物奖品、虚拟奖品……；声称分享可增加抽奖机会、中奖概率、成功可能；通过签到打卡、邀请好友协助
 * （包括但不限于助力、砍价、加速）、设置收集任务（包括但不限于集赞、集卡、集福、集碎片）等形式
 * 利诱、诱导用户分享" (as quoted by 北京日报, 2019-10-30); and WeChat's examples of 胁迫、煽动
 * 用户分享 with exaggerated words: “不转不是中国人”、“请好心人转发一下”、“转发后一生平安”、
 * “转疯了”、“必转” (WeChat announcement of 2015-03-10, as reported by 南方都市报 2015-03-12).
 *
 * Categories: reward (利诱), pressure (胁迫、煽动), quota (转到 N 个群), assist (好友助力/砍价),
 * prompt (提示分享朋友圈), lottery (转发抽奖: allowed on Weibo under its own rules).
 */
export const INDUCED_SHARING: WordList = {
  id: 'induced-sharing/phrases',
  readsThroughSpellings: true,
  source: '《微信外部链接内容管理规范》（2019-10-28 起施行）诱导分享条款；微信 2015-03-10 公告所举胁迫分享示例',
  entries: [
    ...[
      '转发集赞', '集赞', '集满赞', '点赞集满', '集齐赞', '分享到朋友圈即可', '分享朋友圈即可', '转发朋友圈即可',
      '转发到朋友圈即可', '分享至朋友圈即可', '分享给好友即可', '转发给好友即可', '分享后即可领取', '转发后即可领取',
      '分享即可领取', '转发即可领取', '分享即送', '转发即送', '分享有礼', '转发有礼', '分享领红包', '转发领红包',
      '分享可增加抽奖机会', '分享增加抽奖机会', '分享获得抽奖机会', '转发增加中奖率', '分享后才能', '转发后才能',
      '分享后方可', '转发后方可',
    ].map((word) => ({ word, category: 'reward' })),
    ...[
      '不转不是中国人', '不转发不是中国人', '是中国人就转', '是中国人就转发', '不转就遭殃', '不转发会倒霉',
      '转发后一生平安', '转发一生平安', '转发保平安', '转发会有好运', '转发有好运', '转发好运', '转发后好运',
      '请好心人转发', '好心人帮忙转发', '有良心的就转', '有良心的转', '有爱心的就转', '有孝心的就转',
      '转疯了', '看到请转发', '看到必须转', '不转不是', '转发这条锦鲤', '转发锦鲤',
    ].map((word) => ({ word, category: 'pressure' })),
    ...['好友助力', '邀请好友助力', '帮我助力', '助力砍价', '帮我砍一刀', '帮忙砍一刀', '帮砍一刀', '帮我加速'].map((word) => ({
      word,
      category: 'assist',
    })),
    ...['转发抽奖', '转发并抽奖', '转发+抽奖', '转发微博抽奖', '转发本条抽奖'].map((word) => ({ word, category: 'lottery' })),
    // Ordinary senses: 收集赞美、募集赞助 hold 集赞; 转不转不是重点 holds 不转不是.
    ...['收集赞', '募集赞', '召集赞', '汇集赞', '聚集赞', '采集赞', '搜集赞', '集赞助', '转不转'].map((word) => ({ word, exempt: true })),
  ],
};

/**
 * Quotas and reward conditions written with numbers or a few words between the parts:
 * 转发到3个群、分享给5位好友、集满28个赞、分享到朋友圈后截图即可领取. Same source as above.
 */
export const INDUCED_SHARING_PATTERNS: readonly PhrasePattern[] = [
  // A quota of groups is never narration: 转发到3个群、分享到五个微信群.
  { id: 'group-quota', category: 'quota', pattern: /(?:转发|分享|转)(?:到|至|给)?(?:\d+个?|[一二两三四五六七八九十几]+个)(?:微信群|QQ群|群)/g },
  // A quota of friends is, only when it is a condition: 分享给3位好友即可 (not 我分享给3个朋友了).
  {
    id: 'friend-quota',
    category: 'quota',
    pattern: /(?:转发|分享)(?:到|至|给)(?:\d+|[一二两三四五六七八九十几]+)(?:个|位|名)?(?:好友|朋友)[^。！？!?\n]{0,4}?(?:即可|就能|就可|才能|方可|可获|可得|领取|免费)/g,
  },
  { id: 'likes', category: 'reward', pattern: /集(?:满|齐|够)?(?:\d+|[一二两三四五六七八九十几百]+)个?赞/g },
  {
    id: 'share-then-reward',
    category: 'reward',
    pattern:
      /(?:转发|分享)[^，。！？!?\n]{0,6}?(?:到|至|给)(?:朋友圈|微信群|好友|朋友)[^。！？!?\n]{0,8}?(?:即可|就能|就可以|才能|方可|可)(?:免费)?(?:领取|获得|获赠|参与|参加|抽奖|得到|赢取|赢)/g,
  },
  // Asking for a share to Moments: 快分享到朋友圈、记得把它转发到朋友圈、分享到朋友圈吧 (not 我分享到朋友圈了).
  {
    id: 'moments-prompt',
    category: 'prompt',
    pattern: /(?:请|快|记得|赶紧|赶快|帮忙|一定要|欢迎)(?:把[^，。！？!?\n]{1,8}?)?(?:转发|分享)(?:到|至)?朋友圈吧?|(?:转发|分享)(?:到|至)?朋友圈吧/g,
  },
  // 必转 as a plea ends its clause (看完必转！), unlike 势必转向、必转会.
  { id: 'must-share', category: 'pressure', pattern: /必转(?=[!！?？。.，,、；;：:~～…\s]|$)/g },
];
