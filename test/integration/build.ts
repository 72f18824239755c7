// Bundles the integration suite for the extension host: index.js (with mocha inside, so the
// host's Node never has to load mocha's ESM build) and one file per `*.test.ts`, all CommonJS
// with `vscode` left to the host.

import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths';

export const suiteOutDir = path.join(repoRoot, 'out', 'test', 'integration', 'suite');
export const suiteEntry = path.join(suiteOutDir, 'index.js');

export async function buildIntegrationSuite(): Promise<string> {
  const sourceDir = path.join(repoRoot, 'test', 'integration', 'suite');
  const tests = fs.readdirSync(sourceDir).filter((name) => name.endsWith('.test.ts'));
  fs.rmSync(suiteOutDir, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: [path.join(sourceDir, 'index.ts'), ...tests.map((name) => path.join(sourceDir, name))],
    outdir: suiteOutDir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode resolves worker files at run time; the suite runs serially.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return suiteEntry;
}
