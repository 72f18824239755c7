// Root hooks for the e2e run: the workbench is shared by every test file and closed once.
// When a test failed, the extension host's errors about Postlint are printed (a failed
// activation looks like "no rows" otherwise) and the scratch folder is kept for its logs.

import { postlintHostErrors } from '../../scripts/lib/code-server';
import { closeWorkbench, screenshot, workbenchIfStarted } from './workbench';

let failed = false;

export const mochaHooks = {
  async afterEach(this: Mocha.Context): Promise<void> {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    const started = await workbenchIfStarted();
    const name = this.currentTest.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
    if (started) await screenshot(started.page, `FAILED-${name}`).catch(() => undefined);
  },
  async afterAll(): Promise<void> {
    const started = await workbenchIfStarted();
    if (failed && started) {
      const errors = postlintHostErrors(started.userDataDir);
      if (errors.length) console.error(`\nThe extension host logged:\n${errors.join('\n')}`);
      console.error(`Kept ${started.runDir} (workspace, user data, logs); server log: ${started.server.logFile}`);
    }
    await closeWorkbench(failed);
  },
};
