import type { WordList } from './types';

/**
 * The vocabulary of a product pitch: what ad copy says about the goods it sells, when it names no
 * price and gives no way to buy (the e-commerce description, the 种草 note, the brand's post). Two
 * of them, or one beside a selling signal of ad-density, make a draft a selling one for the law
 * rules (analysis/selling.ts): 最舒服 in a text about a dress's 面料 and 版型 is a claim about the
 * dress; in a diary it is a feeling.
 *
 * Grouped by what they say, across the trades copywriters write for (clothing, beauty, food,
 * electronics, home goods, services), so that no one trade's words decide:
 * - `deixis`: the goods pointed at as goods (这款、本品、新品、单品);
 * - `attribute`: what a buyer asks of them (面料、版型、质地、口感、续航、做工);
 * - `effect`: what they do for the buyer, in the seller's words (显瘦、亲肤、保湿、持妆、提亮);
 * - `address`: the buyer addressed as the one who benefits (带给你、为您打造、让你轻松);
 * - `shop`: a shop opening or telling its hours (新店开张、营业时间);
 * - `reach`: the reader asked to take the goods up in the words of social selling (私我、要的扣1);
 * - `goods`: beauty and health goods named by their kind (面霜、精华液、保健品), which ordinary
 *   posts rarely name (none of the 2,400 Weibo posts in ../shared/data names most of them);
 * - `making`: how the seller made them (采用、选用、甄选、匠心、工艺).
 *
 * Source: read from public Chinese e-commerce copy (the AdvertiseGen corpus in ../shared/data,
 * clothing) and the common vocabulary of beauty, food and electronics listings; a word is kept
 * only where it names the goods being offered, not a topic (面料 yes, 衣服 no). Each was checked
 * to be rare in ordinary Weibo posts (bench/calibrate.ts prints how often drafts read as selling).
 */
const PITCH: Readonly<Record<string, readonly string[]>> = {
  deixis: [
    '这款', '此款', '该款', '本款', '这一款', '同款', '新款', '款式', '单品', '本品', '本产品', '我们的产品', '爆品', '明星产品', '招牌',
    '好货', '好物', '一款', '这台', '我们家的', '我家的',
  ],
  attribute: [
    '面料', '材质', '版型', '剪裁', '裁剪', '做工', '用料', '质地', '质感', '肤感', '成分', '配方', '口感', '入口', '风味', '香型',
    '留香', '续航', '性能', '配置', '像素', '机身', '容量', '尺码', '颜色可选', '多色可选', '规格', '工艺', '品质', '颜值',
    '上身效果', '上脸', '上脚', '性价比', '设计', '设计感', '搭配',
  ],
  effect: [
    '显瘦', '修身', '显高', '遮肉', '亲肤', '透气', '吸汗', '速干', '保暖', '百搭', '减龄', '显白', '保湿', '补水', '控油', '持妆',
    '不脱妆', '提亮', '滋润', '清爽不油腻', '不挑肤质', '不挑身材', '耐磨', '防滑', '静音', '轻便', '好穿', '好用不贵',
    // What a design does for the one who wears or uses it, in any trade's copy.
    '修饰', '衬托', '勾勒', '更显', '增添', '营造', '点缀',
  ],
  address: [
    '带给你', '带给您', '给你带来', '给您带来', '为你打造', '为您打造', '让你', '让您', '助你', '打造', '穿出', '凸显', '彰显', '尽显',
    '展现', '诠释',
    // Recommending goods to the reader (向你推荐一件好货、安利给大家).
    '向你推荐', '向您推荐', '推荐给你', '推荐给您', '给你推荐', '给您推荐', '为你推荐', '为您推荐', '推荐给大家', '安利',
  ],
  // A shop opening its doors or telling its hours (新店开张、营业时间): the business speaking.
  shop: ['新店', '开张', '营业时间', '试营业', '开门营业', '现烤', '现做', '现磨'],
  // How the writer asks the reader to take the goods up, in the words of social selling that
  // ad-density's calls to action do not list (私我、要的扣1、评论区扣1、滴滴我).
  reach: ['私我', '私戳', '滴滴我', '戳我', '要的扣', '扣1', '扣个1', '评论区扣', '想要的姐妹', '想要的宝宝', '需要的宝宝', '需要的姐妹', '链接在', '小黄车'],
  // Beauty and health goods named by their kind, which people mostly name to sell (这是最好的面霜).
  goods: [
    '面霜', '精华液', '精华露', '口红', '面膜', '粉底液', '防晒霜', '洗面奶', '眼霜', '乳液', '爽肤水', '卸妆油', '卸妆膏', '护肤品', '化妆品',
    '保健品', '营养品', '益生菌',
  ],
  making: ['采用', '选用', '甄选', '精选', '严选', '匠心', '手工打造', '精心打造', '精心设计', '设计师', '原产地', '源头', '工厂直供'],
};

export const PITCH_WORDS: WordList = {
  id: 'selling/pitch',
  source: 'Public Chinese e-commerce copy (AdvertiseGen) and listing vocabulary of the beauty, food and electronics trades; Postlint heuristic',
  entries: Object.entries(PITCH).flatMap(([category, words]) => words.map((word) => ({ word, category }))),
};
