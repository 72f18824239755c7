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
    *file(file) {
      if (!first) yield ',';
      first = false;
      yield* jsonPieces(file);
    },
    end: () => ']\n',
  };
}

export const json = wholeReport(createJsonReport);

/**
 * `JSON.stringify` of a draft's object, written a finding at a time: the keys before `findings`,
 * each finding, then the keys after it (the counts come first, so they are counted in a pass of
 * their own).
 */
function* jsonPieces(file: LintedFile): Generator<string> {
  const { result } = file;
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const f of result.findings) {
    if (f.severity === 'error') errorCount++;
    else if (f.severity === 'warning') warningCount++;
    else infoCount++;
    if (f.fixes.length) fixableCount++;
  }
  const before = JSON.stringify({
    filePath: file.path ?? file.display,
    platform: result.platform,
    count: result.count,
    ...(result.titleCount ? { titleCount: result.titleCount } : {}),
    errorCount,
    warningCount,
    infoCount,
    fixableCount,
  });
  const after = JSON.stringify({
    tone: result.tone,
    adDensity: result.adDensity,
    ...(file.fixesApplied ? { fixesApplied: file.fixesApplied } : {}),
    ...(result.internalErrors.length ? { internalErrors: result.internalErrors } : {}),
  });
  yield `${before.slice(0, -1)},"findings":[`;
  let firstFinding = true;
  for (const f of result.findings) {
    const { rule, severity, message, start, end, ...rest } = f;
    yield `${firstFinding ? '' : ','}${JSON.stringify({ rule, severity, message, ...file.range(f), start, end, ...rest })}`;
    firstFinding = false;
  }
  yield after === '{}' ? ']}' : `],${after.slice(1)}`;
}
