import type { MedicalCategory, ProductKind } from '../lexicon/medical';
import { MEDICAL_LIST, isMedicalEntry, productKind } from '../lexicon/medical';
import type { Rule, RuleContext } from '../rule';
import { replaceFix } from '../rule';
import { overlapsAnyOf, postSpans, spanAt } from '../text';
import type { Draft, Localized } from '../types';
import { nameRanges } from './ad-law';

/**
 * `medical-claim`: cure and medical claims for goods that are not medicine (《广告法》第十七条).
 * The front matter's `product` sets how hard it bites: an error for cosmetics and food, whose own
 * laws repeat the ban; silent for medical ads, which the article exempts (they answer to
 * art. 16 and ad review instead).
 */

const MESSAGES: Record<MedicalCategory, (w: string) => Localized> = {
  treatment: (w) => ({ zh: `“${w}”宣称疾病治疗功能，非药品广告不得使用`, en: `“${w}” claims to treat disease, banned in ads for anything but medicine` }),
  'medical-term': (w) => ({ zh: `“${w}”是医疗用语，易使商品与药品混淆`, en: `“${w}” is a medical term that makes goods read as medicine` }),
  antimicrobial: (w) => ({ zh: `“${w}”是医疗功效用语，易使商品与药品、消毒产品混淆`, en: `“${w}” is a medical-effect term that makes goods read as medicine or disinfectant` }),
  detox: (w) => ({ zh: `“${w}”暗示治疗作用，非药品广告不得使用`, en: `“${w}” implies a treatment effect, banned in ads for anything but medicine` }),
  immunity: (w) => ({ zh: `“${w}”是保健功能声称，普通商品不得使用`, en: `“${w}” is a health-function claim ordinary goods may not make` }),
};

const REASONS: Record<MedicalCategory, Localized> = {
  treatment: {
    zh: '除医疗、药品、医疗器械广告外，任何广告都不得涉及疾病治疗功能。说商品能“治疗”“根治”某种病，读者可能因此延误就医。写商品真实的用途和使用感受。',
    en: 'Except for medical services, drugs and medical devices, no ad may claim to treat disease: readers may put off seeing a doctor. Describe what the product really does and how it feels to use.',
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
    zh: '“增强免疫力”是保健食品经注册或备案才能宣称的功能（表述为“有助于增强免疫力”）。普通食品、化妆品和其他商品都不得宣称；保健食品请在 front matter 写 product: health-food。',
    en: '“Boosts immunity” is a function only a registered health food may claim (as “helps strengthen immunity”). Ordinary food, cosmetics and other goods may not; for a health food, set product: health-food.',
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
    zh: '；《中华人民共和国广告法》第十八条（保健食品广告不得涉及疾病预防、治疗功能）',
    en: '; Advertising Law of the PRC, art. 18 (health food ads may not claim to prevent or treat disease)',
  },
};

/** Groups a product kind may lawfully claim. */
const ALLOWED_BY_PRODUCT: Partial<Record<ProductKind, readonly MedicalCategory[]>> = {
  disinfectant: ['antimicrobial'],
  'health-food': ['immunity'],
};

const PASSIVE = /被/;
const CLAUSE_BREAK = /[，,。！？!?；;\n\r]/;

/** The clause before `start` (back to the nearest comma or sentence mark). */
function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < 20 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  return text.slice(from, start);
}

function strictFor(kind: ProductKind | null): boolean {
  return kind === 'cosmetics' || kind === 'food' || kind === 'health-food';
}

export const medicalClaim: Rule = {
  id: 'medical-claim',
  description: {
    zh: '普通商品宣称治疗疾病或使用医疗用语（治疗、根治、消炎、杀菌、排毒、增强免疫力…）',
    en: 'Ordinary goods claiming to treat disease or using medical terms (cure, anti-inflammatory, germicidal, detox, boosts immunity…)',
  },
  defaultSeverity: 'warning',
  severityFor(draft: Draft) {
    return strictFor(productKind(draft.product)) ? 'error' : 'warning';
  },
  docs: 'docs/rules/medical-claim.md',
  lists: [MEDICAL_LIST],
  acceptsWords: true,
  check(ctx: RuleContext) {
    const kind = productKind(ctx.draft.product);
    // Art. 17 exempts medical, drug and medical device ads; they answer to art. 16 and ad review.
    if (kind === 'medical') return;
    const matches = ctx.matches();
    if (matches.length === 0) return;
    const spans = postSpans(ctx.draft);
    const inName = overlapsAnyOf(spans.flatMap((s) => nameRanges(s, ctx.draft.platform)));
    const allowed = (kind && ALLOWED_BY_PRODUCT[kind]) ?? [];
    const source = ctx.t(SOURCE_BASE) + (kind && SOURCE_BY_PRODUCT[kind] ? ctx.t(SOURCE_BY_PRODUCT[kind]) : '');
    for (const m of matches) {
      if (!spanAt(spans, m.start) || inName(m.start, m.end)) continue;
      const e = isMedicalEntry(m.entry) ? m.entry : null;
      const category: MedicalCategory = e?.category ?? 'treatment';
      if (allowed.includes(category)) continue;
      if (e?.passiveIsOrdinary && PASSIVE.test(clauseBefore(ctx.draft.text, m.start))) continue;
      const alternatives = [...(m.entry.replacements ?? []), ...(e?.alternatives ?? [])];
      ctx.report({
        message: ctx.t(MESSAGES[category](m.text)),
        start: m.start,
        end: m.end,
        reason: ctx.t(REASONS[category]),
        source,
        alternatives: alternatives.length ? alternatives : undefined,
        fixes: (m.entry.replacements ?? []).map((r) => replaceFix(ctx, m, r)),
        data: { word: m.text, category },
        evasive: m.evasive,
      });
    }
  },
};
