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
import { plantUntrustedWorkspace, RESTRICTED_SUITE_TITLE } from './suite/untrusted-workspace';
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

/**
 * The two runs: the whole suite in a trusted folder, then the Restricted Mode tests alone in a
 * folder nobody trusted (workspace trust on), with files that would run if anything ran them.
 */
type Mode = 'trusted' | 'restricted';

interface RunOptions {
  mode: Mode;
  /** POSTLINT_TEST_GREP for the extension host (the suite's index.ts reads it). */
  grep: string | undefined;
}

async function runSuite({ mode, grep }: RunOptions, suiteEntry: string): Promise<number> {
  const started = Date.now();
  const runDir = path.join(tmpDir, `integration-${mode === 'trusted' ? '' : `${mode}-`}${process.pid}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  if (mode === 'restricted') plantUntrustedWorkspace(workspace);
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
    env: {
      POSTLINT_TEST_REPORT: reportFile,
      POSTLINT_TEST_MODE: mode,
      // An empty value would grep for everything; unset it instead.
      POSTLINT_TEST_GREP: grep,
    },
    restrictedMode: mode === 'restricted',
    logFile: path.join(resultsDir, 'logs', `integration-${mode === 'trusted' ? '' : `${mode}-`}code-server.log`),
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
    console.log(`code-server (${mode} workspace) ready in ${((Date.now() - started) / 1000).toFixed(1)}s (${server.url})`);

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
    if (end.passes + end.failures === 0) throw new Error(`no test ran in the ${mode} workspace (grep ${JSON.stringify(grep)})`);
  } catch (error) {
    failures++;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    // Whatever the tests said, an error about Postlint in the extension host's log fails the run.
    const errors = postlintHostErrors(userDataDir);
    if (errors.length) {
      failures++;
      console.error(`\nThe extension host logged:\n${errors.join('\n')}`);
    }
    if (failures > 0 && page) {
      const shot = path.join(resultsDir, 'screenshots', `integration-${mode === 'trusted' ? '' : `${mode}-`}failure.png`);
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.error(`screenshot: ${path.relative(repoRoot, shot)}; server log: ${path.relative(repoRoot, server.logFile)}`);
    }
    await browser.close();
    await server.stop();
    if (failures === 0) fs.rmSync(runDir, { recursive: true, force: true });
    else console.error(`kept ${path.relative(repoRoot, runDir)}/ (workspace, user data and extension host logs)`);
  }
  console.log(`integration (code-server, ${mode} workspace): ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return failures;
}

/**
 * `--mode trusted` or `--mode restricted` runs one of the two; by default both run. With
 * POSTLINT_TEST_GREP set, the Restricted Mode run happens only if the pattern matches its title.
 */
function plannedRuns(): RunOptions[] {
  const grep = process.env.POSTLINT_TEST_GREP || undefined;
  const modeFlag = process.argv.indexOf('--mode');
  const only = modeFlag >= 0 ? process.argv[modeFlag + 1] : undefined;
  if (only !== undefined && only !== 'trusted' && only !== 'restricted') throw new Error(`--mode is trusted or restricted, not ${only}`);
  const runs: RunOptions[] = [];
  if (only !== 'restricted') runs.push({ mode: 'trusted', grep });
  if (only !== 'trusted' && (grep === undefined || new RegExp(grep).test(RESTRICTED_SUITE_TITLE) || only === 'restricted')) {
    // mocha reads the grep as a regular expression: the title's parentheses are escaped.
    runs.push({ mode: 'restricted', grep: RESTRICTED_SUITE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') });
  }
  return runs;
}

async function main(): Promise<number> {
  const started = Date.now();
  const runs = plannedRuns();
  ensureCodeServer();
  const suiteEntry = await buildIntegrationSuite();
  let failures = 0;
  for (const run of runs) failures += await runSuite(run, suiteEntry);
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
