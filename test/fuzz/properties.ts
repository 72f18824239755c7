import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { main } from '../../src/cli/program';
import { parseConfig } from '../../src/core/config';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import type { Finding, PlatformId, RuleId, TextEdit } from '../../src/core/types';
import { PLATFORM_IDS } from '../../src/core/platforms';

/**
 * Robustness properties of lint() with every rule (issue 6 §1), shared by the bounded unit test
 * (test/unit/robustness.test.ts, fixed seed) and the long run (`npm run fuzz`, random seed).
 */

/** Pieces a pasted draft may hold: broken and composed Unicode, controls, line ends, markup, flagged phrases. */
const PIECES = [
  // lone surrogates, and a pair for contrast
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '😀',
  // ZWJ sequences, skin tones, flags, keycaps, variation selectors
  '👨‍👩‍👧‍👦', '👩🏽‍💻', '🏳️‍🌈', '\u200d', '👍🏻', '👍🏿', '🏽', '🇨🇳', '🇺🇸', '🇯', '1️⃣', '\ufe0f', '\ufe0e',
  // combining marks
  'e\u0301', '\u0301', '\u0336', '\u20dd', '字\u0307',
  // bidi and invisible marks
  '\u200f', '\u202e', '\u202d', '\u2066', '\u200b', '\ufeff', '\u00ad',
  // NUL, C0 and C1 controls
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0080', '\u0085', '\u009b', '\u009f', '\t', '\v', '\f',
  // line ends
  '\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n',
  // full-width punctuation and blanks
  '！', '？', '，', '。', '：', '；', '（', '）', '【', '】', '「', '」', '《', '》', '～', '　', '＃', '＠', '％', '￥',
  // front matter fragments
  '---', '---\n', '\n---\n', 'platform:', 'platform: weibo\n', 'platform: x\n', 'platform: xiaohongshu\n', 'platform: nope\n',
  'title:', 'title: 标题\n', 'product: cosmetics\n', ':', '"', "'",
  // control comments
  '<!-- postlint-disable ad-law -->', '<!-- postlint-enable ad-law -->', '<!-- postlint-disable -->', '<!--', '-->',
  '# postlint-disable-next-line', '# postlint-disable-next-line ad-law\n', '<!-- postlint-disable-next-line hard-sell -->',
  // flagged phrases
  '最好', '第一', '国家级', '转发集赞', '赶紧下单', '尊敬的客户', '！！！', '¥99', '扫码', '最', '好', '国家', '级',
  // ordinary text, names, topics, links
  '今天天气不错', '这款面霜', 'a', 'Z', '9', ' ', 'hello', 'AMAZING', '#话题#', '#', '@小明', '@', 'https://t.cn/A6abc',
  'https://weibo.com/u/1', 'http://', '[表情]', '[笑cry]',
];

const piece = fc.constantFrom(...PIECES);
/** Any UTF-16 code unit at all. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A draft: mostly the pieces above, with arbitrary code units mixed in. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 60 }).map((p) => p.join('')) },
  { weight: 2, arbitrary: fc.array(fc.oneof({ weight: 3, arbitrary: piece }, { weight: 1, arbitrary: anyUnit }), { maxLength: 80 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.array(piece, { maxLength: 40 }).map((p) => `---\n${p.join('')}\n---\n${p.reverse().join('')}`) },
);

/** No platform forced, or one of them. */
export const platformArb: fc.Arbitrary<PlatformId | undefined> = fc.constantFrom(undefined, ...PLATFORM_IDS);

/** A boundary at i splits a pair when text[i-1] is a high surrogate and text[i] a low one. */
export function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const prev = text.charCodeAt(i - 1);
  const here = text.charCodeAt(i);
  return prev >= 0xd800 && prev <= 0xdbff && here >= 0xdc00 && here <= 0xdfff;
}

function checkRange(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: [${start},${end}) not integers`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: [${start},${end}) outside 0..${text.length}`);
  assert.ok(!splitsPair(text, start), `${what}: start ${start} splits a surrogate pair`);
  assert.ok(!splitsPair(text, end), `${what}: end ${end} splits a surrogate pair`);
}

const describeFinding = (text: string, f: Finding) => `${f.rule} [${f.start},${f.end}) ${JSON.stringify(text.slice(f.start, f.end))}`;

/** The edits applyFixes takes (first fix of each finding, by first start, skipping invalid and overlapping ones). */
function takenEdits(text: string, findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const candidates = findings
    .filter((f) => f.fixes.length > 0)
    .map((f) => f.fixes[0]!.edits)
    .sort((a, b) => Math.min(...a.map((e) => e.start)) - Math.min(...b.map((e) => e.start)));
  const overlaps = (a: TextEdit, b: TextEdit) => (a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end);
  for (const edits of candidates) {
    if (!edits.every((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length)) continue;
    if (edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...edits);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** One robustness property: a name and the predicate fast-check runs (it throws on failure). */
export interface RobustnessProperty {
  name: string;
  property: fc.IProperty<[string, PlatformId | undefined]>;
}

const prop = (name: string, check: (text: string, platform: PlatformId | undefined) => void): RobustnessProperty => ({
  name,
  property: fc.property(hostileText, platformArb, check),
});

export const PROPERTIES: readonly RobustnessProperty[] = [
  prop('lint never throws and reports no internal error', (text, platform) => {
    const r = lint(text, { platform });
    assert.deepEqual(r.internalErrors, [], `internal errors for ${JSON.stringify(text)}`);
  }),
  prop('every finding lies inside the text on boundaries that split no surrogate pair', (text, platform) => {
    for (const f of lint(text, { platform }).findings) checkRange(text, f.start, f.end, describeFinding(text, f));
  }),
  prop('every fix edit lies inside the text on boundaries that split no surrogate pair', (text, platform) => {
    for (const f of lint(text, { platform }).findings) {
      for (const fix of f.fixes) for (const e of fix.edits) checkRange(text, e.start, e.end, `fix "${fix.title}" of ${describeFinding(text, f)}`);
    }
  }),
  prop('applying all fixes keeps every character outside the edited ranges', (text, platform) => {
    const { findings } = lint(text, { platform });
    const fixed = applyFixes(text, findings).text;
    // Reconstruct: every gap between taken edits must appear unchanged, in order, around the new texts.
    let pos = 0;
    let out = 0;
    for (const e of takenEdits(text, findings)) {
      const kept = text.slice(pos, e.start);
      assert.equal(fixed.slice(out, out + kept.length), kept, `text before [${e.start},${e.end}) changed`);
      out += kept.length;
      assert.equal(fixed.slice(out, out + e.text.length), e.text, `edit [${e.start},${e.end}) not applied as ${JSON.stringify(e.text)}`);
      out += e.text.length;
      pos = e.end;
    }
    assert.equal(fixed.slice(out), text.slice(pos), 'text after the last edit changed');
  }),
  prop('lint is deterministic', (text, platform) => {
    const a = lint(text, { platform });
    const b = lint(text, { platform });
    assert.deepEqual(b.findings, a.findings);
    assert.deepEqual(b.count, a.count);
  }),
];

// ---------------------------------------------------------------------------------------------
// Size (issue 15): drafts with 10^0 … 10^6 findings, through every output of the CLI.

/**
 * A piece of draft that gives exactly one finding of `rule` (and a fix) each time it is repeated.
 * `config` is the `.postlintrc.json` it needs, if any.
 */
export interface RepeatedFinding {
  name: string;
  piece: string;
  rule: RuleId;
  config?: Record<string, unknown>;
}

export const REPEATED_FINDINGS: readonly RepeatedFinding[] = [
  { name: 'claims between commas', piece: '最好，', rule: 'ad-law' },
  // The shape of the report in issue 15: 最好 ×200,000 with nothing between.
  { name: 'claims run together', piece: '最好', rule: 'ad-law' },
  { name: 'a team’s banned word', piece: '秒杀，', rule: 'deny', config: { deny: [{ word: '秒杀', replacement: '限时优惠' }] } },
];

/** Every way the CLI reports a draft: the four formats, `--fix` (its JSON report) and `--jsonl`. */
export const OUTPUTS = ['stylish', 'json', 'sarif', 'github', 'fix', 'jsonl'] as const;
export type Output = (typeof OUTPUTS)[number];

/**
 * A report is written in pieces of about 8 K characters as it is made, so its writes average far
 * less than this; a report built whole in memory first (a draft's part as one string) is written
 * in one or two writes of many megabytes. (One piece may still be large: the ad-density finding
 * carries the place of every selling signal of the draft.)
 */
export const MAX_AVERAGE_WRITE_BYTES = 256 * 1024;

/** A stdout that counts instead of keeping: its text is parsed only when asked to keep it. */
class CountingStream extends Writable {
  writes = 0;
  bytes = 0;
  private readonly kept: Buffer[] = [];
  constructor(private readonly keep: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.writes++;
    this.bytes += chunk.length;
    if (this.keep) this.kept.push(Buffer.from(chunk));
    callback();
  }
  get text(): string {
    return Buffer.concat(this.kept).toString('utf8');
  }
}

/** Findings of `rule` in a report, read the way its format writes them. */
function countInReport(output: Output, report: string, rule: RuleId): number {
  switch (output) {
    case 'stylish':
      return report.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line) && line.endsWith(`  ${rule}`)).length;
    case 'github':
      return report.split('\n').filter((line) => line.includes(`title=postlint ${rule}::`)).length;
    case 'json':
    case 'fix': {
      const [file] = JSON.parse(report) as Array<{ findings: Array<{ rule: string }> }>;
      return file!.findings.filter((f) => f.rule === rule).length;
    }
    case 'sarif': {
      const log = JSON.parse(report) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
      return log.runs[0]!.results.filter((r) => r.ruleId === rule).length;
    }
    case 'jsonl': {
      const lines = report.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, 'one answer line for one input line');
      return (JSON.parse(lines[0]!) as { findings: Array<{ rule: string }> }).findings.filter((f) => f.rule === rule).length;
    }
  }
}

/**
 * Runs the CLI (in this process) on `shape.piece` repeated `count` times, in one output, and
 * checks what a user would: it does not crash, reports every finding (or, with `--fix`, fixes
 * them all and reports none left), leaves the text outside the fixes as it was, and writes the
 * report in bounded pieces. `keep: false` skips reading the report back (for the biggest drafts,
 * where parsing it in the test would cost more than the run).
 */
export async function checkManyFindings(shape: RepeatedFinding, count: number, output: Output, keep = true): Promise<void> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-size-')));
  try {
    if (shape.config) fs.writeFileSync(path.join(dir, '.postlintrc.json'), JSON.stringify(shape.config));
    // Claims are errors in a draft that sells (issue 11): the draft names its product.
    const text = `---\nproduct: goods\n---\n${shape.piece.repeat(count)}`;
    const file = path.join(dir, 'draft.weibo');
    fs.writeFileSync(file, text);
    const stdout = new CountingStream(keep || output === 'fix');
    const stderr = new CountingStream(true);
    const stdin = Readable.from(output === 'jsonl' ? [Buffer.from(`${JSON.stringify({ text: shape.piece.repeat(count), platform: 'weibo', product: 'goods' })}\n`)] : []);
    const argv =
      output === 'jsonl' ? ['lint', '--jsonl'] : output === 'fix' ? ['lint', '--fix', '--format', 'json', file] : ['lint', '--format', output, file];
    const code = await main(argv, { stdin, stdout, stderr, env: { LANG: 'en_US.UTF-8' }, cwd: dir });
    const what = `${output} of ${shape.name} ×${count}`;
    assert.equal(stderr.text, '', `${what}: stderr`);
    assert.ok(stdout.bytes <= MAX_AVERAGE_WRITE_BYTES * stdout.writes, `${what}: ${stdout.bytes} bytes in ${stdout.writes} writes`);
    if (output === 'fix') {
      const fixed = fs.readFileSync(file, 'utf8');
      const left = lint(fixed, { fileName: file, config: shape.config ? parseConfig(JSON.stringify(shape.config), 'c').config : undefined });
      assert.equal(left.findings.filter((f) => f.rule === shape.rule).length, 0, `${what}: findings left after --fix`);
      const [report] = JSON.parse(stdout.text) as Array<{ fixesApplied?: number }>;
      assert.ok((report!.fixesApplied ?? 0) >= count, `${what}: ${report!.fixesApplied} fixes applied`);
      assert.equal(code, left.findings.some((f) => f.severity === 'error') ? 1 : 0, `${what}: exit code`);
      return;
    }
    assert.ok(code === 0 || code === 1, `${what}: exit code ${code}`);
    if (keep) assert.equal(countInReport(output, stdout.text, shape.rule), count, `${what}: findings in the report`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The size property: any shape, any output, 10^0 … 10^maxExponent findings. */
export function manyFindingsProperty(maxExponent: number): fc.IAsyncProperty<[RepeatedFinding, Output, number]> {
  return fc.asyncProperty(
    fc.constantFrom(...REPEATED_FINDINGS),
    fc.constantFrom(...OUTPUTS),
    fc.integer({ min: 0, max: maxExponent }),
    (shape, output, exponent) => checkManyFindings(shape, 10 ** exponent, output, exponent <= 5),
  );
}
