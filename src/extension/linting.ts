// The one place the extension calls the core. Diagnostics, the status bar, hovers, code actions
// and the preview all read the same result for a document version instead of linting the text
// again each.

import * as vscode from 'vscode';
import { lint, type LintResult } from '../core/engine';
import type { Locale } from '../core/types';
import type { ConfigService } from './config';
import { explicitDefaultPlatform, extraLanguages, maxFileSizeKB } from './settings';

export const DRAFT_LANGUAGE_ID = 'postdraft';

/** A post draft, or a document of a language the user opted in through `postlint.languages`. */
export function isDraftDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === DRAFT_LANGUAGE_ID) return true;
  return extraLanguages(document).includes(document.languageId);
}

/** DESIGN.md: messages are Chinese by default, English when VS Code's display language is English. */
export function messageLocale(language = vscode.env.language): Locale {
  return language.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** Why a draft was not linted: it is larger than `postlint.maxFileSizeKB`. */
export interface TooLarge {
  sizeKB: number;
  limitKB: number;
}

/**
 * The document's size in KB of UTF-8 when it is over the limit, else undefined. Cheap for the
 * common case: a UTF-16 unit is 1 to 3 bytes of UTF-8, so the length alone usually decides, and
 * a document that may be over is measured once per version (hovers, code actions, the status
 * bar and the preview all ask).
 */
export function tooLarge(document: vscode.TextDocument, limitKB = maxFileSizeKB(document)): TooLarge | undefined {
  const limit = limitKB * 1024;
  const units = document.offsetAt(new vscode.Position(document.lineCount, 0));
  if (units * 3 <= limit) return undefined;
  // The bytes, not the units, even when the units alone are over the limit: the notice says how
  // big the file is, and 300,000 Chinese characters are 879 KB, not 293.
  const bytes = utf8Bytes(document);
  return bytes > limit ? { sizeKB: Math.round(bytes / 1024), limitKB } : undefined;
}

const measured = new WeakMap<vscode.TextDocument, { version: number; bytes: number }>();

function utf8Bytes(document: vscode.TextDocument): number {
  const known = measured.get(document);
  if (known?.version === document.version) return known.bytes;
  const bytes = Buffer.byteLength(document.getText(), 'utf8');
  measured.set(document, { version: document.version, bytes });
  return bytes;
}

interface CachedResult {
  version: number;
  result: LintResult;
}

export interface LintEvent {
  document: vscode.TextDocument;
  result: LintResult;
}

export class DraftLinter implements vscode.Disposable {
  private readonly results = new Map<string, CachedResult>();
  private readonly linted = new vscode.EventEmitter<LintEvent>();
  private readonly reset = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** A new result was computed (a new document version, or after a reset). */
  readonly onDidLint = this.linted.event;
  /** Settings or a `.postlintrc.json` changed: every result is stale; views should ask again. */
  readonly onDidReset = this.reset.event;

  constructor(private readonly configs: ConfigService) {
    this.subscriptions.push(
      this.linted,
      this.reset,
      configs.onDidChange(() => this.forgetAll()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('postlint')) this.forgetAll();
      }),
    );
  }

  /**
   * The core's result for the document as it is now; cached per document version. Undefined
   * when the document is too large to lint (see `tooLarge`).
   */
  resultFor(document: vscode.TextDocument): LintResult | undefined {
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (cached && cached.version === document.version) return cached.result;
    if (tooLarge(document)) {
      this.results.delete(key);
      return undefined;
    }
    const result = this.lintText(document.getText(), document.uri, document.fileName);
    this.results.set(key, { version: document.version, result });
    this.linted.fire({ document, result });
    return result;
  }

  /** Lints a file's text that has no open document (Lint Workspace). Not cached. */
  lintText(text: string, uri: vscode.Uri, fileName = uri.path): LintResult {
    const config = this.configs.configForUri(uri);
    return lint(text, {
      fileName,
      locale: messageLocale(),
      config,
      // `.postlintrc.json` wins over the setting, as it does for rules (see configMerge.ts).
      defaultPlatform: config.platform ?? explicitDefaultPlatform(uri),
    });
  }

  forget(document: vscode.TextDocument): void {
    this.forgetUri(document.uri);
  }

  /** A file was deleted or renamed away: its cached result names a file that is gone. */
  forgetUri(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
  }

  /** Settings or a config file changed: every cached result may be wrong. */
  forgetAll(): void {
    this.results.clear();
    this.reset.fire();
  }

  dispose(): void {
    this.results.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
