import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { listFiles, PackageManager } from '@vscode/vsce';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { targets } = require('../../esbuild.js') as { targets(production: boolean): BuildOptions[] };

/**
 * What `npm run package` (`vsce package --no-dependencies`) puts in the .vsix, asked of vsce
 * itself. vsce walks every file under its folder (node_modules, .tmp/, .vscode-test/ make that
 * about 30 s here), so it is given a scratch copy of the repository's tracked files plus
 * stand-ins for everything esbuild.js writes: the listing depends on names, not contents.
 */
describe('the .vsix (vsce listFiles)', function () {
  this.timeout(60_000);
  const root = path.join(__dirname, '../..');
  let dir: string;
  let packaged: string[];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-vsix-'));
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
    assert.equal(tracked.status, 0, tracked.stderr);
    const built = targets(true).flatMap((t) => [t.outfile!, `${t.outfile!}.map`]);
    for (const file of [...tracked.stdout.split('\0').filter(Boolean), ...built]) {
      const target = path.join(dir, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (built.includes(file)) fs.writeFileSync(target, '// stand-in\n');
      else if (fs.existsSync(path.join(root, file))) fs.copyFileSync(path.join(root, file), target);
    }
    packaged = await listFiles({ cwd: dir, packageManager: PackageManager.None });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds the extension bundle and the files it requires at run time, and no other built file', () => {
    const extension = targets(true).find((t) => t.entryPoints && (t.entryPoints as string[])[0] === 'src/extension/extension.ts');
    assert.ok(extension?.outfile, 'esbuild.js builds the extension');
    // What the bundle leaves to `require` beside it (dist/twitter-text.js, loaded for X drafts).
    const required = (extension.external ?? []).filter((e) => e.startsWith('./')).map((e) => path.posix.join(path.posix.dirname(extension.outfile!), e));
    assert.deepEqual(required, ['dist/twitter-text.js']);
    assert.deepEqual(packaged.filter((f) => f.startsWith('dist/')).sort(), [extension.outfile, ...required].sort());
  });

  it('leaves out sources, tests, benchmarks, scripts, examples and source maps', () => {
    const stray = packaged.filter((f) => /^(src|test|bench|scripts|examples|docs|node_modules)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
    assert.deepEqual(stray, []);
    assert.ok(packaged.includes('package.json'));
  });
});
