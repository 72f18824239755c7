import * as path from 'node:path';
import type { Severity } from '../../core/types';
import type { StreamingFormatter } from './types';
import { wholeReport } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=postlint ad-law::message`.
 * Paths are relative to GITHUB_WORKSPACE (else the working folder), as annotations expect.
 */
export function createGithubReport(): StreamingFormatter {
  return {
    begin: () => '',
    *file(file, { cwd, env }) {
      const root = env.GITHUB_WORKSPACE || cwd;
      const name = file.path ? path.relative(root, file.path).split(path.sep).join('/') : file.display;
      for (const f of file.result.findings) {
        const r = file.range(f);
        const props = [
          `file=${escapeProperty(name)}`,
          `line=${r.line}`,
          `col=${r.column}`,
          `endLine=${r.endLine}`,
          `endColumn=${r.endColumn}`,
          `title=${escapeProperty(`postlint ${f.rule}`)}`,
        ].join(',');
        yield `::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}\n`;
      }
    },
    end: () => '',
  };
}

export const github = wholeReport(createGithubReport);

/** The escaping of @actions/core's `toCommandValue` for a message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value additionally escapes `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
