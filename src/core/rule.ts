import type { SellingContext } from './analysis/selling';
import type { ResolvedConfig } from './config';
import type { WordList, WordMatch } from './lexicon/types';
import type { PlatformProfile } from './platforms/profile';
import { allowedRanges, leftmostLongest, postSpans, spanAt, standaloneClauseDeletion, type PatternFamily } from './text';
import type {
  AdDensityReport,
  CountResult,
  Draft,
  Finding,
  Fix,
  Locale,
  Localized,
  RuleId,
  Severity,
  TextSpan,
} from './types';

/**
 * A rule is a small module exporting one of these (STYLE.md: markdownlint's rule objects,
 * Vale's data rules), and everything about the rule is declared here: the registry
 * (`rules/index.ts`), `RULE_IDS`, the editor's settings and code actions, the JSON Schema of
 * `.postlintrc.json` and SARIF's rule list are all derived from it (scripts/generate.ts). Its
 * page is `docs/rules/<id>.md` (docs.ts builds the link). Most rules are a word list and a
 * message: they name their `lists`, the engine matches every list of every rule in one pass,
 * and `check` turns matches into findings.
 */
export interface Rule {
  id: RuleId;
  description: Localized;
  defaultSeverity: Severity;
  /**
   * A severity that depends on the draft (medical-claim for cosmetics/food). How hard a platform
   * enforces a rule is the platform's to say (`PlatformProfile.ruleSeverity`), not the rule's.
   */
  severityFor?(draft: Draft): Severity;
  /** Word lists the engine matches for this rule. */
  lists?: readonly WordList[];
  /**
   * Word lists the rule reads (`ctx.matchesOf`, `ctx.rescan`) without reporting them, such as
   * another rule's whose exemptions its fixes must not break: matched even when that rule is off.
   */
  reads?: readonly WordList[];
  /**
   * Whether the rule flags phrases a team may add to (`rules.<id>.options.words`, matched like
   * the rule's own lists) or allow (the editor's "allow this word in this workspace").
   */
  acceptsWords?: boolean;
  /** Word lists the rule takes from the configuration itself (deny: the team's `deny` entries). */
  configLists?(config: ResolvedConfig): WordList[];
  /** What `rules.<id>.options` may hold, for the JSON Schema and the docs (`words` comes with `acceptsWords`). */
  options?: Readonly<Record<string, RuleOption>>;
  check(ctx: RuleContext): void;
}

/** One option of a rule, as the JSON Schema of `.postlintrc.json` describes it. */
export interface RuleOption {
  type: 'number' | 'boolean' | 'string[]';
  description: string;
}

/**
 * The list of a rule's extra words (`rules.<id>.options.words`), found the way the rule's own
 * are; null when there are none.
 */
export function optionWordsList(rule: Rule, config: ResolvedConfig, options: Readonly<Record<string, unknown>> | undefined): WordList | null {
  const value = options?.words;
  const words = Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string' && w.trim().length > 0) : [];
  if (words.length === 0) return null;
  return {
    id: `config/${rule.id}`,
    source: config.file ?? '.postlintrc.json',
    entries: words.map((word) => ({ word })),
    readsThroughSpellings: (rule.lists ?? []).some((l) => l.readsThroughSpellings),
  };
}

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface Report {
  message: string;
  start: number;
  end: number;
  reason?: string;
  source?: string;
  alternatives?: string[];
  fixes?: Fix[];
  data?: Finding['data'];
  /** Overrides the rule's severity for this one finding. */
  severity?: Severity;
  /**
   * The phrase is spelled to slip past a filter (split apart, pinyin, traditional characters, a
   * look-alike): the engine says in the message that the spelling does not hide it.
   */
  evasive?: boolean;
}

export interface RuleContext {
  readonly draft: Draft;
  readonly platform: PlatformProfile;
  /** The body's count by the platform's own rule. */
  readonly count: CountResult;
  /** Xiaohongshu title count; null elsewhere or without a title. */
  readonly titleCount: CountResult | null;
  /** This rule's `options` from `.postlintrc.json` (empty object when none). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly config: ResolvedConfig;
  readonly locale: Locale;
  /** Picks the string of the result's locale. */
  t(text: Localized): string;
  /** Matches of this rule's lists (and the user's extra words), in document order. */
  matches(): readonly WordMatch[];
  /** Matches of one particular list (any list the engine knows, not only this rule's). */
  matchesOf(list: WordList): readonly WordMatch[];
  /**
   * The engine's matcher over another text (the draft after this rule's own fixes, to see whether
   * they unsettle a neighbour): each list's matches, and this rule's merged as `matches()` merges them.
   */
  rescan(text: string, spans: readonly TextSpan[]): { matchesOf(list: WordList): readonly WordMatch[]; matches(): readonly WordMatch[] };
  /** The ad-density measurement, computed once per lint and shared with the tone summary. */
  adDensity(): AdDensityReport;
  /** Whether the draft promotes something (analysis/selling.ts), computed once per lint. */
  selling(): SellingContext;
  report(report: Report): void;
}

/** A phrase a rule reports: a match of its word lists or a hit of its patterns. */
export interface RulePhrase {
  start: number;
  end: number;
  text: string;
  /** The entry's or the pattern's category; 'user' for the user's own words. */
  category: string;
  fromList: boolean;
  evasive?: boolean;
}

/**
 * Words that every hit of a pattern family holds (one of the rule's `lists`, matched in the engine's
 * one pass over the draft), and how far from them a hit may reach: the family then reads only the
 * text around them (`PatternFamily.hitsNear`). Their matches are not phrases of their own.
 */
export interface PatternSeeds {
  list: WordList;
  reach: number;
}

/**
 * A rule's word-list matches and the hits of its pattern family (phrases a list cannot spell
 * out, 转发到3个群), leftmost-longest, the user's allowed words honoured by both. Most drafts
 * have neither: then nothing is searched past the family's gate (or, with `seeds`, at all) and
 * nothing is allocated.
 */
export function listAndPatternPhrases(ctx: RuleContext, family: PatternFamily, seeds?: PatternSeeds): RulePhrase[] {
  const all = ctx.matches();
  const matches = seeds ? all.filter((m) => m.list !== seeds.list) : all;
  const spans = postSpans(ctx.draft);
  const hits = seeds ? family.hitsNear(spans, ctx.matchesOf(seeds.list), seeds.reach) : family.hits(spans);
  if (matches.length === 0 && hits.length === 0) return [];
  const phrases: RulePhrase[] = matches.map((m) => ({ start: m.start, end: m.end, text: m.text, category: m.entry.category ?? 'user', fromList: true, evasive: m.evasive }));
  if (hits.length > 0) {
    const allowed = allowedRanges(ctx.draft.text, ctx.config.allow);
    for (const h of hits) {
      if (allowed.some(([a, b]) => a < h.end && h.start < b)) continue;
      phrases.push({ start: h.start, end: h.end, text: h.text, category: h.category ?? 'user', fromList: false, evasive: h.evasive });
    }
  }
  return leftmostLongest(phrases);
}

/** The fix that removes a phrase standing as a clause of its own (null when it is part of a longer one). */
export function removeClauseFix(ctx: RuleContext, phrase: { start: number; end: number }): Fix | null {
  const span = spanAt(postSpans(ctx.draft), phrase.start)!;
  const edit = standaloneClauseDeletion(ctx.draft.text, phrase.start, phrase.end, span.start, span.start + span.text.length);
  return edit ? { title: ctx.t({ zh: '删除这一句', en: 'Remove this sentence' }), edits: [edit] } : null;
}

/** A rule option read with a fallback when absent or of the wrong type. */
export function numberOption(ctx: RuleContext, key: string, fallback: number): number {
  const v = ctx.options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** Replacement fix for a matched phrase: the only text it touches is the phrase itself. */
export function replaceFix(ctx: RuleContext, match: { start: number; end: number }, replacement: string): Fix {
  const title =
    replacement === ''
      ? ctx.t({ zh: '删除此词', en: 'Remove this phrase' })
      : ctx.t({ zh: `改为“${replacement}”`, en: `Replace with “${replacement}”` });
  return { title, edits: [{ start: match.start, end: match.end, text: replacement }] };
}

/**
 * Findings an overload rule gives for the items past its threshold: one per item for the first
 * `MAX_ITEM_FINDINGS`, then one finding covering all the rest, so that a pasted wall of emoji
 * gives a readable Problems list instead of hundreds of thousands of rows.
 */
export const MAX_ITEM_FINDINGS = 20;

export interface ExcessGroup {
  start: number;
  end: number;
  /** 1-based position of the (first) item among all items. */
  position: number;
  /** How many items this finding covers (1, or the rest). */
  items: number;
}

export function excessGroups(items: ReadonlyArray<{ start: number; end: number }>, max: number): ExcessGroup[] {
  const groups: ExcessGroup[] = [];
  const individual = Math.min(items.length, max + MAX_ITEM_FINDINGS);
  for (let i = max; i < individual; i++) groups.push({ start: items[i]!.start, end: items[i]!.end, position: i + 1, items: 1 });
  if (items.length > individual) {
    groups.push({ start: items[individual]!.start, end: items[items.length - 1]!.end, position: individual + 1, items: items.length - individual });
  }
  return groups;
}
