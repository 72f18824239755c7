import type { WordList } from './types';

/**
 * Calls to action: the verbs that ask the reader to buy, book, call or click. They are the
 * neutral vocabulary of a sales pitch; the imperative hard-sell phrases (赶紧下单、立即购买)
 * belong to the `hard-sell` rule's own list.
 *
 * Source: common Chinese retail and direct-marketing vocabulary; Postlint heuristic.
 */
export const CALLS_TO_ACTION: WordList = {
  id: 'ad-density/cta',
  source: 'Common Chinese direct-marketing calls to action; Postlint heuristic',
  entries: [
    ...[
      '点击', '点我', '戳链接', '戳我', '猛戳', '咨询', '详询', '垂询', '来电', '致电', '拨打',
      '加微信', '加我微信', '私信我', '私聊', '下单', '抢购', '订购', '预订', '预定', '预约', '报名',
      '选购', '购买', '进店', '到店', '来店', '光临', '欢迎莅临', '惠顾', '欢迎选购', '欢迎订购',
      '链接在评论区', '戳下方', '点击链接', '领取', '领券', '速来', '抢先', '快来', '赶快',
      // The shop's welcome and invitation (欢迎您、期待您的光临、敬请垂询).
      '欢迎您', '期待您', '敬请', '来电咨询', '欢迎光临',
      '欢迎致电', '欢迎来电', '欢迎咨询', '欢迎前来', '诚邀', '邀您', '恭候', '了解详情', '详情请',
      '请联系', '联系我', '与我联系', '随时联系', '有意者', '有意向', '订货', '试听', '试吃', '免费体验', '光顾', '等你来', '等你拿', '如有需要', '有需要的',
    ].map((word) => ({ word })),
    // Ordinary senses of these verbs are not sales pitches.
    { word: '点击率', exempt: true },
    { word: '抢先看', exempt: true },
    { word: '点击量', exempt: true },
    { word: '预约挂号', exempt: true },
    // 听到店长说: 到 belongs to 听到.
    { word: '到店长', exempt: true },
  ],
};

/** Prompts to scan or long-press a QR code. */
export const QR_PROMPTS: WordList = {
  id: 'ad-density/qr',
  source: 'WeChat QR-code prompts (扫一扫、长按识别二维码); Postlint heuristic',
  entries: [
    '扫码', '扫一扫', '扫描二维码', '二维码', '长按识别', '长按识别二维码', '长按二维码', '识别二维码', '扫码关注', '扫码领取',
  ].map(
    (word) => ({ word }),
  ),
};

/**
 * Labels that introduce a way to reach the seller off the platform: a phone line, a WeChat id
 * under one of its usual disguises (VX、薇信、加V), a QQ number. The numbers themselves are
 * found by pattern in `ad-signals.ts`.
 */
export const CONTACT_LABELS: WordList = {
  id: 'ad-density/contact',
  source: 'Common ways of writing contact details in Chinese ads (微信号/VX/薇信/加V、热线); Postlint heuristic',
  entries: [
    ...[
      '微信号', '微信:', 'vx', 'v信', '薇信', '威信', '徽信', 'wx:', '加v', '加q', 'qq:', 'qq号', 'qq群',
      '电话:', '热线', '联系电话', '咨询电话', '订购电话', '服务电话', '预约电话', '报名电话', 'tel:', '手机:', '联系人:',
    ].map((word) => ({ word })),
    { word: '热线新闻', exempt: true },
  ],
};

/**
 * Where to find the shop: an address label. Street addresses and floors (xx路xx号、x楼) are
 * found by pattern in `ad-signals.ts`.
 */
export const ADDRESS_LABELS: WordList = {
  id: 'ad-density/address',
  source: 'Common ways of giving a shop address in Chinese ads (地址：、店址、门店地址); Postlint heuristic',
  entries: [
    ...['地址:', '店址', '门店地址', '售楼处地址', '项目地址', '上课地址', '营业地址'].map((word) => ({ word })),
    { word: '原文地址', exempt: true },
  ],
};

/**
 * Opt-out footers (回T退订、拒收请回复R): the signature of a commercial message. 《广告法》
 * (2015 revision) art. 43 requires an advertiser who sends ads by electronic means to state
 * who they are, how to reach them and how to refuse further ads; the footer is how SMS and
 * WeChat marketers meet it.
 */
export const OPT_OUT: WordList = {
  id: 'ad-density/opt-out',
  source: '《中华人民共和国广告法》第四十三条（以电子信息方式发送广告的，应当明示发送者的真实身份和联系方式，并向接收者提供拒绝继续接收的方式）',
  entries: ['退订', '回t退订', '回td退订', '回复td', '回复t退订', '退订回t', '退订回td', '拒收请回复r', '回n退订'].map(
    (word) => ({ word }),
  ),
};
