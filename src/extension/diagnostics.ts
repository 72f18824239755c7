// Findings → VS Code diagnostics, as the writer types: debounced per document, and a result
// is published only if the document is still open at the version that was linted.

import * as vscode from 'vscode';
import type { Finding, Severity } from '../core/types';
import { type DraftLinter, isDraftDocument, tooLarge } from './linting';
import { positionFinder } from './positions';
import { DEFAULT_DEBOUNCE_MS, debounceMs } from './settings';

export const DIAGNOSTIC_SOURCE = 'postlint';
/** The default of `postlint.debounceMs`. */
export const LINT_DELAY_MS = DEFAULT_DEBOUNCE_MS;

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

export function toDiagnostic(
  document: Pick<vscode.TextDocument, 'positionAt'>,
  finding: Finding,
  repositoryUrl: string,
): vscode.Diagnostic {
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
      // Settings or a `.postlintrc.json` changed (the linter has dropped its results).
      linter.onDidReset(() => this.publishAll()),
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
      }, debounceMs(document)),
    );
  }

  publishNow(document: vscode.TextDocument): void {
    if (!isDraftDocument(document)) {
      // The language mode was switched away from postdraft: its old findings no longer apply.
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
      result.findings.map((finding) => toDiagnostic(document, finding, this.repositoryUrl)),
    );
  }

  /** Findings of a file that is not open (Lint Workspace); opening it replaces them. */
  publishFile(uri: vscode.Uri, text: string, findings: readonly Finding[]): void {
    const positionAt = positionFinder(text);
    this.collection.set(
      uri,
      findings.map((finding) => toDiagnostic({ positionAt }, finding, this.repositoryUrl)),
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
