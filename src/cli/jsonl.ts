import * as readline from 'node:readline';
import type { ResolvedConfig } from '../core/config';
import type { Rule } from '../core/rule';
import type { LintResult } from '../core/engine';
import { countDraft, lint } from '../core/engine';
import { platformFromName } from '../core/draft';
import type { CountResult, Finding, Locale, PlatformId } from '../core/types';
import type { Output } from './io';
import type { CliMessages } from './messages';

/**
 * `--jsonl`: one JSON object per input line (`{"text": "…", "platform": "weibo"}`, `title` for
 * Xiaohongshu; `product` and `images` are read too), one JSON result per output line, in order,
 * written as soon as it is ready so a script can feed lines and read answers. A bad line gets
 * `{"error": "…"}` in its place and the batch goes on.
 */
export interface JsonlOptions {
  kind: 'lint' | 'count';
  /** `--platform`: the platform of lines that name none. */
  platform?: PlatformId;
  config: ResolvedConfig;
  locale: Locale;
  messages: CliMessages;
  /** The rules for `lint`; all of them by default. */
  rules?: readonly Rule[];
}

export interface JsonlOutcome {
  lines: number;
  badLines: number;
  /** Lines whose lint found an error-severity finding. */
  linesWithErrors: number;
}

/** A finding as a JSON line gives it: where and what, without the hover's detail or the fixes. */
export interface JsonlFinding extends Pick<Finding, 'rule' | 'severity' | 'message' | 'start' | 'end'> {
  /** Set when the finding is in a field other than `text` (the Xiaohongshu title); offsets are then into that field. */
  field?: string;
}

export async function runJsonl(input: NodeJS.ReadableStream, output: Output, options: JsonlOptions): Promise<JsonlOutcome> {
  const outcome: JsonlOutcome = { lines: 0, badLines: 0, linesWithErrors: 0 };
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (output.closed) break;
      outcome.lines++;
      // A file saved by a Windows editor may start with a BOM.
      const answer = answerLine(outcome.lines === 1 ? line.replace(/^\uFEFF/, '') : line, options);
      if ('error' in answer) outcome.badLines++;
      else if ('findings' in answer && answer.findings.some((f) => f.severity === 'error')) outcome.linesWithErrors++;
      await writeAnswer(output, answer);
    }
  } finally {
    lines.close();
  }
  return outcome;
}

/** Output is written in pieces of about this many characters (a line can hold 300,000 findings). */
const ANSWER_CHUNK = 8 * 1024;

/** `JSON.stringify(answer)` and a line break, a finding at a time. */
async function writeAnswer(output: Output, answer: Answer): Promise<void> {
  if (!('findings' in answer)) {
    await output.write(`${JSON.stringify(answer)}\n`);
    return;
  }
  let pending = '{"findings":[';
  let first = true;
  for (const f of answer.findings) {
    pending += `${first ? '' : ','}${JSON.stringify(f)}`;
    first = false;
    if (pending.length >= ANSWER_CHUNK) {
      await output.write(pending);
      if (output.closed) return;
      pending = '';
    }
  }
  await output.write(`${pending}]}\n`);
}

type Answer = { error: string } | { findings: JsonlFinding[] } | CountJson;

export function answerLine(line: string, options: JsonlOptions): Answer {
  const m = options.messages;
  if (line.trim() === '') return { error: m.jsonlEmpty };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: m.jsonlInvalid(error instanceof Error ? error.message : String(error)) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: m.jsonlNotObject };
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { error: m.jsonlText };
  for (const field of ['platform', 'title', 'product'] as const) {
    if (record[field] !== undefined && record[field] !== null && typeof record[field] !== 'string') return { error: m.jsonlField(field) };
  }
  let platform = options.platform;
  if (typeof record.platform === 'string') {
    const id = platformFromName(record.platform);
    if (!id) return { error: m.jsonlPlatform(record.platform) };
    platform = id;
  }
  const images = typeof record.images === 'number' || (typeof record.images === 'string' && /^\d+$/.test(record.images)) ? String(record.images) : undefined;
  const doc = draftDocument(record.text, {
    title: typeof record.title === 'string' ? record.title : undefined,
    product: typeof record.product === 'string' ? record.product : undefined,
    images,
  });
  try {
    if (options.kind === 'count') return countJson(countDraft(doc.text, { platform, config: options.config }));
    const result = lint(doc.text, { platform, config: options.config, locale: options.locale, rules: options.rules });
    return { findings: findingsOf(result, doc.offset) };
  } catch (error) {
    return { error: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** An empty rule set, for a lint that only wants the draft and its count (`countDraft` is cheaper). */
export const NO_RULES: readonly never[] = Object.freeze([]);

/**
 * The document a jsonl line stands for. `text` is the post itself, never front matter, so when
 * there are fields to pass (title, product, images) or the text itself starts with `---`, a
 * front-matter block is put before it and offsets are shifted back. The title is quoted so the
 * parser keeps it verbatim; a line break in it (impossible in a real title) becomes a space.
 */
export function draftDocument(text: string, fields: { title?: string; product?: string; images?: string }): { text: string; offset: number } {
  const lines: string[] = [];
  if (fields.title !== undefined) lines.push(`title: "${fields.title.replace(/[\r\n]/g, ' ')}"`);
  if (fields.product !== undefined) lines.push(`product: "${fields.product.replace(/[\r\n]/g, ' ')}"`);
  if (fields.images !== undefined) lines.push(`images: ${fields.images}`);
  if (lines.length === 0 && !/^\uFEFF?---/.test(text)) return { text, offset: 0 };
  const prefix = `---\n${lines.map((l) => `${l}\n`).join('')}---\n`;
  return { text: prefix + text, offset: prefix.length };
}

function findingsOf(result: LintResult, offset: number): JsonlFinding[] {
  const fields = result.draft.frontMatter?.fields;
  return result.findings.map((f) => {
    const base = { rule: f.rule, severity: f.severity, message: f.message };
    if (f.start >= offset) return { ...base, start: f.start - offset, end: f.end - offset };
    for (const field of fields?.values() ?? []) {
      if (f.start >= field.start && f.end <= field.end) return { ...base, start: f.start - field.start, end: f.end - field.start, field: field.key };
    }
    return { ...base, start: 0, end: Math.max(0, f.end - offset) };
  });
}

export interface CountJson {
  platform: PlatformId;
  length: number;
  limit: number | null;
  foldAt: number | null;
  folded: boolean;
  over: boolean;
  /** X only: twitter-text's verdict. */
  valid?: boolean;
  /** Xiaohongshu with a title only. */
  title?: { length: number; limit: number | null; over: boolean };
}

/** DESIGN.md §4's count object: the same for `count --json` and each `count --jsonl` line. */
export function countJson(result: Pick<LintResult, 'count' | 'titleCount' | 'platform'>): CountJson {
  const c: CountResult = result.count;
  const out: CountJson = { platform: result.platform, length: c.length, limit: c.limit, foldAt: c.foldAt, folded: c.folded, over: c.over };
  // X's counter (twitter-text) gives its verdict.
  if (c.valid !== undefined) out.valid = c.valid;
  if (result.titleCount) out.title = { length: result.titleCount.length, limit: result.titleCount.limit, over: result.titleCount.over };
  return out;
}
