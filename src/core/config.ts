import { z } from 'zod';
import type { PlatformId, RuleId, Severity } from './types';
import { PLATFORM_IDS, RULE_IDS, SEVERITIES } from './types';

/**
 * `.postlintrc.json`. The zod schema is the single source of truth: the CLI and the extension
 * validate with it, and `npm run build` turns it into `schemas/postlintrc.schema.json` for
 * VS Code's completion.
 */
const severitySetting = z.enum(['off', ...SEVERITIES]).describe('off, info, warning or error');

const ruleSetting = z.union([
  severitySetting,
  z
    .object({
      severity: severitySetting.optional(),
      options: z.record(z.string(), z.unknown()).optional().describe('Rule options, see docs/rules/<id>.md'),
    })
    .strict(),
]);

const denyEntry = z
  .object({
    word: z.string().min(1).describe('A phrase your team never publishes (matched as plain text)'),
    message: z.string().optional().describe('Shown instead of the default message'),
    replacement: z.string().optional().describe('Offered as a quick fix'),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    platform: z.enum(PLATFORM_IDS).optional().describe('Platform for drafts whose front matter and file ending name none'),
    rules: z
      .partialRecord(z.enum(RULE_IDS), ruleSetting)
      .optional()
      .describe('Per-rule severity, or { severity, options }'),
    allow: z.array(z.string().min(1)).optional().describe('Phrases never flagged (brand names, quoted titles)'),
    deny: z.array(denyEntry).optional().describe('Phrases your team never publishes'),
  })
  .strict();

export type RawConfig = z.infer<typeof configSchema>;

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
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const start = at ? Number(at[1]) : undefined;
    return {
      config: { ...DEFAULT_CONFIG, file },
      problems: [{ file, path: '', message: `invalid JSON: ${message}; defaults used`, start, end: start === undefined ? undefined : start + 1 }],
    };
  }
  const parsed = configSchema.safeParse(json);
  if (parsed.success) return { config: resolve(parsed.data, file), problems: [] };

  const problems: ConfigProblem[] = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const span = locateKey(text, issue.path.map(String));
    return { file, path, message: describeIssue(issue), ...span };
  });
  // Keep what is valid: drop each offending top-level key and validate again.
  const salvaged = salvage(json, parsed.error.issues.map((i) => i.path));
  return { config: resolve(salvaged, file), problems };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_key' && issue.path.length === 1 && issue.path[0] === 'rules') {
    return `unknown rule id; known ids: ${RULE_IDS.join(', ')}`;
  }
  return issue.message;
}

function salvage(json: unknown, paths: ReadonlyArray<ReadonlyArray<PropertyKey>>): RawConfig {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
  const copy: Record<string, unknown> = { ...(json as Record<string, unknown>) };
  const rules = copy.rules && typeof copy.rules === 'object' && !Array.isArray(copy.rules) ? { ...(copy.rules as Record<string, unknown>) } : undefined;
  for (const path of paths) {
    const [top, second] = path;
    if (top === 'rules' && rules && typeof second === 'string') delete rules[second];
    else if (typeof top === 'string') delete copy[top];
  }
  if (rules) copy.rules = rules;
  for (const key of Object.keys(copy)) if (!(key in configSchema.shape)) delete copy[key];
  if (copy.rules) {
    for (const key of Object.keys(copy.rules as object)) {
      if (!(RULE_IDS as readonly string[]).includes(key)) delete (copy.rules as Record<string, unknown>)[key];
    }
  }
  const again = configSchema.safeParse(copy);
  return again.success ? again.data : {};
}

function resolve(raw: RawConfig, file: string): ResolvedConfig {
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const [id, setting] of Object.entries(raw.rules ?? {}) as Array<[RuleId, z.infer<typeof ruleSetting>]>) {
    rules[id] = typeof setting === 'string' ? { severity: setting, options: {} } : { severity: setting.severity, options: setting.options ?? {} };
  }
  return { platform: raw.platform, rules, allow: raw.allow ?? [], deny: raw.deny ?? [], file };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Best-effort location of a key path in the JSON text, for editor diagnostics. */
function locateKey(text: string, path: string[]): { start?: number; end?: number } {
  let from = 0;
  let found: { start: number; end: number } | null = null;
  for (const key of path) {
    if (/^\d+$/.test(key)) continue;
    const needle = JSON.stringify(key);
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    found = { start: at, end: at + needle.length };
    from = at + needle.length;
  }
  return found ?? {};
}

/** The JSON Schema for `.postlintrc.json`, generated from the zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'Postlint configuration (.postlintrc.json)' };
}
