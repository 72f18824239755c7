import { measureAdDensity, AD_DENSITY_LISTS } from './analysis/ad-density';
import { judgeSelling, type SellingContext } from './analysis/selling';
import { summarizeTone, TONE_LISTS } from './analysis/tone';
import { PITCH_WORDS } from './lexicon/pitch';
import type { ResolvedConfig, RuleSetting } from './config';
import { DEFAULT_CONFIG } from './config';
import { parseDraft } from './draft';
import { Suppressions } from './inline';
import { PhraseMatcher } from './lexicon/matcher';
import type { WordList, WordMatch } from './lexicon/types';
import { platformProfile } from './platforms';
import { countOptionsFor } from './counting/options';
import { optionWordsList, type Report, type Rule, type RuleContext } from './rule';
import { ALL_RULES } from './rules';
import type {
  AdDensityReport,
  CountResult,
  Draft,
  Finding,
  Locale,
  PlatformId,
  RuleId,
  Severity,
  ToneSummary,
} from './types';

export interface LintOptions {
  /** Used for the platform (file ending) and in messages; nothing is read from disk. */
  fileName?: string;
  /** Forces the platform, beating front matter ("Preview as Moments", CLI `--platform`). */
  platform?: PlatformId;
  /** Platform when neither front matter nor file ending names one (the VS Code setting). */
  defaultPlatform?: PlatformId;
  config?: ResolvedConfig;
  locale?: Locale;
  /** The rules to run; all of them by default. */
  rules?: readonly Rule[];
}

export interface LintResult {
  draft: Draft;
  platform: PlatformId;
  count: CountResult;
  titleCount: CountResult | null;
  /** In document order. */
  findings: Finding[];
  tone: ToneSummary;
  adDensity: AdDensityReport;
  /** A rule that threw is listed here (and its findings dropped) instead of crashing the lint. */
  internalErrors: Array<{ rule: RuleId; message: string }>;
}

/** What `countDraft` needs: the platform comes from the options, front matter, file ending or config. */
export type CountDraftOptions = Pick<LintOptions, 'fileName' | 'platform' | 'defaultPlatform' | 'config'>;

/** The draft and its count by its platform's rule: what `postlint count` prints. */
export type DraftCount = Pick<LintResult, 'draft' | 'platform' | 'count' | 'titleCount'>;

/**
 * Counts a draft without linting it: parses the front matter, picks the platform and counts the
 * body (and a Xiaohongshu title) exactly as `lint` does, but matches no word list and runs no rule.
 */
export function countDraft(text: string, options: CountDraftOptions = {}): DraftCount {
  return countParsed(text, options, options.config ?? DEFAULT_CONFIG);
}

function countParsed(text: string, options: CountDraftOptions, config: ResolvedConfig): DraftCount {
  const draft = parseDraft(text, {
    fileName: options.fileName,
    platform: options.platform,
    defaultPlatform: options.defaultPlatform ?? config.platform,
  });
  const profile = platformProfile(draft.platform);
  const count = profile.count(draft.body.text, countOptionsFor(config));
  const titleCount = draft.title && profile.countTitle ? profile.countTitle(draft.title.text) : null;
  return { draft, platform: draft.platform, count, titleCount };
}

/** What depends only on the configuration and the rule set: built once, reused on every keystroke. */
interface CompiledConfig {
  matcher: PhraseMatcher;
  rules: Array<{ rule: Rule; setting: RuleSetting | undefined; lists: WordList[] }>;
  /** Position of each rule id in the rule set, for the order of findings on the same range. */
  order: Map<RuleId, number>;
}

const compiledCache = new WeakMap<ResolvedConfig, WeakMap<readonly Rule[], CompiledConfig>>();
/**
 * The last few rule sets compiled for a config, found by their rules rather than the array, for
 * callers that pass an equal but new array on every call (`rules: [a, b]`): without it every
 * such lint would rebuild the automaton.
 */
const recentRuleSets = new WeakMap<ResolvedConfig, Array<{ rules: readonly Rule[]; compiled: CompiledConfig }>>();
const RECENT_RULE_SETS = 8;

function compile(config: ResolvedConfig, rules: readonly Rule[]): CompiledConfig {
  let byRules = compiledCache.get(config);
  if (!byRules) compiledCache.set(config, (byRules = new WeakMap()));
  const cached = byRules.get(rules);
  if (cached) return cached;
  let recent = recentRuleSets.get(config);
  if (!recent) recentRuleSets.set(config, (recent = []));
  const same = recent.find((r) => r.rules.length === rules.length && r.rules.every((rule, i) => rule === rules[i]));
  if (same) {
    byRules.set(rules, same.compiled);
    return same.compiled;
  }

  const allLists = new Set<WordList>([...AD_DENSITY_LISTS, ...TONE_LISTS, PITCH_WORDS]);
  const compiledRules: CompiledConfig['rules'] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting?.severity === 'off') continue;
    for (const l of rule.reads ?? []) allLists.add(l);
    const lists = [...(rule.lists ?? []), ...(rule.configLists?.(config) ?? [])];
    const words = rule.acceptsWords ? optionWordsList(rule, config, setting?.options) : null;
    if (words) lists.push(words);
    for (const l of lists) allLists.add(l);
    compiledRules.push({ rule, setting, lists });
  }
  const compiled: CompiledConfig = {
    matcher: new PhraseMatcher([...allLists], config.allow),
    rules: compiledRules,
    order: new Map(rules.map((r, i) => [r.id, i])),
  };
  byRules.set(rules, compiled);
  recent.unshift({ rules: [...rules], compiled });
  if (recent.length > RECENT_RULE_SETS) recent.pop();
  return compiled;
}

const NO_MATCHES: readonly WordMatch[] = Object.freeze([]);

/** The last rule set compiled, checked before the caches: an editor or a batch lints with one config. */
let lastCompiled: { config: ResolvedConfig; rules: readonly Rule[]; compiled: CompiledConfig } | null = null;

function compiledFor(config: ResolvedConfig, rules: readonly Rule[]): CompiledConfig {
  if (lastCompiled?.config === config && lastCompiled.rules === rules) return lastCompiled.compiled;
  const compiled = compile(config, rules);
  lastCompiled = { config, rules, compiled };
  return compiled;
}

/** The context every rule of one lint is handed; the engine points it at each rule in turn. */
interface SharedContext extends RuleContext {
  options: Readonly<Record<string, unknown>>;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const locale = options.locale ?? 'zh';
  const compiled = compiledFor(config, options.rules ?? ALL_RULES);
  const { draft, count, titleCount } = countParsed(text, options, config);
  const profile = platformProfile(draft.platform);

  const found = compiled.matcher.scan(text, draft.title ? [draft.title, draft.body] : [draft.body]);
  const matchesOf = (list: WordList): readonly WordMatch[] => found.get(list) ?? NO_MATCHES;

  let adDensity: AdDensityReport | undefined;
  const adDensityOnce = (): AdDensityReport =>
    (adDensity ??= measureAdDensity({
      draft,
      platform: profile,
      matchesOf,
      options: config.rules['ad-density']?.options ?? {},
      locale,
    }));

  let selling: SellingContext | undefined;
  const sellingOnce = (): SellingContext => (selling ??= judgeSelling(draft, adDensityOnce(), matchesOf(PITCH_WORDS)));

  const suppressions = text.includes('postlint-') ? new Suppressions(text) : null;
  const findings: Finding[] = [];
  const internalErrors: LintResult['internalErrors'] = [];

  // One context for the whole lint, not one per rule (with its closures): the rule being run is
  // `current`, and what differs between rules (options, severity, lists) is read from it.
  let current: CompiledConfig['rules'][number] = compiled.rules[0]!;
  let severity: Severity = 'info';
  const ctx: SharedContext = {
    draft,
    platform: profile,
    count,
    titleCount,
    options: {},
    config,
    locale,
    t: (s) => s[locale],
    matches: () => matchesOfLists(current.lists, matchesOf),
    matchesOf,
    rescan: (t, s) => {
      const byList = compiled.matcher.scan(t, s);
      const of = (list: WordList): readonly WordMatch[] => byList.get(list) ?? NO_MATCHES;
      const lists = current.lists;
      return { matchesOf: of, matches: () => matchesOfLists(lists, of) };
    },
    adDensity: adDensityOnce,
    selling: sellingOnce,
    report: (r: Report) => {
      if (suppressions?.isSuppressed(current.rule.id, r.start)) return;
      findings.push(toFinding(current.rule.id, current.setting?.severity ? severity : (r.severity ?? severity), r, text.length, locale));
    },
  };

  for (const compiledRule of compiled.rules) {
    const { rule, setting } = compiledRule;
    current = compiledRule;
    const configured = setting?.severity as Severity | undefined;
    const onPlatform = configured ? undefined : profile.ruleSeverity?.[rule.id];
    if (onPlatform === 'off') continue;
    severity = configured ?? onPlatform ?? rule.severityFor?.(draft) ?? rule.defaultSeverity;
    ctx.options = setting?.options ?? NO_OPTIONS;
    const before = findings.length;
    try {
      rule.check(ctx);
    } catch (error) {
      // The rule's findings are dropped with it.
      findings.length = before;
      internalErrors.push({ rule: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (findings.length > 1) {
    const order = compiled.order;
    findings.sort((a, b) => a.start - b.start || a.end - b.end || order.get(a.rule)! - order.get(b.rule)!);
  }

  return {
    draft,
    platform: draft.platform,
    count,
    titleCount,
    findings,
    tone: summarizeTone({ draft, matchesOf, adDensity: adDensityOnce(), locale }),
    adDensity: adDensityOnce(),
    internalErrors,
  };
}

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/** The matches of a rule's lists: one list's as they are, several merged. */
function matchesOfLists(lists: readonly WordList[], matchesOf: (list: WordList) => readonly WordMatch[]): readonly WordMatch[] {
  let only: readonly WordMatch[] = NO_MATCHES;
  let groups: Array<readonly WordMatch[]> | null = null;
  for (const list of lists) {
    const m = matchesOf(list);
    if (m.length === 0) continue;
    if (only.length === 0) only = m;
    else (groups ??= [only]).push(m);
  }
  if (!groups) return only;
  // Across lists of one rule, keep the leftmost-longest of overlapping matches too.
  const all = groups.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: WordMatch[] = [];
  let lastEnd = -1;
  for (const m of all) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

/** What the message of an evasively spelled finding adds, in each locale. */
export const EVASION_NOTE = {
  zh: '（拆开写、夹符号、用拼音或繁体，平台和监管照样认得出）',
  en: ' (splitting it up, or writing it in pinyin or traditional characters, does not hide it from the platform or the regulator)',
} as const;

/** Clamps a rule's report to the text so a buggy rule can never produce an out-of-range finding. */
function toFinding(rule: RuleId, severity: Severity, r: Report, length: number, locale: Locale): Finding {
  const start = Math.max(0, Math.min(r.start, length));
  const end = Math.max(start, Math.min(r.end, length));
  const message = r.evasive ? r.message + EVASION_NOTE[locale] : r.message;
  const finding: Finding = { rule, severity, message, start, end, fixes: r.fixes ?? [] };
  if (r.reason !== undefined) finding.reason = r.reason;
  if (r.source !== undefined) finding.source = r.source;
  if (r.alternatives !== undefined) finding.alternatives = r.alternatives;
  if (r.data !== undefined) finding.data = r.data;
  if (r.evasive) finding.data = { ...finding.data, evasive: true };
  return finding;
}
