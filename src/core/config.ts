import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { PlatformId, RuleId, Severity } from './types';
import { PLATFORM_IDS } from './platforms';
import { RULE_IDS } from './rules';
import { SEVERITIES } from './types';
import { LineIndex } from './position';
import { editDistance } from './edit-distance';
import { jsonSpans, nearestSpan, pathKey } from './json-spans';

/**
 * `.postlintrc.json`. The zod schema is the single source of truth: the CLI and the extension
 * validate with it, and `npm run build` turns it into `schemas/postlintrc.schema.json` for
 * VS Code's completion.
 */
// zod/mini: the same schema and checks as zod's classic API in a seventh of the bundle, with
// only the English messages loaded. The schema is built on first use, not when the module
// loads: an editor with no .postlintrc.json in sight never pays for it at start-up.
function buildSchema() {
  z.config(en());
  const severitySetting = z.enum(['off', ...SEVERITIES]).check(z.describe('off, info, warning or error'));
  const ruleSetting = z.union([
    severitySetting,
    z.strictObject({
      severity: z.optional(severitySetting),
      options: z.optional(z.record(z.string(), z.unknown())).check(z.describe('Rule options, see docs/rules/<id>.md')),
    }),
  ]);
  const denyEntry = z.strictObject({
    word: z.string().check(z.minLength(1), z.describe('A phrase your team never publishes (matched as plain text)')),
    message: z.optional(z.string()).check(z.describe('Shown instead of the default message')),
    replacement: z.optional(z.string()).check(z.describe('Offered as a quick fix')),
  });
  return z.strictObject({
    $schema: z.optional(z.string()),
    platform: z.optional(z.enum(PLATFORM_IDS)).check(z.describe('Platform for drafts whose front matter and file ending name none')),
    rules: z.optional(z.partialRecord(z.enum(RULE_IDS), ruleSetting)).check(z.describe('Per-rule severity, or { severity, options }')),
    allow: z.optional(z.array(z.string().check(z.minLength(1)))).check(z.describe('Phrases never flagged (brand names, quoted titles)')),
    deny: z.optional(z.array(denyEntry)).check(z.describe('Phrases your team never publishes')),
  });
}

type ConfigSchema = ReturnType<typeof buildSchema>;
let schema: ConfigSchema | undefined;

/** The zod schema of `.postlintrc.json`. */
export function configSchema(): ConfigSchema {
  return (schema ??= buildSchema());
}

export type RawConfig = z.infer<ConfigSchema>;
type RawRuleSetting = NonNullable<NonNullable<RawConfig['rules']>[RuleId]>;

export interface RuleSetting {
  /** Absent means the rule's own default. */
  severity?: Severity | 'off';
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  platform?: PlatformId;
  rules: Partial<Record<RuleId, RuleSetting>>;
  allow: string[];
  deny: Array<{ word: string; message?: string; replacement?: string }>;
  /** The file it came from, when any. */
  file?: string;
}

export const DEFAULT_CONFIG: ResolvedConfig = Object.freeze({ rules: {}, allow: [], deny: [] }) as ResolvedConfig;

export interface ConfigProblem {
  file: string;
  /** Dotted path of the bad key, e.g. `rules.ad-law.severity`; empty for the whole file. */
  path: string;
  message: string;
  /** Offsets in the config text, when they could be found, for editor diagnostics. */
  start?: number;
  end?: number;
  /** 1-based line and column (UTF-16 units) of `start`, for the CLI's messages. */
  line?: number;
  column?: number;
}

export interface ConfigLoad {
  config: ResolvedConfig;
  problems: ConfigProblem[];
}

/** Configs bigger than this are not parsed: nobody writes one, and parsing one could stall the editor. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Parses and validates a config text. Never throws: a broken file yields problems naming the
 * file, the key and why, and the valid parts (or the defaults) are used.
 */
export function parseConfig(text: string, file: string): ConfigLoad {
  if (text.length > MAX_CONFIG_BYTES) {
    return {
      config: { ...DEFAULT_CONFIG, file },
      problems: [{ file, path: '', message: `config is ${(text.length / 1048576).toFixed(1)} MB, larger than the 1 MB Postlint reads; defaults used` }],
    };
  }
  const source = stripBom(text);
  const bom = text.length - source.length;
  if (source.trim() === '') {
    return { config: { ...DEFAULT_CONFIG, file }, problems: [{ file, path: '', message: 'the file is empty; write {} or a config object; defaults used' }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const start = at ? Number(at[1]) + bom : undefined;
    const problem: ConfigProblem = { file, path: '', message: `invalid JSON: ${message}; defaults used` };
    if (start !== undefined) Object.assign(problem, { start, end: Math.min(start + 1, text.length) }, lineColumn(text, start));
    return { config: { ...DEFAULT_CONFIG, file }, problems: [problem] };
  }
  const parsed = configSchema().safeParse(json);
  if (parsed.success) return { config: resolve(parsed.data, file), problems: [] };

  const spans = jsonSpans(text);
  const problems: ConfigProblem[] = [];
  for (const issue of flattenIssues(parsed.error.issues, json)) {
    const path = issue.path.map(String);
    const span = issue.key !== undefined ? spans.get(pathKey([...path, issue.key]))?.key : spans.get(pathKey(path))?.value;
    const problem: ConfigProblem = { file, path: [...path, ...(issue.key !== undefined ? [issue.key] : [])].join('.'), message: issue.message };
    const where = span ?? nearestSpan(spans, path);
    if (where) Object.assign(problem, where, lineColumn(text, where.start));
    problems.push(problem);
  }
  // Keep what is valid: remove each offending value or key, validate again.
  return { config: resolve(salvage(json, parsed.error.issues), file), problems };
}

/** One problem to report: `key` is set for an unknown key (the path is its parent's). */
interface FlatIssue {
  path: PropertyKey[];
  key?: string;
  message: string;
}

const SEVERITY_WORDS = ['off', ...SEVERITIES] as const;
const SEVERITY_ALIASES: Record<string, string> = {
  warn: 'warning',
  information: 'info',
  hint: 'info',
  err: 'error',
  none: 'off',
  disable: 'off',
  disabled: 'off',
  false: 'off',
  '0': 'off',
  '1': 'warning',
  '2': 'error',
};

/** Keys known at each level of the config, for "did you mean". */
function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return Object.keys(configSchema().shape);
  if (path.length === 1 && path[0] === 'rules') return RULE_IDS;
  if (path.length === 2 && path[0] === 'rules') return ['severity', 'options'];
  if (path.length === 2 && path[0] === 'deny') return ['word', 'message', 'replacement'];
  return [];
}

/**
 * Turns zod's issues into messages a copywriter can act on: unions are resolved by the value's
 * type (a string rule setting is a severity, an object is `{ severity, options }`), unknown keys
 * get one problem each with a suggestion.
 */
function flattenIssues(issues: readonly z.core.$ZodIssue[], root: unknown): FlatIssue[] {
  const out: FlatIssue[] = [];
  const visit = (issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]) => {
    const path = [...prefix, ...issue.path];
    const value = valueAt(root, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path, key, message: unknownKeyMessage(path, key) });
        return;
      case 'invalid_union': {
        const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
        if (path[0] === 'rules' && path.length === 2 && (typeof value === 'string' || isObject)) {
          for (const inner of issue.errors[typeof value === 'string' ? 0 : 1] ?? []) visit(inner, path);
          return;
        }
        out.push({ path, message: `expected a severity (${SEVERITY_WORDS.map((s) => `"${s}"`).join(', ')}) or { "severity": …, "options": { … } }, got ${typeName(value)}` });
        return;
      }
      case 'invalid_value': {
        const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
        const isSeverity = issue.values.every((v) => (SEVERITY_WORDS as readonly unknown[]).includes(v));
        const alias = typeof value === 'string' || typeof value === 'number' ? SEVERITY_ALIASES[String(value).toLowerCase()] : undefined;
        const hint = isSeverity && alias ? ` (did you mean "${alias}"?)` : didYouMean(String(value), issue.values.map(String));
        const what = isSeverity ? 'a severity' : path[path.length - 1] === 'platform' ? 'a platform' : 'allowed';
        out.push({ path, message: `${JSON.stringify(value)} is not ${what}${hint}; use one of ${allowed}` });
        return;
      }
      case 'invalid_type':
        out.push({ path, message: `expected ${issue.expected === 'record' ? 'object' : issue.expected}, got ${typeName(value)}` });
        return;
      case 'too_small':
        out.push({ path, message: issue.origin === 'string' ? 'must not be empty' : issue.message });
        return;
      default:
        out.push({ path, message: issue.message });
    }
  };
  for (const issue of issues) visit(issue, []);
  return out;
}

function unknownKeyMessage(path: readonly PropertyKey[], key: string): string {
  const known = knownKeysAt(path);
  if (path.length === 1 && path[0] === 'rules') {
    return `unknown rule id "${key}"${didYouMean(key, known)}; known ids: ${known.join(', ')}`;
  }
  return `unknown key "${key}"${didYouMean(key, known)}${known.length ? `; allowed here: ${known.join(', ')}` : ''}`;
}

function didYouMean(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Removes what zod rejected — an unknown key, a bad value, a bad array element — and validates
 * again, so that one typo costs only its own key. Gives up (defaults) after a few rounds.
 */
function salvage(json: unknown, firstIssues: readonly z.core.$ZodIssue[]): RawConfig {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
  const current: unknown = structuredClone(json);
  let issues = firstIssues;
  for (let round = 0; round < 8; round++) {
    const removals = new Map<unknown, Set<PropertyKey>>();
    const mark = (container: unknown, key: PropertyKey) => {
      if (container === null || typeof container !== 'object') return;
      let keys = removals.get(container);
      if (!keys) removals.set(container, (keys = new Set()));
      keys.add(key);
    };
    for (const issue of issues) {
      const path = issue.path;
      if (issue.code === 'unrecognized_keys') {
        const parent = valueAt(current, path);
        for (const key of issue.keys) mark(parent, key);
      } else {
        // A required key that is missing: remove what holds it (the deny entry without a word).
        let at = path;
        while (at.length > 0 && valueAt(current, at) === undefined) at = at.slice(0, -1);
        if (at.length === 0) return {};
        mark(valueAt(current, at.slice(0, -1)), at[at.length - 1]!);
      }
    }
    for (const [container, keys] of removals) {
      if (Array.isArray(container)) {
        // Compacted in place: spreading a long list into splice's arguments overflows the stack.
        let to = 0;
        for (let from = 0; from < container.length; from++) if (!keys.has(from)) container[to++] = container[from];
        container.length = to;
      } else {
        for (const key of keys) delete (container as Record<PropertyKey, unknown>)[key];
      }
    }
    const again = configSchema().safeParse(current);
    if (again.success) return again.data;
    issues = again.error.issues;
  }
  return {};
}

function resolve(raw: RawConfig, file: string): ResolvedConfig {
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const [id, setting] of Object.entries(raw.rules ?? {}) as Array<[RuleId, RawRuleSetting]>) {
    rules[id] = typeof setting === 'string' ? { severity: setting, options: {} } : { severity: setting.severity, options: setting.options ?? {} };
  }
  return { platform: raw.platform, rules, allow: raw.allow ?? [], deny: raw.deny ?? [], file };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  return new LineIndex(text).locate(offset);
}
