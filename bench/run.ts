/**
 * `npm run bench`: how fast Postlint is, as figures (never asserted in `npm test`: these
 * machines are noisy). Every figure is a median of several runs.
 *
 *   core throughput (all rules on), one 2,000-character draft (median, p95), growth with size,
 *   peak memory, and whole-process `postlint lint` against textlint + textlint-rule-prh on the
 *   same files, with the ratio.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import type * as Core from '../src/core';
import { buildCorpus, draftOfLength, type BenchDraft } from './corpus';

const ROOT = join(__dirname, '..');

/**
 * The core as it ships: bundled by esbuild like dist/extension.js and dist/cli.js, not through
 * tsx's on-the-fly transform (whose keep-names helper alone would dominate the profile).
 */
function loadBundledCore(): typeof Core {
  const outfile = join(tmpdir(), `postlint-bench-core-${process.pid}.js`);
  buildSync({ entryPoints: [join(ROOT, 'src', 'core', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error' });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(outfile) as typeof Core;
  } finally {
    rmSync(outfile, { force: true });
  }
}

const { lint, ALL_RULES } = loadBundledCore();
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

function lintAll(drafts: readonly BenchDraft[]): number {
  let findings = 0;
  for (const d of drafts) findings += lint(d.text, { fileName: d.name }).findings.length;
  return findings;
}

function coreThroughput(drafts: readonly BenchDraft[], bytes: number): void {
  lintAll(drafts); // warm-up: JIT and the compiled word-list automaton
  const times: number[] = [];
  let findings = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    findings = lintAll(drafts);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  console.log(`core lint, ${drafts.length} drafts, ${fmt(bytes / 1048576)} MB, all ${ALL_RULES.length} rules: ${fmt(ms, 1)} ms median of ${RUNS} → ${fmt(bytes / 1048576 / (ms / 1000), 1)} MB/s (${findings} findings)`);
}

function singleDraft(drafts: readonly BenchDraft[]): void {
  const text = draftOfLength(drafts, 2000);
  for (let i = 0; i < 200; i++) lint(text, { fileName: 'one.weibo' });
  const times: number[] = [];
  const n = quick ? 500 : 3000;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    lint(text, { fileName: 'one.weibo' });
    times.push(performance.now() - t0);
  }
  console.log(`one 2,000-character draft (${n} runs): median ${fmt(median(times), 3)} ms, p95 ${fmt(percentile(times, 95), 3)} ms`);
}

function growth(drafts: readonly BenchDraft[]): void {
  const sizes = quick ? [10e3, 100e3, 1e6] : [10e3, 100e3, 1e6, 10e6];
  const base = drafts.map((d) => d.text).join('\n\n');
  const rows: string[] = [];
  for (const size of sizes) {
    let text = base;
    while (text.length < size) text += '\n\n' + base;
    text = text.slice(0, size);
    lint(text, { fileName: 'big.weibo' });
    const times: number[] = [];
    for (let r = 0; r < (size >= 10e6 ? 3 : RUNS); r++) {
      const t0 = performance.now();
      lint(text, { fileName: 'big.weibo' });
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    rows.push(`${String(size / 1000).padStart(6)} K chars: ${fmt(ms, 2).padStart(9)} ms  (${fmt((ms / size) * 1e6, 1)} ms per M chars)`);
  }
  console.log('one document of growing size (should grow linearly):');
  for (const r of rows) console.log('  ' + r);
}

interface ProcessRun {
  ms: number;
  maxRssMb: number | null;
  status: number | null;
}

/** Runs a whole process, timing it and (with GNU time) reading its peak resident memory. */
function runProcess(cmd: string, args: string[], cwd: string): ProcessRun {
  const gnuTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const rss = /MAXRSS (\d+)/.exec(r.stderr ?? '');
  return { ms, maxRssMb: rss ? Number(rss[1]) / 1024 : null, status: r.status };
}

function wholeProcess(drafts: readonly BenchDraft[]): void {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    console.log('whole-process comparison skipped: dist/cli.js missing (run `npm run build`)');
    return;
  }
  const dir = join(tmpdir(), `postlint-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    // textlint reads .txt and .md; Postlint reads any file it is given by name. Same bytes for both.
    const files = drafts.map((d, i) => {
      const file = `${String(i).padStart(5, '0')}.txt`;
      writeFileSync(join(dir, file), d.text);
      return file;
    });
    writeFileSync(join(dir, 'prh.yml'), prhDictionary());
    writeFileSync(join(dir, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(dir, 'prh.yml')] } } }));
    const textlintBin = join(ROOT, 'node_modules', 'textlint', 'bin', 'textlint.js');

    const post: ProcessRun[] = [];
    const tl: ProcessRun[] = [];
    const runs = quick ? 2 : 5;
    for (let r = 0; r < runs; r++) {
      post.push(runProcess(process.execPath, [cli, 'lint', '--format', 'json', ...files], dir));
      tl.push(runProcess(process.execPath, [textlintBin, '--format', 'json', '--config', join(dir, '.textlintrc.json'), ...files], dir));
    }
    const startup = runProcess(process.execPath, [cli, '--version'], dir);
    const pMs = median(post.map((p) => p.ms));
    const tMs = median(tl.map((p) => p.ms));
    const rss = (xs: ProcessRun[]) => (xs[0]!.maxRssMb === null ? 'n/a' : `${fmt(Math.max(...xs.map((x) => x.maxRssMb!)), 0)} MB`);
    console.log(`whole process on the same ${files.length} files (median of ${runs}):`);
    console.log(`  postlint lint --format json: ${fmt(pMs, 0)} ms, peak RSS ${rss(post)} (exit ${post[0]!.status}; start-up alone ${fmt(startup.ms, 0)} ms)`);
    console.log(`  textlint + prh (${prhRuleCount} words):  ${fmt(tMs, 0)} ms, peak RSS ${rss(tl)} (exit ${tl[0]!.status})`);
    console.log(`  ratio: postlint is ${fmt(tMs / pMs, 1)}× faster`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let prhRuleCount = 0;

/** A prh dictionary from our own `ad-law` word list: the same words textlint has to find. */
function prhDictionary(): string {
  const adLaw = ALL_RULES.find((r) => r.id === 'ad-law')!;
  const lines = ['version: 1', 'rules:'];
  const seen = new Set<string>();
  for (const list of adLaw.lists ?? []) {
    for (const e of list.entries) {
      if (e.exempt || seen.has(e.word)) continue;
      seen.add(e.word);
      lines.push(`  - expected: ${JSON.stringify(e.replacements?.[0] ?? '〇')}`, `    pattern: ${JSON.stringify(e.word)}`);
    }
  }
  prhRuleCount = seen.size;
  return lines.join('\n') + '\n';
}

function main(): void {
  const { drafts, origin } = buildCorpus();
  const bytes = drafts.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  console.log(`Postlint bench — ${new Date().toISOString()}, node ${process.version}, corpus: ${origin}`);
  coreThroughput(drafts, bytes);
  singleDraft(drafts);
  growth(drafts);
  const mem = process.memoryUsage();
  console.log(`bench process memory after the in-process runs: RSS ${fmt(mem.rss / 1048576, 0)} MB, heap ${fmt(mem.heapUsed / 1048576, 0)} MB`);
  wholeProcess(drafts);
  const bundle = join(ROOT, 'dist', 'extension.js');
  if (existsSync(bundle)) console.log(`bundled extension dist/extension.js: ${fmt(statSync(bundle).size / 1024, 0)} KB`);
}

main();
