import type { WordEntry, WordList } from './types';

/**
 * The illness side of a medical claim (issue 11): what a cure, a prevention or a relief is
 * claimed for. `medical-claim` joins these with a verb of curing or relieving (lexicon/medical.ts)
 * within a clause, so that 治疗失眠、根治鼻炎、缓解关节痛、失眠好了 are found however the
 * sentence around them is worded, and none of these words fires on its own: 失眠 in a diary
 * claims nothing.
 *
 * Kinds (a word's `category`):
 * - `disease`: an illness a doctor diagnoses (鼻炎、糖尿病、颈椎病、湿疹): every verb of curing,
 *   preventing or relieving makes a claim of it;
 * - `symptom`: what an illness feels like (咳嗽、失眠、便秘、关节痛), the same;
 * - `function`: a body function that health food may claim to help once registered (血压、血糖、
 *   免疫力、睡眠、肠道菌群): a claim only with a verb that changes it (降血压、增强免疫力);
 * - `cosmetic`: conditions that cosmetics (and toothpaste) may lawfully claim to help once their
 *   efficacy is evaluated — the 2021 《化妆品分类规则和分类目录》 lists 祛痘、祛斑美白、防脱发 as
 *   cosmetic efficacy, and 《化妆品监督管理条例》第七十七条 lets toothpaste claim 防龋 — a claim only
 *   with a verb of curing (治好了我的痘痘、脱发都治好了), never with 祛、淡化、改善、防.
 *
 * Illnesses named by an organ and what ails it are generated from a table (炎: 鼻、胃、关节…; 结石:
 * 肾、胆…), and aches from the parts that ache (头 + 痛), so the lexicon reads as it is built:
 * seeds, not an enumeration.
 *
 * Sources: the disease and symptom names are everyday Chinese medical vocabulary; the functions
 * are those of 《允许保健食品声称的保健功能目录 非营养素补充剂（2023年版）》 (市场监管总局、国家卫生
 * 健康委、国家中医药局): 有助于增强免疫力、辅助降血糖、辅助降血脂、辅助降血压、有助于改善睡眠、
 * 有助于调节肠道菌群…
 */
export type IllnessKind = 'disease' | 'symptom' | 'function' | 'cosmetic';

/**
 * Illnesses named by what ails an organ, as the organs each ailment names (鼻炎、胃病、肾结石):
 * generated, so that the list holds the names people use and not every pairing.
 */
const ORGANS_BY_AILMENT: Readonly<Record<string, readonly string[]>> = {
  炎: [
    '鼻', '鼻窦', '咽', '喉', '咽喉', '扁桃体', '气管', '支气管', '肺', '胃', '肠', '肠胃', '胃肠', '结肠', '食管', '肝', '胆囊', '胰腺', '肾',
    '膀胱', '尿道', '前列腺', '乳腺', '宫颈', '盆腔', '阴道', '附件', '心肌', '脑', '皮', '关节', '骨关节', '肩周', '腱鞘', '筋膜', '足底筋膜',
    '毛囊', '牙周', '牙龈', '口腔', '结膜', '角膜', '中耳', '眼',
  ],
  癌: [
    '肺', '胃', '肝', '肠', '结肠', '直肠', '食管', '乳腺', '宫颈', '子宫', '卵巢', '前列腺', '甲状腺', '皮肤', '鼻咽', '胰腺', '肾', '膀胱',
    '骨', '淋巴', '脑',
  ],
  病: ['胃', '肝', '肾', '肺', '心脏', '心血管', '脑血管', '心脑血管', '皮肤', '妇科', '眼', '血液', '颈椎', '腰椎', '关节', '口腔', '牙周', '肠胃', '胃肠'],
  疾病: ['心脑血管', '心血管', '脑血管', '妇科', '皮肤', '呼吸道', '消化道', '肠胃', '胃肠', '肝脏', '肾脏', '眼部', '口腔', '关节'],
  结石: ['肾', '胆', '胆囊', '膀胱', '尿道', '尿路', '输尿管'],
  溃疡: ['胃', '口腔', '十二指肠', '肠'],
  息肉: ['肠', '胃', '鼻', '胆囊', '宫颈', '声带'],
  囊肿: ['卵巢', '肾', '肝', '乳腺', '甲状腺'],
  结节: ['甲状腺', '肺', '乳腺', '声带'],
  增生: ['乳腺', '前列腺', '骨质'],
};

/** Parts of the body that ache (头痛、关节疼、嗓子疼; 嗓子不疼了). */
export const ACHING_PARTS: readonly string[] = [
  '头', '偏头', '牙', '胃', '腹', '肚子', '腰', '背', '腰背', '肩', '颈', '颈椎', '肩颈', '关节', '膝盖', '膝关节', '腿', '脚', '嗓子', '喉咙',
  '咽喉', '胸', '心口', '神经', '经期', '肌肉',
];

const DISEASES = [
  '三高', '高血压', '高血脂', '高血糖', '糖尿病', '冠心病', '心绞痛', '心梗', '心肌梗死', '脑梗', '脑血栓', '血栓', '中风', '动脉硬化',
  '痛风', '高尿酸', '脂肪肝', '肝硬化', '乙肝', '甲亢', '甲减', '贫血', '哮喘', '慢阻肺', '结核', '肺结核', '艾滋病', '癌症', '白血病',
  '肿瘤', '脑瘤', '肌瘤', '子宫肌瘤', '血管瘤', '脂肪瘤', '脂溢性脱发', '湿疹', '荨麻疹', '疱疹', '带状疱疹', '皮炎', '痤疮', '牛皮癣', '银屑病', '白癜风', '斑秃', '脚气', '灰指甲',
  '痔疮', '颈椎病', '腰椎间盘突出', '腰间盘突出', '椎间盘突出', '骨质疏松', '骨质增生', '风湿', '类风湿', '近视', '弱视', '老花眼',
  '白内障', '青光眼', '干眼症', '抑郁症', '焦虑症', '失眠症', '老年痴呆', '阿尔茨海默', '帕金森', '癫痫', '妇科炎症', '炎症', '感染',
  '流感', '感冒', '肺炎', '手足口病', '水痘', '麻疹', '月经不调', '不孕', '不育', '阳痿', '早泄', '肾虚', '前列腺', '积食', '疳积',
  '消化不良', '口腔溃疡', '汗管瘤', '汗疱疹', '冻疮', '鸡眼', '狐臭', '慢性病', '顽疾', '百病', '疾病', '病症', '重疾',
  '老寒腿', '老慢支', '腰肌劳损', '网球肘', '静脉曲张', '幽门螺杆菌', '胃下垂', '更年期综合征', '多囊卵巢', '宫寒', '不孕不育',
  '坐骨神经痛', '神经衰弱', '脑供血不足', '胎儿畸形', '出生缺陷', '肛裂', '尿失禁',
];

const SYMPTOMS = [
  '咳嗽', '干咳', '久咳', '咳喘', '气喘', '失眠', '多梦', '失眠多梦', '便秘', '腹泻', '拉肚子', '胀气', '胃胀', '反酸', '烧心', '口臭',
  '口苦', '发烧', '发热', '高烧', '低烧', '鼻塞', '流鼻涕', '头晕', '眩晕', '耳鸣', '心悸', '心慌', '胸闷', '水肿', '瘙痒',
  '皮肤瘙痒', '过敏', '过敏性鼻炎', '咽喉肿痛', '牙龈出血', '便血', '尿频', '尿急', '夜尿多', '痛经', '经痛', '阵痛', '酸痛', '肌肉酸痛', '腰腿酸痛',
  '腰酸背痛', '视疲劳', '眼部疲劳', '眼疲劳', '视力下降', '手脚冰凉', '畏寒', '盗汗', '食欲不振', '呕吐', '恶心', '打鼾', '打呼噜',
  '腹胀', '喉咙痒', '声音嘶哑', '流鼻血', '抽筋', '腿抽筋', '手麻', '眼睛干涩', '记忆力减退',
];

const FUNCTIONS = [
  '血压', '血糖', '血脂', '尿酸', '胆固醇', '甘油三酯', '免疫力', '免疫功能', '抵抗力', '睡眠', '睡眠质量', '肠道菌群', '肠道功能',
  '肠胃功能', '记忆力', '视力', '骨密度', '肝功能', '内分泌',
];

const COSMETIC = [
  '痘痘', '青春痘', '粉刺', '黑头', '闭口', '痘印', '痘坑', '雀斑', '黄褐斑', '色斑', '斑点', '皱纹', '红血丝', '脱发', '掉发', '白发',
  '蛀牙', '龋齿', '牙菌斑', '黑眼圈', '眼袋',
];

/**
 * Words that hold an illness's name but mean something else: 发烧友 (an audiophile), 不感冒
 * (not interested), 感染力 (appeal), 令人头疼 (troublesome). A match of the list that overlaps
 * one of them is dropped.
 */
const ORDINARY = [
  '发烧友', '发烧级', '发烧碟', '发烧天碟', '不感冒', '感染力', '令人头疼', '让人头疼', '很头疼', '头疼的是', '最头疼',
];

function entries(kind: IllnessKind, words: readonly string[]): WordEntry[] {
  return words.map((word) => ({ word, category: kind }));
}

const GENERATED_DISEASES = Object.entries(ORGANS_BY_AILMENT).flatMap(([ailment, organs]) => organs.map((organ) => organ + ailment));
const GENERATED_ACHES = ACHING_PARTS.flatMap((part) => ['痛', '疼', '疼痛'].map((ache) => part + ache));

export const ILLNESSES: WordList = {
  id: 'medical-claim/illnesses',
  readsThroughSpellings: true,
  source:
    'Everyday Chinese names of illnesses and symptoms (organ + 炎/癌/病/结石…, part + 痛/疼, named diseases); body functions from 《允许保健食品声称的保健功能目录 非营养素补充剂（2023年版）》; skin conditions from 《化妆品分类规则和分类目录》(2021)',
  entries: [
    ...entries('disease', [...new Set([...DISEASES, ...GENERATED_DISEASES])]),
    ...entries('symptom', [...new Set([...SYMPTOMS, ...GENERATED_ACHES])]),
    ...entries('function', FUNCTIONS),
    ...entries('cosmetic', COSMETIC),
    ...ORDINARY.map((word) => ({ word, exempt: true })),
  ],
};

export function illnessKind(entry: WordEntry): IllnessKind {
  return (entry.category as IllnessKind | undefined) ?? 'disease';
}
