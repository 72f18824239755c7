import { sellingCueKinds } from '../analysis/selling';
import type { RuleContext } from '../rule';
import { findQuotedRanges, insideAnyOf, PatternFamily, type PhrasePattern } from '../text';
import type { Localized, Severity, TextSpan } from '../types';

/**
 * What the two pressure rules (false-urgency, hard-sell) ask of a phrase's surroundings: the
 * sentence and clause it stands in, whether that sentence is a question or a quotation, and how
 * the draft's selling context weighs a phrase that is ordinary language outside a sale.
 */

/** Marks that end a sentence; a line break ends one too. */
const SENTENCE_END: ReadonlySet<string> = new Set('。！？!?…\n\r');
/** Marks that end a clause inside a sentence. */
const CLAUSE_END: ReadonlySet<string> = new Set('。！？!?…\n\r，,；;：:、~～');
/** How far a sentence is read each side of a phrase: ad SMS run on for 150+ characters without a stop. */
const REACH = 80;

/** The sentence around `[start, end)`, within the span, read at most `REACH` units each side. */
export function sentenceAround(text: string, start: number, end: number, span: TextSpan): [number, number] {
  return around(text, start, end, span, SENTENCE_END);
}

/** The clause around `[start, end)` (commas and colons end it too). */
export function clauseAround(text: string, start: number, end: number, span: TextSpan): [number, number] {
  return around(text, start, end, span, CLAUSE_END);
}

function around(text: string, start: number, end: number, span: TextSpan, stop: ReadonlySet<string>): [number, number] {
  const from = Math.max(span.start, start - REACH);
  const to = Math.min(span.start + span.text.length, end + REACH);
  let a = start;
  while (a > from && !stop.has(text[a - 1]!)) a--;
  let b = end;
  while (b < to && !stop.has(text[b]!)) b++;
  return [a, b];
}

const QUESTION_WORD = /吗|么|呢|什么|怎么|为何|几[个天时号点]|多少|是否|是不是|有没有|能不能|会不会|还会|请问|难道|咋/;

/** Whether the sentence holding `[start, end)` asks something: 名额有限吗？、请问今天截止吗？ */
export function inQuestion(text: string, start: number, end: number, span: TextSpan): boolean {
  const [a, b] = sentenceAround(text, start, end, span);
  const mark = text[b];
  if (mark !== '？' && mark !== '?') return false;
  return QUESTION_WORD.test(text.slice(a, b));
}

/** A per-lint answer to "is this range inside quotation marks", built on first use. */
export function quotedTest(ctx: RuleContext): (start: number, end: number) => boolean {
  let inside: ((start: number, end: number) => boolean) | undefined;
  return (start, end) => (inside ??= insideAnyOf(findQuotedRanges(ctx.draft.text)))(start, end);
}

export type Strength = 'self' | 'context';

export interface Weighed {
  severity?: Severity;
  /** Said in the message when the draft could be read either way. */
  why?: string;
}

/**
 * How a phrase counts in this draft (issue 11, "Context"): a phrase that sells by itself keeps the
 * rule's severity; a phrase that is ordinary language outside a sale keeps it in a selling draft,
 * drops to info (saying why) where the draft has only a hint of selling — other than the phrase
 * itself — and is not reported in a draft that sells nothing (null).
 */
export function weigh(ctx: RuleContext, strength: Strength, phrase: { start: number; end: number }): Weighed | null {
  if (strength === 'self') return {};
  const selling = ctx.selling();
  if (selling.level === 'selling') return {};
  if (selling.level === 'none') return null;
  // The phrase may be the draft's one cue itself (名额有限 and 限时 are ad-density's promo words):
  // then nothing else in the draft sells.
  const others = selling.cues.filter((c) => c.end <= phrase.start || phrase.end <= c.start);
  if (others.length === 0) return null;
  const kinds = sellingCueKinds({ ...selling, cues: others }, ctx.adDensity(), ctx.t);
  const cue = kinds.length ? kinds.join('、') : ctx.t({ zh: '一处', en: 'one' });
  const why: Localized = {
    zh: `草稿里只有一处销售迹象（${cue}），这句话可能是推销，也可能只是平常说法`,
    en: `the draft shows only one sign of selling (${cue}): this may be a sales pitch or just an ordinary phrase`,
  };
  return { severity: 'info', why: ctx.t(why) };
}

/** Appends the context note to a message: 「…」（…）. */
export function withWhy(ctx: RuleContext, message: string, weighed: Weighed): string {
  return weighed.why ? `${message}${ctx.t({ zh: `（${weighed.why}）`, en: ` (${weighed.why})` })}` : message;
}

/**
 * The family with one expression per category (the alternation of its patterns, in order): what
 * the rules need from a hit is its category, and a window of text then costs one search per
 * category instead of one per pattern (a search has a fixed cost that short windows feel).
 */
export function familyByCategory(patterns: readonly PhrasePattern[]): PatternFamily {
  const byCategory = new Map<string, PhrasePattern[]>();
  for (const p of patterns) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);
  return new PatternFamily(
    [...byCategory].map(([category, ps]) => ({
      id: ps.map((p) => p.id).join('+'),
      category,
      pattern: ps.length === 1 ? ps[0]!.pattern : new RegExp(ps.map((p) => `(?:${p.pattern.source})`).join('|'), 'g'),
    })),
  );
}
