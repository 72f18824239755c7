import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { VERSION } from '../../src/cli/program';
import { lint } from '../../src/core/engine';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { targets } = require('../../esbuild.js') as { targets(production: boolean): esbuild.BuildOptions[] };

/**
 * The real executable, in a real process: stdin/stdout pipes, exit codes, the shebang, EPIPE.
 * The CLI is bundled here with esbuild.js's own options for it, so these tests never run a
 * stale dist/; the last test checks dist/cli.js itself when `npm run build` has made it.
 */
describe('cli: the bundled executable', function () {
  this.timeout(60_000);
  const root = path.join(__dirname, '../..');
  let dir: string;
  let cli: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-bin-'));
    cli = path.join(dir, 'cli.js');
    // esbuild.js's own options for dist/cli.js, written to the scratch folder instead.
    const shipped = targets(false).find((t) => t.outfile === 'dist/cli.js');
    assert.ok(shipped, 'esbuild.js builds dist/cli.js');
    await esbuild.build({ ...shipped, outfile: cli, sourcemap: false, logLevel: 'silent' });
    fs.chmodSync(cli, 0o755);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const exec = (args: string[], input?: string, env: Record<string, string> = {}) =>
    spawnSync(cli, args, { input, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', ...env } });

  it('runs through its shebang and prints the version', () => {
    const r = exec(['--version']);
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, `${VERSION}\n`, '']);
  });

  it('lints stdin with the exit code and findings the core gives', () => {
    for (const text of ['这是最好的产品，赶紧下单！！！', '今天天气不错。']) {
      const core = lint(text, { locale: 'en' });
      const r = exec(['lint', '--stdin', '--format', 'json'], text);
      assert.equal(r.status, core.findings.some((f) => f.severity === 'error') ? 1 : 0, text);
      const [file] = JSON.parse(r.stdout) as Array<{ findings: Array<{ rule: string; start: number; end: number }> }>;
      assert.deepEqual(
        file!.findings.map((f) => [f.rule, f.start, f.end]),
        core.findings.map((f) => [f.rule, f.start, f.end]),
      );
    }
  });

  it('exits 2 on a usage error', () => {
    const r = exec(['lint', '--format', 'xml']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown format "xml"/);
  });

  it('streams --jsonl and exits quietly when the reader closes the pipe', () => {
    const line = JSON.stringify({ text: '今天天气不错。', platform: 'weibo' });
    const input = `${Array.from({ length: 20_000 }, () => line).join('\n')}\n`;
    const inputFile = path.join(dir, 'in.jsonl');
    fs.writeFileSync(inputFile, input);
    const r = spawnSync('bash', ['-c', `"${cli}" count --jsonl < "${inputFile}" | head -n 2; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 3, r.stdout);
    assert.equal((JSON.parse(lines[0]!) as { platform: string }).platform, 'weibo');
    assert.match(lines[2]!, /^status=(0|141)$/);
    assert.equal(r.stderr, '', 'no EPIPE stack trace');
  });

  it('dist/cli.js (from npm run build) is executable and current', function () {
    const dist = path.join(root, 'dist/cli.js');
    if (!fs.existsSync(dist)) {
      console.log('      (skipped: dist/cli.js is absent; `npm test` builds it first)');
      this.skip();
    }
    const r = spawnSync(dist, ['--version'], { encoding: 'utf8' });
    assert.deepEqual([r.status, r.stdout], [0, `${VERSION}\n`]);
    assert.ok(fs.readFileSync(dist, 'utf8').startsWith('#!/usr/bin/env node'));
  });
});
