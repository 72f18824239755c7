// Activation: wires the core's lint results into the editor. Each feature lives in its own
// file and is added here.

import * as vscode from 'vscode';
import { PostlintCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { ConfigService } from './config';
import { DiagnosticsPublisher } from './diagnostics';
import { PostlintHover } from './hover';
import { DRAFT_LANGUAGE_ID, DraftLinter } from './linting';
import { registerPreview } from './preview';
import { extraLanguages } from './settings';
import { StatusBar, type StatusSnapshot } from './statusBar';

/** What `activate` returns (`extension.exports`): read by the integration tests. */
export interface PostlintApi {
  statusBar(): StatusSnapshot;
}

/** postdraft plus the languages opted in through `postlint.languages` (in any folder). */
function draftSelector(): vscode.DocumentFilter[] {
  const languages = new Set([DRAFT_LANGUAGE_ID, ...extraLanguages(undefined)]);
  for (const folder of vscode.workspace.workspaceFolders ?? []) for (const id of extraLanguages(folder.uri)) languages.add(id);
  return [...languages].map((language) => ({ language }));
}

/** Hover and code action providers, registered again when `postlint.languages` changes. */
class LanguageFeatures implements vscode.Disposable {
  private registrations: vscode.Disposable[] = [];
  private readonly listener: vscode.Disposable;

  constructor(private readonly linter: DraftLinter) {
    this.register();
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('postlint.languages')) this.register();
    });
  }

  private register(): void {
    for (const registration of this.registrations) registration.dispose();
    const selector = draftSelector();
    this.registrations = [
      vscode.languages.registerCodeActionsProvider(selector, new PostlintCodeActions(this.linter), PostlintCodeActions.metadata),
      vscode.languages.registerHoverProvider(selector, new PostlintHover(this.linter)),
    ];
  }

  dispose(): void {
    this.listener.dispose();
    for (const registration of this.registrations) registration.dispose();
  }
}

export function activate(context: vscode.ExtensionContext): PostlintApi {
  const configs = new ConfigService();
  const linter = new DraftLinter(configs);
  const diagnostics = new DiagnosticsPublisher(linter);
  const statusBar = new StatusBar(linter);
  context.subscriptions.push(
    configs,
    linter,
    diagnostics,
    statusBar,
    new LanguageFeatures(linter),
    ...registerCommands(linter, diagnostics, configs),
    ...registerPreview(context.extensionUri, linter, configs),
  );
  return { statusBar: () => statusBar.snapshot() };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
