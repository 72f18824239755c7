import type { AdLawCategory } from '../../lexicon/ad-law';
import type { Localized } from '../../types';

/**
 * What ad-law says about each kind of claim: the message, the reason a hover shows, and the
 * article it rests on, in both languages.
 */

export const ART_9_3_SOURCE: Localized = {
  zh: '《中华人民共和国广告法》第九条第三项（不得使用“国家级”“最高级”“最佳”等用语）；罚则：第五十七条第一项（责令停止发布广告，对广告主处二十万元以上一百万元以下的罚款）',
  en: 'Advertising Law of the PRC, art. 9(3) (no "national-level", "highest-grade", "best" or similar terms); penalty art. 57(1): the ad is stopped and the advertiser fined CNY 200,000–1,000,000',
};

export interface CategoryText {
  message(word: string): Localized;
  reason: Localized;
  source: Localized;
}

export const CATEGORY_TEXT: Record<AdLawCategory, CategoryText> = {
  superlative: {
    message: (w) => ({ zh: `“${w}”是绝对化用语，广告中不得使用`, en: `“${w}” is an absolute term, banned in ads` }),
    reason: {
      zh: '“最”字把商品说成同类里最好的，这种比较没人能证明，所以广告法一律不许用。写商品自己的长处，或写能查证的事实（如“2024年某平台防晒类销量前十”并注明出处）。只跟自家产品比（“本店最受欢迎”“比上一代最大的提升”）和使用提示（“最佳食用时间”）不受此限。',
      en: 'A 最 (most/best) word ranks the product above every rival, which nobody can prove, so the Advertising Law bans it outright. Describe the product’s own strengths, or state a checkable fact with its source. Comparing only with your own products (本店最受欢迎) and usage tips (最佳食用时间) are not affected.',
    },
    source: ART_9_3_SOURCE,
  },
  first: {
    message: (w) => ({ zh: `“${w}”是排名类绝对化用语，广告中不得使用`, en: `“${w}” claims first place, an absolute term banned in ads` }),
    reason: {
      zh: '“第一”“NO.1”“首选”把商品排在所有同类之上，与“最佳”同义。确有排名时，写清时间、范围和出处（如“2024年天猫双11面膜类销量第3名，数据来源：…”）；否则改用“领先”“优选”等不排座次的说法。“第一次”“第一步”“第一时间”等序数不受影响。',
      en: '“第一”, “NO.1” and “首选” rank the product above all rivals, the same as “best”. If a ranking is real, give its period, scope and source; otherwise use wording that does not rank (领先, 优选). Ordinals such as 第一次 or 第一时间 are not affected.',
    },
    source: ART_9_3_SOURCE,
  },
  grade: {
    message: (w) => ({ zh: `“${w}”是等级类绝对化用语，广告中不得使用`, en: `“${w}” claims the top grade, an absolute term banned in ads` }),
    reason: {
      zh: '“国家级”“顶级”“极致”把商品说成最高等级。“国家级”只能用于依法评定的称号全称（如“国家级非物质文化遗产”）；其他情况请具体描述品质，如用料、工艺、检测结果。',
      en: '“National-level”, “top-grade” and “ultimate” claim the highest grade. 国家级 may only appear in the full name of an officially conferred title; otherwise describe the quality concretely: materials, craft, test results.',
    },
    source: ART_9_3_SOURCE,
  },
  unique: {
    message: (w) => ({ zh: `“${w}”宣称无可匹敌，属于绝对化用语`, en: `“${w}” claims no rival compares, an absolute term banned in ads` }),
    reason: {
      zh: '“唯一”“独家”“独一无二”断言没有任何竞品可比，读者无从核实，执法中按绝对化用语处理。写出真正的不同之处（如“采用某某专利面料，专利号…”）。“唯一的遗憾”“独家专访”这类日常说法不受影响。',
      en: '“Only”, “exclusive” and “one of a kind” assert that no rival compares, which readers cannot check. Say what is actually different (a named, patented fabric with its number). Everyday phrases such as 唯一的遗憾 or 独家专访 are not affected.',
    },
    source: ART_9_3_SOURCE,
  },
  scope: {
    message: (w) => ({ zh: `“${w}”把比较扩大到全网或全球，属于绝对化用语`, en: `“${w}” widens the claim to every rival, an absolute term banned in ads` }),
    reason: {
      zh: '“全网”“全球”“史上”“全国”让比较覆盖所有商家、所有时代，是最难证明的绝对化说法，“全网最低价”还涉及价格欺诈风险。写自己的优惠（“限时特惠价”“到手价99元”），或写有出处的事实。',
      en: '“Whole web”, “worldwide”, “in history” and “nationwide” extend a comparison to every seller and every era, the hardest absolute claim to prove; “lowest price on the web” also risks a price-fraud complaint. State your own offer (限时特惠价, 到手价99元) or a sourced fact.',
    },
    source: ART_9_3_SOURCE,
  },
  certainty: {
    message: (w) => ({ zh: `“${w}”是无法兑现的绝对承诺`, en: `“${w}” is an absolute promise nobody can keep` }),
    reason: {
      zh: '“100%有效”“万能”“永久”“零风险”承诺了任何商品都做不到的事，与“最佳”同属绝对化用语。写可查证的数据和条件（如“经第三方检测，抑菌率99%，检测报告编号…”、“保修5年”）。面料成分“100%纯棉”这类标签事实不受影响。',
      en: '“100% effective”, “all-purpose”, “permanent” and “zero risk” promise what no product can deliver. State checkable figures and terms (a lab result with its report number, “5-year warranty”). Fibre content labels such as 100%纯棉 are not affected.',
    },
    source: ART_9_3_SOURCE,
  },
  authority: {
    message: (w) => ({ zh: `“${w}”借用国家机关名义或不存在的资质`, en: `“${w}” borrows the authority of the state or a status that no longer exists` }),
    reason: {
      zh: '广告不得使用或者变相使用国家机关、国家机关工作人员的名义或形象；“特供”“专供”暗示供应国家机关，2013年起明令禁止；“免检”制度已于2008年取消，今天宣称免检就是虚假宣传。写真实取得的认证（名称和编号）。',
      en: 'Ads may not use the name or image of state organs or their staff; 特供/专供 (“special supply”) implies supplying state organs and has been banned since 2013; inspection exemption (免检) ended in 2008, so claiming it is false. Name the certifications you really hold, with their numbers.',
    },
    source: {
      zh: '《中华人民共和国广告法》第九条第二项（不得使用国家机关、国家机关工作人员的名义或者形象）、第四条；国管办〔2013〕59号（严禁使用“特供”“专供”等标识）；罚则：第五十七条第一项',
      en: 'Advertising Law of the PRC, art. 9(2) (no use of the name or image of state organs or their staff) and art. 4; notice 国管办〔2013〕59号 banning “特供/专供” marks; penalty art. 57(1)',
    },
  },
  lure: {
    message: (w) => ({ zh: `“${w}”是诱导点击的中奖话术`, en: `“${w}” lures readers with a prize they have not won` }),
    reason: {
      zh: '告诉读者“已中奖”“点击领奖”来诱导点击，属于欺骗、误导消费者，平台也会按诱导行为处理。真实抽奖请写明规则、开奖时间和主办方；公布真实中奖名单时可忽略此提示。',
      en: 'Telling readers they have won, or to click to claim a prize, deceives them, and platforms treat it as inducement. For a real draw, state its rules, date and organiser; when announcing real winners, ignore this warning.',
    },
    source: {
      zh: '《中华人民共和国广告法》第四条（不得欺骗、误导消费者）；《互联网广告管理办法》（2023）禁止以虚假的奖励承诺欺骗、误导用户点击广告；罚则：《广告法》第五十五条',
      en: 'Advertising Law of the PRC, art. 4 (no deceiving or misleading consumers); Internet Advertising Measures (2023): no false promises of rewards to trick users into clicking; penalty art. 55',
    },
  },
};

export const USER_WORD_TEXT: CategoryText = {
  message: (w) => ({ zh: `“${w}”是团队配置的绝对化用语，广告中不得使用`, en: `“${w}” is an absolute term in your team’s list, banned in ads` }),
  reason: {
    zh: '这个词由 .postlintrc.json 的 rules.ad-law.options.words 加入。绝对化用语把商品说成同类中最好的，广告法禁止使用。',
    en: 'This word comes from rules.ad-law.options.words in .postlintrc.json. Absolute terms rank a product above every rival, which the Advertising Law bans.',
  },
  source: ART_9_3_SOURCE,
};

/**
 * Said of a claim in a draft that shows no sign of selling anything, reported as information
 * (issue 11): a reader could take it either way, so the writer decides.
 */
export const NOT_SELLING_NOTE: Localized = {
  zh: '（草稿看不出在推销什么，只作提示；用在广告里就是违法的绝对化用语）',
  en: ' (the draft does not clearly promote anything, so this is only a note; in an ad it is a banned absolute term)',
};

export const NOT_SELLING_REASON: Localized = {
  zh: '广告法管的是商业广告：推销商品或服务的文字。这篇草稿里没有价格、购买方式或商品描述，读者也可能把它当作新闻、日记或个人感受；但同样的话出现在广告里，就会按绝对化用语处罚。',
  en: 'The Advertising Law governs commercial ads, texts that promote goods or services. This draft has no price, no way to buy and no product description, so readers may take it as news, a diary or a feeling; the same words in an ad are punished as an absolute term.',
};
