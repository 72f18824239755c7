import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parseArgs, UsageError } from '../../src/cli/args';
import { decodeDraft } from '../../src/cli/inputs';
import { Output } from '../../src/cli/io';
import { countJson, draftDocument, NO_RULES, runJsonl } from '../../src/cli/jsonl';
import { detectLocale, messagesFor } from '../../src/cli/messages';
import { lintWithFixes, main, VERSION } from '../../src/cli/program';
import { parseConfig } from '../../src/core/config';
import { DRAFT_FILE_ENDINGS } from '../../src/core/draft';
import { lint } from '../../src/core/engine';
import { PLATFORM_IDS, platformProfile } from '../../src/core/platforms';
import { Capture, run, tempTree, TEST_RULES } from './cli-helpers';

// With TEST_RULES (cli-helpers.ts): 最好 is an error with a fix to 很好, 快来买 a warning.
const AD = '这是最好的产品';
const PUSHY = '快来买吧';
const ESC = '\u001b';
const CLEAN = '今天天气不错，出门走走。';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

describe('cli: arguments', () => {
  const m = () => messagesFor('en');
  it('parses lint options in any order, with = or a separate value', () => {
    const a = parseArgs(['lint', 'a.post', '--format=json', '-p', '微博', 'dir', '--max-warnings', '3', '--config', 'c.json'], m);
    assert.deepEqual([a.command, a.paths, a.format, a.platform, a.maxWarnings, a.config], ['lint', ['a.post', 'dir'], 'json', 'weibo', 3, 'c.json']);
  });
  it('treats everything after -- as paths', () => {
    assert.deepEqual(parseArgs(['lint', '--', '--fix'], m).paths, ['--fix']);
  });
  it('reads stdin for count without a file, and for a lone -', () => {
    assert.equal(parseArgs(['count'], m).stdin, true);
    assert.equal(parseArgs(['lint', '-'], m).stdin, true);
  });
  it('refuses what does not make sense, saying why', () => {
    const cases: Array<[string[], RegExp]> = [
      [['lnt'], /unknown command "lnt"/],
      [['lint', '--fomat', 'json'], /unknown option --fomat \(did you mean --format\?\)/],
      [['lint', '--format', 'xml'], /unknown format "xml"/],
      [['lint', '--platform', 'myspace'], /unknown platform "myspace"/],
      [['lint', '--max-warnings', '-1'], /--max-warnings needs a whole number/],
      [['lint', '--format'], /--format needs a value/],
      [['count', '--fix'], /--fix is not an option of count/],
      [['lint', '--json'], /--json is not an option of lint/],
      [['lint', '--stdin', 'a.post'], /--stdin cannot be used with a\.post/],
      [['lint', '--stdin-filename', 'a.post'], /--stdin-filename only works with --stdin/],
      [['lint', '--jsonl', '--fix'], /--jsonl cannot be used with --fix/],
      [['count', 'a', 'b'], /one file at a time/],
      [['lint', '--locale', 'fr'], /unknown locale "fr"/],
    ];
    for (const [argv, message] of cases) assert.throws(() => parseArgs(argv, m), (e: unknown) => e instanceof UsageError && message.test(e.message), argv.join(' '));
  });
  it('words errors in the --locale language', () => {
    assert.throws(() => parseArgs(['lint', '--locale', 'zh', '--format', 'xml'], () => messagesFor('zh')), /未知格式“xml”/);
  });
});

describe('cli: locale', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG; Chinese unless another language is set', () => {
    assert.equal(detectLocale({}), 'zh');
    assert.equal(detectLocale({ LANG: 'C.UTF-8' }), 'zh');
    assert.equal(detectLocale({ LANG: 'zh_CN.UTF-8' }), 'zh');
    assert.equal(detectLocale({ LANG: 'en_US.UTF-8' }), 'en');
    assert.equal(detectLocale({ LANG: 'zh_TW.UTF-8', LC_ALL: 'en_GB.UTF-8' }), 'en');
    assert.equal(detectLocale({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }), 'zh');
    assert.equal(detectLocale({ LANG: 'de_DE.UTF-8', LC_ALL: '' }), 'en');
  });
  it('prints stylish in Chinese under a Chinese locale and in English with --locale en', async () => {
    const t = tempTree({ 'a.weibo': AD });
    try {
      const zh = await run(['lint', 'a.weibo'], { cwd: t.dir, env: { LANG: 'zh_CN.UTF-8' } });
      assert.ok(zh.stdout.includes('\n  1:3  错误  不要用“最好”  ad-law\n'), zh.stdout);
      assert.match(zh.stdout, /✖ 1 个问题（1 个错误，0 个警告）/);
      const en = await run(['lint', 'a.weibo', '--locale', 'en'], { cwd: t.dir, env: { LANG: 'zh_CN.UTF-8' } });
      assert.ok(en.stdout.includes('\n  1:3  error  do not write “最好”  ad-law\n'), en.stdout);
      assert.match(en.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
    } finally {
      t.cleanup();
    }
  });
});

describe('cli: lint files and folders', () => {
  let t: ReturnType<typeof tempTree>;
  beforeEach(() => {
    t = tempTree({
      'drafts/a.weibo': AD,
      'drafts/b.post': CLEAN,
      'drafts/notes.md': AD,
      'drafts/logo.png': PNG,
      'drafts/sub/c.moments': CLEAN,
      'node_modules/pkg/x.post': AD,
      '.git/y.post': AD,
      'empty/readme.txt': 'hi',
    });
  });
  afterEach(() => t.cleanup());

  const filesOf = (stdout: string) => (JSON.parse(stdout) as Array<{ filePath: string }>).map((f) => path.relative(t.dir, f.filePath));

  it('walks a folder for drafts only, skipping node_modules and dot folders, and says what it skipped', async () => {
    const r = await run(['lint', '--format', 'json'], { cwd: t.dir });
    assert.deepEqual(filesOf(r.stdout), ['drafts/a.weibo', 'drafts/b.post', 'drafts/sub/c.moments']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /warning: \.: skipped 3 files that are not drafts \(\.md ×1, \.png ×1, \.txt ×1\)/);
  });

  it('lints .md and .txt only when named, and exits 1 on errors', async () => {
    const r = await run(['lint', '--format', 'json', 'drafts/notes.md', 'drafts/b.post'], { cwd: t.dir });
    assert.deepEqual(filesOf(r.stdout), ['drafts/notes.md', 'drafts/b.post']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
  });

  it('gives exit 0 and no output for clean drafts', async () => {
    const r = await run(['lint', 'drafts/b.post', 'drafts/sub'], { cwd: t.dir });
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
  });

  it('names each draft relative to the working folder however it was given, and reads drafts of any size whole', async () => {
    const big = `${'今天天气不错。'.repeat(20_000)}${AD}`; // 140,000+ characters: more than the reader's first buffer
    fs.writeFileSync(path.join(t.dir, 'drafts', 'big.post'), big);
    const sub = path.join(t.dir, 'drafts', 'sub');
    const json = await run(['lint', '--format', 'json', '../b.post', 'c.moments', '../big.post', path.join(t.dir, 'drafts', 'a.weibo')], { cwd: sub });
    const files = JSON.parse(json.stdout) as Array<{ filePath: string; findings: Array<{ rule: string; start: number }> }>;
    assert.deepEqual(
      files.map((f) => f.filePath),
      ['b.post', 'sub/c.moments', 'big.post', 'a.weibo'].map((f) => path.join(t.dir, 'drafts', f)),
    );
    assert.deepEqual(files[2]!.findings.map((f) => [f.rule, f.start]), [['ad-law', big.indexOf('最好')]]);

    const headers = async (cwd: string, ...given: string[]) =>
      (await run(['lint', ...given], { cwd })).stdout.split('\n').filter((line) => /^\S+\.(post|weibo)\b/.test(line)).map((line) => line.split(/\s/)[0]);
    assert.deepEqual(await headers(t.dir, './drafts/sub/../big.post', 'drafts//a.weibo'), ['drafts/big.post', 'drafts/a.weibo']);
    assert.deepEqual(await headers(sub, '../big.post', path.join(t.dir, 'drafts', 'a.weibo')), ['../big.post', '../a.weibo']);
  });

  it('reports a missing file, lints the rest, and exits 2', async () => {
    const r = await run(['lint', '--format', 'json', 'nope.post', 'drafts/b.post'], { cwd: t.dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^postlint: error: nope\.post not found$/m);
    assert.deepEqual(filesOf(r.stdout), ['drafts/b.post']);
  });

  it('reads a named pipe to its end, though it arrives in pieces', async function () {
    if (process.platform === 'win32') {
      // Windows has no mkfifo (its named pipes live in \\.\pipe\, not in a folder of drafts).
      console.log('      (skipped: named pipes in the file system are POSIX only; this is Windows)');
      this.skip();
    }
    const fifo = path.join(t.dir, 'piped.post');
    execFileSync('mkfifo', [fifo]);
    // The claim comes after a pause: a reader that took the first short read for the end would miss it.
    const writer = spawn('sh', ['-c', `exec 3>"${fifo}"; printf '今天天气不错。' >&3; sleep 0.3; printf '${AD}' >&3`]);
    const r = await run(['lint', '--format', 'json', 'piped.post'], { cwd: t.dir });
    await new Promise((resolve) => writer.on('close', resolve));
    const [file] = JSON.parse(r.stdout) as Array<{ findings: Array<{ rule: string; start: number }> }>;
    assert.deepEqual(file!.findings.map((f) => [f.rule, f.start]), [['ad-law', '今天天气不错。'.length + AD.indexOf('最好')]]);
  });

  it('says a folder has no drafts (exit 2)', async () => {
    const r = await run(['lint', 'empty'], { cwd: t.dir });
    assert.equal(r.code, 2);
    assert.ok(r.stderr.includes(`no drafts in empty (${DRAFT_FILE_ENDINGS.join(' ')}; name .md and .txt files one by one)`), r.stderr);
    assert.ok(DRAFT_FILE_ENDINGS.includes('.weibo'));
  });

  it('skips a named file that is not a draft with a warning, and says when nothing is left', async () => {
    const r = await run(['lint', 'drafts/logo.png'], { cwd: t.dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /warning: skipped drafts\/logo\.png: not a draft/);
    assert.match(r.stderr, /error: nothing to lint/);
  });

  it('matches the core exactly with the real rules (the CLI adds positions, nothing else)', async () => {
    const text = `---\nplatform: moments\n---\n${AD}！！！赶紧下单，仅此一次\n${CLEAN}`;
    fs.writeFileSync(path.join(t.dir, 'drafts/real.post'), text);
    const r = await run(['lint', '--format', 'json', 'drafts/real.post'], { cwd: t.dir, realRules: true });
    const [file] = JSON.parse(r.stdout) as Array<{ findings: Array<Record<string, unknown>>; count: unknown; tone: unknown }>;
    const core = lint(text, { fileName: path.join(t.dir, 'drafts/real.post'), locale: 'en' });
    assert.deepEqual(
      file!.findings.map(({ line: _l, column: _c, endLine: _el, endColumn: _ec, ...rest }) => rest),
      JSON.parse(JSON.stringify(core.findings)),
    );
    assert.deepEqual(file!.count, JSON.parse(JSON.stringify(core.count)));
    assert.deepEqual(file!.tone, JSON.parse(JSON.stringify(core.tone)));
    assert.equal(r.code, core.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });
});

describe('cli: input that is not UTF-8 text', () => {
  it('refuses binary, UTF-16 and GBK files with a reason, and exits 2', async () => {
    const gbk = Buffer.from([0xd7, 0xee, 0xba, 0xc3]); // 最好 in GBK
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AD, 'utf16le')]);
    const t = tempTree({ 'bin.post': Buffer.concat([Buffer.from('abc'), Buffer.from([0, 1, 2])]), 'gbk.post': gbk, 'u16.post': utf16, 'ok.post': CLEAN });
    try {
      const r = await run(['lint', '.'], { cwd: t.dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /skipped bin\.post: looks binary \(NUL bytes\)/);
      assert.match(r.stderr, /skipped gbk\.post: not valid UTF-8 \(GBK\/GB18030\? save it as UTF-8\)/);
      assert.match(r.stderr, /skipped u16\.post: the file is UTF-16; save it as UTF-8/);
      const stdin = await run(['lint', '--stdin'], { cwd: t.dir, stdin: Buffer.from([0x61, 0, 0x62]) });
      assert.equal(stdin.code, 2);
      assert.match(stdin.stderr, /skipped <stdin>: looks binary/);
    } finally {
      t.cleanup();
    }
  });
  it('drops a UTF-8 BOM so columns match the editor', () => {
    assert.deepEqual(decodeDraft(Buffer.from('\uFEFF你好', 'utf8')), { ok: true, text: '你好', bom: true });
    assert.deepEqual(decodeDraft(Buffer.from('你好', 'utf8')), { ok: true, text: '你好', bom: false });
  });
});

describe('cli: --stdin', () => {
  it('takes the platform and the config from --stdin-filename', async () => {
    const t = tempTree({ 'team/.postlintrc.json': '{"allow":["最好"]}' });
    try {
      const r = await run(['lint', '--stdin', '--stdin-filename', 'team/post.moments', '--format', 'json'], { cwd: t.dir, stdin: AD });
      const [file] = JSON.parse(r.stdout) as Array<{ filePath: string; platform: string; findings: Array<{ rule: string }> }>;
      assert.equal(file!.platform, 'moments');
      assert.equal(file!.filePath, path.join(t.dir, 'team/post.moments'));
      assert.deepEqual(file!.findings, [], 'allow list of team/.postlintrc.json applies');
      assert.equal(r.code, 0);
      const outside = await run(['lint', '--stdin', '--format', 'json'], { cwd: t.dir, stdin: AD });
      const [other] = JSON.parse(outside.stdout) as Array<{ filePath: string; findings: Array<{ rule: string; start: number; end: number }> }>;
      assert.equal(other!.filePath, '<stdin>');
      assert.deepEqual(other!.findings.map((f) => [f.rule, f.start, f.end]), [['ad-law', 2, 4]]);
      assert.equal(outside.code, 1);
    } finally {
      t.cleanup();
    }
  });
  it('--platform beats front matter', async () => {
    const r = await run(['lint', '--stdin', '--platform', 'x', '--format', 'json'], { cwd: process.cwd(), stdin: '---\nplatform: weibo\n---\n你好' });
    assert.equal((JSON.parse(r.stdout) as Array<{ platform: string }>)[0]!.platform, 'x');
  });
});

describe('cli: --fix', () => {
  it('rewrites files in place, keeping a BOM and line endings, and reports what is left', async () => {
    const t = tempTree({ 'a.weibo': `\uFEFF第一行\r\n${AD}，${PUSHY}\r\n`, 'b.post': CLEAN });
    try {
      const r = await run(['lint', '--fix', '--format', 'json', '.'], { cwd: t.dir });
      assert.equal(fs.readFileSync(path.join(t.dir, 'a.weibo'), 'utf8'), `\uFEFF第一行\r\n这是很好的产品，${PUSHY}\r\n`);
      assert.equal(fs.readFileSync(path.join(t.dir, 'b.post'), 'utf8'), CLEAN);
      const [a, b] = JSON.parse(r.stdout) as Array<{ fixesApplied?: number; findings: Array<{ rule: string; line: number; column: number }> }>;
      assert.equal(a!.fixesApplied, 1);
      assert.deepEqual(a!.findings.map((f) => [f.rule, f.line, f.column]), [['hard-sell', 2, 9]]);
      assert.equal(b!.fixesApplied, undefined);
      assert.equal(r.code, 0, 'only a warning is left');
    } finally {
      t.cleanup();
    }
  });
  it('with --stdin prints the fixed draft instead of a report', async () => {
    const r = await run(['lint', '--stdin', '--fix'], { cwd: process.cwd(), stdin: `${AD}\n${AD}` });
    assert.deepEqual([r.code, r.stdout], [0, '这是很好的产品\n这是很好的产品']);
  });
  it('fixes with the real rules exactly as the core does', async () => {
    const text = `${AD}！！！尊敬的客户，赶紧下单`;
    const expected = lintWithFixes(text, { locale: 'en' }, true);
    const r = await run(['lint', '--stdin', '--fix'], { cwd: process.cwd(), stdin: text, realRules: true });
    assert.equal(r.stdout, expected.text);
  });
  it('stops after 10 rounds even if fixes keep producing findings', () => {
    // A fix that re-creates its own finding: applying it forever would never end.
    const rule = {
      id: 'deny' as const,
      description: { zh: '', en: '' },
      defaultSeverity: 'warning' as const,
      docs: '',
      check(ctx: import('../../src/core/rule').RuleContext) {
        ctx.report({ message: 'again', start: 0, end: 0, fixes: [{ title: 'add', edits: [{ start: 0, end: 0, text: 'x' }] }] });
      },
    };
    const r = lintWithFixes('', { rules: [rule] }, true);
    assert.equal(r.text, 'xxxxxxxxxx');
    assert.equal(r.applied, 10);
  });
});

describe('cli: the report is written as the files are linted', () => {
  /** A reader slower than the linter: each chunk is taken on a later turn of the event loop. */
  class SlowReader extends Writable {
    chunks: Buffer[] = [];
    maxBuffered = 0;
    constructor() {
      super({ highWaterMark: 1024 });
    }
    override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
      this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
      this.chunks.push(Buffer.from(chunk));
      setImmediate(callback);
    }
  }

  it('waits for a slow reader instead of holding the report, and writes exactly the whole report', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`d/${String(i).padStart(2, '0')}.post`] = `${AD}，${PUSHY}\n`.repeat(80);
    const t = tempTree(files);
    try {
      for (const format of ['json', 'sarif', 'github', 'stylish']) {
        const whole = await run(['lint', '--format', format, 'd'], { cwd: t.dir });
        const slow = new SlowReader();
        const stderr = new Capture();
        const code = await main(['lint', '--format', format, 'd'], { stdin: Readable.from([]), stdout: slow, stderr, env: { LANG: 'en_US.UTF-8' }, cwd: t.dir, rules: TEST_RULES });
        const written = Buffer.concat(slow.chunks).toString('utf8');
        assert.equal(written, whole.stdout, format);
        assert.deepEqual([code, stderr.text], [1, ''], format);
        const total = Buffer.byteLength(written);
        assert.ok(total > 100_000, `${format}: a report of ${total} bytes`);
        assert.ok(slow.chunks.length > 4, `${format}: written in ${slow.chunks.length} pieces`);
        assert.ok(slow.maxBuffered < total / 4, `${format}: at most ${slow.maxBuffered} of ${total} bytes waited in the stream`);
      }
      const json = JSON.parse((await run(['lint', '--format', 'json', 'd'], { cwd: t.dir })).stdout) as Array<{ errorCount: number; warningCount: number }>;
      assert.equal(json.length, 12);
      assert.deepEqual(json[11], { ...json[11], errorCount: 80, warningCount: 80 });
    } finally {
      t.cleanup();
    }
  });

  it('when the reader goes away (EPIPE) still lints every file: later errors set the exit code, --fix still fixes', async () => {
    // The first draft's report fills the first write; the error is in the last draft.
    const t = tempTree({ 'a.post': `${PUSHY}\n`.repeat(300), 'b.post': CLEAN, 'c.post': AD });
    const broken = () => new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    try {
      for (const format of ['stylish', 'json']) {
        const stderr = new Capture();
        const code = await main(['lint', '--format', format, 'a.post', 'b.post', 'c.post'], { stdin: Readable.from([]), stdout: broken(), stderr, env: {}, cwd: t.dir, rules: TEST_RULES });
        assert.deepEqual([code, stderr.text], [1, ''], format);
      }
      const stderr = new Capture();
      const code = await main(['lint', '--fix', 'a.post', 'b.post', 'c.post'], { stdin: Readable.from([]), stdout: broken(), stderr, env: {}, cwd: t.dir, rules: TEST_RULES });
      assert.deepEqual([code, stderr.text], [0, ''], 'the only error was fixed');
      assert.equal(fs.readFileSync(path.join(t.dir, 'c.post'), 'utf8'), '这是很好的产品');
    } finally {
      t.cleanup();
    }
  });

  it('writes nothing to stdout when nothing could be linted, the empty report when every file failed', async () => {
    const t = tempTree({ 'logo.png': PNG, 'bad.post': PNG });
    try {
      const none = await run(['lint', '--format', 'json', 'logo.png'], { cwd: t.dir });
      assert.deepEqual([none.code, none.stdout], [2, '']);
      assert.match(none.stderr, /^postlint: warning: skipped logo\.png: not a draft .*\npostlint: error: nothing to lint\n$/);
      const r = await run(['lint', '--format', 'json', 'bad.post'], { cwd: t.dir });
      assert.deepEqual([r.code, r.stdout], [2, '[]\n']);
    } finally {
      t.cleanup();
    }
  });

  it('a SARIF log carries the problems of a config met only in a later folder', async () => {
    const t = tempTree({ 'a/x.post': AD, 'b/.postlintrc.json': '{"rules": {"ad-law": "warn"}}', 'b/y.post': AD });
    try {
      const r = await run(['lint', '--format', 'sarif', 'a', 'b'], { cwd: t.dir });
      const log = JSON.parse(r.stdout) as { runs: Array<{ invocations: Array<{ toolConfigurationNotifications?: Array<{ message: { text: string } }> }>; results: unknown[] }> };
      const notes = log.runs[0]!.invocations[0]!.toolConfigurationNotifications ?? [];
      assert.deepEqual(
        notes.map((n) => n.message.text),
        ['rules.ad-law: "warn" is not a severity (did you mean "warning"?); use one of "off", "error", "warning", "info"'],
      );
      assert.equal(log.runs[0]!.results.length, 2);
    } finally {
      t.cleanup();
    }
  });
});

describe('cli: config files', () => {
  it('warns about a broken config, naming file, line, key and why, and lints with the rest', async () => {
    const t = tempTree({ '.postlintrc.json': '{\n  "rules": {"ad-law": "warn"},\n  "allow": ["最好"]\n}', 'a.post': AD });
    try {
      const r = await run(['lint', 'a.post'], { cwd: t.dir });
      assert.equal(
        r.stderr,
        'postlint: warning: .postlintrc.json:2:23: rules.ad-law: "warn" is not a severity (did you mean "warning"?); use one of "off", "error", "warning", "info" (ignored; the rest of the config applies)\n',
      );
      assert.equal(r.code, 0, 'allow: ["最好"] still applies');
    } finally {
      t.cleanup();
    }
  });
  it('exits 2 when --config names a file that does not exist', async () => {
    const r = await run(['lint', '--config', 'nope.json', '--stdin'], { cwd: process.cwd(), stdin: CLEAN });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /config file nope\.json not found/);
  });
  it('uses --config instead of the nearest file', async () => {
    const t = tempTree({ '.postlintrc.json': '{"allow":["最好"]}', 'strict.json': '{"rules":{"ad-law":"warning"}}', 'a.post': AD });
    try {
      const nearest = await run(['lint', 'a.post'], { cwd: t.dir });
      assert.equal(nearest.code, 0);
      const chosen = await run(['lint', 'a.post', '--config', 'strict.json', '--format', 'json'], { cwd: t.dir });
      const findings = (JSON.parse(chosen.stdout) as Array<{ findings: Array<{ rule: string; severity: string }> }>)[0]!.findings;
      assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['ad-law', 'warning']]);
      assert.equal(chosen.code, 0);
      const one = await run(['lint', 'a.post', '--config', 'strict.json', '--max-warnings', '1'], { cwd: t.dir });
      assert.equal(one.code, 0);
      const strict = await run(['lint', 'a.post', '--config', 'strict.json', '--max-warnings', '0'], { cwd: t.dir });
      assert.equal(strict.code, 1);
      assert.match(strict.stdout, /\nToo many warnings: 1, the maximum \(--max-warnings\) is 0\.\n$/);
    } finally {
      t.cleanup();
    }
  });
});

describe('cli: output', () => {
  it('colours stylish output on a terminal unless NO_COLOR is set', async () => {
    const tty = await run(['lint', '--stdin'], { cwd: process.cwd(), stdin: AD, tty: true });
    assert.ok(tty.stdout.includes(`${ESC}[31m`));
    const noColor = await run(['lint', '--stdin'], { cwd: process.cwd(), stdin: AD, tty: true, env: { NO_COLOR: '1' } });
    assert.ok(!noColor.stdout.includes(ESC));
    const piped = await run(['lint', '--stdin'], { cwd: process.cwd(), stdin: AD });
    assert.ok(!piped.stdout.includes(ESC));
  });
  it('prints help, version, and usage errors with the right exit codes', async () => {
    const help = await run(['--help'], { cwd: process.cwd() });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /postlint lint \[paths…\]/);
    const bare = await run([], { cwd: process.cwd() });
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /Usage:/);
    const version = await run(['--version'], { cwd: process.cwd() });
    assert.deepEqual([version.code, version.stdout], [0, `${VERSION}\n`]);
    const bad = await run(['lint', '--format', 'xml'], { cwd: process.cwd() });
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'postlint: error: unknown format "xml"; use stylish, json, sarif or github\nRun postlint --help for usage.\n');
  });
});

describe('cli: count', () => {
  it('prints the count as JSON equal to the core, from a file or stdin', async () => {
    const t = tempTree({ 'a.xhs': '---\ntitle: 夏日清单\n---\n正文 text' });
    try {
      const core = lint('---\ntitle: 夏日清单\n---\n正文 text', { fileName: path.join(t.dir, 'a.xhs'), rules: NO_RULES });
      const r = await run(['count', '--json', 'a.xhs'], { cwd: t.dir });
      assert.equal(r.code, 0);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      assert.deepEqual(out, { ...countJson(core) });
      assert.deepEqual(Object.keys(out), ['platform', 'length', 'limit', 'foldAt', 'folded', 'over', 'title']);
      assert.equal(out.platform, 'xiaohongshu');
      const stdin = await run(['count', '--json', '--platform', 'x'], { cwd: t.dir, stdin: 'hello 你好' });
      assert.deepEqual(Object.keys(JSON.parse(stdin.stdout) as object), ['platform', 'length', 'limit', 'foldAt', 'folded', 'over', 'valid']);
    } finally {
      t.cleanup();
    }
  });
  it('prints one readable line', async () => {
    const core = lint(CLEAN, { platform: 'weibo', rules: NO_RULES }).count;
    const r = await run(['count', '--platform', 'weibo'], { cwd: process.cwd(), stdin: CLEAN });
    assert.ok(r.stdout.startsWith(`${platformProfile('weibo').name.en}: `), r.stdout);
    assert.match(r.stdout, new RegExp(`: ${core.length}${core.limit !== null ? ` / ${core.limit}` : ''} chars`));
    assert.equal(r.stdout.split('\n').length, 2);
  });
  it('says a missing file is missing (exit 2)', async () => {
    const r = await run(['count', 'nope.post'], { cwd: process.cwd() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.post not found/);
  });
});

describe('cli: --jsonl', () => {
  const lines = [
    JSON.stringify({ text: AD, platform: 'weibo' }),
    'not json',
    '',
    '[1,2]',
    JSON.stringify({ platform: 'weibo' }),
    JSON.stringify({ text: 'x', platform: 'myspace' }),
    JSON.stringify({ text: CLEAN, platform: 'xiaohongshu', title: '最好的面霜' }),
    JSON.stringify({ text: `---\n${AD}\n---\n`, platform: 'x' }),
  ];

  it('lint: one result line per input line, in order, errors in place, offsets into text', async () => {
    assert.equal(TEST_RULES.length, 2);
    const r = await run(['lint', '--jsonl'], { cwd: process.cwd(), stdin: `${lines.join('\r\n')}\n` });
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(out.length, lines.length);
    assert.equal(r.code, 2, 'bad lines → exit 2');

    assert.deepEqual(out[0], { findings: [{ rule: 'ad-law', severity: 'error', message: 'do not write “最好”', start: 2, end: 4 }] });
    assert.deepEqual(Object.keys((out[0]!.findings as object[])[0]!), ['rule', 'severity', 'message', 'start', 'end']);
    assert.match(String(out[1]!.error), /^invalid JSON: /);
    assert.deepEqual(out[2], { error: 'empty line' });
    assert.match(String(out[3]!.error), /must be a JSON object/);
    assert.deepEqual(out[4], { error: '"text" must be a string' });
    assert.deepEqual(out[5], { error: `unknown platform "myspace"; use ${PLATFORM_IDS.slice(0, -1).join(', ')} or ${PLATFORM_IDS[PLATFORM_IDS.length - 1]}` });

    assert.deepEqual(out[6], { findings: [{ rule: 'ad-law', severity: 'error', message: 'do not write “最好”', start: 0, end: 2, field: 'title' }] });
    // Text that starts with --- is text, not front matter: 最好 is found at its offset in text.
    assert.deepEqual(out[7], { findings: [{ rule: 'ad-law', severity: 'error', message: 'do not write “最好”', start: 6, end: 8 }] });
  });

  it('count: the DESIGN.md fields, X adds valid, Xiaohongshu a title', async () => {
    const input = [
      { text: CLEAN, platform: 'weibo' },
      { text: 'hello', platform: 'x' },
      { text: CLEAN, platform: 'xiaohongshu', title: '夏日清单' },
      { text: CLEAN },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const r = await run(['count', '--jsonl', '--platform', 'moments'], { cwd: process.cwd(), stdin: input });
    assert.equal(r.code, 0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(Object.keys(out[0]!), ['platform', 'length', 'limit', 'foldAt', 'folded', 'over']);
    assert.deepEqual(Object.keys(out[1]!), ['platform', 'length', 'limit', 'foldAt', 'folded', 'over', 'valid']);
    assert.deepEqual(Object.keys(out[2]!), ['platform', 'length', 'limit', 'foldAt', 'folded', 'over', 'title']);
    assert.equal(out[3]!.platform, 'moments', '--platform is the default for lines that name none');
    assert.deepEqual(out[0], { ...countJson(lint(CLEAN, { platform: 'weibo', rules: NO_RULES })) });
    const title = lint(draftDocument(CLEAN, { title: '夏日清单' }).text, { platform: 'xiaohongshu', rules: NO_RULES }).titleCount!;
    assert.deepEqual(out[2]!.title, { length: title.length, limit: title.limit, over: title.over });
  });

  it('stops quietly when the reader goes away (EPIPE)', async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _enc, callback) {
        writes++;
        if (writes >= 2) {
          const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
          callback(error);
        } else callback();
      },
    });
    const many = Array.from({ length: 500 }, () => JSON.stringify({ text: CLEAN })).join('\n');
    const output = new Output(stdout);
    const outcome = await runJsonl(Readable.from([many]), output, { kind: 'count', config: parseConfig('{}', 'c').config, locale: 'en', messages: messagesFor('en') });
    assert.ok(output.closed);
    assert.ok(outcome.lines < 500, `stopped after ${outcome.lines} lines`);
    assert.equal(output.failure, undefined, 'EPIPE is not a failure to report');

    const stderr = new Capture();
    const code = await main(['count', '--jsonl'], { stdin: Readable.from([many]), stdout: new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error('EPIPE'), { code: 'EPIPE' })) }), stderr, env: {}, cwd: process.cwd() });
    assert.equal(code, 0);
    assert.equal(stderr.text, '');
  });
});
