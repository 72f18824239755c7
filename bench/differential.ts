/**
 * Differential check for work that must not change behaviour (speed-ups, refactors): lints the
 * same inputs with the core of a git revision and with the working tree, and compares the whole
 * JSON of every result (findings with messages, fixes and data, counts, tone, ad density).
 *
 *   npx tsx bench/differential.ts [--against <rev>] [--quick] [--files <path,path,…>] [--dump <file.json>]
 *
 * `--against` defaults to HEAD, so it checks the uncommitted changes. `--files` compares only
 * those files' working-tree versions (the rest as in the revision): in a shared checkout, other
 * people's uncommitted changes then do not show up as differences of yours. Inputs: the bench corpus
 * (real drafts from ../shared/data when present, generated ones otherwise), drafts spliced from
 * it with links, topics, mentions, emoji, prices, directives, front matter and claim words
 * mixed in (fixed seed), and long documents on every platform; each under five configurations
 * (defaults, a custom config with allow/deny/options, English, rules switched off, X). Exit 1 on
 * any difference, with the first few shown.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import type * as Core from '../src/core';
import { buildCorpus, type BenchDraft } from './corpus';

const ROOT = join(__dirname, '..');
const argv = process.argv.slice(2);
const against = argv.includes('--against') ? argv[argv.indexOf('--against') + 1]! : 'HEAD';
const quick = argv.includes('--quick');
/** `--dump <file>`: every input that differs, as JSON, to replay. */
const dump = argv.includes('--dump') ? argv[argv.indexOf('--dump') + 1]! : null;
const onlyFiles = argv.includes('--files') ? argv[argv.indexOf('--files') + 1]!.split(',').filter(Boolean) : null;
// Inside the repository, so the old sources resolve the same node_modules.
const SCRATCH = join(ROOT, '.tmp', `differential-${process.pid}`);

function bundle(entry: string, outfile: string): typeof Core {
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as typeof Core;
}

interface Setup {
  name: string;
  config: Core.ResolvedConfig | undefined;
  locale: Core.Locale;
  platform?: Core.PlatformId;
}

function setups(core: typeof Core): Setup[] {
  const custom = {
    allow: ['最好', 'SALE', '转发', '限时', '卫健委'],
    deny: [{ word: '竞品', replacement: '友商' }, { word: '内部', message: '别写内部' }, { word: '哈哈' }],
    rules: {
      'ad-law': { options: { words: ['顶呱呱', '第一'] } },
      'hard-sell': { options: { words: ['快买', '下单'] } },
      'false-urgency': { options: { words: ['最后一天'] } },
      officialese: { options: { words: ['兹'] } },
      'emoji-overload': { options: { max: 1 } },
      'topic-overload': { options: { max: 1 } },
      'mention-overload': { options: { max: 1 } },
      length: { options: { limit: 100 } },
      fold: { options: { foldAt: 50 } },
      shouting: { options: { caps: true, maxRun: 1, maxBrackets: 1 } },
      'ad-density': { severity: 'error', options: { threshold: 2 } },
      'medical-claim': 'error',
    },
  };
  const config = (json: unknown) => core.parseConfig(JSON.stringify(json), '/drafts/.postlintrc.json').config;
  return [
    { name: 'defaults', config: undefined, locale: 'zh' },
    { name: 'custom', config: config(custom), locale: 'zh' },
    { name: 'english', config: undefined, locale: 'en' },
    { name: 'some rules off', config: config({ rules: { 'medical-claim': 'off', 'ad-density': 'off', officialese: 'off' } }), locale: 'zh' },
    { name: 'custom, X, English', config: config({ ...custom, platform: 'x' }), locale: 'en', platform: 'x' },
  ];
}

const SNIPPETS = [
  '😍', '👍🏻', '1️⃣', '🇨🇳', '©', '☀️', '[哈哈]', '[doge]', '#话题#', '#标签', '#a[话题]#', '@小红', '//@甲:', '回复@乙:',
  'https://t.cn/abc', 'http://weibo.com/x?y=1', 'www.shop.cn/a', '！！！', '???', 'BUY NOW', 'SALE', '【限时】【包邮】【正品】',
  '“本公司保留”', '\n', '\r\n', '---\ntitle: 最好的\nplatform: xhs\n---\n', '<!-- postlint-disable ad-law -->',
  '<!-- postlint-enable -->', '# postlint-disable-next-line\n', '价格：199元', '原价 298', '满199减50', '8.8折', '电话：13812345678',
  '微信号：shop2024', '扫码', '退订回T', '最好', '第一', '国家级', '最', '全网最低价', '治疗', '根治', '转发集赞', '仅此一次', '赶紧下单',
  '特此通知', '尊敬的客户', '你们', '我们', '？', '\u3000', ' ', 'ＮＯ．１', 'NO.1', 'TOP1', '\u200d', '\ufe0f', '\ud83d', '元宵',
  '国家卫健委推荐', '国家特供', '《最强大脑》', '第一次', '最好用', '顶级万能', '最好治愈',
];

function inputs(drafts: readonly BenchDraft[]): BenchDraft[] {
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const spliced = () => {
    let t = '';
    for (let i = 1 + rnd(40); i > 0; i--) {
      if (rnd(3) === 0) t += SNIPPETS[rnd(SNIPPETS.length)];
      else {
        const d = drafts[rnd(drafts.length)]!.text;
        const a = rnd(d.length + 1);
        t += d.slice(a, a + rnd(60));
      }
    }
    return t;
  };
  const names = ['a.weibo', 'a.moments', 'a.xhs', 'a.post', 'a.txt'];
  const out = [...drafts];
  for (let i = 0; i < (quick ? 3000 : 20000); i++) out.push({ name: names[rnd(names.length)]!, text: spliced() });
  const long = drafts.map((d) => d.text).join('\n\n');
  for (const size of quick ? [5000, 60000] : [2000, 5000, 20000, 60000, 200000]) {
    for (const name of ['big.weibo', 'big.moments', 'big.xhs', 'big.post']) out.push({ name, text: long.slice(rnd(1000), size) });
  }
  return out;
}

function main(): void {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  try {
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(against)} src package.json | tar -x -C ${JSON.stringify(SCRATCH)}`], { cwd: ROOT });
    const before = bundle(join(SCRATCH, 'src', 'core', 'index.ts'), join(SCRATCH, 'before.js'));
    let afterRoot = ROOT;
    if (onlyFiles) {
      // The revision's tree with just these files taken from the working tree.
      afterRoot = join(SCRATCH, 'after');
      mkdirSync(afterRoot, { recursive: true });
      execFileSync('sh', ['-c', `git archive ${JSON.stringify(against)} src package.json | tar -x -C ${JSON.stringify(afterRoot)}`], { cwd: ROOT });
      for (const file of onlyFiles) {
        mkdirSync(dirname(join(afterRoot, file)), { recursive: true });
        copyFileSync(join(ROOT, file), join(afterRoot, file));
      }
    }
    const after = bundle(join(afterRoot, 'src', 'core', 'index.ts'), join(SCRATCH, 'after.js'));
    const { drafts, origin } = buildCorpus();
    const cases = inputs(drafts);
    const beforeSetups = setups(before);
    const afterSetups = setups(after);
    console.log(`differential: ${against} against the working tree${onlyFiles ? ` (only ${onlyFiles.join(', ')})` : ''}; ${cases.length} inputs (corpus: ${origin}) × ${beforeSetups.length} configurations`);
    let compared = 0;
    let differences = 0;
    const bySetup = new Map<string, number>();
    const dumped: Array<{ setup: string; name: string; text: string }> = [];
    const t0 = Date.now();
    for (let s = 0; s < beforeSetups.length; s++) {
      for (const input of cases) {
        const run = (core: typeof Core, setup: Setup): string => {
          try {
            return JSON.stringify(core.lint(input.text, { fileName: input.name, config: setup.config, locale: setup.locale, platform: setup.platform }));
          } catch (error) {
            return `threw ${String(error)}`;
          }
        };
        const a = run(before, beforeSetups[s]!);
        const b = run(after, afterSetups[s]!);
        compared++;
        if (a === b) continue;
        bySetup.set(beforeSetups[s]!.name, (bySetup.get(beforeSetups[s]!.name) ?? 0) + 1);
        if (dump) dumped.push({ setup: beforeSetups[s]!.name, name: input.name, text: input.text });
        if (++differences <= 5) {
          let i = 0;
          while (i < a.length && a[i] === b[i]) i++;
          console.log(`DIFFERENT (${beforeSetups[s]!.name}, ${input.name}, ${input.text.length} chars): ${JSON.stringify(input.text.slice(0, 200))}`);
          console.log(`  before: …${a.slice(Math.max(0, i - 150), i + 250)}`);
          console.log(`  after:  …${b.slice(Math.max(0, i - 150), i + 250)}`);
        }
      }
    }
    if (dump) writeFileSync(dump, JSON.stringify(dumped, null, 1));
    if (bySetup.size) console.log(`differences by configuration: ${[...bySetup].map(([name, n]) => `${name} ${n}`).join(', ')}`);
    console.log(`${compared} results compared in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${differences ? `${differences} DIFFERENT` : 'all identical'}`);
    process.exitCode = differences ? 1 : 0;
  } finally {
    rmSync(SCRATCH, { recursive: true, force: true });
  }
}

main();
