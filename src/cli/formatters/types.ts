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

export type Formatter = (files: readonly LintedFile[], context: FormatContext) => string;

export function tally(files: readonly LintedFile[]): { errors: number; warnings: number; infos: number; fixable: { errors: number; warnings: number; infos: number } } {
  const t = { errors: 0, warnings: 0, infos: 0, fixable: { errors: 0, warnings: 0, infos: 0 } };
  for (const f of files) {
    for (const finding of f.result.findings) {
      const key = finding.severity === 'error' ? 'errors' : finding.severity === 'warning' ? 'warnings' : 'infos';
      t[key]++;
      if (finding.fixes.length > 0) t.fixable[key]++;
    }
  }
  return t;
}
