// `npm run test:integration`: runs the integration suite inside code-server's extension host.
//
// The route (docs/testing.md has the why):
//   1. bundle the suite (out/test/integration/suite/index.js exports `run()`);
//   2. unpack the built extension into a scratch folder, as an install would;
//   3. start code-server with `--vscode-option enable-smoke-test-driver` — without it a built
//      workbench ignores the development part of its URL `payload`;
//   4. open the workbench in Chromium with
//      payload=[["extensionDevelopmentPath","vscode-remote://HOST/<extension>"],
//               ["extensionTestsPath","vscode-remote://HOST/<suite index.js>"]]
//      and the extension host loads the extension and awaits the suite's `run()`, exactly
//      as desktop VS Code does for @vscode/test-electron;
//   5. the suite's reporter appends JSON lines to POSTLINT_TEST_REPORT (inherited by the
//      extension host from the server's environment); this script prints them as they come
//      and exits non-zero on any failure, a missing result or a timeout.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, openWorkbench } from '../../scripts/lib/browser';
import {
  ensureCodeServer,
  extensionHostLogs,
  installBuiltExtension,
  postlintHostErrors,
  startCodeServer,
} from '../../scripts/lib/code-server';
import { repoRoot, resultsDir, tmpDir } from '../../scripts/lib/paths';
import { MissingSystemPackagesError } from '../../scripts/lib/system';
import { buildIntegrationSuite } from './build';
import { type ReportEvent, SpecPrinter } from './report';

/** The whole suite, extension-host start included; a hang fails the run instead of CI's clock. */
const TIMEOUT_MS = Number(process.env.POSTLINT_INTEGRATION_TIMEOUT_MS ?? 5 * 60_000);

function remoteUri(host: string, file: string): string {
  return `vscode-remote://${host}${file.split(path.sep).join('/')}`;
}

/** Reads the report file as it grows and hands over each complete line. */
function followReport(file: string, onEvent: (event: ReportEvent) => void): () => void {
  let offset = 0;
  let partial = '';
  return () => {
    if (!fs.existsSync(file)) return;
    const text = fs.readFileSync(file, 'utf8');
    partial += text.slice(offset);
    offset = text.length;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as ReportEvent);
  };
}

async function main(): Promise<number> {
  const started = Date.now();
  ensureCodeServer();
  const suiteEntry = await buildIntegrationSuite();

  const runDir = path.join(tmpDir, `integration-${process.pid}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  // Loaded as the development extension: the same files an install gets, not the repo itself,
  // so a file missing from the package fails here too.
  const extension = installBuiltExtension(path.join(runDir, 'extension'));
  const userDataDir = path.join(runDir, 'user-data');
  const reportFile = path.join(runDir, 'report.jsonl');

  const server = await startCodeServer({
    workspace,
    userDataDir,
    extensionsDir: path.join(runDir, 'extensions'),
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    env: { POSTLINT_TEST_REPORT: reportFile },
    logFile: path.join(resultsDir, 'logs', 'integration-code-server.log'),
  });
  const browser = await launchChromium();
  let page: Page | undefined;
  let end: Extract<ReportEvent, { event: 'end' }> | undefined;
  let failures = 0;
  try {
    const host = new URL(server.url).host;
    const payload = [
      ['extensionDevelopmentPath', remoteUri(host, extension)],
      ['extensionTestsPath', remoteUri(host, suiteEntry)],
    ];
    page = await openWorkbench(browser, `${server.workspaceUrl}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    console.log(`code-server ready in ${((Date.now() - started) / 1000).toFixed(1)}s (${server.url})`);

    const printer = new SpecPrinter((line) => console.log(line));
    const poll = followReport(reportFile, (event) => {
      printer.print(event);
      if (event.event === 'fail') failures++;
      if (event.event === 'end') end = event;
    });
    const deadline = Date.now() + TIMEOUT_MS;
    while (!end && Date.now() < deadline) {
      poll();
      if (server.process.exitCode !== null) throw new Error(`code-server exited (${server.process.exitCode}); see ${server.logFile}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    poll();
    if (!end) {
      const logs = extensionHostLogs(userDataDir);
      const tail = logs.map((log) => fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n')).join('\n');
      throw new Error(
        `no test results after ${TIMEOUT_MS / 1000}s: the suite did not load or did not finish.\n` +
          `Extension host log:\n${tail || '(none)'}`,
      );
    }
  } catch (error) {
    failures++;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    if (failures > 0) {
      const errors = postlintHostErrors(userDataDir);
      if (errors.length) console.error(`\nThe extension host logged:\n${errors.join('\n')}`);
    }
    if (failures > 0 && page) {
      const shot = path.join(resultsDir, 'screenshots', 'integration-failure.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.error(`screenshot: ${path.relative(repoRoot, shot)}; server log: ${path.relative(repoRoot, server.logFile)}`);
    }
    await browser.close();
    await server.stop();
    if (failures === 0) fs.rmSync(runDir, { recursive: true, force: true });
    else console.error(`kept ${path.relative(repoRoot, runDir)}/ (workspace, user data and extension host logs)`);
  }
  console.log(`integration (code-server): ${((Date.now() - started) / 1000).toFixed(1)}s in total`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof MissingSystemPackagesError ? error.message : error);
    process.exit(1);
  },
);
