// The one place the extension calls the core. Diagnostics today, and the status bar, hovers and
// preview of the next slice, all read the same result for a document version instead of linting
// the text again each.

import * as vscode from 'vscode';
import { lint, type LintResult } from '../core/engine';
import { isPlatformId } from '../core/draft';
import type { Locale, PlatformId } from '../core/types';

export const DRAFT_LANGUAGE_ID = 'postdraft';

export function isDraftDocument(document: vscode.TextDocument): boolean {
  return document.languageId === DRAFT_LANGUAGE_ID;
}

/** DESIGN.md: messages are Chinese by default, English when VS Code's display language is English. */
export function messageLocale(language = vscode.env.language): Locale {
  return language.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/**
 * The setting only when the user set it: left at its default, the engine's own default (and a
 * `platform` in `.postlintrc.json`, once the extension reads it) decide.
 */
function defaultPlatform(document: vscode.TextDocument): PlatformId | undefined {
  const setting = vscode.workspace.getConfiguration('postlint', document).inspect<string>('defaultPlatform');
  const value = setting?.workspaceFolderValue ?? setting?.workspaceValue ?? setting?.globalValue;
  return isPlatformId(value) ? value : undefined;
}

interface CachedResult {
  version: number;
  result: LintResult;
}

export class DraftLinter implements vscode.Disposable {
  private readonly results = new Map<string, CachedResult>();

  /** The core's result for the document as it is now; cached per document version. */
  resultFor(document: vscode.TextDocument): LintResult {
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const result = lint(document.getText(), {
      fileName: document.fileName,
      locale: messageLocale(),
      defaultPlatform: defaultPlatform(document),
    });
    this.results.set(key, { version: document.version, result });
    return result;
  }

  forget(document: vscode.TextDocument): void {
    this.results.delete(document.uri.toString());
  }

  /** Settings changed: every cached result may be wrong. */
  forgetAll(): void {
    this.results.clear();
  }

  dispose(): void {
    this.results.clear();
  }
}
