// Restricted Mode: the extension declares `capabilities.untrustedWorkspaces.supported: true`.
// These tests run only in the second code-server run (`run-code-server.ts --mode restricted`),
// where workspace trust is on and nobody trusted the folder; the folder holds JavaScript configs
// and a "plugin" that would leave marks if anything ran them (untrusted-workspace.ts).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { postlintApi } from './editor-helpers';
import { EXTENSION_ID, draftUri, openDraft, postlintDiagnostics, ruleOf, waitForDiagnostics, workspaceFolder } from './helpers';
import { DENY_CODE, DENY_REGEX, EXECUTED_GLOBAL, EXECUTED_PREFIX, POLLUTED_KEY, RESTRICTED_SUITE_TITLE } from './untrusted-workspace';

/** Files anywhere in the workspace whose name says a planted script ran. */
function executedMarks(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.startsWith(EXECUTED_PREFIX)) found.push(path.relative(workspaceFolder().fsPath, full));
    }
  };
  walk(workspaceFolder().fsPath);
  return found;
}

if (process.env.POSTLINT_TEST_MODE === 'restricted') {
  describe(RESTRICTED_SUITE_TITLE, () => {
    it('runs in a folder nobody trusted, and the extension is active there', async () => {
      assert.equal(vscode.workspace.isTrusted, false, 'workspace trust is on and the folder is not trusted');
      await postlintApi();
      assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    });

    it('lints drafts as in a trusted folder, reading .postlintrc.json and the folder’s settings (nonsense ones ignored) as data', async () => {
      const { document } = await openDraft('restricted.post');
      const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === 'deny'), 'findings with the config’s deny words');
      const found = diagnostics.map((d) => `${ruleOf(d)}: ${document.getText(d.range)}`).sort();
      // The config's words, matched as text: the code is not run, the pattern not compiled (the
      // forty a's after it are no match of it).
      assert.ok(found.includes(`deny: ${DENY_CODE}`), found.join(' | '));
      assert.ok(found.includes(`deny: ${DENY_REGEX}`), found.join(' | '));
      assert.equal(found.filter((f) => f.startsWith('deny:')).length, 2, found.join(' | '));
      // Rules on by default fire; the one the config turns off does not (仅此一次 is false-urgency).
      assert.ok(found.includes('hard-sell: 赶紧下单'), found.join(' | '));
      assert.ok(found.includes('officialese: 尊敬的客户'), found.join(' | '));
      // The settings' nonsense severities (`explode`, a `__proto__` entry) are ignored: ad-law stays an error.
      const adLaw = diagnostics.filter((d) => ruleOf(d) === 'ad-law');
      assert.deepEqual(adLaw.map((d) => [document.getText(d.range), d.severity]), [['最好', vscode.DiagnosticSeverity.Error]]);
      assert.ok(!found.some((f) => f.startsWith('false-urgency')), found.join(' | '));
      // `.vscode/settings.json` says Moments for drafts that name no platform.
      const api = await postlintApi();
      assert.equal(api.statusBar().uri, document.uri.toString());
      assert.match(api.statusBar().text, /^Moments /);
    });

    it('reports the config’s foreign keys (plugins, extends, __proto__) as problems and loads nothing from them', async () => {
      const config = draftUri('.postlintrc.json');
      // The config's problems are published when a draft under it is linted (the test above).
      const problems = await waitForDiagnostics(config, (ds) => ds.length >= 3, 'three problems on .postlintrc.json');
      const messages = problems.map((d) => d.message).join(' | ');
      for (const key of ['plugins', 'extends', '__proto__']) assert.match(messages, new RegExp(`unknown key "${key}"`), messages);
      assert.equal((Object.prototype as Record<string, unknown>)[POLLUTED_KEY], undefined, 'Object.prototype untouched');
      assert.equal(({} as Record<string, unknown>)[POLLUTED_KEY], undefined);
    });

    it('runs nothing from the workspace: no JavaScript config, no plugin, no deny word', async () => {
      // Every draft of the folder linted, the config read again after an edit of it on disk.
      await vscode.commands.executeCommand('postlint.lintWorkspace');
      const config = draftUri('.postlintrc.json');
      const text = Buffer.from(await vscode.workspace.fs.readFile(config)).toString('utf8');
      await vscode.workspace.fs.writeFile(config, Buffer.from(text.replace('"false-urgency": "off"', '"false-urgency": "error"'), 'utf8'));
      const uri = draftUri('restricted.post');
      await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === 'false-urgency'), 'false-urgency back once the config on disk says so');
      assert.deepEqual(executedMarks(), []);
      assert.equal((globalThis as Record<string, unknown>)[EXECUTED_GLOBAL], undefined);
      assert.ok(postlintDiagnostics(uri).length > 0);
    });

    it('(control) a planted script, run on purpose outside the workspace, does leave both marks', () => {
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-control-'));
      try {
        const script = path.join(scratch, 'index.js');
        fs.copyFileSync(path.join(workspaceFolder().fsPath, 'node_modules', 'postlint-plugin-evil', 'index.js'), script);
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the point of the control
        require(script);
        assert.deepEqual(fs.readdirSync(scratch).sort(), [`${EXECUTED_PREFIX}index.js`, 'index.js']);
        assert.deepEqual((globalThis as Record<string, unknown>)[EXECUTED_GLOBAL], [script]);
      } finally {
        delete (globalThis as Record<string, unknown>)[EXECUTED_GLOBAL];
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    });
  });
}
