// `.postlintrc.json` in the editor: the nearest one up the folder tree governs a draft (the
// CLI's rule, through the core's ConfigResolver), an open config's unsaved text counts (so an
// edit applies as you type), a FileSystemWatcher catches files created, changed or deleted
// outside the editor, and what is wrong in a config is shown as diagnostics on the file itself.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type ConfigLoad, DEFAULT_CONFIG, type ResolvedConfig } from '../core/config';
import { CONFIG_FILE_NAME, type ConfigFs, ConfigResolver } from '../core/config-file';
import { mergeRuleSeverities } from './configMerge';
import { positionFinder } from './positions';
import { debounceMs, ruleSeverities } from './settings';

export const CONFIG_DIAGNOSTIC_SOURCE = 'postlint';

export function isConfigDocument(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && path.basename(document.uri.fsPath) === CONFIG_FILE_NAME;
}

/**
 * The unsaved text of an open `.postlintrc.json` for `file`. A saved one is read from disk: an
 * open document learns of a change on disk a moment after the file watcher does.
 */
function unsavedConfigText(file: string): string | undefined {
  const wanted = path.resolve(file);
  const document = vscode.workspace.textDocuments.find((d) => d.isDirty && d.uri.scheme === 'file' && path.resolve(d.uri.fsPath) === wanted);
  return document?.getText();
}

/** Node's fs, except that a config with unsaved edits is read from its editor. */
const editorAwareFs: ConfigFs = {
  statSync: (file, options) => fs.statSync(file, options),
  readFileSync: (file, encoding) => unsavedConfigText(file) ?? fs.readFileSync(file, encoding),
};

export class ConfigService implements vscode.Disposable {
  private readonly resolver = new ConfigResolver(editorAwareFs);
  private readonly problems = vscode.languages.createDiagnosticCollection('postlint-config');
  /** Loads whose problems are on screen, so each is published once. */
  private readonly published = new WeakSet<ConfigLoad>();
  /** config → settings key → merged config (folders of a multi-root workspace may differ). */
  private readonly merged = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private editTimer: ReturnType<typeof setTimeout> | undefined;

  /** A config file was created, edited or deleted: every draft's config may differ. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(() => this.reset()),
      watcher.onDidChange((uri) => this.reset(uri)),
      watcher.onDidDelete((uri) => {
        this.problems.delete(uri);
        this.reset();
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (isConfigDocument(document)) this.publishProblems(this.resolver.load(document.uri.fsPath));
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (isConfigDocument(event.document) && event.contentChanges.length > 0) this.scheduleReset(event.document);
      }),
      // Closed unsaved: the file on disk governs again.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (isConfigDocument(document) && document.isDirty) this.reset(document.uri);
      }),
    );
    for (const document of vscode.workspace.textDocuments) {
      if (isConfigDocument(document)) this.publishProblems(this.resolver.load(document.uri.fsPath));
    }
  }

  /** The configuration for a draft: its `.postlintrc.json` with `postlint.rules` under it. */
  configFor(document: vscode.TextDocument): ResolvedConfig {
    return this.configForUri(document.uri);
  }

  configForUri(uri: vscode.Uri): ResolvedConfig {
    const file = this.configFileFor(uri);
    let config = DEFAULT_CONFIG;
    if (file) {
      const load = this.resolver.load(file);
      this.publishProblems(load);
      config = load.config;
    }
    return this.withSettings(config, uri);
  }

  /**
   * Path of the `.postlintrc.json` governing `uri`: the nearest at or above its folder, or for
   * an untitled or virtual document the one at (or above) the first workspace folder.
   */
  configFileFor(uri: vscode.Uri): string | null {
    const dir = this.directoryFor(uri);
    return dir ? this.resolver.findConfigFile(dir) : null;
  }

  /** Where "allow this word" writes when no config governs `uri` yet. */
  newConfigFileFor(uri: vscode.Uri): string | null {
    const folder = uri.scheme === 'file' ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const target = folder ?? vscode.workspace.workspaceFolders?.[0];
    if (target?.uri.scheme === 'file') return path.join(target.uri.fsPath, CONFIG_FILE_NAME);
    return uri.scheme === 'file' ? path.join(path.dirname(uri.fsPath), CONFIG_FILE_NAME) : null;
  }

  private directoryFor(uri: vscode.Uri): string | null {
    if (uri.scheme === 'file') return path.dirname(uri.fsPath);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder?.uri.scheme === 'file' ? folder.uri.fsPath : null;
  }

  private withSettings(config: ResolvedConfig, uri: vscode.Uri): ResolvedConfig {
    const severities = ruleSeverities(uri);
    const key = JSON.stringify(severities);
    let byKey = this.merged.get(config);
    if (!byKey) this.merged.set(config, (byKey = new Map()));
    // Same object for the same inputs: the engine compiles its matcher once per config object.
    let merged = byKey.get(key);
    if (!merged) byKey.set(key, (merged = mergeRuleSeverities(config, severities)));
    return merged;
  }

  private scheduleReset(document: vscode.TextDocument): void {
    clearTimeout(this.editTimer);
    this.editTimer = setTimeout(() => this.reset(document.uri), debounceMs(document));
  }

  /** Forgets what was read (one file, or all when files appeared or vanished) and tells the linter. */
  reset(uri?: vscode.Uri): void {
    this.resolver.invalidate(uri?.fsPath);
    if (uri) {
      // Republish now: the file may govern no open draft, but its own editor shows its problems.
      if (fs.existsSync(uri.fsPath) || unsavedConfigText(uri.fsPath) !== undefined) this.publishProblems(this.resolver.load(uri.fsPath));
      else this.problems.delete(uri);
    }
    this.changed.fire();
  }

  private publishProblems(load: ConfigLoad): void {
    if (this.published.has(load) || !load.config.file) return;
    this.published.add(load);
    const file = load.config.file;
    const uri = vscode.Uri.file(file);
    if (load.problems.length === 0) {
      this.problems.delete(uri);
      return;
    }
    let text = '';
    try {
      text = editorAwareFs.readFileSync(file, 'utf8');
    } catch {
      // Unreadable: the problem itself says so; it goes at the top of the file.
    }
    const positionAt = positionFinder(text);
    this.problems.set(
      uri,
      load.problems.map((problem) => {
        const start = positionAt(problem.start ?? 0);
        const end = problem.end !== undefined && problem.end > (problem.start ?? 0) ? positionAt(problem.end) : start.translate(0, 1);
        const where = problem.path ? `${problem.path}: ` : '';
        const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end), `${where}${problem.message}`, vscode.DiagnosticSeverity.Error);
        diagnostic.source = CONFIG_DIAGNOSTIC_SOURCE;
        return diagnostic;
      }),
    );
  }

  dispose(): void {
    clearTimeout(this.editTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }
}
