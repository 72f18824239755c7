import { platformFromName } from '../core/draft';
import type { Locale, PlatformId } from '../core/types';
import type { CliMessages } from './messages';
import { editDistance } from '../core/edit-distance';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliArgs {
  command: 'lint' | 'count' | 'help' | 'version';
  paths: string[];
  format: Format;
  platform?: PlatformId;
  config?: string;
  stdin: boolean;
  stdinFilename?: string;
  jsonl: boolean;
  json: boolean;
  fix: boolean;
  maxWarnings?: number;
  locale?: Locale;
}

/** A mistake on the command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

interface OptionSpec {
  name: string;
  short?: string;
  takesValue: boolean;
  commands: ReadonlyArray<'lint' | 'count'>;
}

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', takesValue: true, commands: ['lint'] },
  { name: 'fix', takesValue: false, commands: ['lint'] },
  { name: 'max-warnings', takesValue: true, commands: ['lint'] },
  { name: 'json', takesValue: false, commands: ['count'] },
  { name: 'platform', short: 'p', takesValue: true, commands: ['lint', 'count'] },
  { name: 'config', short: 'c', takesValue: true, commands: ['lint', 'count'] },
  { name: 'stdin', takesValue: false, commands: ['lint', 'count'] },
  { name: 'stdin-filename', takesValue: true, commands: ['lint', 'count'] },
  { name: 'jsonl', takesValue: false, commands: ['lint', 'count'] },
  { name: 'locale', takesValue: true, commands: ['lint', 'count'] },
  { name: 'help', short: 'h', takesValue: false, commands: ['lint', 'count'] },
  { name: 'version', short: 'v', takesValue: false, commands: ['lint', 'count'] },
];

/**
 * Parses `postlint <command> [options] [paths]`. Options may come before or after paths, as
 * `--name value` or `--name=value`; `--` ends the options. The locale is read first so that
 * every later error is in the user's language; `messages` is swapped when `--locale` is seen.
 */
export function parseArgs(argv: readonly string[], messagesFor: (locale?: Locale) => CliMessages): CliArgs {
  let m = messagesFor(localeOption(argv));
  const args: CliArgs = { command: 'help', paths: [], format: 'stylish', stdin: false, jsonl: false, json: false, fix: false };
  const seen = new Map<string, string | true>();
  let command: 'lint' | 'count' | undefined;
  let onlyPaths = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined && !onlyPaths) {
        if (arg !== 'lint' && arg !== 'count') throw new UsageError(m.unknownCommand(arg));
        command = arg;
      } else {
        args.paths.push(arg);
      }
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      if (arg.length !== 2) throw new UsageError(m.unknownOption(arg));
      const spec = OPTIONS.find((o) => o.short === arg[1]);
      if (!spec) throw new UsageError(m.unknownOption(arg));
      name = spec.name;
    }
    const spec = OPTIONS.find((o) => o.name === name);
    if (!spec) throw new UsageError(m.unknownOption(arg.split('=')[0]!, closestOption(name)));
    let value: string | true = true;
    if (spec.takesValue) {
      if (inline !== undefined) value = inline;
      else if (i + 1 < argv.length) value = argv[++i]!;
      else throw new UsageError(m.missingValue(`--${name}`));
    } else if (inline !== undefined) {
      throw new UsageError(m.unknownOption(arg));
    }
    seen.set(name, value);
    if (name === 'locale') m = messagesFor(localeOption(argv));
  }

  if (seen.has('help')) return { ...args, command: 'help' };
  if (seen.has('version')) return { ...args, command: 'version' };
  if (command === undefined) return args;
  args.command = command;

  for (const name of seen.keys()) {
    const spec = OPTIONS.find((o) => o.name === name)!;
    if (!spec.commands.includes(command)) throw new UsageError(m.notForCommand(`--${name}`, command));
  }
  const str = (name: string) => {
    const v = seen.get(name);
    return typeof v === 'string' ? v : undefined;
  };

  const format = str('format');
  if (format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(m.badFormat(format));
    args.format = format as Format;
  }
  const platform = str('platform');
  if (platform !== undefined) {
    const id = platformFromName(platform);
    if (!id) throw new UsageError(m.badPlatform(platform));
    args.platform = id;
  }
  const locale = str('locale');
  if (locale !== undefined) {
    const l = parseLocale(locale);
    if (!l) throw new UsageError(m.badLocale(locale));
    args.locale = l;
  }
  const maxWarnings = str('max-warnings');
  if (maxWarnings !== undefined) {
    if (!/^\d+$/.test(maxWarnings)) throw new UsageError(m.badMaxWarnings(maxWarnings));
    args.maxWarnings = Number(maxWarnings);
  }
  args.config = str('config');
  args.stdinFilename = str('stdin-filename');
  args.stdin = seen.has('stdin');
  args.jsonl = seen.has('jsonl');
  args.json = seen.has('json');
  args.fix = seen.has('fix');

  // `-` as the only path means standard input, as in most Unix tools.
  if (args.paths.length === 1 && args.paths[0] === '-' && !args.stdin) {
    args.paths = [];
    args.stdin = true;
  }
  if (args.stdinFilename !== undefined && !args.stdin) throw new UsageError(m.needsStdin('--stdin-filename'));
  if (args.stdin && args.paths.length) throw new UsageError(m.conflict('--stdin', args.paths[0]!));
  if (args.jsonl) {
    if (args.stdin) throw new UsageError(m.conflict('--jsonl', '--stdin'));
    if (args.paths.length) throw new UsageError(m.conflict('--jsonl', args.paths[0]!));
    if (seen.has('format')) throw new UsageError(m.conflict('--jsonl', '--format'));
    if (args.fix) throw new UsageError(m.conflict('--jsonl', '--fix'));
    if (args.json) throw new UsageError(m.conflict('--jsonl', '--json'));
    if (args.maxWarnings !== undefined) throw new UsageError(m.conflict('--jsonl', '--max-warnings'));
  }
  if (command === 'count' && args.paths.length > 1) throw new UsageError(m.countOneFile);
  // `postlint count` with neither file nor --stdin reads stdin, as `wc` does.
  if (command === 'count' && args.paths.length === 0 && !args.jsonl) args.stdin = true;
  return args;
}

export function parseLocale(value: string | undefined): Locale | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v === 'zh' || v.startsWith('zh-') || v.startsWith('zh_')) return 'zh';
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en_')) return 'en';
  return undefined;
}

/** `--locale` seen anywhere in argv, looked at before the rest is parsed. */
function localeOption(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--locale') return parseLocale(argv[i + 1]);
    if (a.startsWith('--locale=')) return parseLocale(a.slice('--locale='.length));
  }
  return undefined;
}

/** `--fomat` → `--format`: the known option within two edits, if any. */
function closestOption(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const o of OPTIONS) {
    const d = editDistance(name, o.name);
    if (d < bestDistance) [best, bestDistance] = [`--${o.name}`, d];
  }
  return best;
}
