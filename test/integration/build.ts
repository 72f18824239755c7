// Bundles the integration suite for the extension host: index.js (with mocha inside, so the
// host's Node never has to load mocha's ESM build) and one file per `*.test.ts`, all CommonJS
// with `vscode` left to the host.

import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { targets } = require('../../esbuild.js') as { targets(production: boolean): esbuild.BuildOptions[] };

export const suiteOutDir = path.join(repoRoot, 'out', 'test', 'integration', 'suite');
export const suiteEntry = path.join(suiteOutDir, 'index.js');

export async function buildIntegrationSuite(): Promise<string> {
  const sourceDir = path.join(repoRoot, 'test', 'integration', 'suite');
  const tests = fs.readdirSync(sourceDir).filter((name) => name.endsWith('.test.ts'));
  fs.rmSync(suiteOutDir, { recursive: true, force: true });
  // Bundled as esbuild.js bundles the CLI (CommonJS for Node, its target, its aliases), without
  // the CLI's entry, output and banner.
  const cli = targets(false).find((t) => t.outfile === 'dist/cli.js');
  if (!cli) throw new Error('esbuild.js no longer builds dist/cli.js');
  const { bundle, format, platform, target, alias } = cli;
  await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: [path.join(sourceDir, 'index.ts'), ...tests.map((name) => path.join(sourceDir, name))],
    outdir: suiteOutDir,
    bundle,
    format,
    platform,
    target,
    alias,
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode resolves worker files at run time; the suite runs serially.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return suiteEntry;
}
