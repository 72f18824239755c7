// The integration suite's entry point, in VS Code's `extensionTestsPath` contract: the
// extension host loads this module and awaits `run()`. The same file serves every route:
//   - @vscode/test-electron (desktop VS Code): run-electron.ts passes it as extensionTestsPath;
//   - code-server: run-code-server.ts passes it through the workbench URL's `payload`.
// Results go to the console and, when POSTLINT_TEST_REPORT names a file, to that file as JSON
// lines for a driver outside the extension host.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { type ReportEvent, SpecPrinter } from '../report';

function depthOf(runnable: Mocha.Runnable | Mocha.Suite): number {
  let depth = -1;
  for (let suite = runnable.parent; suite && !suite.root; suite = suite.parent) depth++;
  return Math.max(depth, 0);
}

function errorOf(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

/** Prints spec-style and appends every event to POSTLINT_TEST_REPORT. */
class FileReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const reportFile = process.env.POSTLINT_TEST_REPORT;
    const printer = new SpecPrinter((line) => console.log(line));
    const emit = (event: ReportEvent): void => {
      printer.print(event);
      if (reportFile) fs.appendFileSync(reportFile, `${JSON.stringify(event)}\n`);
    };
    const started = Date.now();
    runner.once(Mocha.Runner.constants.EVENT_RUN_BEGIN, () =>
      emit({ event: 'start', total: runner.total, host: `${process.release.name} ${process.version}` }),
    );
    runner.on(Mocha.Runner.constants.EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (!suite.root) emit({ event: 'suite', title: suite.title, depth: depthOf(suite) });
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test: Mocha.Test) =>
      emit({ event: 'pass', title: test.title, fullTitle: test.fullTitle(), depth: depthOf(test) + 1, duration: test.duration ?? 0 }),
    );
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test: Mocha.Test, error: unknown) =>
      emit({ event: 'fail', title: test.title, fullTitle: test.fullTitle(), depth: depthOf(test) + 1, error: errorOf(error) }),
    );
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (test: Mocha.Test) =>
      emit({ event: 'pending', title: test.title, fullTitle: test.fullTitle(), depth: depthOf(test) + 1 }),
    );
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      emit({ event: 'end', passes: stats.passes, failures: stats.failures, pending: stats.pending, duration: Date.now() - started });
    });
  }
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: FileReporter });
  const grep = process.env.POSTLINT_TEST_GREP;
  if (grep) mocha.grep(grep);
  // The test files are bundled beside this one (see test/integration/build.ts).
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}
