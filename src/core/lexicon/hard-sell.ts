import type { WordList } from './types';

/**
 * Imperative selling: orders to buy now. Each has a softer, inviting call to action that fits
 * the same slot in the sentence (赶紧下单吧 → 感兴趣可以看看吧, 立即购买 → 点击了解). A
 * replacement never adds a call-to-action word the phrase did not have (抢购 → 选购, 速抢 →
 * 欢迎来看看), so a fix cannot raise the draft's ad-density.
 *
 * Source: the marketing view behind Postlint (DESIGN.md: social platforms are places of
 * relationships; copy that reads "对等的语气、平易的字眼、亲切的口吻" is shared, hard selling
 * is muted); the phrases are common Chinese sales vocabulary. Style advice, not a legal rule.
 */
export const HARD_SELL: WordList = {
  id: 'hard-sell/phrases',
  readsThroughSpellings: true,
  source: 'DESIGN.md 语气原则（对等的语气、平易的字眼、亲切的口吻）；常见命令式促销用语',
  entries: [
    ...['立即购买', '马上购买', '立刻购买', '赶紧购买', '赶快购买'].map((word) => ({ word, replacements: ['点击了解'] })),
    ...['赶紧下单', '赶快下单', '立即下单', '马上下单', '立刻下单', '速速下单', '快快下单', '快去下单', '火速下单'].map((word) => ({
      word,
      replacements: ['感兴趣可以看看'],
    })),
    ...[
      '马上抢购', '立即抢购', '立刻抢购', '赶紧抢购', '赶快抢购', '快来抢购', '快快抢购', '速来抢购', '火速抢购', '抓紧抢购',
    ].map((word) => ({ word, replacements: ['欢迎选购'] })),
    ...['速抢', '快来买', '速来买'].map((word) => ({ word, replacements: ['欢迎来看看'] })),
    ...['赶紧入手', '赶快入手', '速速入手', '立即入手', '马上入手'].map((word) => ({ word, replacements: ['可以考虑入手'] })),
    ...['不买后悔', '不买就亏', '不买就亏了', '闭眼入', '闭眼买', '买它买它', '无脑入'].map((word) => ({
      word,
      replacements: ['值得一试'],
    })),
    ...['抢到就是赚到', '买到就是赚到'].map((word) => ({ word, replacements: ['很划算'] })),
    ...['赶紧行动', '赶快行动', '心动不如行动', '速速行动'].map((word) => ({ word, replacements: ['欢迎了解'] })),
    // Bare 快抢/赶紧抢/赶紧买 are left out on purpose: 快抢沙发、赶紧抢票、赶紧买股票去 are what readers say to each other.
  ],
};
