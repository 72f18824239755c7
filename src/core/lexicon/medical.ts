import type { WordEntry, WordList } from './types';

/**
 * The `medical-claim` rule's words: disease-treatment functions and medical terms that
 * 《广告法》第十七条 keeps out of every ad except those for medical services, drugs and medical
 * devices ("不得涉及疾病治疗功能，并不得使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的
 * 用语"). Grouped so that a product kind can be spared a group it may lawfully claim.
 */
export type MedicalCategory =
  /** Treating or curing disease: 治疗、治愈、根治、药到病除、降血压、抗癌. */
  | 'treatment'
  /** Medical terms that make goods read as drugs: 消炎、药妆、处方、无副作用. */
  | 'medical-term'
  /** Killing germs: lawful for disinfectants and tested appliances, a drug claim on cosmetics and food. */
  | 'antimicrobial'
  /** 排毒、清肠: an invented bodily effect with a medical ring. */
  | 'detox'
  /** 增强免疫力: a registered health food may claim "有助于增强免疫力"; nothing else may. */
  | 'immunity';

export interface MedicalEntry extends WordEntry {
  category: MedicalCategory;
  /** Suggestions for the hover; none is applied by a fix unless it is also a replacement. */
  alternatives?: string[];
  /** In a passive clause (被这只猫治愈了) the word means "soothed", not "cured". */
  passiveIsOrdinary?: boolean;
}

function words(category: MedicalCategory, list: readonly string[], more: Omit<MedicalEntry, 'word' | 'category'> = {}): MedicalEntry[] {
  return list.map((word) => ({ word, category, ...more }));
}

const ENTRIES: MedicalEntry[] = [
  ...words('treatment', ['治疗', '根治', '医治', '治病', '药到病除', '包治百病', '痊愈', '疗效', '药效', '疗程']),
  { word: '治愈', category: 'treatment', passiveIsOrdinary: true },
  ...words('treatment', ['降血压', '降血糖', '降血脂', '降三高', '降糖', '抗癌', '防癌', '治癌', '抗肿瘤', '抗病毒', '预防疾病', '防病']),
  ...words('treatment', ['止痛', '镇痛', '止咳', '活血化瘀', '清热解毒', '补肾壮阳', '壮阳', '抗过敏']),
  ...words('medical-term', ['消炎', '抗炎'], { alternatives: ['舒缓（化妆品可宣称的功效）'] }),
  ...words('medical-term', ['处方', '药方', '无副作用', '无毒副作用']),
  { word: '药妆', category: 'medical-term', replacements: ['护肤品'] },
  { word: '医学护肤', category: 'medical-term', replacements: ['护肤'] },
  ...words('antimicrobial', ['杀菌', '灭菌', '除菌', '抗菌', '抑菌'], { alternatives: ['清洁', '写出检测机构和报告编号'] }),
  ...words('detox', ['排毒', '排毒养颜', '清肠', '清宿便'], { alternatives: ['写出真实的使用感受，如“清爽”“轻盈”'] }),
  ...words('immunity', ['增强免疫力', '提高免疫力', '提升免疫力', '增强抵抗力', '提高抵抗力']),

  // Everyday senses: 治愈系 (soothing, of films and music), being treated in hospital (news,
  // not a claim about goods), 处方药 named in a pharmacy's own notice.
  ...[
    '治愈系', '被治愈', '好治愈', '很治愈', '超治愈', '太治愈', '治愈了我', '治愈人心', '治愈心灵', '治愈感',
    '接受治疗', '住院治疗', '入院治疗', '送医治疗', '送医院治疗', '及时治疗', '积极治疗', '正在治疗', '治疗中', '治疗费',
    '治疗期间', '在医院治疗', '就医治疗', '心理治疗', '凭处方', '处方药', '遵医嘱', '止痛片', '止痛药',
  ].map((word): MedicalEntry => ({ word, category: 'treatment', exempt: true })),
];

export const MEDICAL_LIST: WordList = {
  id: 'medical-claim/terms',
  readsThroughSpellings: true,
  source:
    '《中华人民共和国广告法》第十七条（疾病治疗功能、医疗用语）; 《化妆品监督管理条例》第四十三条; 《中华人民共和国食品安全法》第七十三条; common 广告法禁用词 lists',
  entries: ENTRIES,
};

export function isMedicalEntry(e: WordEntry): e is MedicalEntry {
  return typeof (e as Partial<MedicalEntry>).category === 'string';
}

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
