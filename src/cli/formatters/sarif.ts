import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigProblem } from '../../core/config';
import { REPOSITORY_URL, ruleDocsPath, ruleDocsUrl } from '../../core/docs';
import { ALL_RULES } from '../../core/rules';
import type { Severity } from '../../core/types';
import type { FormatContext, Formatter, LintedFile, StreamingFormatter } from './types';
import { wholeReport } from './types';

/**
 * SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers. Regions use 1-based
 * lines and columns; the run declares `columnKind: "utf16CodeUnits"`, which is what our columns
 * count. Artifact URIs are relative to `%SRCROOT%`, the working folder the CLI ran in.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function createSarifFormatter(): Formatter {
  return wholeReport(() => createSarifReport());
}

/** Stands for the results in the log's skeleton; `JSON.stringify` writes it as `"\u0000results"`. */
const RESULTS_MARK = '\u0000results';

/**
 * The log written as it goes: the skeleton up to `"results": [`, each finding's result indented
 * to its place, then the rest. Byte for byte `JSON.stringify(sarifLog(files), null, 2)`.
 */
export function createSarifReport(): StreamingFormatter {
  let ruleIndex: Map<string, number>;
  let tail = '';
  /** The indent of a result inside `results`, and of the `]` that closes it. */
  let indent = '';
  let closeIndent = '';
  let count = 0;
  return {
    begin(context) {
      ruleIndex = new Map(ALL_RULES.map((r, i) => [r.id as string, i]));
      const skeleton = JSON.stringify(sarifSkeleton(context, [RESULTS_MARK]), null, 2);
      const quoted = JSON.stringify(RESULTS_MARK);
      const at = skeleton.lastIndexOf(quoted);
      const lineStart = skeleton.lastIndexOf('\n', at) + 1;
      indent = skeleton.slice(lineStart, at);
      closeIndent = indent.slice(2);
      // `[` then a line break and the indent: what stays is the skeleton up to and including `[`.
      const head = skeleton.slice(0, skeleton.lastIndexOf('[', at) + 1);
      tail = skeleton.slice(skeleton.indexOf(']', at + quoted.length) + 1);
      return head;
    },
    *file(file, context) {
      for (const result of fileResults(file, context.cwd, ruleIndex)) {
        yield `${count++ === 0 ? '' : ','}\n${indent}${JSON.stringify(result, null, 2).replace(/\n/g, `\n${indent}`)}`;
      }
    },
    // An empty array is written `[]`, a full one closes on its own line.
    end: () => `${count === 0 ? '' : `\n${closeIndent}`}]${tail}\n`,
  };
}

export function sarifLog(files: readonly LintedFile[], context: FormatContext): Record<string, unknown> {
  const ruleIndex = new Map(ALL_RULES.map((r, i) => [r.id as string, i]));
  return sarifSkeleton(context, files.flatMap((file) => [...fileResults(file, context.cwd, ruleIndex)]));
}

function sarifSkeleton(context: FormatContext, results: unknown[]): Record<string, unknown> {
  const { locale, cwd } = context;

  const rules = ALL_RULES.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, _sep: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description[locale] },
    helpUri: ruleDocsUrl(rule.id),
    help: { text: `${rule.description[locale]} — ${ruleDocsPath(rule.id)}` },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));

  const notifications = context.configProblems.map((p) => configNotification(p, cwd));
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'postlint',
        version: context.version,
        semanticVersion: context.version,
        informationUri: REPOSITORY_URL,
        rules,
      },
    },
    invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolConfigurationNotifications: notifications } : {}) }],
    originalUriBaseIds: { '%SRCROOT%': { uri: dirUri(cwd) } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** Each finding's result, made as it is asked for (one draft can have hundreds of thousands). */
function* fileResults(file: LintedFile, cwd: string, ruleIndex: ReadonlyMap<string, number>): Generator<Record<string, unknown>> {
  const artifact = artifactLocation(file, cwd);
  for (const f of file.result.findings) {
    const region = regionOf(file, f.start, f.end);
    const index = ruleIndex.get(f.rule);
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: LEVEL[f.severity],
      message: { text: f.reason ? `${f.message}\n${f.reason}` : f.message },
      locations: [{ physicalLocation: { artifactLocation: artifact, region } }],
    };
    if (f.source) result.properties = { source: f.source };
    if (f.fixes.length) {
      result.fixes = f.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [
          {
            artifactLocation: artifact,
            replacements: fix.edits.map((e) => ({ deletedRegion: regionOf(file, e.start, e.end), insertedContent: { text: e.text } })),
          },
        ],
      }));
    }
    yield result;
  }
}

function regionOf(file: LintedFile, start: number, end: number) {
  const r = file.range({ start, end });
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function artifactLocation(file: LintedFile, cwd: string): { uri: string; uriBaseId?: string } {
  if (!file.path) return { uri: encodeURIComponent(file.display.replace(/[<>]/g, '')) || 'stdin' };
  return fileLocation(file.path, cwd);
}

function fileLocation(absolute: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function configNotification(p: ConfigProblem, cwd: string): Record<string, unknown> {
  const location = fileLocation(path.resolve(cwd, p.file), cwd);
  const region = p.line !== undefined && p.column !== undefined ? { region: { startLine: p.line, startColumn: p.column } } : {};
  return {
    level: 'warning',
    message: { text: p.path ? `${p.path}: ${p.message}` : p.message },
    locations: [{ physicalLocation: { artifactLocation: location, ...region } }],
  };
}

export type { FormatContext };
