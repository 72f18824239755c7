// `npm run test:integration:electron`: the same suite in desktop VS Code through
// @vscode/test-electron. It downloads VS Code from Microsoft's update service into
// `.vscode-test/` unless VSCODE_EXECUTABLE points at an installed one; on machines that reach
// only npm and Debian, use `npm run test:integration` (code-server) instead. Linux without a
// display needs a virtual one: `xvfb-run -a npm run test:integration:electron`.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { QUIET_SETTINGS } from '../../scripts/lib/code-server';
import { cacheDir, repoRoot, tmpDir } from '../../scripts/lib/paths';
import { buildIntegrationSuite } from './build';

async function main(): Promise<number> {
  const suiteEntry = await buildIntegrationSuite();
  const runDir = path.join(tmpDir, `integration-electron-${process.pid}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  const userDataDir = path.join(runDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));

  try {
    // The suite's reporter prints to the extension host's console, which test-electron
    // forwards to this terminal; run() rejecting makes VS Code exit non-zero.
    const exitCode = await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      version: process.env.VSCODE_VERSION || undefined,
      cachePath: cacheDir,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suiteEntry,
      launchArgs: [
        workspace,
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${path.join(runDir, 'extensions')}`,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
      ],
    });
    return exitCode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message);
    if (!process.env.VSCODE_EXECUTABLE && /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|download/i.test(message)) {
      console.error(
        'Could not download VS Code. Point VSCODE_EXECUTABLE at an installed VS Code ' +
          '(e.g. /usr/share/code/code), or run the same suite in code-server: npm run test:integration',
      );
    }
    return 1;
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
