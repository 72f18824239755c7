// As a writer would: open a draft with Ctrl+P, look at the Problems panel (Ctrl+Shift+M),
// type into the draft and watch the rows change, close it and watch them go.

import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  exampleText,
  focusEditorEnd,
  positionOf,
  type ProblemRow,
  quickOpen,
  screenshot,
  showProblems,
  waitForProblems,
  workbench,
} from './workbench';

const inFile = (file: string) => (rows: ProblemRow[]) => rows.filter((row) => row.file === file);

describe('the Problems panel while writing a draft', () => {
  let page: Page;

  before(async () => {
    ({ page } = await workbench());
  });

  it('lists the Advertising Law terms of hard-sell.moments where they are', async () => {
    await quickOpen(page, 'hard-sell.moments');
    await showProblems(page);
    const text = exampleText('hard-sell.moments');
    const expected = ['最好', '第一', '国家级'].map((word) => ({ word, ...positionOf(text, word) }));
    const rows = await waitForProblems(
      page,
      (rows) =>
        expected.every(({ line, column }) =>
          inFile('hard-sell.moments')(rows).some((row) => row.code === 'ad-law' && row.line === line && row.column === column),
        ),
      'ad-law rows at 最好, 第一 and 国家级',
    );
    for (const row of inFile('hard-sell.moments')(rows)) assert.equal(row.source, 'postlint');
    await screenshot(page, '01-hard-sell-problems');
  });

  it('adds a row when 最好 is typed into clean.weibo and removes it when it is deleted', async () => {
    await quickOpen(page, 'clean.weibo');
    await showProblems(page);
    await page.waitForTimeout(500);
    assert.deepEqual(inFile('clean.weibo')(await waitForProblems(page, () => true, 'the panel')), [], 'starts clean');
    await screenshot(page, '02-clean-draft');

    // Ctrl+End: the last line of the editor, after the draft's final newline.
    const lastLine = exampleText('clean.weibo').split('\n').length;
    await focusEditorEnd(page);
    // Beside a new product (新品): ad-law reads claims in the sentence that sells (issue 11).
    await page.keyboard.type('新品拿铁是最好的一杯');
    const rows = await waitForProblems(
      page,
      (rows) => inFile('clean.weibo')(rows).some((row) => row.code === 'ad-law'),
      'an ad-law row for the typed 最好',
    );
    const typed = inFile('clean.weibo')(rows).find((row) => row.code === 'ad-law')!;
    assert.deepEqual({ line: typed.line, column: typed.column }, { line: lastLine, column: '新品拿铁是'.length + 1 });
    await screenshot(page, '03-typed-absolute-term');

    for (let i = 0; i < '新品拿铁是最好的一杯'.length; i++) await page.keyboard.press('Backspace');
    await waitForProblems(page, (rows) => inFile('clean.weibo')(rows).length === 0, 'clean.weibo without rows');
    await screenshot(page, '04-deleted-again');
  });

  it('drops a draft’s rows when its editor is closed', async () => {
    await quickOpen(page, 'hard-sell.moments');
    await waitForProblems(page, (rows) => inFile('hard-sell.moments')(rows).length > 0, 'rows for hard-sell.moments');
    await page.locator('.tabs-container .tab.active .tab-actions .action-label').click();
    await waitForProblems(page, (rows) => inFile('hard-sell.moments')(rows).length === 0, 'no rows for hard-sell.moments');
    await screenshot(page, '05-closed');
  });
});
