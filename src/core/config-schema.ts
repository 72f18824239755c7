import * as z from 'zod/mini';
import { configSchema } from './config';
import { ruleDocsPath } from './docs';
import { PLATFORM_IDS } from './platforms';
import type { Rule, RuleOption } from './rule';

/**
 * The JSON Schema of `.postlintrc.json` that VS Code completes and validates the file with
 * (`schemas/postlintrc.schema.json`, written by scripts/generate.ts): the zod schema the CLI and
 * the extension validate with, and for each rule its description, its page and the options it
 * declares (`rules` and `platforms` as the generator finds them, so that a new one is in the
 * schema before the registries that list it are rewritten). zod emits the rules object as a `propertyNames` enum, which editors do not offer as
 * completions: it becomes one property per rule. Options are described, not restricted, as the
 * zod schema leaves them free (a rule reads what it knows and falls back on the rest).
 */
export function configJsonSchema(rules: readonly Rule[], platforms: readonly string[] = PLATFORM_IDS): Record<string, unknown> {
  const jsonSchema = z.toJSONSchema(configSchema(), { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  const properties = jsonSchema.properties as Record<string, Record<string, unknown>>;
  // The platforms given (the generator's, found in platforms/ before the registry is rewritten).
  if (properties.platform) properties.platform = { ...properties.platform, enum: [...platforms] };
  const rulesSchema = properties.rules;
  if (rulesSchema && rulesSchema.additionalProperties && typeof rulesSchema.additionalProperties === 'object') {
    const setting = rulesSchema.additionalProperties as { anyOf: [unknown, { properties: Record<string, unknown> }] };
    properties.rules = {
      description: rulesSchema.description,
      type: 'object',
      properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSetting(rule, setting)])),
      additionalProperties: false,
    };
  }
  return { ...jsonSchema, title: 'Postlint configuration (.postlintrc.json)' };
}

function ruleSetting(rule: Rule, setting: { anyOf: [unknown, { properties: Record<string, unknown> }] }): Record<string, unknown> {
  const [severity, object] = setting.anyOf;
  const options = { ...(object.properties.options as Record<string, unknown>) };
  const declared = Object.entries(ruleOptions(rule));
  if (declared.length) options.properties = Object.fromEntries(declared.map(([name, option]) => [name, optionSchema(option)]));
  options.description = `Options of ${rule.id}, see ${ruleDocsPath(rule.id)}`;
  return {
    anyOf: [severity, { ...object, properties: { ...object.properties, options } }],
    description: `${rule.description.en}. Severity or { severity, options } (${ruleDocsPath(rule.id)})`,
  };
}

/** The options a rule reads: those it declares, and `words` when it takes words. */
export function ruleOptions(rule: Rule): Readonly<Record<string, RuleOption>> {
  if (!rule.acceptsWords) return rule.options ?? {};
  return { words: { type: 'string[]', description: "Your team's own phrases for this rule, found as its own words are" }, ...rule.options };
}

function optionSchema(option: RuleOption): Record<string, unknown> {
  if (option.type === 'string[]') return { type: 'array', items: { type: 'string' }, description: option.description };
  return { type: option.type, description: option.description };
}
