// The status bar item: `微博 132/140 · 广告度 18% · 语气 亲切` for the active draft, coloured
// when the text folds or is over the limit, a click opens the preview; hidden for other files.
// It shows the linter's results as they come (the diagnostics' debounce), never linting itself
// more often than a new editor or a new result asks for.

import * as vscode from 'vscode';
import { type DraftLinter, isDraftDocument, tooLarge } from './linting';
import { type StatusState, summarizeStatus } from './statusText';

/** What the item shows, for the integration tests (through the extension's exported API). */
export interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
  state: StatusState | 'skipped';
  command: string | undefined;
  /** Theme colour id of the background, if any. */
  background: string | undefined;
  /** The document it describes. */
  uri: string | undefined;
}

const BACKGROUND: Record<StatusState, string | undefined> = {
  ok: undefined,
  folded: 'statusBarItem.warningBackground',
  over: 'statusBarItem.errorBackground',
};

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('postlint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private current: StatusSnapshot = { visible: false, text: '', tooltip: '', state: 'ok', command: undefined, background: undefined, uri: undefined };

  constructor(private readonly linter: DraftLinter) {
    this.item.name = vscode.l10n.t('Postlint');
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // A new language mode arrives as a new document for the same editor.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === this.subject()) this.update();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
      linter.onDidLint(({ document }) => {
        if (document === this.subject()) this.update();
      }),
      linter.onDidReset(() => this.update()),
    );
    this.update();
  }

  snapshot(): StatusSnapshot {
    return { ...this.current };
  }

  /**
   * The active editor's document; while focus is elsewhere (the preview beside the draft, a
   * panel), the draft shown last, as long as it is still visible.
   */
  private subject(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active) return active;
    return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.current.uri)?.document;
  }

  update(): void {
    const document = this.subject();
    if (!document || !isDraftDocument(document)) {
      this.item.hide();
      this.current = { ...this.current, visible: false, uri: document?.uri.toString() };
      return;
    }
    const result = this.linter.resultFor(document);
    if (!result) {
      const size = tooLarge(document);
      this.show(document, {
        text: `$(circle-slash) ${vscode.l10n.t('Postlint: not checked')}`,
        tooltip: vscode.l10n.t(
          'This file is {0} KB, larger than postlint.maxFileSizeKB ({1} KB), so Postlint does not check it. Raise the setting to check it anyway.',
          size?.sizeKB ?? '?',
          size?.limitKB ?? '?',
        ),
        state: 'skipped',
        command: undefined,
        background: undefined,
      });
      return;
    }
    const summary = summarizeStatus(result, vscode.l10n.t);
    this.show(document, { ...summary, background: BACKGROUND[summary.state] });
  }

  private show(document: vscode.TextDocument, state: Omit<StatusSnapshot, 'visible' | 'uri'>): void {
    this.item.text = state.text;
    this.item.tooltip = state.tooltip;
    this.item.command = state.command;
    this.item.backgroundColor = state.background ? new vscode.ThemeColor(state.background) : undefined;
    this.item.show();
    this.current = { ...state, visible: true, uri: document.uri.toString() };
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
