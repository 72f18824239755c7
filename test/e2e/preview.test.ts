// As a writer would: open a draft, run "Postlint: Preview as Weibo" from the command palette
// (Ctrl+Shift+P), look at the card beside the editor, tap 全文 to read on and 收起 to fold it
// again; the same for Moments and Xiaohongshu; and a hostile draft that only ever shows as text.
// The card lives in the webview's nested iframes (iframe.webview → iframe#active-frame).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dialog, FrameLocator, Page } from 'playwright-core';
import { countWeibo } from '../../src/core/counting/weibo';
import { parseDraft } from '../../src/core/draft';
import { repoRoot } from '../../scripts/lib/paths';
import { exampleText, quickOpen, screenshot, screenshotsDir, type Workbench, workbench } from './workbench';

/** Ctrl+Shift+P, the command's title, Enter. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor();
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The preview's page inside the workbench. */
function previewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** A screenshot of the card alone (the platform page around it), for the README. */
async function cardScreenshot(frame: FrameLocator, name: string): Promise<string> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  await frame.locator('section.page').screenshot({ path: file });
  console.log(`      screenshot: ${path.relative(repoRoot, file)}`);
  return file;
}

/** The workbench's theme kind, from the classes VS Code puts on it. */
async function themeKind(page: Page): Promise<string> {
  const classes = ((await page.locator('.monaco-workbench').getAttribute('class')) ?? '').split(/\s+/);
  return classes.find((c) => ['vs', 'vs-dark', 'hc-black', 'hc-light'].includes(c)) ?? 'unknown';
}

/** Changes the profile's settings file, as a user's settings change would. */
function editSettings(wb: Workbench, change: (settings: Record<string, unknown>) => void): void {
  const file = path.join(wb.userDataDir, 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(settings);
  fs.writeFileSync(file, JSON.stringify(settings, null, 2));
}

/** Sets (or, with undefined, removes) the colour theme and waits for the workbench to show `kind`. */
async function setTheme(wb: Workbench, theme: string | undefined, kind: string): Promise<void> {
  editSettings(wb, (settings) => {
    if (theme) settings['workbench.colorTheme'] = theme;
    else delete settings['workbench.colorTheme'];
  });
  const deadline = Date.now() + 15_000;
  while ((await themeKind(wb.page)) !== kind) {
    if (Date.now() > deadline) throw new Error(`the workbench did not switch to a ${kind} theme (${theme ?? 'default'})`);
    await wb.page.waitForTimeout(200);
  }
}

/**
 * Ctrl+1 first, so the draft opens in the first group and the preview stays beside it. After a
 * click in the card the keyboard focus is inside the webview's iframes, where the workbench's
 * keys do not reach: take it back to the workbench first.
 */
async function openDraft(page: Page, fileName: string): Promise<void> {
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
  await page.keyboard.press('Control+1');
  await quickOpen(page, fileName);
}

/** The author name set in the settings (`postlint.author`) for drafts without `author:`. */
const AUTHOR = '老街面包店';

/** A launch post with everything the Weibo card styles, for the README. */
const LAUNCH = [
  '---',
  'images: 4',
  '---',
  '新店开张啦！#老街面包店# 这周六上午十点，老街拐角的小铺子正式开门[哈哈]',
  '头一炉是全麦吐司和红豆面包，@阿明 凌晨四点就起来揉面了☕',
  '店里全网最好吃的肉松小贝也在，每天现烤[心]',
  '地址和营业时间：https://example.com/bakery/opening?from=weibo',
  '',
].join('\n');

const HOSTILE = [
  '---',
  'author: "><img src=x onerror=alert(1)>',
  '---',
  '<img src=x onerror=alert(2)>',
  '<script>alert(3)</script></style><style>*{display:none}</style>',
  '<a href="javascript:alert(4)">点我</a> javascript:alert(5)',
  '',
].join('\n');

describe('the preview card', () => {
  let wb: Workbench;
  let page: Page;
  let initialTheme = 'vs-dark';
  const dialogs: string[] = [];
  const onDialog = (dialog: Dialog): void => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };

  before(async () => {
    wb = await workbench();
    page = wb.page;
    page.on('dialog', onDialog);
    // Written before anything is opened, so quick open's file list has them.
    fs.writeFileSync(path.join(wb.workspace, 'hostile.weibo'), HOSTILE);
    fs.writeFileSync(path.join(wb.workspace, 'launch.weibo'), LAUNCH);
    editSettings(wb, (settings) => {
      settings['postlint.author'] = AUTHOR;
    });
    initialTheme = await themeKind(page);
    // The cards for the README: light, like the apps' own default look.
    await setTheme(wb, 'Default Light Modern', 'vs');
  });

  after(async () => {
    page.off('dialog', onDialog);
    editSettings(wb, (settings) => {
      delete settings['postlint.author'];
    });
    await setTheme(wb, undefined, initialTheme);
    await runCommand(page, 'View: Close All Editors');
  });

  it('"Preview as Weibo" shows long.weibo folded at the 140th character; 全文 expands, 收起 folds', async function () {
    // The first quick open of a fresh workbench can take half a minute (file indexing).
    this.timeout(120_000);
    await openDraft(page, 'long.weibo');
    await runCommand(page, 'Postlint: Preview as Weibo');
    const frame = previewFrame(page);
    const card = frame.locator('article.card.weibo');
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator('.tab.active', { hasText: /Weibo preview|微博预览/ }).waitFor();
    assert.equal(await card.locator('.name').textContent(), AUTHOR, 'the author from the settings');

    const draft = parseDraft(exampleText('long.weibo'));
    const foldOffset = countWeibo(draft.body.text).foldOffset!;
    const firstHidden = draft.body.start + foldOffset;
    const expand = card.locator('.fold-more .toggle.expand');
    await expand.waitFor({ state: 'visible' });
    assert.equal(await expand.textContent(), '全文');
    assert.equal(await card.locator('.fold-more .ellipsis').textContent(), '...');
    // The segment the counter hides first is not on screen; the one before it is.
    const hidden = card.locator(`.card-text [data-start="${firstHidden}"]`);
    assert.equal(await hidden.isVisible(), false, 'the text past the fold is hidden');
    const lastShown = card.locator(`.card-text [data-end="${firstHidden}"]`);
    assert.equal(await lastShown.isVisible(), true, 'the text up to the fold is shown');
    const shownText = (await card.locator('.card-text').innerText()).replace(/\n/g, '');
    const beforeFold = draft.body.text.slice(foldOffset - 10, foldOffset).replace(/\n/g, '');
    assert.ok(shownText.endsWith(`${beforeFold}...全文`), `ends at the fold with ...全文: …${shownText.slice(-20)}`);
    await cardScreenshot(frame, 'preview-weibo');
    await screenshot(page, '10-preview-weibo');

    await expand.click();
    await hidden.waitFor({ state: 'visible' });
    assert.equal(await expand.isVisible(), false);
    const collapse = card.locator('.toggle.collapse');
    assert.equal(await collapse.textContent(), '收起');
    assert.ok((await card.locator('.card-text').innerText()).length > shownText.length + 1000, 'the whole post shows');
    await screenshot(page, '11-preview-weibo-expanded');

    await collapse.click();
    await hidden.waitFor({ state: 'hidden' });
    await expand.waitFor({ state: 'visible' });
  });

  it('marks the findings of hard-sell.moments in the Moments card, with the message on hover', async () => {
    await openDraft(page, 'hard-sell.moments');
    await runCommand(page, 'Postlint: Preview as Moments');
    const frame = previewFrame(page);
    const card = frame.locator('article.card.moments');
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator('.tab.active', { hasText: /Moments preview|朋友圈预览/ }).waitFor();
    const mark = card.locator('.mark', { hasText: '最好' }).first();
    await mark.waitFor();
    const title = (await mark.getAttribute('title')) ?? '';
    assert.match(title, /最好/);
    assert.match(title, /\(ad-law\)/);
    assert.match((await mark.getAttribute('class')) ?? '', /sev-error/);
    assert.equal(await card.locator('.name').textContent(), AUTHOR);
    await mark.hover();
    await cardScreenshot(frame, 'preview-moments');
    await screenshot(page, '12-preview-moments');
  });

  it('draws topics, @mentions, 网页链接, [表情] codes, the image grid and a marked finding on Weibo', async () => {
    await openDraft(page, 'launch.weibo');
    await runCommand(page, 'Postlint: Preview as Weibo');
    const frame = previewFrame(page);
    const card = frame.locator('article.card.weibo');
    await card.locator('.k-topic').waitFor({ timeout: 20_000 });
    assert.deepEqual(await card.locator('.k-topic').allTextContents(), ['#老街面包店#']);
    assert.deepEqual(await card.locator('.k-mention').allTextContents(), ['@阿明']);
    const link = card.locator('.k-link');
    assert.equal(await link.textContent(), '网页链接');
    assert.equal(await link.getAttribute('title'), 'https://example.com/bakery/opening?from=weibo');
    assert.deepEqual(await card.locator('.k-emoticon').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('title'))), ['[哈哈]', '[心]']);
    assert.equal(await card.locator('.grid.cols-2 .tile').count(), 4);
    const mark = card.locator('.mark.sev-error', { hasText: '全网' }).first();
    assert.match((await mark.getAttribute('title')) ?? '', /\(ad-law\)/);
    assert.equal(await card.locator('.toggle.expand').count(), 0, 'short enough not to fold');
    await cardScreenshot(frame, 'preview-weibo-launch');
    await screenshot(page, '14-preview-weibo-launch');
  });

  it('"Preview as Xiaohongshu" shows note.xhs with its title, tags and cover', async () => {
    await openDraft(page, 'note.xhs');
    await runCommand(page, 'Postlint: Preview as Xiaohongshu');
    const frame = previewFrame(page);
    const card = frame.locator('article.card.xiaohongshu');
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    assert.equal(await card.locator('.note-title').textContent(), '周末去郊外露营，这些装备真的够用');
    assert.equal(await card.locator('.card-head .name').textContent(), '阿青的周末', 'front matter beats the setting');
    assert.deepEqual(await card.locator('.k-topic').allTextContents(), ['#露营', '#周末去哪儿', '#新手露营']);
    assert.equal(await card.locator('.cover .indicator').textContent(), '1/6');
    await cardScreenshot(frame, 'preview-xiaohongshu');
    await screenshot(page, '13-preview-xiaohongshu');
  });

  it('shows a hostile draft as text: no dialog, no element from the draft', async () => {
    await openDraft(page, 'hostile.weibo');
    await runCommand(page, 'Postlint: Preview as Weibo');
    const frame = previewFrame(page);
    const card = frame.locator('article.card.weibo');
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    await card.locator('.name', { hasText: 'onerror' }).waitFor();
    assert.equal(await card.locator('.name').textContent(), '"><img src=x onerror=alert(1)>');
    // innerText: line breaks are <br> elements.
    const text = await card.locator('.card-text').innerText();
    assert.equal(text.trimEnd(), parseDraft(HOSTILE).body.text.trimEnd());
    assert.equal(await frame.locator('img').count(), 0);
    assert.equal(await frame.locator('#app script, #app style, #app a, #app [onerror], #app [href]').count(), 0);
    await page.waitForTimeout(500);
    assert.deepEqual(dialogs, [], 'no alert() ran');
    await cardScreenshot(frame, 'preview-hostile');
  });
});
