// The files derived from the rules and the platforms: what VS Code and the type checker need as
// static files, written by scripts/generate.ts (`npm run build`) and checked by
// test/unit/generated.test.ts, so that a rule or a platform is declared once, in its own file
// (issue 12).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema } from '../../src/core/config-schema';
import type { PlatformProfile } from '../../src/core/platforms/profile';
import type { Rule } from '../../src/core/rule';
import { previewCommand } from '../../src/extension/previewCommands';

export const ROOT = path.join(__dirname, '..', '..');
const RULES_DIR = path.join(ROOT, 'src', 'core', 'rules');
const RULES_INDEX = path.join(RULES_DIR, 'index.ts');
const PLATFORMS_DIR = path.join(ROOT, 'src', 'core', 'platforms');
const PLATFORMS_INDEX = path.join(PLATFORMS_DIR, 'index.ts');

export interface GeneratedFile {
  file: string;
  text: string;
}

/** Every generated file with the text it should have now. */
export function generatedFiles(): GeneratedFile[] {
  const rules = discoverRules();
  const platforms = discoverPlatforms();
  const only = rules.map((r) => r.rule);
  const profiles = platforms.map((p) => p.profile);
  return [
    { file: RULES_INDEX, text: rulesIndex(rules) },
    { file: PLATFORMS_INDEX, text: platformsIndex(platforms) },
    { file: path.join(ROOT, 'schemas', 'postlintrc.schema.json'), text: json(configJsonSchema(only, profiles.map((p) => p.id))) },
    { file: path.join(ROOT, 'package.json'), text: json(manifest(readJson(path.join(ROOT, 'package.json')), only, profiles)) },
    ...nlsFiles(only, profiles),
    l10nBundle(profiles),
  ];
}

// ---------------------------------------------------------------------------------------------
// The registry of rules: every file of src/core/rules/ that exports a Rule.

interface Found<T> {
  /** The module, relative to its folder, without `.ts`. */
  module: string;
  /** The name it is exported under. */
  name: string;
  value: T;
  id: string;
}

interface FoundRule extends Found<Rule> {
  rule: Rule;
}

interface FoundPlatform extends Found<PlatformProfile> {
  profile: PlatformProfile;
}

function isRule(value: unknown): value is Rule {
  const v = value as Partial<Rule> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.check === 'function' && typeof v.description === 'object';
}

function isProfile(value: unknown): value is PlatformProfile {
  const v = value as Partial<PlatformProfile> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.count === 'function' && typeof v.name === 'object';
}

/**
 * What the modules of a folder export that `is` recognises, in the order the folder's generated
 * index lists their ids under `listName` (then any new one, by id): the order the index has is
 * the registry's order, and a new entry goes at the end.
 */
function discover<T extends { id: string }>(dir: string, skip: readonly string[], is: (value: unknown) => value is T, index: string, listName: string): Array<Found<T>> {
  const found: Array<Found<T>> = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.ts') || skip.includes(file)) continue;
    const module = file.slice(0, -3);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path.join(dir, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) if (is(value)) found.push({ module, name, value, id: value.id });
  }
  const ids = found.map((f) => f.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new Error(`ids declared twice in ${path.relative(ROOT, dir)}: ${twice.join(', ')}`);
  const listed = listedIds(index, listName);
  const rank = (id: string) => (listed.includes(id) ? listed.indexOf(id) : listed.length);
  return found.sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The rules: every file of src/core/rules/ that exports a Rule, in the registry's order. */
export function discoverRules(): FoundRule[] {
  return discover(RULES_DIR, ['index.ts'], isRule, RULES_INDEX, 'RULE_IDS').map((f) => ({ ...f, rule: f.value }));
}

/** The platforms: every file of src/core/platforms/ that exports a profile, in the registry's order. */
export function discoverPlatforms(): FoundPlatform[] {
  const found = discover(PLATFORMS_DIR, ['index.ts', 'profile.ts'], isProfile, PLATFORMS_INDEX, 'PLATFORM_IDS').map((f) => ({ ...f, profile: f.value }));
  const defaults = found.filter((f) => f.profile.isDefault);
  if (defaults.length !== 1) throw new Error(`exactly one platform profile must be isDefault (found ${defaults.map((f) => f.id).join(', ') || 'none'})`);
  return found;
}

/** The ids a generated index lists under `name`, in its order (none when there is no index yet). */
function listedIds(file: string, name: string): string[] {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const list = new RegExp(`export const ${name} = \\[([^\\]]*)\\]`).exec(text);
  return list ? [...list[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!) : [];
}

function importLines(found: ReadonlyArray<Found<unknown>>): string[] {
  return [...new Set(found.map((f) => f.module))].map((module) => {
    const names = found.filter((f) => f.module === module).map((f) => f.name);
    return `import { ${names.join(', ')} } from './${module}';`;
  });
}

function rulesIndex(rules: readonly FoundRule[]): string {
  const imports = importLines(rules);
  return `// Generated by scripts/generate.ts (npm run build) from the rule files in this folder: every
// file here that exports a \`Rule\` (../rule.ts) is listed. Do not edit by hand, except to reorder:
// the order is kept from this file, a new rule goes at the end. It is the order of findings on
// the same range, of the settings and of SARIF's rule list.
import type { Rule } from '../rule';
${imports.join('\n')}

/** Every rule id, in registry order (\`RuleId\` in ../types.ts is one of these). */
export const RULE_IDS = [${rules.map((r) => `'${r.rule.id}'`).join(', ')}] as const;

/** Every rule, in the order findings on the same range are listed. */
export const ALL_RULES: readonly Rule[] = [${rules.map((r) => r.name).join(', ')}];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
`;
}

function platformsIndex(platforms: readonly FoundPlatform[]): string {
  const entries = platforms.map((p) => (p.name === p.id ? p.id : `${/^[A-Za-z_$][\w$]*$/.test(p.id) ? p.id : `'${p.id}'`}: ${p.name}`));
  const defaultId = platforms.find((p) => p.profile.isDefault)!.id;
  return `// Generated by scripts/generate.ts (npm run build) from the profiles in this folder: every
// file here that exports a \`PlatformProfile\` (./profile.ts) is listed. Do not edit by hand,
// except to reorder: the order is kept from this file, a new platform goes at the end. It is the
// order of the platforms in the settings, the CLI's messages and the preview commands.
import type { PlatformId } from '../types';
import type { PlatformProfile } from './profile';
${importLines(platforms).join('\n')}

/** Every platform id, in registry order (\`PlatformId\` in ../types.ts is one of these). */
export const PLATFORM_IDS = [${platforms.map((p) => `'${p.id}'`).join(', ')}] as const;

export const PLATFORMS: Readonly<Record<PlatformId, PlatformProfile>> = { ${entries.join(', ')} };

/** The platform of drafts that nothing names: the profile marked \`isDefault\`. */
export const DEFAULT_PLATFORM: PlatformId = '${defaultId}';

export function platformProfile(id: PlatformId): PlatformProfile {
  return PLATFORMS[id];
}
`;
}

// ---------------------------------------------------------------------------------------------
// package.json and its translations: what VS Code reads before any code runs.

type Json = Record<string, unknown>;

function readJson(file: string): Json {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const SEVERITY_SETTING = ['off', 'info', 'warning', 'error'];

/** File endings of drafts: `.post`, which names no platform, and each platform's. */
function draftEndings(platforms: readonly PlatformProfile[]): string[] {
  return ['.post', ...platforms.flatMap((p) => p.fileEndings)];
}

/** The platforms with a card, each with its preview command. */
function previews(platforms: readonly PlatformProfile[]): Array<{ profile: PlatformProfile; command: string; key: string }> {
  return platforms.flatMap((profile) => {
    const command = previewCommand(profile);
    return command ? [{ profile, command, key: `command.${command.slice('postlint.'.length)}` }] : [];
  });
}

/** A `when` clause: a draft whose file ends in one of `endings`. */
function endsIn(endings: readonly string[]): string {
  return endings.map((e) => `editorLangId == postdraft && resourceExtname == ${e}`).join(' || ');
}

/**
 * package.json with its derived parts rewritten: the draft language's file endings, the
 * `postlint.defaultPlatform` and `postlint.rules` settings, the preview commands and where they
 * show (the editor title bar shows the preview of the draft's own platform: by its file ending,
 * the default platform's for a draft whose ending names none; none for a platform without a card).
 */
function manifest(pkg: Json, rules: readonly Rule[], platforms: readonly PlatformProfile[]): Json {
  const contributes = pkg.contributes as Json;
  const languages = contributes.languages as Json[];
  const draft = languages.find((l) => l.id === 'postdraft')!;
  draft.extensions = draftEndings(platforms);

  const properties = (contributes.configuration as Json).properties as Record<string, Json>;
  const defaultPlatform = platforms.find((p) => p.isDefault)!;
  properties['postlint.defaultPlatform'] = {
    ...properties['postlint.defaultPlatform'],
    enum: platforms.map((p) => p.id),
    enumDescriptions: platforms.map((p) => `%config.platform.${p.id}%`),
    default: defaultPlatform.id,
  };
  properties['postlint.rules'] = {
    ...properties['postlint.rules'],
    properties: Object.fromEntries(rules.map((rule) => [rule.id, { type: 'string', enum: SEVERITY_SETTING, markdownDescription: `%config.rule.${rule.id}%` }])),
  };

  const cards = previews(platforms);
  // The default platform's button shows on every draft whose file ending names no other platform.
  const others = platforms.filter((p) => !p.isDefault).flatMap((p) => p.fileEndings);
  contributes.commands = [
    ...(contributes.commands as Json[]).filter((c) => !GENERATED_COMMAND.test(String(c.command))),
    ...cards.map((c) => ({ command: c.command, title: `%${c.key}%`, category: 'Postlint', icon: '$(open-preview)' })),
  ];
  const menus = contributes.menus as Record<string, Json[]>;
  menus['editor/title'] = [
    ...menus['editor/title']!.filter((m) => !GENERATED_COMMAND.test(String(m.command))),
    ...cards.map((c) => ({
      command: c.command,
      when: c.profile.isDefault
        ? ['editorLangId == postdraft', ...others.map((e) => `resourceExtname != ${e}`)].join(' && ')
        : endsIn(c.profile.fileEndings),
      group: 'navigation',
    })),
    ...cards.map((c, i) => ({ command: c.command, when: 'editorLangId == postdraft', group: `postlint@${i + 1}` })),
  ];
  return pkg;
}

/**
 * Commands the generator owns: the preview commands (`postlint.preview<Platform>`), rewritten
 * from the platforms with a card. No other command of package.json may be named so.
 */
const GENERATED_COMMAND = /^postlint\.preview[A-Z]\w*$/;

/** Keys of package.nls*.json that are generated: all of them are rewritten, the rest kept as written. */
const GENERATED_NLS = /^(config\.rule\.|config\.platform\.|command\.preview[A-Z]|config\.defaultPlatform$)/;

function nlsFiles(rules: readonly Rule[], platforms: readonly PlatformProfile[]): GeneratedFile[] {
  const endings = platforms.flatMap((p) => p.fileEndings.map((e) => `\`${e}\``));
  return (['en', 'zh'] as const).map((locale) => {
    const file = path.join(ROOT, locale === 'en' ? 'package.nls.json' : 'package.nls.zh-cn.json');
    const kept = Object.entries(readJson(file)).filter(([key]) => !GENERATED_NLS.test(key));
    const generated: Array<[string, string]> = [
      ['config.defaultPlatform', DEFAULT_PLATFORM_SETTING[locale](endings)],
      ...platforms.map((p): [string, string] => [`config.platform.${p.id}`, p.summary[locale]]),
      ...previews(platforms).map((c): [string, string] => [c.key, PREVIEW_AS[locale](c.profile.shortName[locale])]),
      ...rules.map((rule): [string, string] => [`config.rule.${rule.id}`, rule.description[locale]]),
    ];
    return { file, text: json(Object.fromEntries([...kept, ...generated])) };
  });
}

const DEFAULT_PLATFORM_SETTING = {
  en: (endings: string[]) =>
    `Platform for drafts whose front matter (\`platform:\`) and file ending (${endings.join(', ')}) name none. A \`platform\` in \`.postlintrc.json\` wins over this setting.`,
  zh: (endings: string[]) => `草稿的前置信息（\`platform:\`）和文件后缀（${endings.join('、')}）都未指明平台时使用的平台。\`.postlintrc.json\` 中的 \`platform\` 优先于此设置。`,
};

const PREVIEW_AS = { en: (name: string) => `Preview as ${name}`, zh: (name: string) => `预览为${name}` };

/**
 * The extension's zh-cn bundle: the platforms' short names (the status bar and the preview's
 * title translate them with vscode.l10n.t) beside the strings the extension's files pass it.
 */
function l10nBundle(platforms: readonly PlatformProfile[]): GeneratedFile {
  const file = path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json');
  const bundle = readJson(file) as Record<string, string>;
  for (const p of platforms) bundle[p.shortName.en] = p.shortName.zh;
  const sorted = Object.keys(bundle).sort();
  return { file, text: json(Object.fromEntries(sorted.map((key) => [key, bundle[key]]))) };
}
