import type { ConfigProblem } from '../../core/config';
import type { LintResult } from '../../core/engine';
import { LineIndex } from '../../core/position';
import type { Finding, Locale } from '../../core/types';
import type { CliMessages } from '../messages';

/** One linted draft, as every formatter sees it. */
export class LintedFile {
  private index: LineIndex | undefined;

  constructor(
    /** Absolute path; null for standard input without `--stdin-filename`. */
    readonly path: string | null,
    /** The path as shown to the user: relative to the working folder, or `<stdin>`. */
    readonly display: string,
    /** The text that was linted (after `--fix`, when fixes were applied). */
    readonly text: string,
    readonly result: LintResult,
    /** Number of fixes `--fix` applied; the fixed text is `text`. */
    readonly fixesApplied = 0,
  ) {}

  /** 1-based line/column of a finding's start and end (columns in UTF-16 code units). */
  range(finding: Pick<Finding, 'start' | 'end'>): { line: number; column: number; endLine: number; endColumn: number } {
    this.index ??= new LineIndex(this.text);
    const start = this.index.locate(finding.start);
    const end = this.index.locate(finding.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}

export interface FormatContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  locale: Locale;
  messages: CliMessages;
  /** ANSI colours (stylish only): stdout is a terminal and NO_COLOR is not set. */
  color: boolean;
  version: string;
  /** Problems of the config files that were used, for formats that can carry them (SARIF). */
  configProblems: readonly ConfigProblem[];
}

/** A whole report at once: what a streaming formatter writes, joined (tests, API users). */
export type Formatter = (files: readonly LintedFile[], context: FormatContext) => string;

/**
 * A report written as the files are linted, so the CLI holds one file's result at a time: the
 * text before the first file, each file's part in order, then the end (which gets the totals,
 * for summaries). The parts joined are byte for byte the report of the whole list at once. One
 * object serves one report (it may remember what it wrote): make a new one for each.
 *
 * A file's part comes in pieces (about one per finding), made as the writer asks for them: one
 * draft can have hundreds of thousands of findings, and its part as one string was hundreds of
 * megabytes (SARIF's 584 MB for a 10 MB draft peaked at 4.4 GB of memory).
 */
export interface StreamingFormatter {
  begin(context: FormatContext): string;
  file(file: LintedFile, context: FormatContext): Iterable<string>;
  end(totals: Tally, context: FormatContext): string;
}

/** Counts of findings by severity, and of those with a fix. */
export class Tally {
  errors = 0;
  warnings = 0;
  infos = 0;
  readonly fixable = { errors: 0, warnings: 0, infos: 0 };

  add(file: LintedFile): this {
    for (const finding of file.result.findings) {
      const key = finding.severity === 'error' ? 'errors' : finding.severity === 'warning' ? 'warnings' : 'infos';
      this[key]++;
      if (finding.fixes.length > 0) this.fixable[key]++;
    }
    return this;
  }
}

export function tally(files: readonly LintedFile[]): Tally {
  const t = new Tally();
  for (const f of files) t.add(f);
  return t;
}

/** The whole-report function of a streaming formatter. */
export function wholeReport(create: () => StreamingFormatter): Formatter {
  return (files, context) => {
    const formatter = create();
    let out = formatter.begin(context);
    for (const file of files) for (const piece of formatter.file(file, context)) out += piece;
    return out + formatter.end(tally(files), context);
  };
}
