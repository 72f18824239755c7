import { ACHING_PARTS, illnessKind, type IllnessKind } from '../lexicon/illness';
import type { MedicalCategory, MedicalTerm, VerbKind } from '../lexicon/medical';
import { SINGLE_CHARACTER_VERBS } from '../lexicon/medical';
import { foldUnit } from '../lexicon/spellings';
import type { WordMatch } from '../lexicon/types';

/**
 * The grammar of a medical claim (issue 11): the rule's word lists find the parts — illnesses,
 * verbs, outcomes, recommendations, medical terms — and this joins them within a clause:
 * a verb and the illness it governs (治疗失眠、根治鼻炎、缓解关节痛、治好了我的痘痘), an illness and
 * what became of it (喝了一个月，失眠好了), an illness and the goods recommended for it (咽喉炎的
 * 福音), a medicine given up (甩掉降压药). No part makes a claim alone: 失眠 in a diary, 治疗 in a
 * news item about a hospital, 好了 anywhere.
 *
 * Everything here reads a few characters around a match (`WINDOW`), never a whole text.
 */

/** How the claim is made; decides its message and how much it says on its own (`strong`). */
export type ClaimForm = 'cure' | 'prevent' | 'relieve' | 'function' | 'outcome' | 'target' | 'drug' | 'term';

export interface MedicalClaim {
  start: number;
  end: number;
  form: ClaimForm;
  category: MedicalCategory;
  /**
   * Whether the claim shows by itself that goods are offered as medicine (专治、疗程、药妆、排毒、
   * 咽喉炎的福音): reported at info outside an ad. A weak one (缓解、预防、失眠好了) is ordinary talk
   * unless the draft sells something.
   */
  strong: boolean;
  evasive: boolean;
  /** The word-list term the claim is (for its replacements and alternatives), when it is one. */
  term?: MedicalTerm;
}

/** The most characters read on either side of a match. */
const WINDOW = 24;
const CLAUSE_BREAK = /[，,。.！!？?；;：:\n\r～~…]/;
const SENTENCE_BREAK = /[。！!？?\n\r…]/;
/** What may stand between a verb and its illness: 治好了我的、缓解宝宝的、专治多年. */
const MAX_VERB_GAP = 8;
/** An illness list after the verb (攻克雀斑、黄褐斑、汗管瘤) may run longer. */
const MAX_LIST_GAP = 24;
/** Between an illness and its outcome, across one comma at most (鼻炎，用了这款精油一个月就好了). */
const MAX_OUTCOME_GAP = 16;
const MAX_TARGET_GAP = 6;

/**
 * A negator before a verb or term cancels the claim (不能治疗、不说能治病、不具有治疗作用、请勿
 * 用于治疗): the notices the law asks for and honest denials. 不仅、不到三天、没想到 do not negate.
 */
const NEGATOR = /(?:不(?!仅|但|只|光|止|到|出|久|少|错|断|停|管|论|得不|知不觉|一样)|没(?!想到)|无法|勿|别|并非|未(?!来))/;
const NEGATOR_REACH = 6;
/** A negator right before an outcome: 还没好、没有消失. */
const OUTCOME_NEGATOR = /[不没未]$/;

/** Verbs of giving up a medicine (甩掉降压药、糖尿病药都停了): the goods offered as its replacement. */
const DROP_BEFORE = /(?:甩掉|甩开|停掉|扔掉|戒掉|摆脱|告别|不用再吃|不再吃|不用吃|减掉)$/;
const DROP_AFTER = /^.{0,4}?(?:停了|停掉|不用吃|不用再吃|不吃了|减半)/;
/** What makes a claim phrase the name of a medicine: 止痛片、降压药、糖尿病药. */
const DRUG_SUFFIX = /^(?:药物|药品|药|片|剂|颗粒|冲剂|糖浆|胶囊|丸|膏药|针)/;

/** A verb of expelling beside 毒素 (排出毒素、毒素全排出), not 毒素堆积. */
const DETOX_VERB_BEFORE = /(?:排|清|除|解|排出|清除|排除|带走)[^，。！？\n]{0,3}$/;
const DETOX_VERB_AFTER = /^[^，。！？\n]{0,3}(?:排出|排走|排掉|全排|排干净|清除|清空)/;
/** A negator before 副作用 makes it a safety claim (无副作用、不会有什么副作用). */
const SIDE_EFFECT_NEGATOR = /(?:无|没|零|不会|不含|绝不|杜绝)[^，。！？\n]{0,4}$/;

/** Before 去, 降, 抗, 防 or 护, these make it part of another word (过去、回去、下降、保护): not the verb. */
const NOT_VERB_BEFORE: Readonly<Record<string, string>> = { 去: '过回出进上下来死离失抹除', 降: '下升霜空骤', 抗: '抵对', 防: '消国边预', 护: '保爱守维防呵' };

export interface ClaimParts {
  text: string;
  illnesses: readonly WordMatch[];
  verbs: readonly WordMatch[];
  outcomes: readonly WordMatch[];
  targets: readonly WordMatch[];
  terms: readonly WordMatch[];
}

/** Every claim the parts make, in document order, overlapping ones merged. */
export function findClaims(parts: ClaimParts): MedicalClaim[] {
  const claims: MedicalClaim[] = [];
  const { text } = parts;
  for (const illness of parts.illnesses) {
    const kind = illnessKind(illness.entry);
    const drugEnd = drugNameEnd(text, illness.end);
    if (drugEnd >= 0) {
      const dropped = droppedDrug(text, illness.start, drugEnd);
      if (dropped) claims.push({ ...dropped, form: 'drug', category: 'treatment', strong: true, evasive: !!illness.evasive });
      continue;
    }
    const verb = verbBefore(parts, illness, kind);
    if (verb) claims.push(verb);
    const after = outcomeAfter(parts, illness, kind) ?? targetAfter(parts, illness, kind);
    if (after) claims.push(after);
  }
  for (const o of parts.outcomes) {
    const claim = o.entry.category === 'ache-gone' ? acheGone(text, o) : o.entry.category === 'symptom-gone' ? symptomGone(text, o) : null;
    if (claim) claims.push(claim);
  }
  for (const m of parts.terms) {
    const claim = termClaim(text, m);
    if (claim) claims.push(claim);
  }
  const merged = merge(claims);
  for (const c of merged) if (!c.strong) c.strong = asserted(parts, c);
  return merged;
}

/**
 * A weak claim (缓解、预防、增强免疫力) is a strong one when its sentence recommends the goods for
 * it (…，中老年人首选；…，上网课必备) or vouches for it (有效预防、彻底告别、快速止痛): words of a
 * pitch, not of a diary or a tip.
 */
const VOUCHING = /(?:有效|显著|明显|快速|迅速|彻底|永久|轻松|一次性|能|能够|可以|可|有助于|帮助|助你)$/;

function asserted(parts: ClaimParts, claim: MedicalClaim): boolean {
  const { text } = parts;
  if (VOUCHING.test(text.slice(Math.max(0, claim.start - 3), claim.start))) return true;
  let from = claim.start;
  while (from > 0 && claim.start - from < WINDOW * 2 && !SENTENCE_BREAK.test(text[from - 1]!)) from--;
  let to = claim.end;
  while (to < text.length && to - claim.end < WINDOW * 2 && !SENTENCE_BREAK.test(text[to]!)) to++;
  const t = parts.targets[firstIndexFrom(parts.targets, from)];
  return t !== undefined && t.end <= to;
}

function verbBefore(parts: ClaimParts, illness: WordMatch, kind: IllnessKind): MedicalClaim | null {
  const { text } = parts;
  // The nearest verb of the list that ends before the illness, with nothing but a short gap of the same clause between.
  let verb: WordMatch | undefined;
  for (let i = lastIndexBefore(parts.verbs, illness.start); i >= 0; i--) {
    const v = parts.verbs[i]!;
    if (v.end > illness.start) continue;
    if (illness.start - v.end > MAX_LIST_GAP) break;
    const gap = text.slice(v.end, illness.start);
    if (CLAUSE_BREAK.test(gap)) break;
    if (gap.length <= MAX_VERB_GAP || gap.includes('、')) verb = v;
    break;
  }
  let start: number;
  let verbKind: VerbKind;
  if (verb) {
    start = verb.start;
    verbKind = verb.entry.category as VerbKind;
  } else {
    // Folded, so that 袪 (a variant written for 祛) and traditional forms are read as the verb.
    const c = illness.start > 0 ? String.fromCharCode(foldUnit(text.charCodeAt(illness.start - 1))) : '';
    const single = SINGLE_CHARACTER_VERBS[c];
    if (!single || NOT_VERB_BEFORE[c]?.includes(text[illness.start - 2] ?? '')) return null;
    start = illness.start - 1;
    verbKind = single;
  }
  const form = formOf(verbKind, kind);
  if (!form || negatedBefore(text, start)) return null;
  return {
    start,
    end: illness.end,
    form,
    category: form === 'function' ? 'immunity' : 'treatment',
    strong: form === 'cure' && verbKind !== 'soothe',
    evasive: !!(illness.evasive || verb?.evasive),
  };
}

/** What a verb of this kind makes of an illness of that kind, or null when it claims nothing (祛痘、防脱发). */
function formOf(verb: VerbKind, illness: IllnessKind): ClaimForm | null {
  const cure = verb === 'cure' || verb === 'soothe';
  if (illness === 'cosmetic') return cure ? 'cure' : null;
  if (illness === 'function') return verb === 'change' || verb === 'relieve' ? 'function' : cure ? 'cure' : null;
  if (cure) return 'cure';
  return verb === 'prevent' ? 'prevent' : 'relieve';
}

function outcomeAfter(parts: ClaimParts, illness: WordMatch, kind: IllnessKind): MedicalClaim | null {
  const { text } = parts;
  const i = firstIndexFrom(parts.outcomes, illness.end);
  const o = parts.outcomes[i];
  if (!o || o.start - illness.end > MAX_OUTCOME_GAP) return null;
  const gap = text.slice(illness.end, o.start);
  if (SENTENCE_BREAK.test(gap) || countClauseBreaks(gap) > 1 || OUTCOME_NEGATOR.test(gap)) return null;
  const outcome = o.entry.category;
 // A cosmetic condition gone is cosmetic efficacy (痘痘没了) unless it was cured (痘痘治好了); a function is changed, not cured.
  if (kind === 'cosmetic' && !/治|根/.test(o.text)) return null;
  if (kind === 'function' && outcome !== 'normal' && outcome !== 'better') return null;
  // Weak: 失眠好了、你把我关节疼治好了 could be anyone's recovery told; a claim where goods are sold.
  return { start: illness.start, end: o.end, form: 'outcome', category: 'treatment', strong: false, evasive: !!(illness.evasive || o.evasive) };
}

/** The part of the body an ache left (嗓子就不疼了、胃也不胀了): a few characters before, in the clause. */
const ACHING_PART_BEFORE = new RegExp(`(?:${[...ACHING_PARTS].sort((a, b) => b.length - a.length).join('|')})(?:[^，,。！？!?\\n]{0,3})$`);

function acheGone(text: string, o: WordMatch): MedicalClaim | null {
  const before = text.slice(Math.max(0, o.start - 8), o.start);
  const m = ACHING_PART_BEFORE.exec(before);
  if (!m) return null;
  return { start: o.start - m[0].length, end: o.end, form: 'outcome', category: 'treatment', strong: false, evasive: !!o.evasive };
}

function symptomGone(text: string, o: WordMatch): MedicalClaim | null {
  if (OUTCOME_NEGATOR.test(text.slice(Math.max(0, o.start - 1), o.start))) return null;
  return { start: o.start, end: o.end, form: 'outcome', category: 'treatment', strong: false, evasive: !!o.evasive };
}

function targetAfter(parts: ClaimParts, illness: WordMatch, kind: IllnessKind): MedicalClaim | null {
  if (kind === 'cosmetic') return null;
  const { text } = parts;
  const t = parts.targets[firstIndexFrom(parts.targets, illness.end)];
  if (!t || t.start - illness.end > MAX_TARGET_GAP) return null;
  if (CLAUSE_BREAK.test(text.slice(illness.end, t.start))) return null;
  return { start: illness.start, end: t.end, form: 'target', category: 'treatment', strong: true, evasive: !!(illness.evasive || t.evasive) };
}

function termClaim(text: string, m: WordMatch): MedicalClaim | null {
  const term = m.entry as MedicalTerm;
  const before = text.slice(Math.max(0, m.start - WINDOW), m.start);
  const after = text.slice(m.end, m.end + WINDOW);
  if (term.needs === 'negator' && !SIDE_EFFECT_NEGATOR.test(before)) return null;
  if (term.needs === 'detox-verb' && !DETOX_VERB_BEFORE.test(before) && !DETOX_VERB_AFTER.test(after)) return null;
  // 止痛片、消炎药、降压药: a medicine named, a claim only when the goods replace it (甩掉降压药).
  const drugEnd = drugNameEnd(text, m.end);
  if (drugEnd >= 0) {
    const dropped = droppedDrug(text, m.start, drugEnd);
    return dropped && { ...dropped, form: 'drug', category: 'treatment', strong: true, evasive: !!m.evasive };
  }
  if (term.needs !== 'negator' && negatedBefore(text, m.start)) return null;
  const form: ClaimForm = term.fused ? (term.fused === 'change' ? 'function' : term.fused) : 'term';
  const strong = form === 'cure' || (form === 'term' && !term.weak && term.category !== 'antimicrobial');
  return { start: m.start, end: m.end, form, category: term.category, strong, evasive: !!m.evasive, term };
}

/** The end of a medicine's name when `text` at `end` carries on into one (止痛 + 片、糖尿病 + 药), else -1. */
function drugNameEnd(text: string, end: number): number {
  const m = DRUG_SUFFIX.exec(text.slice(end, end + 3));
  return m ? end + m[0].length : -1;
}

/** The range of a medicine given up (甩掉降压药、糖尿病药都停了), or null. */
function droppedDrug(text: string, start: number, drugEnd: number): { start: number; end: number } | null {
  const before = DROP_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  if (before) return { start: start - before[0].length, end: drugEnd };
  const after = DROP_AFTER.exec(text.slice(drugEnd, drugEnd + 8));
  if (after && !CLAUSE_BREAK.test(after[0])) return { start, end: drugEnd + after[0].length };
  return null;
}

/** Whether a negator stands before `at` in the same clause, close enough to govern it. */
function negatedBefore(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < NEGATOR_REACH && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  return NEGATOR.test(text.slice(from, at));
}

function countClauseBreaks(s: string): number {
  let n = 0;
  for (const c of s) if (CLAUSE_BREAK.test(c)) n++;
  return n;
}

/** Index of the last match starting before `at` (-1: none); matches are in document order. */
function lastIndexBefore(matches: readonly WordMatch[], at: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first match starting at or after `at` (the length when none). */
function firstIndexFrom(matches: readonly WordMatch[], at: number): number {
  return lastIndexBefore(matches, at) + 1;
}

/** Overlapping claims are one claim (专治颈椎病和失眠): the union of their ranges, the first's form, strong if either is. */
function merge(claims: MedicalClaim[]): MedicalClaim[] {
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MedicalClaim[] = [];
  for (const c of claims) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      last.strong ||= c.strong;
      last.evasive ||= c.evasive;
      if (last.term && c.term !== last.term) last.term = undefined;
      continue;
    }
    out.push({ ...c });
  }
  return out;
}
