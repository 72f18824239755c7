import type { WordEntry, WordList } from './types';

/**
 * The claim side of `medical-claim` (issue 11): the verbs, outcomes and terms that, joined with an
 * illness of lexicon/illness.ts or standing alone, make goods read as medicine. 《广告法》第十七条
 * keeps them out of every ad except those for medical services, drugs and medical devices: "不得涉及
 * 疾病治疗功能，并不得使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语".
 *
 * What the rule reports is grouped by what the law says of it, so that a product kind can be
 * spared a group it may lawfully claim (a registered health food its functions, a disinfectant
 * its germ-killing).
 */
export type MedicalCategory =
  /** Treating, curing, preventing or relieving an illness: 治疗失眠、预防感冒、失眠好了、鼻炎患者必备. */
  | 'treatment'
  /** Medical terms that make goods read as drugs: 疗效、疗程、消炎、药妆、处方、无副作用、比吃药还管用. */
  | 'medical-term'
  /** Killing germs: lawful for disinfectants and tested appliances, a drug claim on cosmetics and food. */
  | 'antimicrobial'
  /** 排毒、清肠、宿便: an invented bodily effect with a medical ring. */
  | 'detox'
  /** Health-food functions (增强免疫力、降血压、改善睡眠): a registered health food may claim them; nothing else may. */
  | 'immunity';

/**
 * How a verb acts on an illness:
 * - `cure` (治疗、根治、专治、治好): a treatment claim whatever it governs (a cosmetic condition
 *   only with it);
 * - `soothe` (治愈): the same claim, but the word mostly means "soothing", so it says less alone;
 * - `prevent` (预防、远离、防): a prevention claim;
 * - `relieve` (缓解、改善、告别、消除): a relief claim, of an illness or symptom;
 * - `change` (降、调节、增强、提高): a claim only of a body function (降血压、增强免疫力);
 * - `target` (针对、专为、适用于): the illness named as what the goods are for.
 */
export type VerbKind = 'cure' | 'soothe' | 'prevent' | 'relieve' | 'change' | 'target';

function words(category: string, list: readonly string[], more: Partial<WordEntry> = {}): WordEntry[] {
  return list.map((word) => ({ word, category, ...more }));
}

export const CLAIM_VERBS: WordList = {
  id: 'medical-claim/verbs',
  readsThroughSpellings: true,
  source: '《广告法》第十七条（疾病治疗功能）、第十八条和《食品安全法》第七十三条（疾病预防、治疗功能）: verbs of treating, preventing and relieving',
  entries: [
    ...words('cure', ['治疗', '医治', '根治', '专治', '主治', '治好', '治得好', '攻克', '根除', '断根', '除根']),
    // 治愈 is mostly "soothing" (这部剧治愈了我): a cure claim only where goods are sold.
    ...words('soothe', ['治愈']),
    ...words('prevent', ['预防', '防止', '防治', '防范', '远离', '杜绝', '抵御', '抵抗', '对抗', '免受', '再也不怕', '不怕']),
    ...words('relieve', ['缓解', '改善', '调理', '减轻', '消除', '清除', '去除', '祛除', '告别', '摆脱', '赶走', '击退', '解决', '舒缓', '抑制', '修复', '减少']),
    ...words('change', ['降低', '调节', '稳定', '控制', '增强', '提高', '提升', '平衡', '调整']),
    ...words('target', ['针对', '专为', '适用于', '专用于', '适合']),
    // 治愈 as comfort: 治愈系、好治愈、被这只猫治愈了 (a cure needs an illness after it anyway).
    ...words('cure', ['治愈系', '很治愈', '好治愈', '超治愈', '太治愈', '被治愈'], { exempt: true }),
    ...words('prevent', ['不怕冷', '不怕热', '不怕晒', '不怕脏'], { exempt: true }),
  ],
};

/**
 * One-character verbs that take an illness with no space between (治湿疹、防感冒、去阵痛、降血压):
 * read from the character just before an illness, so that no list holds 治 or 去 on its own.
 */
export const SINGLE_CHARACTER_VERBS: Readonly<Record<string, VerbKind>> = {
  治: 'cure',
  防: 'prevent',
  抗: 'prevent',
  止: 'relieve',
  消: 'relieve',
  去: 'relieve',
  祛: 'relieve',
  除: 'relieve',
  降: 'change',
  控: 'change',
  护: 'change',
};

/**
 * What an illness became after the goods were used (失眠好了、湿疹再也没犯过、血脂全正常、
 * 糖尿病药都停了): an outcome credited to the goods is a treatment claim.
 */
export const OUTCOMES: WordList = {
  id: 'medical-claim/outcomes',
  readsThroughSpellings: true,
  source: '《广告法》第十七条: the cure of an illness told as the effect of the goods',
  entries: [
    ...words('gone', [
      '好了', '好多了', '痊愈', '没了', '消失', '消了', '消下去', '不见了', '没有再犯', '不犯了', '止住了', '拜拜了',
      '再见了', '长回来', '长出来了', '治好了', '治愈了', '断根了', '根治了',
      // Never again: 再也没犯过、没再复发、不再发作.
      ...['再也没', '再也没有', '没再', '再没', '不再'].flatMap((never) => ['犯', '长', '发作', '复发', '出现', '反复'].map((again) => never + again)),
    ]),
    // An ache gone, said of a part of the body (嗓子就不疼了、胃也不胀了): see ACHING_PARTS.
    ...words('ache-gone', ['不疼了', '不痛了', '不痒了', '不胀了', '不酸了']),
    // A symptom gone that names itself (两天就不咳了).
    ...words('symptom-gone', ['不咳了', '不喘了', '不失眠了', '不便秘了']),
    ...words('better', ['缓解了', '改善了', '减轻了', '好转', '降下来', '降下去', '降了']),
    ...words('normal', ['正常了', '全正常', '都正常', '恢复正常']),
    ...words('efficacy', ['见效', '立竿见影', '效果超好', '效果显著', '很管用', '特别管用']),
    // 好了 that is not a cure: 好了好了, 说好了, 算好了, 准备好了, 选好了.
    ...words('gone', ['好了好了', '说好了', '算好了', '准备好了', '选好了', '买好了', '订好了', '约好了', '想好了', '好了吗'], { exempt: true }),
  ],
};

/** Recommendations that name an illness as what the goods are for: 咽喉炎的福音、便秘星人必入、糖尿病新品. */
export const TARGET_MARKERS: WordList = {
  id: 'medical-claim/targets',
  readsThroughSpellings: true,
  source: '《广告法》第十七条: goods offered as what an illness needs',
  entries: words('target', [
    '的福音', '福音', '必备', '必入', '必买', '必囤', '首选', '克星', '救星', '神器', '专用', '有救了', '新品', '一定要试试', '闭眼入',
  ]),
};

/**
 * Terms that stand on their own (no illness needed): medical vocabulary (疗效、疗程、消炎、药妆),
 * verb and illness fused into one word (止咳、降压、抗癌), comparisons with medicine, detox and
 * germ-killing, health-food functions named as such.
 */
export interface MedicalTerm extends WordEntry {
  category: MedicalCategory;
  /** How strong a sign of a claim it is on its own: see `strongTerm` in the rule. */
  fused?: 'cure' | 'prevent' | 'relieve' | 'change';
  /** Suggestions for the hover; none is applied by a fix unless it is also a replacement. */
  alternatives?: string[];
  /** A claim only with a negator before it (无副作用) or a verb of expelling beside it (排出毒素). */
  needs?: 'negator' | 'detox-verb';
  /**
   * A word of medicine more than a claim (处方、药方、理疗): talk of care in a text that sells
   * nothing, a claim only when the draft sells.
   */
  weak?: boolean;
}

function terms(category: MedicalCategory, list: readonly string[], more: Omit<MedicalTerm, 'word' | 'category'> = {}): MedicalTerm[] {
  return list.map((word) => ({ word, category, ...more }));
}

const term = (t: MedicalTerm): MedicalTerm => t;
const SOOTHE = ['舒缓（化妆品可宣称的功效）'];
const REAL_FEEL = ['写出真实的使用感受，如“清爽”“轻盈”'];

export const MEDICAL_TERMS: WordList = {
  id: 'medical-claim/terms',
  readsThroughSpellings: true,
  source:
    '《中华人民共和国广告法》第十七条（疾病治疗功能、医疗用语）; 《化妆品监督管理条例》第三十七条、第四十三条; 《中华人民共和国食品安全法》第七十三条; 《允许保健食品声称的保健功能目录》(2023)',
  entries: [
    ...terms('medical-term', ['疗效', '疗程', '药效', '治疗作用', '治疗效果', '治疗功效', '医疗作用', '医疗效果']),
    ...terms('medical-term', ['理疗', '磁疗', '处方', '药方'], { weak: true }),
    ...terms('treatment', ['药到病除', '包治百病', '治百病', '治病', '治癌'], { fused: 'cure' }),
    ...terms('medical-term', ['消炎', '抗炎', '抗敏', '抗过敏'], { alternatives: SOOTHE }),
    { word: '药妆', category: 'medical-term', replacements: ['护肤品'] },
    { word: '医学护肤', category: 'medical-term', replacements: ['护肤'] },
    // A qualifier that can simply go: 医美级修复面膜 → 修复面膜.
    ...terms('medical-term', ['医美级', '医学级'], { replacements: [''] }),
    ...terms('medical-term', ['比吃药还管用', '比药还管用', '比吃药管用', '胜过吃药', '代替药物', '替代药物', '代替吃药']),
    ...terms('treatment', ['止咳', '止痛', '镇痛', '止痒', '止泻', '止喘', '平喘', '化痰', '消肿', '活血化瘀', '清热解毒', '补肾壮阳', '壮阳'], {
      fused: 'relieve',
    }),
    ...terms('treatment', ['抗癌', '防癌', '抗肿瘤', '抗病毒', '防病'], { fused: 'prevent' }),
    ...terms('immunity', ['降压', '降糖', '降脂', '控糖', '护肝', '养肝'], { fused: 'change' }),
    ...terms('antimicrobial', ['杀菌', '灭菌', '除菌', '抗菌', '抑菌', '杀灭细菌', '杀死细菌'], { alternatives: ['清洁', '写出检测机构和报告编号'] }),
    ...terms('detox', ['排毒', '排毒养颜', '清肠', '清宿便', '排宿便', '宿便', '肠毒'], { alternatives: REAL_FEEL }),
    // Claims only in their grammar: 无副作用 (not 副作用 alone), 排出毒素 (not 毒素堆积).
    term({ word: '副作用', category: 'medical-term', needs: 'negator' }),
    term({ word: '毒素', category: 'detox', needs: 'detox-verb', alternatives: REAL_FEEL }),
    // Internal organs a salon cannot reach (卵巢保养): a health claim regulators name in their campaigns.
    ...terms('treatment', ['卵巢保养', '子宫保养', '卵巢护理', '子宫护理', '卵巢调理', '子宫调理'], { fused: 'relieve' }),
    // A prescription named as such (处方药、凭处方): talk of a drug, not a claim about the goods;
    // 理疗 across two words (心理疗愈、心理疗法: psychotherapy, comfort).
    ...['凭处方', '处方药', '遵医嘱', '心理疗'].map((word): MedicalTerm => ({ word, category: 'medical-term', exempt: true })),
  ],
};


/**
 * What front matter `product` may say, and what it means for this rule. A product outside these
 * groups (or none) is an ordinary good: the rule warns.
 */
export type ProductKind = 'cosmetics' | 'food' | 'health-food' | 'medical' | 'disinfectant';

const PRODUCT_WORDS: Record<ProductKind, readonly string[]> = {
  cosmetics: ['cosmetics', 'cosmetic', 'skincare', 'skin-care', 'beauty', 'makeup', '化妆品', '美妆', '护肤', '护肤品', '彩妆', '个护'],
  food: ['food', 'foods', 'snack', 'snacks', 'drink', 'drinks', 'beverage', 'tea', '食品', '食物', '零食', '饮料', '饮品', '茶', '酒'],
  'health-food': ['health-food', 'health food', 'supplement', 'supplements', 'dietary-supplement', '保健食品', '保健品'],
  medical: ['medical', 'medicine', 'drug', 'drugs', 'pharma', 'pharmacy', 'medical-device', 'clinic', 'hospital', '药品', '医疗', '医疗器械', '医药', '药店', '诊所', '医院'],
  disinfectant: ['disinfectant', 'cleaning', 'cleaner', 'appliance', 'appliances', '消毒', '消毒产品', '清洁', '清洁用品', '家电', '电器'],
};

export function productKind(product: string | null): ProductKind | null {
  if (!product) return null;
  const p = product.trim().toLowerCase();
  for (const [kind, names] of Object.entries(PRODUCT_WORDS) as Array<[ProductKind, readonly string[]]>) {
    if (names.includes(p)) return kind;
  }
  return null;
}

/**
 * The verbs and terms of a claim in one list, for a rule that rewrites text (ad-law) to check that
 * its rewrite completes no medical claim the draft did not make (最好治愈 → 很好的治愈 would lose
 * the exemption 好治愈). Not matched by the engine: `medical-claim` reads the lists above.
 */
export const MEDICAL_LIST: WordList = {
  id: 'medical-claim/claim-words',
  readsThroughSpellings: true,
  source: MEDICAL_TERMS.source,
  entries: [...CLAIM_VERBS.entries, ...MEDICAL_TERMS.entries],
};
