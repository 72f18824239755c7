// Findings → VS Code diagnostics, as the writer types: debounced per document, and a result
// is published only if the document is still open at the version that was linted.

import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/types';
import { type DraftLinter, isDraftDocument } from './linting';

export const DIAGNOSTIC_SOURCE = 'postlint';
/** Long enough to skip the keystrokes of a word, short enough to feel live. */
export const LINT_DELAY_MS = 150;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Where a rule's page lives: `docs/rules/<id>.md` on the repository's default branch. */
export function ruleDocsUri(repositoryUrl: string, rule: string): vscode.Uri {
  const base = repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/$/, '');
  return vscode.Uri.parse(`${base}/blob/main/docs/rules/${rule}.md`);
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding, repositoryUrl: string): vscode.Diagnostic {
  // Offsets are UTF-16 code units of the whole text, exactly what positionAt expects.
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: ruleDocsUri(repositoryUrl, finding.rule) };
  return diagnostic;
}

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly linter: DraftLinter,
    private readonly repositoryUrl: string,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.publishNow(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.clear(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('postlint')) return;
        this.linter.forgetAll();
        this.publishAll();
      }),
    );
    this.publishAll();
  }

  publishAll(): void {
    for (const document of vscode.workspace.textDocuments) this.publishNow(document);
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
      }, LINT_DELAY_MS),
    );
  }

  private publishNow(document: vscode.TextDocument): void {
    if (!isDraftDocument(document)) {
      // The language mode was switched away from postdraft: its old findings no longer apply.
      if (this.collection.has(document.uri)) this.clear(document);
      return;
    }
    const version = document.version;
    const result = this.linter.resultFor(document);
    if (document.isClosed || document.version !== version) return;
    this.collection.set(
      document.uri,
      result.findings.map((finding) => toDiagnostic(document, finding, this.repositoryUrl)),
    );
  }

  private clear(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.collection.delete(document.uri);
    this.linter.forget(document);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}
