import type { SellingLevel } from '../analysis/selling';
import { ILLNESSES } from '../lexicon/illness';
import type { MedicalCategory, ProductKind } from '../lexicon/medical';
import { CLAIM_VERBS, MEDICAL_TERMS, OUTCOMES, TARGET_MARKERS, productKind } from '../lexicon/medical';
import type { WordMatch } from '../lexicon/types';
import type { Rule, RuleContext } from '../rule';
import { removeClauseFix, replaceFix } from '../rule';
import { findEmoticonCodes, overlapsAnyOf, postSpans, spanAt } from '../text';
import type { Fix, Localized, Severity } from '../types';
import { nameRanges } from './ad-law';
import { findClaims, type ClaimForm, type MedicalClaim } from './medical-grammar';

/**
 * `medical-claim`: cure and medical claims for goods that are not medicine (《广告法》第十七条),
 * recognised by their grammar (rules/medical-grammar.ts: a verb and the illness it governs, an
 * illness and what became of it, an illness named as what the goods are for, medical terms) and
 * judged by their context: in a draft that sells something the claim is reported at the rule's
 * severity; in one that may or may not (`ctx.selling()` unclear) at info; in one that sells
 * nothing (news, a diary, health advice) only a claim that shows goods by itself (专治、疗程、
 * 咽喉炎的福音), at info. The front matter's `product` sets how hard it bites: an error for
 * cosmetics, food and health food, whose own laws repeat the ban; silent for medical ads, which
 * the article exempts (they answer to art. 16 and ad review instead).
 */

const LISTS = [ILLNESSES, CLAIM_VERBS, OUTCOMES, TARGET_MARKERS, MEDICAL_TERMS];

const MESSAGES: Record<ClaimForm | MedicalCategory, (w: string) => Localized> = {
  cure: (w) => ({ zh: `“${w}”宣称疾病治疗功能，非药品广告不得使用`, en: `“${w}” claims to treat disease, banned in ads for anything but medicine` }),
  prevent: (w) => ({ zh: `“${w}”宣称预防疾病，非药品广告不得使用`, en: `“${w}” claims to prevent disease, banned in ads for anything but medicine` }),
  relieve: (w) => ({ zh: `“${w}”宣称缓解病症，属于疾病治疗功能`, en: `“${w}” claims to relieve an illness, a disease-treatment claim` }),
  outcome: (w) => ({ zh: `“${w}”把病症好转归功于商品，等于宣称治疗功能`, en: `“${w}” credits the goods with an illness getting better: a treatment claim` }),
  target: (w) => ({ zh: `“${w}”把疾病当作商品的用途，等于宣称治疗功能`, en: `“${w}” offers the goods for an illness: a treatment claim` }),
  drug: (w) => ({ zh: `“${w}”暗示商品可以代替药物`, en: `“${w}” implies the goods can replace medicine` }),
  function: (w) => ({ zh: `“${w}”是保健功能声称，普通商品不得使用`, en: `“${w}” is a health-function claim ordinary goods may not make` }),
  term: (w) => ({ zh: `“${w}”是医疗用语，易使商品与药品混淆`, en: `“${w}” is a medical term that makes goods read as medicine` }),
  treatment: (w) => ({ zh: `“${w}”宣称疾病治疗功能，非药品广告不得使用`, en: `“${w}” claims to treat disease, banned in ads for anything but medicine` }),
  'medical-term': (w) => ({ zh: `“${w}”是医疗用语，易使商品与药品混淆`, en: `“${w}” is a medical term that makes goods read as medicine` }),
  antimicrobial: (w) => ({ zh: `“${w}”是医疗功效用语，易使商品与药品、消毒产品混淆`, en: `“${w}” is a medical-effect term that makes goods read as medicine or disinfectant` }),
  detox: (w) => ({ zh: `“${w}”暗示治疗作用，非药品广告不得使用`, en: `“${w}” implies a treatment effect, banned in ads for anything but medicine` }),
  immunity: (w) => ({ zh: `“${w}”是保健功能声称，普通商品不得使用`, en: `“${w}” is a health-function claim ordinary goods may not make` }),
};

const REASONS: Record<MedicalCategory, Localized> = {
  treatment: {
    zh: '除医疗、药品、医疗器械广告外，任何广告都不得涉及疾病治疗功能；食品和保健食品还不得涉及疾病预防功能。说商品能治好、预防或缓解某种病，读者可能因此延误就医。写商品真实的用途和使用感受。',
    en: 'Except for medical services, drugs and medical devices, no ad may claim to treat disease, and food and health food may not claim to prevent it either: readers may put off seeing a doctor. Describe what the product really does and how it feels to use.',
  },
  'medical-term': {
    zh: '医疗用语让普通商品看起来像药品，广告法禁止。化妆品可以写“舒缓”“修护”等经功效评价的宣称；“药妆”“医学护肤”在我国没有这一类别。',
    en: 'Medical terms make ordinary goods look like medicine, which the law bans. Cosmetics may claim evaluated effects such as soothing (舒缓) or repairing (修护); “cosmeceutical” (药妆) is not a category in China.',
  },
  antimicrobial: {
    zh: '“杀菌”“抑菌”对化妆品和食品属于医疗用语。消毒产品、经检测的家电可以宣称，请在 front matter 写 product: disinfectant（或 cleaning、appliance），并在文案中注明检测机构和报告编号。',
    en: 'Killing or inhibiting germs is a medical claim for cosmetics and food. Disinfectants and tested appliances may claim it: set product: disinfectant (or cleaning, appliance) in the front matter and cite the lab and report number.',
  },
  detox: {
    zh: '“排毒”“清肠”暗示商品能清除体内毒素、治疗病症，没有科学依据，属于易与药品混淆的用语。写真实的口感或使用感受。',
    en: '“Detox” implies removing toxins and treating illness, with no scientific basis; it makes goods read as medicine. Describe the real taste or feel instead.',
  },
  immunity: {
    zh: '增强免疫力、辅助降血压、有助于改善睡眠等是保健食品经注册或备案才能宣称的功能。普通食品、化妆品和其他商品都不得宣称；保健食品请在 front matter 写 product: health-food。',
    en: 'Boosting immunity, helping lower blood pressure or improve sleep are functions only a registered health food may claim. Ordinary food, cosmetics and other goods may not; for a health food, set product: health-food.',
  },
};

const SOURCE_BASE: Localized = {
  zh: '《中华人民共和国广告法》第十七条（除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能，并不得使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语）；罚则：第五十八条第一款第二项',
  en: 'Advertising Law of the PRC, art. 17 (no ad other than for medical services, drugs or medical devices may claim to treat disease or use medical terms that confuse goods with medicine); penalty art. 58(1)(2)',
};

const SOURCE_BY_PRODUCT: Partial<Record<ProductKind, Localized>> = {
  cosmetics: {
    zh: '；《化妆品监督管理条例》第四十三条（化妆品广告不得明示或者暗示产品具有医疗作用）',
    en: '; Cosmetics Supervision and Administration Regulation, art. 43 (cosmetics ads may not state or imply a medical effect)',
  },
  food: {
    zh: '；《中华人民共和国食品安全法》第七十三条（食品广告不得涉及疾病预防、治疗功能）',
    en: '; Food Safety Law of the PRC, art. 73 (food ads may not claim to prevent or treat disease)',
  },
  'health-food': {
    zh: '；《中华人民共和国广告法》第十八条第一款第二项（保健食品广告不得涉及疾病预防、治疗功能），罚则：第五十八条第一款第三项',
    en: '; Advertising Law of the PRC, art. 18(1)(2) (health food ads may not claim to prevent or treat disease), penalty art. 58(1)(3)',
  },
};

/** Groups a product kind may lawfully claim. */
const ALLOWED_BY_PRODUCT: Partial<Record<ProductKind, readonly MedicalCategory[]>> = {
  disinfectant: ['antimicrobial'],
  'health-food': ['immunity'],
};

/** Why a claim outside an ad is reported at info, by the draft's selling level. */
const OUTSIDE_AN_AD: Record<Exclude<SellingLevel, 'selling'> | 'care', Localized> = {
  unclear: { zh: '（看不出是否在推销商品；如果这是广告，就不能这样写）', en: ' (it is unclear whether this sells something; in an ad it may not be said)' },
  none: { zh: '（没有看到推销的商品；如果这是广告或带货文案，就不能这样写）', en: ' (nothing seems to be sold here; in an ad or a sales post it may not be said)' },
  care: {
    zh: '（句中说的是医疗机构或药品；如果这是医疗、药品或医疗器械广告，请在 front matter 写 product: medical）',
    en: ' (the sentence is about medical care or a drug; for an ad of medical services, drugs or devices, set product: medical)',
  },
};

/**
 * The sentence around a claim says it is not a claim about goods, unless the draft sells: news
 * of medical care (a hospital, a doctor, a drug), health information (advice, research, what a
 * food "has the effect of"), a question. Read in the claim's own sentence only.
 */
const MEDICAL_CARE = /医院|医生|大夫|医师|住院|入院|出院|就医|就诊|门诊|急诊|手术|病房|护士|救治|抢救|送医|卫生院|诊所|病情|(?<![山芍火炸弹农兽])药(?!妆|肥|材)|打针|输液|针灸|疫苗|接种/;
const INFORMATION = /建议|提醒|专家|研究|科学家|教授|报道|据悉|记者|新闻|小编|应当|应该|不宜|多吃|少吃|多喝|多运动|多休息|多锻炼|注意|食物|食材|方法|的作用|等作用|的功效|等功效|作用是|含有|知识|科普|讲座|所以|因为|原因/;
const QUESTION = /[？?]|吗|哪家|哪里|哪个|求问|求推荐|求科普|有没有|是不是|怎么办/;
/** 药效 of a pesticide or fertiliser: agricultural goods answer to art. 21, not art. 17. */
const AGRICULTURE = /农药|药肥|杀虫|除草|虫害|病虫|兽药|作物/;
/** Germ-killing as a step of food processing (巴氏杀菌、高温灭菌处理), not an effect on the body. */
const PROCESS_BEFORE = /(?:巴氏|高温|超高温|瞬时|UHT)$/i;
const PROCESS_AFTER = /^(?:处理|工艺|技术|设备|消毒)/;
/** Goods germ-killing is a medical claim for (cosmetics, food), named in the claim's sentence. */
const COSMETIC_OR_FOOD = /精华|面霜|乳液|面膜|洗面奶|爽肤水|护肤|化妆品|牙膏|漱口水|护理液|洗液|私处|沐浴露|洗发水|食品|饮料|果汁|蜂蜜|酸奶|零食|口服|饮用|喝|吃/;

const SENTENCE_BREAK = /[。！!？?\n\r]/;
const SENTENCE_REACH = 80;

function strictFor(kind: ProductKind | null): boolean {
  return kind === 'cosmetics' || kind === 'food' || kind === 'health-food';
}

/** The claim's sentence, its end mark included, read at most `SENTENCE_REACH` characters each side. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !SENTENCE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !SENTENCE_BREAK.test(text[to]!)) to++;
  return text.slice(from, Math.min(text.length, to + 1));
}

export const medicalClaim: Rule = {
  id: 'medical-claim',
  description: {
    zh: '普通商品宣称治疗、预防或缓解疾病，或使用医疗用语（治疗失眠、鼻炎好了、咽喉炎的福音、疗程、排毒、增强免疫力…）',
    en: 'Ordinary goods claiming to treat, prevent or relieve illness, or using medical terms (cures insomnia, rhinitis gone, course of treatment, detox, boosts immunity…)',
  },
  defaultSeverity: 'warning',
  severityFor(draft) {
    return strictFor(productKind(draft.product)) ? 'error' : 'warning';
  },
  lists: LISTS,
  acceptsWords: true,
  check(ctx: RuleContext) {
    const kind = productKind(ctx.draft.product);
    // Art. 17 exempts medical, drug and medical device ads; they answer to art. 16 and ad review.
    if (kind === 'medical') return;
    const illnesses = ctx.matchesOf(ILLNESSES);
    const terms = ctx.matchesOf(MEDICAL_TERMS);
    const outcomes = ctx.matchesOf(OUTCOMES);
    const userWords = ctx.matches().filter((m) => !LISTS.includes(m.list));
    // Every claim holds an illness, a term, an outcome or a user's word: most drafts hold none.
    if (illnesses.length === 0 && terms.length === 0 && outcomes.length === 0 && userWords.length === 0) return;
    const { text } = ctx.draft;
    const claims = findClaims({ text, illnesses, terms, outcomes, verbs: ctx.matchesOf(CLAIM_VERBS), targets: ctx.matchesOf(TARGET_MARKERS) });
    // A user's own words are claims in any grammar, as strong as a medical term.
    for (const m of userWords) claims.push({ start: m.start, end: m.end, form: 'cure', category: 'treatment', strong: true, evasive: !!m.evasive });
    if (claims.length === 0) return;

    const spans = postSpans(ctx.draft);
    const inName = overlapsAnyOf(
      spans.flatMap((s) => [
        ...nameRanges(s, ctx.platform.syntax.mentions),
        ...findEmoticonCodes(s.text).map((c): [number, number] => [s.start + c.start, s.start + c.end]),
      ]),
    );
    const allowed = (kind && ALLOWED_BY_PRODUCT[kind]) ?? [];
    const source = ctx.t(SOURCE_BASE) + (kind && SOURCE_BY_PRODUCT[kind] ? ctx.t(SOURCE_BY_PRODUCT[kind]) : '');
    const level: SellingLevel = kind ? 'selling' : ctx.selling().level;

    for (const claim of claims.sort((a, b) => a.start - b.start)) {
      if (!spanAt(spans, claim.start) || inName(claim.start, claim.end)) continue;
      if (allowed.includes(claim.category)) continue;
      const severity = judgeClaim(claim, text, level, kind);
      if (severity.silent) continue;
      const phrase = text.slice(claim.start, claim.end);
      const message = (claim.form === 'term' ? MESSAGES[claim.category] : MESSAGES[claim.form])(phrase);
      const why = severity.why ? ctx.t(OUTSIDE_AN_AD[severity.why]) : '';
      const alternatives = [...(claim.term?.replacements ?? []).filter((r) => r !== ''), ...(claim.term?.alternatives ?? [])];
      ctx.report({
        message: ctx.t(message) + why,
        start: claim.start,
        end: claim.end,
        reason: ctx.t(REASONS[claim.category]),
        source,
        alternatives: alternatives.length ? alternatives : undefined,
        fixes: fixesFor(ctx, claim),
        data: { word: phrase, category: claim.category },
        severity: severity.level,
        evasive: claim.evasive,
      });
    }
  },
};

/** Why a claim is left alone in its context (for tests and the calibration's reading). */
export type Silence = 'question' | 'agriculture' | 'process' | 'not-cosmetic-or-food' | 'medical-care' | 'information' | 'weak-outside-an-ad';

/**
 * How a claim is reported in its context: `level` undefined for the rule's own severity, 'info'
 * with why; or `silent` with why, when its sense is plainly not a claim about goods.
 */
export function judgeClaim(
  claim: MedicalClaim,
  text: string,
  selling: SellingLevel,
  kind: ProductKind | null,
): { silent: Silence } | { silent?: undefined; level?: Severity; why?: keyof typeof OUTSIDE_AN_AD } {
  const sentence = sentenceAround(text, claim.start, claim.end);
  if (QUESTION.test(sentence)) return { silent: 'question' };
  // What the sentence says besides the claim (比吃药还管用 names medicine itself).
  const around = sentence.replace(text.slice(claim.start, claim.end), '，');
  if (claim.term && /药效|疗效/.test(claim.term.word) && AGRICULTURE.test(sentence)) return { silent: 'agriculture' };
  if (claim.category === 'antimicrobial') {
    if (PROCESS_BEFORE.test(text.slice(Math.max(0, claim.start - 4), claim.start)) || PROCESS_AFTER.test(text.slice(claim.end, claim.end + 2))) {
      return { silent: 'process' };
    }
    // Killing germs is a tested property of clothing, a dishwasher or a purifier; a drug claim only for cosmetics and food.
    if (!strictFor(kind) && !COSMETIC_OR_FOOD.test(sentence)) return { silent: 'not-cosmetic-or-food' };
  }
  const care = MEDICAL_CARE.test(around);
  if (selling === 'selling') return care ? { level: 'info', why: 'care' } : {};
  if (care) return { silent: 'medical-care' };
  if (INFORMATION.test(around)) return { silent: 'information' };
  if (selling === 'unclear') return { level: 'info', why: 'unclear' };
  return claim.strong ? { level: 'info', why: 'none' } : { silent: 'weak-outside-an-ad' };
}

/**
 * A term with an honest noun in its place (药妆 → 护肤品), or a qualifier that can go (医美级修复
 * 面膜 → 修复面膜); else the claim removed where it stands as a clause of its own (…，专治三高，…).
 */
function fixesFor(ctx: RuleContext, claim: MedicalClaim): Fix[] {
  const m: Pick<WordMatch, 'start' | 'end'> = claim;
  const fixes: Fix[] = [];
  const text = ctx.draft.text;
  for (const r of claim.term?.replacements ?? []) {
    // Removing a qualifier needs the noun it qualifies right after it (医美级面膜, not 是医美级的).
    if (r === '' && !/^[\u4e00-\u9fff]/.test(text.slice(m.end, m.end + 1).replace(/[的地得了]/, ''))) continue;
    fixes.push(replaceFix(ctx, m, r));
  }
  if (fixes.length === 0) {
    const removal = removeClauseFix(ctx, claim);
    if (removal) fixes.push(removal);
  }
  return fixes;
}
