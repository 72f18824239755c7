/**
 * Looks for drafts whose lint time grows faster than their length: `npx tsx bench/shapes.ts
 * [--seed N] [--shapes N]`. Each shape is a short piece repeated (after a line with an
 * officialese phrase and two claims, so the rules that need a first match run), with one piece
 * at the end; it is linted at 4,000 and 16,000 repetitions, and a shape whose time grew more
 * than 8× (4× is linear) is measured again at 32,000 and 128,000 to rule out the JIT warming up;
 * one that takes seconds at 16,000 is not measured further. What grows too fast is printed, and
 * the exit code is 1 when anything does.
 *
 * It found the two quadratic shapes fixed in issue 5's third round: lines each opening a “
 * closed once at the end (officialese), and claims with no sentence mark between them (ad-law).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import type * as Core from '../src/core';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const seed = option('--seed', 7);
const count = option('--shapes', 300);

const PIECES = [
  '“', '”', '「', '」', '"', '《', '》', '【', '】', '#', '@', '[', ']', '\n', '！', '!', '？', '?', 'http://a.cn/',
  '最好', '第一', '国家', '转发', '仅剩', '特此通知', '你', '我们', '😀', '\u200d', '[哈哈]', '#话题', '@某人 ', '0', '1', '元',
  '折', '减', 'A', 'B', '、', '，', '。', ' ', '\u3000', '---\n', '<!-- postlint-disable -->', '//@甲:', '微信', '电话',
  '13800138000',
];

function random(state: number): () => number {
  return () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}

const out = join(tmpdir(), `postlint-shapes-${process.pid}.js`);
buildSync({ entryPoints: [join(__dirname, '..', 'src', 'core', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, outfile: out, logLevel: 'error' });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lint } = require(out) as typeof Core;
rmSync(out, { force: true });

const time = (text: string) => {
  const t0 = performance.now();
  lint(text, { fileName: 'shape.weibo' });
  return performance.now() - t0;
};

const pick = random(seed);
const piece = () => PIECES[Math.floor(pick() * PIECES.length)]!;
const shapes: Array<{ name: string; make: (n: number) => string }> = PIECES.map((p) => ({ name: JSON.stringify(p), make: (n: number) => p.repeat(n) }));
for (let k = 0; k < count; k++) {
  const unit = piece() + piece() + (k % 3 === 0 ? '\n' : '');
  const last = piece();
  shapes.push({ name: `${JSON.stringify(unit)} … ${JSON.stringify(last)}`, make: (n) => `特此通知最好第一\n${unit.repeat(n)}${last}` });
}

/** Past this a shape is not measured at a larger size: it already grows too fast. */
const SLOW_MS = 2000;

time('预热');
const grows: string[] = [];
const t0 = performance.now();
for (const { name, make } of shapes) {
  const small = make(4000);
  time(small);
  const a = Math.min(time(small), time(small));
  const b = time(make(16_000));
  // A linear lint of 16,000 short pieces takes milliseconds: seconds are enough to tell.
  if (b > SLOW_MS) {
    grows.push(`${name}: ${a.toFixed(0)} ms at 4,000, ${b.toFixed(0)} ms at 16,000`);
    continue;
  }
  if (b < 40 || b / Math.max(a, 1) <= 8) continue;
  // Confirm well past the JIT's warm-up.
  time(make(32_000));
  const c = Math.min(time(make(32_000)), time(make(32_000)));
  const d = c > SLOW_MS ? Infinity : time(make(128_000));
  if (d / c > 8) grows.push(`${name}: ${c.toFixed(0)} ms at 32,000, ${d === Infinity ? 'not tried' : `${d.toFixed(0)} ms`} at 128,000`);
}
console.log(`shapes: ${shapes.length} shapes (seed ${seed}) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
console.log(grows.length ? `grow faster than their length:\n  ${grows.join('\n  ')}` : 'none grows faster than its length');
process.exitCode = grows.length ? 1 : 0;
