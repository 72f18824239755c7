// The palette commands this file owns: Fix All, Lint Workspace, and the "allow this word"
// command behind the quick fix. Each returns what it did, for the integration tests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Severity } from '../core/types';
import type * as AllowList from './allowList';
import { ALLOW_WORD_COMMAND, workspaceEditOf } from './codeActions';
import type { ConfigService } from './config';
import type { DiagnosticsPublisher } from './diagnostics';
import { planFixes } from './fixEdits';
import { DRAFT_LANGUAGE_ID, type DraftLinter, isDraftDocument } from './linting';
import { extraLanguages, maxFileSizeKB } from './settings';

/** The config editing behind "allow this word", with jsonc-parser: loaded when first used, not at activation. */
function allowList(): typeof AllowList {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./allowList') as typeof AllowList;
}

export const FIX_ALL_COMMAND = 'postlint.fixAll';
export const LINT_WORKSPACE_COMMAND = 'postlint.lintWorkspace';

export function registerCommands(linter: DraftLinter, diagnostics: DiagnosticsPublisher, configs: ConfigService): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(FIX_ALL_COMMAND, (uri?: vscode.Uri) => fixAll(linter, uri)),
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () => lintWorkspace(linter, diagnostics)),
    vscode.commands.registerCommand(ALLOW_WORD_COMMAND, (uri: vscode.Uri, word: string) => allowWord(configs, uri, word)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Postlint: Fix All

/** Applies every non-conflicting fix in the active draft (or `uri`) as one undoable edit. */
export async function fixAll(linter: DraftLinter, uri?: vscode.Uri): Promise<number> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isDraftDocument(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postlint: open a post draft to fix it.'));
    return 0;
  }
  const result = linter.resultFor(document);
  const plan = result ? planFixes(document.getText(), result.findings) : { edits: [], fixed: [] };
  if (plan.edits.length === 0) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Postlint: nothing to fix automatically.'), 4000);
    return 0;
  }
  const applied = await vscode.workspace.applyEdit(workspaceEditOf(document, plan.edits));
  if (!applied) return 0;
  vscode.window.setStatusBarMessage(vscode.l10n.t('Postlint fixed {0} problem(s).', plan.fixed.length), 4000);
  return plan.fixed.length;
}

// ---------------------------------------------------------------------------------------------
// Postlint: Lint Workspace

export interface WorkspaceLintSummary {
  files: number;
  filesWithProblems: number;
  skipped: number;
  counts: Record<Severity, number>;
  cancelled: boolean;
}

/** File endings of the postdraft language and of the languages opted in by `postlint.languages`. */
export function draftFileEndings(): string[] {
  const wanted = new Set([DRAFT_LANGUAGE_ID, ...extraLanguages(undefined), ...(vscode.workspace.workspaceFolders ?? []).flatMap((f) => extraLanguages(f.uri))]);
  const endings = new Set<string>();
  for (const extension of vscode.extensions.all) {
    const languages = (extension.packageJSON as { contributes?: { languages?: Array<{ id?: string; extensions?: string[] }> } }).contributes?.languages;
    for (const language of languages ?? []) {
      if (!language.id || !wanted.has(language.id)) continue;
      for (const ending of language.extensions ?? []) if (/^\.[\w.-]+$/.test(ending)) endings.add(ending.slice(1).toLowerCase());
    }
  }
  return [...endings].sort();
}

export async function lintWorkspace(linter: DraftLinter, diagnostics: DiagnosticsPublisher): Promise<WorkspaceLintSummary> {
  const summary: WorkspaceLintSummary = { files: 0, filesWithProblems: 0, skipped: 0, counts: { error: 0, warning: 0, info: 0 }, cancelled: false };
  const endings = draftFileEndings();
  if (!vscode.workspace.workspaceFolders?.length || endings.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postlint: open a folder to lint its drafts.'));
    return summary;
  }
  const glob = endings.length === 1 ? `**/*.${endings[0]}` : `**/*.{${endings.join(',')}}`;
  const found = await vscode.workspace.findFiles(glob, undefined, 20_000);
  const uris = found.filter((uri) => !uri.path.includes('/node_modules/')).sort((a, b) => a.toString().localeCompare(b.toString()));
  const openDocuments = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));

  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Postlint: linting the workspace'), cancellable: true },
    async (progress, token) => {
      for (const [index, uri] of uris.entries()) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        progress.report({ increment: 100 / uris.length, message: `${index + 1}/${uris.length} ${path.basename(uri.path)}` });
        const findings = await lintOne(uri, openDocuments.get(uri.toString()), linter, diagnostics);
        if (findings === undefined) {
          summary.skipped++;
          continue;
        }
        summary.files++;
        if (findings.length > 0) summary.filesWithProblems++;
        for (const severity of findings) summary.counts[severity]++;
        // Let the editor breathe between files: the host also serves typing and hovers.
        if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
      }
    },
  );

  const message = vscode.l10n.t(
    'Postlint checked {0} file(s): {1} error(s), {2} warning(s), {3} info(s) in {4} file(s).',
    summary.files,
    summary.counts.error,
    summary.counts.warning,
    summary.counts.info,
    summary.filesWithProblems,
  );
  const skipped = summary.skipped ? ` ${vscode.l10n.t('{0} file(s) skipped (larger than postlint.maxFileSizeKB).', summary.skipped)}` : '';
  const showProblems = vscode.l10n.t('Show Problems');
  void vscode.window.showInformationMessage(message + skipped, showProblems).then((choice) => {
    if (choice === showProblems) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}

/** The severities of one file's findings, or undefined when it was skipped. */
async function lintOne(
  uri: vscode.Uri,
  open: vscode.TextDocument | undefined,
  linter: DraftLinter,
  diagnostics: DiagnosticsPublisher,
): Promise<Severity[] | undefined> {
  if (open) {
    const result = linter.resultFor(open);
    diagnostics.publishNow(open);
    return result?.findings.map((f) => f.severity);
  }
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxFileSizeKB(uri) * 1024) return undefined;
    let text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const result = linter.lintText(text, uri, uri.scheme === 'file' ? uri.fsPath : uri.path);
    diagnostics.publishFile(uri, text, result.findings);
    return result.findings.map((f) => f.severity);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Allow this word in this workspace

export type AllowOutcome = 'added' | 'present' | 'refused' | 'no-folder';

/**
 * Adds `word` to `allow` in the `.postlintrc.json` that governs `uri` (creating one at the
 * workspace folder's root when none does), as an undoable edit, then saves it — unless the user
 * has unsaved changes of their own in it, which stay theirs to save. An invalid file is never
 * rewritten: the user is told what is wrong and it is opened for them.
 */
export async function allowWord(configs: ConfigService, uri: vscode.Uri, word: string): Promise<AllowOutcome> {
  const file = configs.configFileFor(uri) ?? configs.newConfigFileFor(uri);
  if (!file) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Postlint: open a folder first; “allow” is written to .postlintrc.json in it.'));
    return 'no-folder';
  }
  const configUri = vscode.Uri.file(file);
  const exists = fs.existsSync(file) || vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === configUri.toString());
  const name = vscode.workspace.asRelativePath(configUri);

  if (!exists) {
    // Created with its contents in one step (undo deletes it); fails rather than overwrite a
    // file that appeared in the meantime.
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(configUri, { contents: Buffer.from(allowList().newConfigText(word), 'utf8') });
    if (!(await vscode.workspace.applyEdit(edit))) return 'refused';
    configs.reset();
    vscode.window.setStatusBarMessage(vscode.l10n.t('Postlint: created {0} allowing “{1}”.', name, word), 5000);
    return 'added';
  }

  const document = await vscode.workspace.openTextDocument(configUri);
  const wasDirty = document.isDirty;
  if (!wasDirty && !(await matchesDisk(document, file))) {
    // The file changed on disk and the editor has not caught up: saving now would overwrite it.
    void vscode.window.showWarningMessage(vscode.l10n.t('Postlint did not change {0}: it changed on disk a moment ago. Try again.', name));
    return 'refused';
  }
  const result = allowList().addAllowedWord(document.getText(), word);
  if (result.kind === 'present') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Postlint: “{0}” is already allowed in {1}.', word, name));
    return 'present';
  }
  if (result.kind === 'refused') {
    const open = vscode.l10n.t('Open {0}', name);
    void vscode.window
      .showErrorMessage(vscode.l10n.t('Postlint did not change {0}: {1}. Fix the file, then try again.', name, refusalText(result.reason, result.detail)), open)
      .then((choice) => {
        if (choice === open) void vscode.window.showTextDocument(document);
      });
    return 'refused';
  }
  const edits = result.edit.edits.map((e) => ({ start: e.offset, end: e.offset + e.length, text: e.content }));
  if (!(await vscode.workspace.applyEdit(workspaceEditOf(document, edits)))) return 'refused';
  if (!wasDirty) await document.save();
  configs.reset(configUri);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Postlint: “{0}” allowed in {1}.', word, name), 5000);
  return 'added';
}

/**
 * Whether a saved document holds what is on disk, waiting a little for VS Code to reload it
 * after an outside change (its file watcher and ours do not fire at the same moment).
 */
async function matchesDisk(document: vscode.TextDocument, file: string): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    let disk: string;
    try {
      disk = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return false;
    }
    if (document.getText() === disk && !document.isDirty) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

function refusalText(reason: 'invalid-json' | 'not-an-object' | 'allow-not-an-array', detail: string | undefined): string {
  switch (reason) {
    case 'invalid-json':
      return detail ? vscode.l10n.t('it is not valid JSON ({0})', detail) : vscode.l10n.t('it is not valid JSON');
    case 'not-an-object':
      return vscode.l10n.t('it does not hold a JSON object');
    case 'allow-not-an-array':
      return vscode.l10n.t('its "allow" is not a list');
  }
}
