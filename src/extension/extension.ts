// Activation: wires the core's lint results into the editor. Each feature lives in its own
// file and is added here; this slice has diagnostics only.

import * as vscode from 'vscode';
import { DiagnosticsPublisher } from './diagnostics';
import { DraftLinter } from './linting';

/** Used for rule doc links when package.json names no repository. */
const FALLBACK_REPOSITORY = 'https://github.com/postlint/postlint';

function repositoryUrl(context: vscode.ExtensionContext): string {
  const repository = (context.extension.packageJSON as { repository?: string | { url?: string } }).repository;
  const url = typeof repository === 'string' ? repository : repository?.url;
  return url && /^(git\+)?https:\/\//.test(url) ? url : FALLBACK_REPOSITORY;
}

export function activate(context: vscode.ExtensionContext): void {
  const linter = new DraftLinter();
  context.subscriptions.push(linter, new DiagnosticsPublisher(linter, repositoryUrl(context)));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
