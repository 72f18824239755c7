import { PLATFORM_IDS, platformProfile } from '../core/platforms';
import type { Locale, Severity } from '../core/types';
import { DRAFT_EXTENSIONS, NAMED_ONLY_EXTENSIONS } from './inputs';

/**
 * The CLI's locale: `--locale` if given, else the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_MESSAGES, LANG; the first that is set). A value starting with `zh`
 * gives Chinese; unset, `C` or `POSIX` (no language chosen) also gives Chinese, Postlint's
 * default; any other language gives English.
 */
export function detectLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (value === undefined) return 'zh';
  const lower = value.toLowerCase();
  if (lower.startsWith('zh') || lower === 'c' || lower.startsWith('c.') || lower === 'posix') return 'zh';
  return 'en';
}

/** The endings of drafts and of the files linted only when named, as the messages list them. */
const DRAFTS = DRAFT_EXTENSIONS.join(' ');
const NAMED_ONLY = NAMED_ONLY_EXTENSIONS.join(' ');

function platformNames(locale: Locale): string[] {
  return PLATFORM_IDS.map((id) => platformProfile(id).name[locale]);
}

/** `a, b, c or d`. */
function orList(items: readonly string[], word = 'or'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

export interface CliMessages {
  severity: Record<Severity, string>;
  /** `✖ 3 problems (1 error, 2 warnings)`; info only when there is any. */
  summary(total: number, errors: number, warnings: number, infos: number): string;
  fixable(errors: number, warnings: number, infos: number): string;
  tooManyWarnings(max: number, found: number): string;
  fixed(file: string, count: number): string;
  unit(unit: 'chars' | 'weighted' | 'lines'): string;
  countLine(platform: string, length: number, limit: number | null, unit: string): string;
  foldNote(foldAt: number, folded: boolean, unit: string): string;
  overBy(over: number, unit: string): string;
  titleLine(length: number, limit: number | null, unit: string): string;
  xInvalid: string;
  // Errors and warnings on stderr.
  prefixError: string;
  prefixWarning: string;
  notFound(p: string): string;
  noDrafts(dir: string): string;
  skippedOthers(dir: string, count: number, kinds: string): string;
  notADraft(file: string): string;
  binary(file: string): string;
  utf16(file: string): string;
  notUtf8(file: string): string;
  unreadable(file: string, why: string): string;
  nothingToLint: string;
  configMissing(file: string): string;
  configProblem(where: string, key: string, message: string): string;
  internalError(file: string, rule: string, message: string): string;
  usage(message: string): string;
  unknownCommand(command: string): string;
  unknownOption(option: string, suggestion?: string): string;
  missingValue(option: string): string;
  badFormat(value: string): string;
  badPlatform(value: string): string;
  badLocale(value: string): string;
  badMaxWarnings(value: string): string;
  notForCommand(option: string, command: string): string;
  conflict(a: string, b: string): string;
  needsStdin(option: string): string;
  countOneFile: string;
  // --jsonl line errors.
  jsonlEmpty: string;
  jsonlInvalid(message: string): string;
  jsonlNotObject: string;
  jsonlText: string;
  jsonlField(field: string): string;
  jsonlPlatform(value: string): string;
  help(version: string): string;
}

const zh: CliMessages = {
  severity: { error: '错误', warning: '警告', info: '提示' },
  summary: (total, errors, warnings, infos) =>
    `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告${infos ? `，${infos} 个提示` : ''}）`,
  fixable: (errors, warnings, infos) =>
    `  其中 ${errors} 个错误、${warnings} 个警告${infos ? `、${infos} 个提示` : ''}可用 --fix 自动修复。`,
  tooManyWarnings: (max, found) => `警告太多：${found} 个，上限（--max-warnings）为 ${max}。`,
  fixed: (file, count) => `${file}：已修复 ${count} 处`,
  unit: (unit) => ({ chars: '字', weighted: '（加权）字符', lines: '行' })[unit],
  countLine: (platform, length, limit, unit) => `${platform}：${length}${limit !== null ? ` / ${limit}` : ''} ${unit}`,
  foldNote: (foldAt, folded, unit) => (folded ? `超过 ${foldAt} ${unit}，时间线会折叠` : `不会折叠（超过 ${foldAt} ${unit}才折叠）`),
  overBy: (over, unit) => `超出上限 ${over} ${unit}`,
  titleLine: (length, limit, unit) => `标题：${length}${limit !== null ? ` / ${limit}` : ''} ${unit}`,
  xInvalid: 'twitter-text 判定无效',
  prefixError: 'postlint：错误：',
  prefixWarning: 'postlint：警告：',
  notFound: (p) => `找不到 ${p}`,
  noDrafts: (dir) => `${dir} 中没有草稿文件（${DRAFTS}；.md 和 .txt 需逐个指定）`,
  skippedOthers: (dir, count, kinds) => `${dir}：跳过 ${count} 个非草稿文件（${kinds}）`,
  notADraft: (file) => `跳过 ${file}：不是草稿文件（${DRAFTS} ${NAMED_ONLY}）；其他文件可用 --stdin --stdin-filename 检查`,
  binary: (file) => `跳过 ${file}：看起来是二进制文件（含 NUL 字节）`,
  utf16: (file) => `跳过 ${file}：文件是 UTF-16 编码，请另存为 UTF-8`,
  notUtf8: (file) => `跳过 ${file}：不是有效的 UTF-8（可能是 GBK/GB18030？请另存为 UTF-8）`,
  unreadable: (file, why) => `无法读取 ${file}（${why}）`,
  nothingToLint: '没有可检查的草稿',
  configMissing: (file) => `找不到配置文件 ${file}`,
  configProblem: (where, key, message) => `${where}：${key ? `${key}：` : ''}${message}（该项已忽略，其余配置照常生效）`,
  internalError: (file, rule, message) => `规则 ${rule} 在 ${file} 上出错（Postlint 的缺陷，请报告）：${message}`,
  usage: (message) => `${message}\n运行 postlint --help 查看用法。`,
  unknownCommand: (command) => `未知命令“${command}”；可用命令：lint、count`,
  unknownOption: (option, suggestion) => `未知选项 ${option}${suggestion ? `（是不是 ${suggestion}？）` : ''}`,
  missingValue: (option) => `选项 ${option} 需要一个值`,
  badFormat: (value) => `未知格式“${value}”；可用：stylish、json、sarif、github`,
  badPlatform: (value) => `未知平台“${value}”；可用：${PLATFORM_IDS.join('、')}`,
  badLocale: (value) => `未知语言“${value}”；可用：zh、en`,
  badMaxWarnings: (value) => `--max-warnings 需要一个非负整数，收到“${value}”`,
  notForCommand: (option, command) => `${option} 不能用于 ${command} 命令`,
  conflict: (a, b) => `${a} 不能与 ${b} 同时使用`,
  needsStdin: (option) => `${option} 只能与 --stdin 一起使用`,
  countOneFile: 'count 一次只统计一个文件',
  jsonlEmpty: '空行',
  jsonlInvalid: (message) => `不是有效的 JSON：${message}`,
  jsonlNotObject: '每行应是一个 JSON 对象，例如 {"text": "…", "platform": "weibo"}',
  jsonlText: '"text" 必须是字符串',
  jsonlField: (field) => `"${field}" 必须是字符串`,
  jsonlPlatform: (value) => `未知平台 ${JSON.stringify(value)}；可用：${PLATFORM_IDS.join('、')}`,
  help: (version) => `postlint ${version} — 检查中文社交媒体文案（${platformNames('zh').join('、')}）

用法：
  postlint lint [路径…] [选项]   检查草稿文件或文件夹（默认当前文件夹）
  postlint count [文件] [选项]   按平台规则计算长度（不给文件时读标准输入）

lint 选项：
  -f, --format <格式>          stylish（默认）、json、sarif、github
      --fix                    就地应用修复（重复直到稳定，最多 10 轮）
      --max-warnings <N>       警告超过 N 个时以 1 退出
count 选项：
      --json                   输出 JSON
通用选项：
  -p, --platform <平台>        ${PLATFORM_IDS.join('、')}（优先于 front matter）
  -c, --config <文件>          使用此配置文件，不再查找 .postlintrc.json
      --stdin                  从标准输入读取一篇草稿
      --stdin-filename <名称>  标准输入草稿的文件名（决定平台和配置）
      --jsonl                  批量：每行输入 {"text": "…", "platform": "weibo"}，每行输出结果
      --locale <zh|en>         消息语言（默认按 LC_ALL / LC_MESSAGES / LANG）
  -h, --help                   显示本帮助
  -v, --version                显示版本

文件夹中检查 ${DRAFTS} 文件（跳过 node_modules 和以 . 开头的文件夹）；
${NAMED_ONLY_EXTENSIONS.join('、')} 文件需逐个指定。
退出码：0 没有错误；1 发现错误（或警告超过 --max-warnings）；2 用法、输入或配置错误。
`,
};

const en: CliMessages = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  summary: (total, errors, warnings, infos) =>
    `✖ ${total} ${plural(total, 'problem')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}${infos ? `, ${infos} info` : ''})`,
  fixable: (errors, warnings, infos) =>
    `  ${errors} ${plural(errors, 'error')}${infos ? ', ' : ' and '}${warnings} ${plural(warnings, 'warning')}${infos ? ` and ${infos} info` : ''} potentially fixable with the \`--fix\` option.`,
  tooManyWarnings: (max, found) => `Too many warnings: ${found}, the maximum (--max-warnings) is ${max}.`,
  fixed: (file, count) => `${file}: fixed ${count} ${plural(count, 'problem')}`,
  unit: (unit) => ({ chars: 'chars', weighted: 'weighted chars', lines: 'lines' })[unit],
  countLine: (platform, length, limit, unit) => `${platform}: ${length}${limit !== null ? ` / ${limit}` : ''} ${unit}`,
  foldNote: (foldAt, folded, unit) => (folded ? `folded in the timeline after ${foldAt} ${unit}` : `not folded (folds after ${foldAt} ${unit})`),
  overBy: (over, unit) => `${over} ${unit} over the limit`,
  titleLine: (length, limit, unit) => `title: ${length}${limit !== null ? ` / ${limit}` : ''} ${unit}`,
  xInvalid: 'invalid by twitter-text',
  prefixError: 'postlint: error: ',
  prefixWarning: 'postlint: warning: ',
  notFound: (p) => `${p} not found`,
  noDrafts: (dir) => `no drafts in ${dir} (${DRAFTS}; name .md and .txt files one by one)`,
  skippedOthers: (dir, count, kinds) => `${dir}: skipped ${count} ${plural(count, 'file')} that ${count === 1 ? 'is not a draft' : 'are not drafts'} (${kinds})`,
  notADraft: (file) => `skipped ${file}: not a draft (${DRAFTS} ${NAMED_ONLY}); lint anything else with --stdin --stdin-filename`,
  binary: (file) => `skipped ${file}: looks binary (NUL bytes)`,
  utf16: (file) => `skipped ${file}: the file is UTF-16; save it as UTF-8`,
  notUtf8: (file) => `skipped ${file}: not valid UTF-8 (GBK/GB18030? save it as UTF-8)`,
  unreadable: (file, why) => `cannot read ${file} (${why})`,
  nothingToLint: 'nothing to lint',
  configMissing: (file) => `config file ${file} not found`,
  configProblem: (where, key, message) => `${where}: ${key ? `${key}: ` : ''}${message} (ignored; the rest of the config applies)`,
  internalError: (file, rule, message) => `rule ${rule} failed on ${file} (a Postlint bug, please report it): ${message}`,
  usage: (message) => `${message}\nRun postlint --help for usage.`,
  unknownCommand: (command) => `unknown command "${command}"; commands: lint, count`,
  unknownOption: (option, suggestion) => `unknown option ${option}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
  missingValue: (option) => `option ${option} needs a value`,
  badFormat: (value) => `unknown format "${value}"; use stylish, json, sarif or github`,
  badPlatform: (value) => `unknown platform "${value}"; use ${orList(PLATFORM_IDS)}`,
  badLocale: (value) => `unknown locale "${value}"; use zh or en`,
  badMaxWarnings: (value) => `--max-warnings needs a whole number ≥ 0, got "${value}"`,
  notForCommand: (option, command) => `${option} is not an option of ${command}`,
  conflict: (a, b) => `${a} cannot be used with ${b}`,
  needsStdin: (option) => `${option} only works with --stdin`,
  countOneFile: 'count takes one file at a time',
  jsonlEmpty: 'empty line',
  jsonlInvalid: (message) => `invalid JSON: ${message}`,
  jsonlNotObject: 'each line must be a JSON object such as {"text": "…", "platform": "weibo"}',
  jsonlText: '"text" must be a string',
  jsonlField: (field) => `"${field}" must be a string`,
  jsonlPlatform: (value) => `unknown platform ${JSON.stringify(value)}; use ${orList(PLATFORM_IDS)}`,
  help: (version) => `postlint ${version} — lint Chinese social-media post drafts (${platformNames('en').join(', ')})

Usage:
  postlint lint [paths…] [options]   lint draft files or folders (default: the current folder)
  postlint count [file] [options]    measure the length by the platform's rule (stdin without a file)

lint options:
  -f, --format <format>        stylish (default), json, sarif, github
      --fix                    apply fixes in place (repeated until stable, at most 10 rounds)
      --max-warnings <N>       exit 1 when there are more than N warnings
count options:
      --json                   print JSON
Common options:
  -p, --platform <id>          ${PLATFORM_IDS.join(', ')} (beats front matter)
  -c, --config <file>          use this config file instead of finding .postlintrc.json
      --stdin                  read one draft from standard input
      --stdin-filename <name>  file name of the stdin draft (chooses platform and config)
      --jsonl                  batch: each input line {"text": "…", "platform": "weibo"}, one result line each
      --locale <zh|en>         message language (default from LC_ALL / LC_MESSAGES / LANG)
  -h, --help                   show this help
  -v, --version                show the version

Folders are searched for ${DRAFTS} files (node_modules and folders starting
with . are skipped); ${orList(NAMED_ONLY_EXTENSIONS, 'and')} files are linted when named one by one.
Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings); 2 usage, input or config error.
`,
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

export function messagesFor(locale: Locale): CliMessages {
  return locale === 'zh' ? zh : en;
}
