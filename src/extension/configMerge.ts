// How the `postlint.rules` setting and `.postlintrc.json` combine. The file wins: it is the
// team's shared, committed configuration, and the CLI in CI reads only the file, so the editor
// must never be stricter or looser than CI where the file speaks. The setting is a personal
// default for the rules the file leaves alone. No `vscode` here, for the unit tests.

import type { ResolvedConfig, RuleSetting } from '../core/config';
import { RULE_IDS } from '../core/rules';
import { SEVERITIES, type RuleId, type Severity } from '../core/types';

export type RuleSeverities = Partial<Record<RuleId, Severity | 'off'>>;

const SEVERITY_WORDS: readonly string[] = ['off', ...SEVERITIES];

/** Keeps only known rule ids with a known severity: settings.json is hand-edited. */
export function cleanRuleSeverities(value: unknown): RuleSeverities {
  const out: RuleSeverities = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
    if ((RULE_IDS as readonly string[]).includes(id) && typeof severity === 'string' && SEVERITY_WORDS.includes(severity)) {
      out[id as RuleId] = severity as Severity | 'off';
    }
  }
  return out;
}

/**
 * `config` with the setting's severities filled in where the file names no severity for a
 * rule (a file entry with only `options` keeps its options and takes the setting's severity).
 * Returns `config` itself when the setting adds nothing, so the engine's per-config cache holds.
 */
export function mergeRuleSeverities(config: ResolvedConfig, severities: RuleSeverities): ResolvedConfig {
  const entries = Object.entries(severities) as Array<[RuleId, Severity | 'off']>;
  const missing = entries.filter(([id]) => config.rules[id]?.severity === undefined);
  if (missing.length === 0) return config;
  const rules: Partial<Record<RuleId, RuleSetting>> = { ...config.rules };
  for (const [id, severity] of missing) rules[id] = { severity, options: config.rules[id]?.options ?? {} };
  return { ...config, rules };
}
