// The extension's settings (`contributes.configuration` in package.json), read in one place.
// All are resource-scoped: a folder of a multi-root workspace can have its own.

import * as vscode from 'vscode';
import { isPlatformId } from '../core/draft';
import type { PlatformId } from '../core/types';
import { cleanRuleSeverities, type RuleSeverities } from './configMerge';

export const SECTION = 'postlint';

/** Default of `postlint.debounceMs`: long enough to skip the keystrokes of a word, short enough to feel live. */
export const DEFAULT_DEBOUNCE_MS = 150;

/**
 * Default of `postlint.maxFileSizeKB`. A post is at most a few KB (Weibo's 2000 characters are
 * 6 KB of UTF-8). The core lints about 2 KB per millisecond (measured on the examples repeated:
 * 256 KB in ~140 ms, 10 MB in ~4.5 s), so past this size a keystroke would stall the extension
 * host noticeably; such a file is a data dump opened by mistake, not a draft.
 */
export const DEFAULT_MAX_FILE_SIZE_KB = 256;

type Scope = vscode.ConfigurationScope | undefined;

function settings(scope: Scope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/**
 * `postlint.defaultPlatform`, only when the user set it: left at its default, a `platform` in
 * `.postlintrc.json` (and then the engine's own default) decides.
 */
export function explicitDefaultPlatform(scope: Scope): PlatformId | undefined {
  const setting = settings(scope).inspect<string>('defaultPlatform');
  const value = setting?.workspaceFolderValue ?? setting?.workspaceValue ?? setting?.globalValue;
  return isPlatformId(value) ? value : undefined;
}

/** Language ids linted besides `postdraft` (`postlint.languages`). */
export function extraLanguages(scope: Scope): string[] {
  const value = settings(scope).get<unknown>('languages');
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && id.length > 0) : [];
}

/** Per-rule severities (`postlint.rules`); `.postlintrc.json` wins where it names a rule. */
export function ruleSeverities(scope: Scope): RuleSeverities {
  return cleanRuleSeverities(settings(scope).get<unknown>('rules'));
}

export function debounceMs(scope: Scope): number {
  const value = settings(scope).get<unknown>('debounceMs');
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), 5000) : DEFAULT_DEBOUNCE_MS;
}

/** Display name for the preview card when the draft's front matter has no `author`. */
export function authorName(scope: Scope): string {
  const value = settings(scope).get<unknown>('author');
  return typeof value === 'string' ? value.trim() : '';
}

/** Drafts larger than this many KB (UTF-8) are not linted (`postlint.maxFileSizeKB`). */
export function maxFileSizeKB(scope: Scope): number {
  const value = settings(scope).get<unknown>('maxFileSizeKB');
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_MAX_FILE_SIZE_KB;
}
