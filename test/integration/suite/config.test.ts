// .postlintrc.json in the editor: its problems as diagnostics on the file itself, rules that
// apply as soon as it is written (or edited, unsaved), the nearest file governing a folder,
// and how the `postlint.rules` and `postlint.defaultPlatform` settings sit under the file.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { deleteWorkspaceFile, openWritten, postlintApi, revertAll, withSetting, writeWorkspaceFile } from './editor-helpers';
import { draftUri, openDraft, postlintDiagnostics, ruleOf, waitForDiagnostics } from './helpers';

const CONFIG = '.postlintrc.json';
const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === rule);
const lacks = (rule: string) => (ds: vscode.Diagnostic[]) => ds.length > 0 && !ds.some((d) => ruleOf(d) === rule);
const severityOf = (rule: string, ds: vscode.Diagnostic[]) => ds.find((d) => ruleOf(d) === rule)?.severity;

describe('.postlintrc.json', () => {
  // The first test opens a config before any draft: activate the extension as a draft or a
  // config found at start-up would, so that the test does not depend on an earlier suite having
  // done it (VS Code's own JSON support checks the file against the schema even before that).
  before(async () => {
    await postlintApi();
  });

  afterEach(async () => {
    await revertAll();
    await deleteWorkspaceFile(CONFIG);
    await deleteWorkspaceFile('sub');
    await deleteWorkspaceFile('share.post');
  });

  it('shows its problems as diagnostics on the exact keys and values, live while it is edited', async () => {
    const text = '{\n  "rules": {\n    "ad-lawz": "error",\n    "hard-sell": "loud"\n  }\n}\n';
    const uri = await writeWorkspaceFile(CONFIG, text);
    const editor = await openWritten(uri, text);
    const problems = await waitForDiagnostics(uri, (ds) => ds.length === 2, 'two config problems');
    const byText = new Map(problems.map((d) => [editor.document.getText(d.range), d]));
    const unknown = byText.get('"ad-lawz"');
    const badSeverity = byText.get('"loud"');
    assert.ok(unknown && badSeverity, `ranges cover: ${[...byText.keys()].join(', ')}`);
    assert.match(unknown.message, /unknown rule id "ad-lawz".*did you mean "ad-law"/);
    assert.match(badSeverity.message, /"loud" is not a severity/);
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);

    // Fixed in the editor, not saved: the problems go at once.
    await editor.edit((edit) => edit.replace(editor.document.validateRange(new vscode.Range(0, 0, 99, 0)), '{ "rules": { "ad-law": "error" } }\n'));
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no problems once fixed');
    assert.equal(editor.document.isDirty, true);
  });

  it('gets completion and validation from the JSON Schema (jsonValidation)', async () => {
    const text = '{\n  "rules": {\n    \n  },\n  "platfrom": "weibo"\n}\n';
    const uri = await writeWorkspaceFile(CONFIG, text);
    const editor = await openWritten(uri, text);
    assert.equal(editor.document.languageId, 'json');
    // VS Code's JSON language server flags the misspelt key from the schema…
    const schemaProblems = await new Promise<vscode.Diagnostic[]>((resolve, reject) => {
      const deadline = Date.now() + 15_000;
      const poll = (): void => {
        const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'postlint' && /platfrom/.test(d.message));
        if (found.length) resolve(found);
        else if (Date.now() > deadline) reject(new Error(`no schema diagnostic; have: ${vscode.languages.getDiagnostics(uri).map((d) => d.message).join(' | ')}`));
        else setTimeout(poll, 100);
      };
      poll();
    });
    assert.equal(editor.document.getText(schemaProblems[0]!.range), '"platfrom"');
    // …and completes rule ids inside "rules".
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 4));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label).replace(/"/g, ''));
    for (const rule of ['ad-law', 'hard-sell', 'fold']) assert.ok(labels.includes(rule), `completion offers ${rule}: ${labels.join(', ')}`);
  });

  it('applies its rules as soon as it is written, and the defaults again once it is deleted', async () => {
    const { document } = await openDraft('hard-sell.moments');
    await waitForDiagnostics(document.uri, has('ad-law'), 'ad-law findings without a config');
    await writeWorkspaceFile(CONFIG, '{ "rules": { "ad-law": "off" } }\n');
    await waitForDiagnostics(document.uri, lacks('ad-law'), 'no ad-law once the config turns it off');
    await deleteWorkspaceFile(CONFIG);
    await waitForDiagnostics(document.uri, has('ad-law'), 'ad-law again without the config');
  });

  it('applies unsaved edits of an open config to the drafts', async () => {
    const uri = await writeWorkspaceFile(CONFIG, '{}\n');
    const { document } = await openDraft('hard-sell.moments');
    await waitForDiagnostics(document.uri, has('hard-sell'), 'hard-sell findings');
    const config = await openWritten(uri, '{}\n');
    await config.edit((edit) => edit.replace(new vscode.Range(0, 0, 0, 2), '{ "rules": { "hard-sell": "off" } }'));
    await waitForDiagnostics(document.uri, lacks('hard-sell'), 'no hard-sell while the edit is unsaved');
    // Revert acts on the active editor: make sure it is the config's, whatever focus did meanwhile.
    await vscode.window.showTextDocument(config.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(document.uri, has('hard-sell'), 'hard-sell again after revert');
  });

  it('uses the nearest config: a folder’s own file replaces the root’s for drafts in it', async () => {
    await writeWorkspaceFile(CONFIG, '{ "rules": { "ad-law": "off" } }\n');
    await writeWorkspaceFile('sub/.postlintrc.json', '{ "rules": { "hard-sell": "off" } }\n');
    const nested = await writeWorkspaceFile('sub/ad.moments', '这是最好的面霜，赶紧下单。\n');
    const root = await writeWorkspaceFile('root.moments', '这是最好的面霜，赶紧下单。\n');
    try {
      await openDraft('sub/ad.moments');
      await openDraft('root.moments');
      const inSub = await waitForDiagnostics(nested, (ds) => has('ad-law')(ds) && !has('hard-sell')(ds), 'sub: ad-law on, hard-sell off');
      const atRoot = await waitForDiagnostics(root, (ds) => has('hard-sell')(ds) && !has('ad-law')(ds), 'root: hard-sell on, ad-law off');
      assert.ok(inSub.length > 0 && atRoot.length > 0);
    } finally {
      await revertAll();
      await deleteWorkspaceFile('root.moments');
    }
  });

  it('fills in postlint.rules under the file: the file wins for the rules it names', async () => {
    const { document } = await openDraft('hard-sell.moments');
    await waitForDiagnostics(document.uri, (ds) => has('hard-sell')(ds) && has('false-urgency')(ds), 'hard-sell and false-urgency');
    await withSetting('postlint.rules', { 'hard-sell': 'off', 'false-urgency': 'error' }, async () => {
      await waitForDiagnostics(
        document.uri,
        (ds) => lacks('hard-sell')(ds) && severityOf('false-urgency', ds) === vscode.DiagnosticSeverity.Error,
        'hard-sell off and false-urgency an error by the setting',
      );
      await writeWorkspaceFile(CONFIG, '{ "rules": { "hard-sell": "warning" } }\n');
      await waitForDiagnostics(
        document.uri,
        (ds) => severityOf('hard-sell', ds) === vscode.DiagnosticSeverity.Warning && severityOf('false-urgency', ds) === vscode.DiagnosticSeverity.Error,
        'hard-sell back (the file wins), false-urgency still an error (the file is silent)',
      );
    });
  });

  it('lets the file’s platform win over postlint.defaultPlatform', async () => {
    const uri = await writeWorkspaceFile('share.post', '转发集赞满30个，送你一份小样。\n');
    await openDraft('share.post');
    await withSetting('postlint.defaultPlatform', 'weibo', async () => {
      // Inducing shares is a warning on Weibo, an error on Moments.
      await waitForDiagnostics(uri, (ds) => severityOf('induced-sharing', ds) === vscode.DiagnosticSeverity.Warning, 'Weibo by the setting');
      await writeWorkspaceFile(CONFIG, '{ "platform": "moments" }\n');
      await waitForDiagnostics(uri, (ds) => severityOf('induced-sharing', ds) === vscode.DiagnosticSeverity.Error, 'Moments by the file');
    });
    assert.equal(postlintDiagnostics(draftUri(CONFIG)).length, 0, 'a valid config has no problems');
  });
});
