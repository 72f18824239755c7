// One real VS Code (code-server + the installed extension) and one Chromium page for the whole
// e2e run, and the few gestures the tests make with them — the keys a person would press.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, openWorkbench } from '../../scripts/lib/browser';
import { installBuiltExtension, type RunningCodeServer, startCodeServer } from '../../scripts/lib/code-server';
import { repoRoot, resultsDir, tmpDir } from '../../scripts/lib/paths';

export const screenshotsDir = path.join(resultsDir, 'screenshots');

export interface Workbench {
  page: Page;
  workspace: string;
  server: RunningCodeServer;
  browser: Browser;
  runDir: string;
  userDataDir: string;
}

/** Editor settings that keep typed text exactly as typed. */
const TYPING_SETTINGS = {
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.wordBasedSuggestions': 'off',
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'workbench.editor.enablePreview': false,
};

let current: Promise<Workbench> | undefined;

async function start(): Promise<Workbench> {
  const runDir = path.join(tmpDir, `e2e-${process.pid}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'examples'), workspace, { recursive: true });
  const extensionsDir = path.join(runDir, 'extensions');
  installBuiltExtension(extensionsDir);
  const userDataDir = path.join(runDir, 'user-data');
  const server = await startCodeServer({
    workspace,
    extensionsDir,
    userDataDir,
    settings: TYPING_SETTINGS,
    logFile: path.join(resultsDir, 'logs', 'e2e-code-server.log'),
  });
  const browser = await launchChromium();
  const page = await openWorkbench(browser, server.workspaceUrl);
  return { page, workspace, server, browser, runDir, userDataDir };
}

export function workbench(): Promise<Workbench> {
  current ??= start();
  return current;
}

export async function workbenchIfStarted(): Promise<Workbench | undefined> {
  return current?.catch(() => undefined);
}

export async function closeWorkbench(keepRunDir: boolean): Promise<void> {
  if (!current) return;
  const { browser, server, runDir } = await current;
  current = undefined;
  await browser.close();
  await server.stop();
  if (!keepRunDir) fs.rmSync(runDir, { recursive: true, force: true });
}

/** Saves a full-window screenshot under test-results/screenshots/ and prints where. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`      screenshot: ${path.relative(repoRoot, file)}`);
  return file;
}

/** Ctrl+P, the file name, Enter — and wait for its tab to be the active one. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(fileName);
  // Wait until the focused pick is this file: right after typing, the list can still show the
  // unfiltered recent files, and Enter would open the first of those.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${fileName}"]`).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** Ctrl+Shift+M: the Problems panel. */
export async function showProblems(page: Page): Promise<Locator> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible' });
  return panel;
}

/** The rows of the Problems panel's tree, file rows and problem rows alike, as text. */
export async function problemRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-tl-contents').allInnerTexts();
}

/** Puts the cursor at the end of the active editor's text. */
export async function focusEditorEnd(page: Page): Promise<void> {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
}

export interface ProblemRow {
  /** The file a problem row belongs to (its file row's name). */
  file: string;
  message: string;
  source: string;
  code: string;
  line: number;
  column: number;
}

/** The Problems panel as data: one entry per problem, with the file it is listed under. */
export async function problems(page: Page): Promise<ProblemRow[]> {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) =>
    elements.map((element) => ({
      level: element.getAttribute('aria-level'),
      name: element.querySelector('.label-name')?.textContent ?? '',
      message: element.querySelector('.marker-message')?.textContent ?? '',
      source: element.querySelector('.marker-source')?.textContent ?? '',
      code: element.querySelector('.marker-code')?.textContent ?? '',
      position: element.querySelector('.marker-line')?.textContent ?? '',
    })),
  );
  const result: ProblemRow[] = [];
  let file = '';
  for (const row of rows) {
    if (row.level === '1') {
      file = row.name;
      continue;
    }
    const position = /Ln (\d+), Col (\d+)/.exec(row.position);
    result.push({
      file,
      message: row.message,
      source: row.source,
      code: row.code,
      line: Number(position?.[1] ?? 0),
      column: Number(position?.[2] ?? 0),
    });
  }
  return result;
}

/** Polls the Problems panel until `accept` holds; the error shows what the panel listed last. */
export async function waitForProblems(
  page: Page,
  accept: (rows: ProblemRow[]) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<ProblemRow[]> {
  const deadline = Date.now() + timeoutMs;
  let rows: ProblemRow[] = [];
  while (Date.now() < deadline) {
    rows = await problems(page);
    if (accept(rows)) return rows;
    await page.waitForTimeout(200);
  }
  const listed = rows.map((r) => `${r.file} ${r.code} [${r.line}:${r.column}] ${r.message}`).join('\n  ');
  throw new Error(`timed out waiting for ${what}; the Problems panel lists:\n  ${listed || '(nothing)'}`);
}

/** 1-based line and UTF-16 column of `word` in an example draft, as the Problems panel shows them. */
export function positionOf(text: string, word: string): { line: number; column: number } {
  const offset = text.indexOf(word);
  if (offset < 0) throw new Error(`“${word}” is not in the draft`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export function exampleText(name: string): string {
  return fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
}
