// "Postlint: Preview as Weibo / Moments / Xiaohongshu": one webview panel beside the editor that
// draws the active draft as the platform's card (src/core/card.ts builds it, media/preview.js
// draws it). Live: it follows edits, debounced like diagnostics and reading the same cached lint
// result, and follows the active editor. The draft travels to the webview only as JSON.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildCard } from '../core/card';
import { DEFAULT_PLATFORM, platformProfile } from '../core/platforms';
import type { PlatformId } from '../core/types';
import { lint, type LintResult } from '../core/engine';
import type { ConfigService } from './config';
import { type DraftLinter, isDraftDocument, messageLocale, tooLarge } from './linting';
import { newNonce, previewPage } from './previewHtml';
import { parseFromWebview, type RenderedState, type ToWebview } from './previewMessages';
import { previewCommands } from './previewCommands';
import { authorName, debounceMs } from './settings';

/** Not in the palette: what the panel shows and what its webview last reported, for the tests. */
export const PREVIEW_STATE_COMMAND = 'postlint.previewState';

const VIEW_TYPE = 'postlint.preview';

/** What `postlint.previewState` returns. */
export interface PreviewState {
  open: boolean;
  visible: boolean;
  platform: PlatformId;
  title: string | undefined;
  uri: string | undefined;
  version: number | undefined;
  /** The counter's fold as the card model has it (document offsets), for comparison with `rendered`. */
  fold: { counterOffset: number; offset: number } | null;
  /** The last report of the webview, measured from its DOM; undefined until it has drawn. */
  rendered: RenderedState | undefined;
  /** How many times the page (and so its nonce) was rendered. */
  pageRenders: number;
}

/** `Weibo preview`, `朋友圈预览`: the platform's short name, translated as the status bar does. */
function panelTitle(platform: PlatformId): string {
  return vscode.l10n.t('{0} preview', vscode.l10n.t(platformProfile(platform).shortName.en));
}

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private platform: PlatformId = DEFAULT_PLATFORM;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private rendered: RenderedState | undefined;
  private lastFold: PreviewState['fold'] = null;
  private pageRenders = 0;
  private wasVisible = false;
  /** The draft linted as another platform than its own ("Preview as Moments" on a .weibo file). */
  private forced: { uri: string; version: number; platform: PlatformId; result: LintResult } | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly panelSubscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: DraftLinter,
    private readonly configs: ConfigService,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focus moving to the panel itself (or the output) leaves no text editor: keep the draft.
        if (!this.panel || !editor || !isDraftDocument(editor.document) || editor.document === this.document) return;
        this.document = editor.document;
        this.update();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.panel && event.document === this.document) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document !== this.document) return;
        const active = vscode.window.activeTextEditor?.document;
        this.document = active && isDraftDocument(active) && !active.isClosed ? active : undefined;
        this.update();
      }),
      linter.onDidReset(() => {
        this.forced = undefined;
        this.update();
      }),
    );
  }

  /** Shows the panel for `document` (or the active draft) as `platform`'s card. */
  show(platform: PlatformId, document?: vscode.TextDocument): void {
    this.platform = platform;
    if (document && isDraftDocument(document)) this.document = document;
    else if (!this.document || this.document.isClosed) {
      const active = vscode.window.activeTextEditor?.document;
      this.document = active && isDraftDocument(active) ? active : undefined;
    }
    if (this.panel) {
      this.panel.title = panelTitle(platform);
      this.panel.reveal(undefined, true);
    } else this.createPanel();
    this.update();
  }

  state(): PreviewState {
    return {
      open: this.panel !== undefined,
      visible: this.panel?.visible ?? false,
      platform: this.platform,
      title: this.panel?.title,
      uri: this.document?.uri.toString(),
      version: this.document?.version,
      fold: this.lastFold,
      rendered: this.rendered,
      pageRenders: this.pageRenders,
    };
  }

  private createPanel(): void {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      panelTitle(this.platform),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        enableCommandUris: false,
        enableForms: false,
        // Drawn again from the model when shown again: cheap, and no hidden page keeps running.
        retainContextWhenHidden: false,
        localResourceRoots: [media],
      },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'preview-icon.svg');
    this.panel = panel;
    this.wasVisible = panel.visible;
    this.panelSubscriptions.push(
      panel.onDidDispose(() => this.onPanelDisposed()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        // Without retained context the page is loaded afresh when shown again: give it a fresh
        // nonce. Focus moving in or out of a visible panel changes nothing.
        const shownAgain = webviewPanel.visible && !this.wasVisible;
        this.wasVisible = webviewPanel.visible;
        if (shownAgain) this.renderPage();
      }),
    );
    this.renderPage();
  }

  /** Sets the page: a fixed shell with a new nonce. The card follows once the page says `ready`. */
  private renderPage(): void {
    if (!this.panel) return;
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    this.ready = false;
    this.rendered = undefined;
    this.pageRenders++;
    webview.html = previewPage({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      nonce: newNonce(),
      lang: messageLocale() === 'zh' ? 'zh-CN' : 'en',
    });
  }

  private receive(raw: unknown): void {
    const message = parseFromWebview(raw);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      this.update();
    } else this.rendered = message.state;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const document = this.document;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (document === this.document) this.update();
    }, debounceMs(document));
  }

  /** Sends the current draft's card (or why there is none) to the page. */
  private update(): void {
    if (!this.panel || !this.ready) return;
    const document = this.document;
    if (!document || document.isClosed) {
      this.lastFold = null;
      this.post({ type: 'empty', message: vscode.l10n.t('Open a post draft to see it as a card.') });
      return;
    }
    const large = tooLarge(document);
    if (large) {
      this.lastFold = null;
      this.post({
        type: 'empty',
        message: vscode.l10n.t('This draft is too large to preview ({0} KB; the limit is {1} KB).', large.sizeKB, large.limitKB),
      });
      return;
    }
    const result = this.resultFor(document);
    if (!result) return;
    const card = buildCard(result, { locale: messageLocale(), author: authorName(document) });
    this.lastFold = card.fold ? { counterOffset: card.fold.counterOffset, offset: card.fold.offset } : null;
    this.post({
      type: 'card',
      card,
      fileName: path.basename(document.fileName),
      uri: document.uri.toString(),
      version: document.version,
    });
  }

  /** The diagnostics' cached result when the draft is already this platform; otherwise linted as it. */
  private resultFor(document: vscode.TextDocument): LintResult | undefined {
    const own = this.linter.resultFor(document);
    if (!own || own.platform === this.platform) return own;
    const uri = document.uri.toString();
    const forced = this.forced;
    if (forced && forced.uri === uri && forced.version === document.version && forced.platform === this.platform) return forced.result;
    const result = lint(document.getText(), {
      fileName: document.fileName,
      platform: this.platform,
      locale: messageLocale(),
      config: this.configs.configForUri(document.uri),
    });
    this.forced = { uri, version: document.version, platform: this.platform, result };
    return result;
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  private onPanelDisposed(): void {
    clearTimeout(this.timer);
    for (const subscription of this.panelSubscriptions.splice(0)) subscription.dispose();
    this.panel = undefined;
    this.ready = false;
    this.rendered = undefined;
    this.forced = undefined;
    this.lastFold = null;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The document a command was run for: the editor/title menu passes its URI, the palette nothing. */
async function targetDocument(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return open ?? vscode.workspace.openTextDocument(uri);
  }
  return vscode.window.activeTextEditor?.document;
}

export function registerPreview(extensionUri: vscode.Uri, linter: DraftLinter, configs: ConfigService): vscode.Disposable[] {
  const preview = new PreviewPanel(extensionUri, linter, configs);
  const open = async (platform: PlatformId, uri: unknown): Promise<PreviewState> => {
    const document = await targetDocument(uri);
    if (!document || !isDraftDocument(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Postlint: open a post draft to preview it.'));
      return preview.state();
    }
    preview.show(platform, document);
    return preview.state();
  };
  return [
    preview,
    ...previewCommands().map(({ platform, command }) => vscode.commands.registerCommand(command, (uri?: unknown) => open(platform, uri))),
    vscode.commands.registerCommand(PREVIEW_STATE_COMMAND, () => preview.state()),
  ];
}
