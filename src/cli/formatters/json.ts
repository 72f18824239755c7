import type { LintedFile, StreamingFormatter } from './types';
import { wholeReport } from './types';

/**
 * One object per linted draft, in the order given: what the core returned plus, for each finding,
 * its 1-based `line`/`column`/`endLine`/`endColumn` (columns in UTF-16 code units, like VS Code
 * and ESLint) next to the `start`/`end` offsets (UTF-16 code units from the start of the file).
 * Written as `[`, the objects separated by commas, `]`: the same bytes as `JSON.stringify` of the
 * whole array.
 */
export function createJsonReport(): StreamingFormatter {
  let first = true;
  return {
    begin: () => '[',
    file(file) {
      const out = `${first ? '' : ','}${JSON.stringify(jsonOf(file))}`;
      first = false;
      return out;
    },
    end: () => ']\n',
  };
}

export const json = wholeReport(createJsonReport);

function jsonOf(file: LintedFile): Record<string, unknown> {
  const { result } = file;
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  const findings = result.findings.map((f) => {
    if (f.severity === 'error') errorCount++;
    else if (f.severity === 'warning') warningCount++;
    else infoCount++;
    if (f.fixes.length) fixableCount++;
    const { rule, severity, message, start, end, ...rest } = f;
    return { rule, severity, message, ...file.range(f), start, end, ...rest };
  });
  return {
    filePath: file.path ?? file.display,
    platform: result.platform,
    count: result.count,
    ...(result.titleCount ? { titleCount: result.titleCount } : {}),
    errorCount,
    warningCount,
    infoCount,
    fixableCount,
    findings,
    tone: result.tone,
    adDensity: result.adDensity,
    ...(file.fixesApplied ? { fixesApplied: file.fixesApplied } : {}),
    ...(result.internalErrors.length ? { internalErrors: result.internalErrors } : {}),
  };
}
