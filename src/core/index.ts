// The core's public surface: what the extension, the CLI and library users import.
export { lint, countDraft } from './engine';
export type { LintOptions, LintResult, CountDraftOptions, DraftCount } from './engine';
export { parseDraft, platformFromFileName, platformFromName } from './draft';
export { PLATFORMS, platformProfile } from './platforms';
export { ALL_RULES, RULE_IDS, ruleById } from './rules';
export { applyFixes, applyEdits, planFixes } from './fixes';
export { parseConfig, configSchema, DEFAULT_CONFIG } from './config';
export { configJsonSchema } from './config-schema';
export type { ResolvedConfig, ConfigProblem, ConfigLoad } from './config';
export * from './types';
