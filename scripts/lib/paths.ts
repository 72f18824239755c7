import * as path from 'node:path';

/** The repository root (scripts/lib/ is two levels down). */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** Git-ignored cache for the Node 24 runtime and code-server, like test-electron's `.vscode-test/`. */
export const cacheDir = path.join(repoRoot, '.vscode-test');

/** Screenshots, logs and result files a reader looks at after a run (git-ignored). */
export const resultsDir = path.join(repoRoot, 'test-results');

/** Scratch space for per-run user-data dirs, extension dirs and workspaces (git-ignored). */
export const tmpDir = path.join(repoRoot, '.tmp');
