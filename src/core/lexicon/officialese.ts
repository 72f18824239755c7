import type { WordList } from './types';

/**
 * Cold corporate voice (公文腔): the words of notices and form letters that keep readers at a
 * distance. Most have a plain word that fits the same slot (本公司 → 我们, 广大消费者 → 大家,
 * 敬请关注 → 欢迎关注, 届时 → 到时候); the others carry a note instead (特此通知: leave it out;
 * 予以: name the action).
 *
 * 尊敬的客户 is rewritten by the rule according to where it stands: as a salutation (at the
 * start, or followed by a comma, colon or 您好) it becomes 你好 (尊敬的客户，您好 → 你好); in
 * a sentence it becomes 你 (感谢尊敬的客户 → 感谢你). The replacements below are for the
 * sentence position.
 *
 * Source: the marketing view behind Postlint (DESIGN.md: "对等的语气、平易的字眼、亲切的口吻",
 * suggest 你/我们); the phrases are common Chinese notice vocabulary. Style advice, not law.
 */
const ADDRESSEES = ['客户', '用户', '会员', '顾客', '贵宾', '客户朋友', '业主', '车主', '家长', '消费者', '旅客', '读者', '网友', '客人'];

export const OFFICIALESE: WordList = {
  id: 'officialese/phrases',
  source: 'DESIGN.md 语气原则（对等的语气、平易的字眼、亲切的口吻；建议用“你/我们”）；常见公文、通知用语',
  entries: [
    // Greetings of a form letter.
    ...ADDRESSEES.flatMap((who) => [
      { word: `尊敬的${who}您好`, replacements: ['你好'], category: 'salutation' },
      { word: `尊敬的${who},您好`, replacements: ['你好'], category: 'salutation' },
      { word: `尊敬的${who}:您好`, replacements: ['你好'], category: 'salutation' },
      { word: `尊敬的${who}们`, replacements: ['大家'], category: 'address' },
      { word: `尊敬的各位${who}`, replacements: ['大家'], category: 'address' },
      { word: `尊敬的${who}`, replacements: ['你'], category: 'address' },
    ]),
    { word: '尊敬的新老客户', replacements: ['大家'], category: 'address' },
    { word: '尊敬的新老顾客', replacements: ['大家'], category: 'address' },
    // The company speaking of itself in the third person.
    ...['本公司', '我公司', '我司', '本单位'].map((word) => ({ word, replacements: ['我们'], category: 'self' })),
    // The public as a mass.
    ...['消费者', '用户', '客户', '顾客', '会员', '网友', '市民', '读者', '玩家', '粉丝', '朋友', '新老客户', '新老顾客'].flatMap((who) =>
      [`尊敬的广大${who}`, `广大${who}们`, `广大${who}`].map((word) => ({ word, replacements: ['大家'], category: 'public' })),
    ),
    // Notice formulas.
    ...['特此通知', '特此公告', '特此声明', '特此告知', '特此说明', '特此告之'].map((word) => ({
      word,
      category: 'formula',
      note: { zh: '社交平台上可以直接省略', en: 'a post can simply leave it out' },
    })),
    { word: '敬请关注', replacements: ['欢迎关注'], category: 'formula' },
    { word: '敬请期待', replacements: ['等你来看'], category: 'formula' },
    { word: '敬请光临', replacements: ['欢迎光临'], category: 'formula' },
    { word: '敬请莅临', replacements: ['欢迎光临'], category: 'formula' },
    { word: '敬请垂询', replacements: ['欢迎咨询'], category: 'formula' },
    { word: '敬请致电', replacements: ['欢迎来电'], category: 'formula' },
    { word: '敬请参加', replacements: ['欢迎参加'], category: 'formula' },
    { word: '敬请参与', replacements: ['欢迎参与'], category: 'formula' },
    { word: '敬请谅解', replacements: ['还请谅解'], category: 'formula' },
    { word: '敬请留意', replacements: ['记得留意'], category: 'formula' },
    { word: '敬请', replacements: ['请'], category: 'formula' },
    { word: '届时', replacements: ['到时候'], category: 'formula' },
    // No fix: 予以退款 reads well as 退款, but 予以肩颈万种风情 needs a verb.
    {
      word: '予以',
      category: 'formula',
      note: { zh: '直接说动作即可（予以退款 → 退款）', en: 'name the action itself (予以退款 → 退款)' },
    },
    { word: '莅临', replacements: ['光临'], category: 'formula' },
    { word: '自即日起', replacements: ['从今天起'], category: 'formula' },
    { word: '从即日起', replacements: ['从今天起'], category: 'formula' },
    { word: '即日起', replacements: ['从今天起'], category: 'formula' },
    { word: '兹定于', replacements: ['我们定于'], category: 'formula' },
    // 我司 inside 我司机、我司令 is not a company.
    { word: '司机', exempt: true },
    { word: '司令', exempt: true },
  ],
};
