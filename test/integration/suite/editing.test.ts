// Diagnostics follow the buffer as the writer types (unsaved), settle on the last edit of a
// burst, follow the language mode and the settings, and go away with the document.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  coveredText,
  draftUri,
  openDraft,
  postlintDiagnostics,
  ruleOf,
  sleep,
  waitForDiagnostics,
} from './helpers';

async function append(editor: vscode.TextEditor, text: string): Promise<number> {
  const end = editor.document.positionAt(editor.document.getText().length);
  const offset = editor.document.offsetAt(end);
  assert.ok(await editor.edit((edit) => edit.insert(end, text)), 'the edit applied');
  return offset;
}

async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

const adLawOnly = (ds: vscode.Diagnostic[]): boolean => ds.length > 0 && ds.every((d) => ruleOf(d) === 'ad-law');

describe('diagnostics while editing', () => {
  afterEach(async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.isDirty) await revert(editor);
    await closeAllEditors();
  });

  it('flags 最好 typed into a clean draft before it is saved, and drops it on undo', async () => {
    const editor = await openDraft('clean.weibo');
    const uri = editor.document.uri;
    await sleep(300);
    assert.deepEqual(postlintDiagnostics(uri).map(ruleOf), [], 'the draft starts clean');

    // The café's post names its shop: a claim beside a new product in the same sentence reads as one.
    const offset = await append(editor, '新品桂花拿铁是最好的一杯。');
    const [diagnostic] = await waitForDiagnostics(uri, adLawOnly, 'an ad-law finding for the typed 最好');
    assert.equal(editor.document.isDirty, true, 'linted the unsaved buffer');
    assert.equal(coveredText(editor.document, diagnostic!), '最好');
    assert.equal(editor.document.offsetAt(diagnostic!.range.start), offset + '新品桂花拿铁是'.length);

    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no findings after undo');
  });

  it('settles on the last edit of a quick burst', async () => {
    const editor = await openDraft('clean.weibo');
    const uri = editor.document.uri;
    // Each append lands well inside the debounce window of the previous one; the middle
    // state (“这是最好的”, with nothing sold in its sentence) has none, the last one two.
    await append(editor, '这是');
    await append(editor, '最好的');
    await append(editor, '国家级配方');
    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.length === 2, 'two ad-law findings');
    assert.deepEqual(
      diagnostics.map((d) => [ruleOf(d), coveredText(editor.document, d)]),
      [
        ['ad-law', '最好'],
        ['ad-law', '国家级'],
      ],
    );
    // Remove the burst again: the final, clean text wins over any earlier result.
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no findings once the burst is undone');
    await sleep(400);
    assert.deepEqual(postlintDiagnostics(uri).map(ruleOf), [], 'no stale result arrives afterwards');
  });

  it('clears a draft’s diagnostics when it is closed', async () => {
    // An untitled draft: VS Code disposes it as soon as its editor is reverted and closed
    // (a file opened through the API stays loaded for minutes; e2e closes a file as a user does).
    const document = await vscode.workspace.openTextDocument({ language: 'postdraft', content: '全网最好用的面霜。' });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === 'ad-law'), 'an ad-law finding in the untitled draft');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0, 'no findings once the draft is closed');
    assert.equal(document.isClosed, true);
  });

  it('clears a draft’s diagnostics when its language mode is no longer postdraft', async () => {
    const { document } = await openDraft('hard-sell.moments');
    await waitForDiagnostics(document.uri, (ds) => ds.length > 0, 'findings for hard-sell.moments');
    const plain = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await waitForDiagnostics(plain.uri, (ds) => ds.length === 0, 'no findings in plain-text mode');
    const draft = await vscode.languages.setTextDocumentLanguage(plain, 'postdraft');
    await waitForDiagnostics(draft.uri, (ds) => ds.length > 0, 'findings again in postdraft mode');
  });

  it('uses postlint.defaultPlatform for a .post draft with no platform of its own', async () => {
    const uri = draftUri('share.post');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('转发集赞满30个，送你一份小样。\n'));
    const settings = vscode.workspace.getConfiguration('postlint');
    try {
      const { document } = await openDraft('share.post');
      const severityOfSharing = (ds: vscode.Diagnostic[]) => ds.find((d) => ruleOf(d) === 'induced-sharing')?.severity;
      // Weibo by default: inducing shares is a warning there…
      await waitForDiagnostics(uri, (ds) => severityOfSharing(ds) === vscode.DiagnosticSeverity.Warning, 'a warning on Weibo');
      // …and an error on Moments, re-linted as soon as the setting changes.
      await settings.update('defaultPlatform', 'moments', vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (ds) => severityOfSharing(ds) === vscode.DiagnosticSeverity.Error, 'an error on Moments');
      assert.equal(document.isDirty, false);
    } finally {
      await settings.update('defaultPlatform', undefined, vscode.ConfigurationTarget.Workspace);
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
    }
  });
});
