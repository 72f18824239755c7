// Helpers for the editor-feature suites (code actions, hovers, status bar, config): the
// extension's exported API, code actions and hovers through VS Code's own commands, files in
// the test workspace, settings that are always put back.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, draftUri, ruleOf, sleep, waitForDiagnostics } from './helpers';

/** What the extension's `activate` returns (src/extension/extension.ts PostlintApi). */
export interface PostlintApi {
  statusBar(): {
    visible: boolean;
    text: string;
    tooltip: string;
    state: string;
    command: string | undefined;
    background: string | undefined;
    uri: string | undefined;
  };
}

export async function postlintApi(): Promise<PostlintApi> {
  const extension = vscode.extensions.getExtension<PostlintApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  assert.equal(typeof api?.statusBar, 'function', 'activate() returns the API');
  return api;
}

/** The status bar once it shows `uri` and its text passes `accept` (5 s at most). */
export async function statusFor(api: PostlintApi, uri: vscode.Uri, accept: (text: string) => boolean = () => true): Promise<ReturnType<PostlintApi['statusBar']>> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const status = api.statusBar();
    if (status.visible && status.uri === uri.toString() && accept(status.text)) return status;
    if (Date.now() > deadline) assert.fail(`status bar for ${uri.path} never matched; it shows ${JSON.stringify(status)}`);
    await sleep(50);
  }
}

/** The range of the `nth` (0-based) occurrence of `word` in the document. */
export function rangeOfWord(document: vscode.TextDocument, word: string, nth = 0): vscode.Range {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = document.getText().indexOf(word, offset + 1);
    assert.ok(offset >= 0, `the document contains “${word}” ${nth + 1} time(s)`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + word.length));
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return actions ?? [];
}

/** The one action whose title matches; fails listing the titles there are. */
export function actionTitled(actions: readonly vscode.CodeAction[], title: string | RegExp): vscode.CodeAction {
  const found = actions.filter((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.equal(found.length, 1, `one action “${String(title)}” among: ${actions.map((a) => a.title).join(' | ')}`);
  return found[0]!;
}

/** Runs an action the way the light bulb does: its edit, then its command. */
export async function runAction(action: vscode.CodeAction): Promise<unknown> {
  if (action.edit) assert.equal(await vscode.workspace.applyEdit(action.edit), true, `${action.title} applied`);
  if (action.command) return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return undefined;
}

/** Waits until the diagnostics of `rule` cover exactly the given words (in document order). */
export function waitForRuleOn(document: vscode.TextDocument, rule: string, words: readonly string[], what: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    document.uri,
    (ds) => {
      const covered = ds.filter((d) => ruleOf(d) === rule).map((d) => document.getText(d.range));
      return covered.length === words.length && covered.every((w, i) => w === words[i]);
    },
    what,
  );
}

export async function writeWorkspaceFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = draftUri(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

/**
 * Opens a file just written: VS Code may still hold an older copy of it in memory (from an
 * earlier test) for a moment, so wait until the document shows what is on disk.
 */
export async function openWritten(uri: vscode.Uri, text: string): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const deadline = Date.now() + 5000;
  while (editor.document.getText() !== text) {
    assert.ok(Date.now() < deadline, `the editor shows the file as written: ${JSON.stringify(editor.document.getText())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return editor;
}

export async function readWorkspaceFile(name: string): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(draftUri(name))).toString('utf8');
}

export async function deleteWorkspaceFile(name: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(draftUri(name), { recursive: true });
  } catch {
    // already gone
  }
}

export async function workspaceFileExists(name: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(draftUri(name));
    return true;
  } catch {
    return false;
  }
}

/** Sets a workspace setting for the duration of `body`, then removes it again. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const [section, ...rest] = key.split('.');
  const settings = vscode.workspace.getConfiguration(section);
  await settings.update(rest.join('.'), value, vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration(section).update(rest.join('.'), undefined, vscode.ConfigurationTarget.Workspace);
  }
}

/** Reverts every dirty document so the next test starts from the files on disk. */
export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isUntitled) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
