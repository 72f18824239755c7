import * as fs from 'node:fs';
import * as path from 'node:path';
import packageJson from '../../package.json';
import type { ConfigLoad, ConfigProblem } from '../core/config';
import { ConfigResolver, readConfigFile } from '../core/config-file';
import type { DraftCount, LintOptions, LintResult } from '../core/engine';
import { countDraft, lint } from '../core/engine';
import { applyFixes } from '../core/fixes';
import { platformProfile } from '../core/platforms';
import type { Locale } from '../core/types';
import type { CliArgs } from './args';
import { parseArgs, UsageError } from './args';
import { reportFor } from './formatters';
import type { FormatContext } from './formatters/types';
import { LintedFile } from './formatters/types';
import type { InputProblem } from './inputs';
import { collectFiles, decodeDraft, FileReader, isFatal } from './inputs';
import type { CliIo } from './io';
import { Output, readAll } from './io';
import { ReportWriter } from './report-writer';
import { countJson, runJsonl } from './jsonl';
import type { CliMessages } from './messages';
import { detectLocale, messagesFor } from './messages';

export const VERSION: string = packageJson.version;

/** ESLint's convention: fixes can enable further fixes, so apply them round after round. */
export const MAX_FIX_ROUNDS = 10;

/** Exit codes (DESIGN.md §4). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * The whole `postlint` command, as a function of its arguments and streams: `main.ts` calls it
 * with the process's, tests with their own. Resolves to the exit code; never calls
 * `process.exit`, so piped output is flushed.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const envLocale = detectLocale(io.env);
  const stdout = new Output(io.stdout);
  const stderr = new Output(io.stderr);

  let args: CliArgs;
  try {
    args = parseArgs(argv, (locale) => messagesFor(locale ?? envLocale));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const m = messagesFor(envLocale);
    await stderr.write(`${m.prefixError}${m.usage(error.message)}\n`);
    return EXIT_USAGE;
  }
  const locale = args.locale ?? envLocale;
  const m = messagesFor(locale);

  if (args.command === 'version') {
    await stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (args.command === 'help') {
    // Bare `postlint` is a usage mistake; `postlint --help` is a request.
    if (argv.length === 0) {
      await stderr.write(m.help(VERSION));
      return EXIT_USAGE;
    }
    await stdout.write(m.help(VERSION));
    return EXIT_OK;
  }

  const session = new Session(io, args, locale, m, stdout, stderr);
  if (args.config !== undefined && !(await session.useConfigFile(args.config))) return EXIT_USAGE;
  const code = args.command === 'count' ? await session.count() : await session.lint();
  if (stdout.failure) {
    await stderr.write(`${m.prefixError}${m.unreadable('stdout', stdout.failure.code ?? stdout.failure.message)}\n`);
    return EXIT_USAGE;
  }
  return code;
}

/** One run of the CLI: its options, its config lookups and the problems it has reported. */
class Session {
  private readonly resolver = new ConfigResolver();
  /** Folder → its config, so the drafts of one folder ask the resolver once (it is asked twice per draft). */
  private readonly configOfFolder = new Map<string, ConfigLoad>();
  private fixedConfig: ConfigLoad | undefined;
  private readonly reportedConfigs = new Set<ConfigLoad>();
  readonly configProblems: ConfigProblem[] = [];
  private readonly reader = new FileReader();

  constructor(
    private readonly io: CliIo,
    private readonly args: CliArgs,
    private readonly locale: Locale,
    private readonly m: CliMessages,
    private readonly stdout: Output,
    private readonly stderr: Output,
  ) {}

  /** `--config FILE`: it must exist (exit 2 otherwise); problems inside it are only warnings. */
  async useConfigFile(file: string): Promise<boolean> {
    const absolute = path.resolve(this.io.cwd, file);
    if (!fs.statSync(absolute, { throwIfNoEntry: false })?.isFile()) {
      await this.error(this.m.configMissing(file));
      return false;
    }
    this.fixedConfig = readConfigFile(absolute);
    return true;
  }

  /** The config for a draft (null: standard input without a file name → the working folder). */
  private async configFor(file: string | null): Promise<ConfigLoad> {
    const load = this.fixedConfig ?? (file ? this.configOfFile(file) : this.resolver.forDirectory(this.io.cwd));
    if (!this.reportedConfigs.has(load)) {
      this.reportedConfigs.add(load);
      for (const p of load.problems) {
        this.configProblems.push(p);
        const where = `${this.relative(p.file)}${p.line !== undefined ? `:${p.line}:${p.column}` : ''}`;
        await this.warn(this.m.configProblem(where, p.path, p.message));
      }
    }
    return load;
  }

  private configOfFile(file: string): ConfigLoad {
    const folder = path.dirname(file);
    let load = this.configOfFolder.get(folder);
    if (!load) {
      load = this.resolver.forFile(file);
      this.configOfFolder.set(folder, load);
    }
    return load;
  }

  async lint(): Promise<number> {
    const { args, m } = this;
    if (args.jsonl) {
      const { config } = await this.configFor(null);
      const outcome = await runJsonl(this.io.stdin, this.stdout, { kind: 'lint', platform: args.platform, config, locale: this.locale, messages: m, rules: this.io.rules });
      return outcome.badLines ? EXIT_USAGE : outcome.linesWithErrors ? EXIT_FINDINGS : EXIT_OK;
    }

    const color = args.format === 'stylish' && this.io.stdout.isTTY === true && !this.io.env.NO_COLOR;
    const context: FormatContext = { cwd: this.io.cwd, env: this.io.env, locale: this.locale, messages: m, color, version: VERSION, configProblems: this.configProblems };
    const report = new ReportWriter(this.stdout, reportFor(args.format), context);
    let fatal = false;

    if (args.stdin) {
      const input = await this.readStdin();
      if (input === null) return EXIT_USAGE;
      const file = args.stdinFilename !== undefined ? path.resolve(this.io.cwd, args.stdinFilename) : null;
      const { config } = await this.configFor(file);
      const { text, result, applied } = lintWithFixes(input, this.lintOptions(file ?? undefined, config), args.fix);
      if (await this.reportInternalErrors(args.stdinFilename ?? '<stdin>', result)) fatal = true;
      if (args.fix) {
        // Like prettier: the fixed draft goes to stdout; the exit code still tells whether errors remain.
        await this.stdout.write(text);
        return fatal ? EXIT_USAGE : result.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
      }
      await report.add(new LintedFile(file, args.stdinFilename ?? '<stdin>', text, result, applied));
    } else {
      const collected = collectFiles(args.paths.length ? args.paths : ['.'], this.io.cwd);
      for (const p of collected.problems) {
        if (isFatal(p)) fatal = true;
        await (isFatal(p) ? this.error(this.inputMessage(p)) : this.warn(this.inputMessage(p)));
      }
      // Every config first: a SARIF log names their problems before its results.
      for (const file of collected.files) await this.configFor(file);
      // One file at a time, its part of the report written before the next is read.
      for (const file of collected.files) {
        const display = this.relative(file);
        let bytes: Uint8Array;
        try {
          bytes = this.reader.read(file);
        } catch (error) {
          fatal = true;
          await this.error(m.unreadable(display, (error as NodeJS.ErrnoException).code ?? String(error)));
          continue;
        }
        const decoded = decodeDraft(bytes);
        if (!decoded.ok) {
          fatal = true;
          await this.error(this.inputMessage({ kind: decoded.kind, path: display }));
          continue;
        }
        const { config } = await this.configFor(file);
        const { text, result, applied } = lintWithFixes(decoded.text, this.lintOptions(file, config), args.fix);
        if (applied > 0) {
          try {
            fs.writeFileSync(file, decoded.bom ? `\uFEFF${text}` : text);
          } catch (error) {
            fatal = true;
            await this.error(m.unreadable(display, (error as NodeJS.ErrnoException).code ?? String(error)));
          }
        }
        if (await this.reportInternalErrors(display, result)) fatal = true;
        await report.add(new LintedFile(file, display, text, result, applied));
      }
      if (report.files === 0 && !fatal) {
        await this.error(m.nothingToLint);
        return EXIT_USAGE;
      }
    }
    await report.finish();

    const t = report.totals;
    let code = t.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
    if (args.maxWarnings !== undefined && t.warnings > args.maxWarnings) {
      code = EXIT_FINDINGS;
      if (args.format === 'stylish') await this.stdout.write(`${m.tooManyWarnings(args.maxWarnings, t.warnings)}\n`);
      else await this.stderr.write(`${m.tooManyWarnings(args.maxWarnings, t.warnings)}\n`);
    }
    return fatal ? EXIT_USAGE : code;
  }

  async count(): Promise<number> {
    const { args, m } = this;
    if (args.jsonl) {
      const { config } = await this.configFor(null);
      const outcome = await runJsonl(this.io.stdin, this.stdout, { kind: 'count', platform: args.platform, config, locale: this.locale, messages: m });
      return outcome.badLines ? EXIT_USAGE : EXIT_OK;
    }
    let text: string | null;
    let file: string | null;
    if (args.stdin) {
      text = await this.readStdin();
      file = args.stdinFilename !== undefined ? path.resolve(this.io.cwd, args.stdinFilename) : null;
    } else {
      const given = args.paths[0]!;
      file = path.resolve(this.io.cwd, given);
      text = await this.readNamedFile(file, given);
    }
    if (text === null) return EXIT_USAGE;
    const { config } = await this.configFor(file);
    // Counting needs the draft and its platform, not the word lists and rules.
    const result = countDraft(text, this.lintOptions(file ?? undefined, config));
    if (args.json) {
      await this.stdout.write(`${JSON.stringify(countJson(result))}\n`);
    } else {
      await this.stdout.write(this.countText(result));
    }
    return EXIT_OK;
  }

  private countText(result: DraftCount): string {
    const { m, locale } = this;
    const c = result.count;
    const unit = m.unit(c.unit);
    const parts = [m.countLine(platformProfile(result.platform).name[locale], c.length, c.limit, unit)];
    if (c.foldAt !== null) parts.push(m.foldNote(c.foldAt, c.folded, unit));
    if (c.over && c.limit !== null) parts.push(m.overBy(c.length - c.limit, unit));
    if (c.valid === false && !c.over) parts.push(m.xInvalid);
    let out = `${parts.join(' · ')}\n`;
    const t = result.titleCount;
    if (t) {
      out += m.titleLine(t.length, t.limit, m.unit(t.unit));
      if (t.over && t.limit !== null) out += ` · ${m.overBy(t.length - t.limit, m.unit(t.unit))}`;
      out += '\n';
    }
    return out;
  }

  private lintOptions(fileName: string | undefined, config: ConfigLoad['config']): LintOptions {
    return { fileName, platform: this.args.platform, config, locale: this.locale, rules: this.io.rules };
  }

  private async readStdin(): Promise<string | null> {
    const decoded = decodeDraft(await readAll(this.io.stdin));
    if (decoded.ok) return decoded.text;
    await this.error(this.inputMessage({ kind: decoded.kind, path: this.args.stdinFilename ?? '<stdin>' }));
    return null;
  }

  /** A file named for `count`: any text file will do (it is named, so it is meant). */
  private async readNamedFile(file: string, display: string): Promise<string | null> {
    let bytes: Buffer;
    try {
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat) {
        await this.error(this.m.notFound(display));
        return null;
      }
      bytes = fs.readFileSync(file);
    } catch (error) {
      await this.error(this.m.unreadable(display, (error as NodeJS.ErrnoException).code ?? String(error)));
      return null;
    }
    const decoded = decodeDraft(bytes);
    if (decoded.ok) return decoded.text;
    await this.error(this.inputMessage({ kind: decoded.kind, path: display }));
    return null;
  }

  private async reportInternalErrors(display: string, result: LintResult): Promise<boolean> {
    for (const e of result.internalErrors) await this.error(this.m.internalError(display, e.rule, e.message));
    return result.internalErrors.length > 0;
  }

  private inputMessage(p: InputProblem): string {
    const m = this.m;
    switch (p.kind) {
      case 'not-found':
        return m.notFound(p.path);
      case 'no-drafts':
        return m.noDrafts(p.path);
      case 'unreadable':
        return m.unreadable(p.path, p.why);
      case 'binary':
        return m.binary(p.path);
      case 'utf16':
        return m.utf16(p.path);
      case 'not-utf8':
        return m.notUtf8(p.path);
      case 'not-a-draft':
        return m.notADraft(p.path);
      case 'skipped-others':
        return m.skippedOthers(p.path, p.count, p.kinds);
    }
  }

  private relative(file: string): string {
    // Most files are the working folder's own, found by collectFiles as normalised absolute
    // paths: cut the folder off instead of path.relative's walk (a few % of linting thousands
    // of short drafts). Anything else takes the general route.
    const cwd = this.io.cwd;
    if (file.length > cwd.length + 1 && file.startsWith(cwd) && file[cwd.length] === path.sep && !cwd.endsWith(path.sep)) {
      const rest = file.slice(cwd.length + 1);
      if (!UNNORMAL_SEGMENT.test(rest)) return rest;
    }
    return path.relative(cwd, path.resolve(cwd, file)) || '.';
  }

  private error(message: string): Promise<void> {
    return this.stderr.write(`${this.m.prefixError}${message}\n`);
  }

  private warn(message: string): Promise<void> {
    return this.stderr.write(`${this.m.prefixWarning}${message}\n`);
  }
}

/** Lints, and with `fix` applies the first fix of every finding and lints again until nothing changes. */
export function lintWithFixes(text: string, options: LintOptions, fix: boolean): { text: string; result: LintResult; applied: number } {
  let result = lint(text, options);
  let applied = 0;
  if (!fix) return { text, result, applied };
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const next = applyFixes(text, result.findings);
    if (next.applied === 0 || next.text === text) break;
    text = next.text;
    applied += next.applied;
    result = lint(text, options);
  }
  return { text, result, applied };
}

/** A path segment that path.relative would normalise away: empty, `.` or `..` (either separator). */
const UNNORMAL_SEGMENT = /(^|[\\/])\.{0,2}([\\/]|$)/;
