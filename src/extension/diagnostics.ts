// Findings → VS Code diagnostics, as the writer types: debounced per document, and a result
// is published only if the document is still open at the version that was linted. A file that
// goes away (deleted or renamed, in the editor or on disk) takes its diagnostics with it, unless
// an editor tab still shows its text; re-linting everything (settings or a config changed) goes
// a few milliseconds at a time, visible drafts first, so a hundred open drafts never stall typing.

import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ruleDocsUrl } from '../core/docs';
import type { Finding, Severity } from '../core/types';
import { type DraftLinter, isDraftDocument, tooLarge } from './linting';
import { positionFinder } from './positions';
import { DEFAULT_DEBOUNCE_MS, debounceMs } from './settings';

export const DIAGNOSTIC_SOURCE = 'postlint';
/** The default of `postlint.debounceMs`. */
export const LINT_DELAY_MS = DEFAULT_DEBOUNCE_MS;
/** How long one slice of a re-lint of every open draft may hold the extension host. */
const RELINT_SLICE_MS = 8;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(document: Pick<vscode.TextDocument, 'positionAt'>, finding: Finding): vscode.Diagnostic {
  // Offsets are UTF-16 code units of the whole text, exactly what positionAt expects.
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: vscode.Uri.parse(ruleDocsUrl(finding.rule)) };
  return diagnostic;
}

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Documents waiting for a re-lint (publishAll), drained a slice at a time. */
  private readonly queue = new Set<vscode.TextDocument>();
  private queueTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Files (or folders) deleted or renamed away. The extension host may keep a document of such
   * a file for minutes (when an extension opened it); it must not be linted back into Problems.
   */
  private readonly gone = new Map<string, vscode.Uri>();

  constructor(private readonly linter: DraftLinter) {
    this.subscriptions.push(
      // Queued, not linted in the event: a restored session or a folder opened at once
      // delivers dozens of documents in one go.
      vscode.workspace.onDidOpenTextDocument((document) => {
        this.returned(document.uri);
        this.enqueue([document]);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.clear(document)),
      // Settings or a `.postlintrc.json` changed (the linter has dropped its results).
      linter.onDidReset(() => this.publishAll()),
      // In the editor (Explorer, refactorings): editors follow a rename, the new name opens anew.
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          this.wentAway(oldUri);
          this.returned(newUri);
        }
      }),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.wentAway(uri))),
      vscode.workspace.onDidCreateFiles((event) => event.files.forEach((uri) => this.returned(uri))),
      // A deleted file's editor stays open (its text is still there) until its tab is closed.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = tabUri(tab);
          if (uri) this.tabClosed(uri);
        }
      }),
    );
    // On disk (git checkout, rm, another program): a watcher sees what the editor did not do.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.subscriptions.push(
      watcher,
      watcher.onDidDelete((uri) => this.wentAway(uri)),
      watcher.onDidCreate((uri) => this.returned(uri)),
    );
    this.publishAll();
  }

  /** Lints every open document again: the visible ones at once, the rest a slice at a time. */
  publishAll(): void {
    const visible = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document));
    for (const document of visible) this.publishNow(document);
    this.queue.clear();
    this.enqueue(vscode.workspace.textDocuments.filter((document) => !visible.has(document)));
  }

  private enqueue(documents: readonly vscode.TextDocument[]): void {
    for (const document of documents) this.queue.add(document);
    this.queueTimer ??= setTimeout(() => this.drainQueue(), 0);
  }

  private drainQueue(): void {
    this.queueTimer = undefined;
    const deadline = Date.now() + RELINT_SLICE_MS;
    for (const document of this.queue) {
      if (Date.now() >= deadline) break;
      this.queue.delete(document);
      if (!document.isClosed) this.publishNow(document);
    }
    if (this.queue.size > 0) this.queueTimer = setTimeout(() => this.drainQueue(), 0);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isDraftDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    const version = document.version;
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        // A newer change has its own timer; this one is stale.
        if (document.isClosed || document.version !== version) return;
        this.publishNow(document);
      }, debounceMs(document)),
    );
  }

  publishNow(document: vscode.TextDocument): void {
    if (!isDraftDocument(document) || this.orphaned(document)) {
      // The language mode was switched away from postdraft, or the file is gone and no editor
      // shows its text: its old findings no longer apply.
      if (this.collection.has(document.uri)) this.clear(document);
      return;
    }
    const version = document.version;
    const result = this.linter.resultFor(document);
    if (document.isClosed || document.version !== version) return;
    if (!result) {
      this.collection.set(document.uri, [tooLargeDiagnostic(document)]);
      return;
    }
    this.collection.set(
      document.uri,
      result.findings.map((finding) => toDiagnostic(document, finding)),
    );
  }

  /** Findings of a file that is not open (Lint Workspace); opening it replaces them. */
  publishFile(uri: vscode.Uri, text: string, findings: readonly Finding[]): void {
    const positionAt = positionFinder(text);
    this.collection.set(
      uri,
      findings.map((finding) => toDiagnostic({ positionAt }, finding)),
    );
  }

  private clear(document: vscode.TextDocument): void {
    this.drop(document.uri);
    // Closed: no stale document of that file is left to guard against.
    if (document.isClosed) this.gone.delete(document.uri.toString());
  }

  private drop(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.collection.delete(uri);
    this.linter.forgetUri(uri);
  }

  /**
   * A file or folder was deleted or renamed away: the diagnostics of every file at or under it
   * go, except those an editor tab still shows (deleted on disk, its text still open).
   */
  private wentAway(uri: vscode.Uri): void {
    // Only what concerns a document or a diagnostic is remembered: the watcher also reports
    // every file a build or `npm install` deletes.
    const concerns =
      vscode.workspace.textDocuments.some((document) => isAtOrUnder(document.uri, uri)) ||
      this.someDiagnosticAtOrUnder(uri);
    if (!concerns) return;
    this.gone.set(uri.toString(), uri);
    const stale: vscode.Uri[] = [];
    this.collection.forEach((file) => {
      if (isAtOrUnder(file, uri) && !shownInTab(file)) stale.push(file);
    });
    for (const file of stale) this.drop(file);
  }

  /** A file (or folder) exists again at `uri`: its open documents are linted again. */
  private returned(uri: vscode.Uri): void {
    if (this.gone.size === 0) return;
    let changed = false;
    for (const [key, goneUri] of [...this.gone]) {
      if (isAtOrUnder(goneUri, uri) || isAtOrUnder(uri, goneUri)) changed = this.gone.delete(key) || changed;
    }
    if (!changed) return;
    for (const document of vscode.workspace.textDocuments) {
      if (isAtOrUnder(document.uri, uri) && !this.collection.has(document.uri)) this.schedule(document);
    }
  }

  /** A tab closed: if its file is gone from disk, nothing shows that text any more. */
  private tabClosed(uri: vscode.Uri): void {
    if (uri.scheme === 'untitled' || !this.collection.has(uri) || shownInTab(uri)) return;
    if (this.isGone(uri)) {
      this.drop(uri);
      return;
    }
    // Deleted on disk without the watcher having said so yet (or outside what it watches).
    vscode.workspace.fs.stat(uri).then(
      () => undefined,
      () => {
        if (shownInTab(uri)) return;
        this.gone.set(uri.toString(), uri);
        this.drop(uri);
      },
    );
  }

  /**
   * A document whose file is gone and whose text no tab shows: the extension host may keep such
   * a document for minutes after a rename or delete. Asked before each lint; the disk is asked
   * only for documents no tab shows (re-lints in the background), not while one is typed in.
   */
  private orphaned(document: vscode.TextDocument): boolean {
    if (document.isUntitled || shownInTab(document.uri)) return false;
    if (this.isGone(document.uri)) return true;
    return document.uri.scheme === 'file' && !fs.existsSync(document.uri.fsPath);
  }

  private isGone(uri: vscode.Uri): boolean {
    if (this.gone.size === 0) return false;
    for (const goneUri of this.gone.values()) if (isAtOrUnder(uri, goneUri)) return true;
    return false;
  }

  private someDiagnosticAtOrUnder(uri: vscode.Uri): boolean {
    let found = false;
    this.collection.forEach((file) => {
      found ||= isAtOrUnder(file, uri);
    });
    return found;
  }

  dispose(): void {
    clearTimeout(this.queueTimer);
    this.queue.clear();
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}

/** `file` is `folder` itself or inside it (same scheme and authority). */
function isAtOrUnder(file: vscode.Uri, folder: vscode.Uri): boolean {
  if (file.scheme !== folder.scheme || file.authority !== folder.authority) return false;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return file.path === folder.path || file.path.startsWith(base);
}

/** The text document a tab shows, if it shows one. */
function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

/** Whether an editor tab (in any group) shows the document at `uri`. */
function shownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

/** Said in the Problems panel, so a skipped file is never mistaken for a clean one. */
function tooLargeDiagnostic(document: vscode.TextDocument): vscode.Diagnostic {
  const size = tooLarge(document);
  const message = vscode.l10n.t(
    'Postlint did not check this file: it is {0} KB, larger than postlint.maxFileSizeKB ({1} KB).',
    size?.sizeKB ?? '?',
    size?.limitKB ?? '?',
  );
  const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}
