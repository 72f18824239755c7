// Issue 5 §3: an edit to a 5,000-character draft shows in the diagnostics within the debounce
// plus at most 10 ms. Measured in the real editor and printed in the test's title (the driver
// prints titles): from the document change the extension host sees to the status bar showing
// the new result (set in the same task as the diagnostics). The assertion only guards against
// a gross regression, since timers on a loaded CI machine are not a benchmark.

import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { deleteWorkspaceFile, openWritten, postlintApi, revertAll, writeWorkspaceFile } from './editor-helpers';
import { closeAllEditors, postlintDiagnostics, ruleOf, waitForDiagnostics } from './helpers';

/** About 5,000 characters of post text with a few findings in it, as a long draft would have. */
function longDraft(): string {
  const lines = [
    '周末和朋友去了新开的咖啡店，环境安静，适合坐一下午。',
    '拿铁的奶泡很细，豆子是店里自己烘的，酸度刚好。',
    '老板说下个月会上新的手冲单品，到时候再来试试。',
    '这是我们喝过最好的一杯，赶紧下单吧！！！',
    '店里还有几本旧书可以翻，窗边的位置最舒服。',
  ];
  let text = '';
  for (let i = 0; text.length < 5000; i++) text += lines[i % lines.length] + '\n';
  return text.slice(0, 5000);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

describe('edit latency (issue 5 §3)', function () {
  this.timeout(60_000);
  const name = 'latency-5000.weibo';

  after(async () => {
    await revertAll();
    await closeAllEditors();
    await deleteWorkspaceFile(name);
  });

  it('shows an edit to a 5,000-character draft within the debounce plus a few ms', async function () {
    const api = await postlintApi();
    const text = longDraft();
    const uri = await writeWorkspaceFile(name, text);
    const editor = await openWritten(uri, text);
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the first lint of the long draft');
    const debounceMs = vscode.workspace.getConfiguration('postlint', uri).get<number>('debounceMs') ?? 150;
    const same = (u: vscode.Uri) => u.toString() === uri.toString();
    const claim = '\n这是最好的。';
    // ad-law findings in the appended sentence (after the draft as written).
    const claimsAtEnd = () => postlintDiagnostics(uri).filter((d) => ruleOf(d) === 'ad-law' && editor.document.offsetAt(d.range.start) >= text.length).length;

    const toStatus: number[] = [];
    for (let round = 0; round < 12; round++) {
      // Alternately add and remove a claim at the end: the count in the status bar and the
      // diagnostics change on every edit.
      const adding = round % 2 === 0;
      const statusBefore = api.statusBar().text;
      let changedAt = 0;
      const changeListener = vscode.workspace.onDidChangeTextDocument((event) => {
        if (same(event.document.uri) && changedAt === 0) changedAt = performance.now();
      });
      const end = editor.document.positionAt(editor.document.getText().length);
      const applied = await editor.edit((edit) => {
        if (adding) edit.insert(end, claim);
        else edit.delete(new vscode.Range(editor.document.positionAt(editor.document.getText().length - claim.length), end));
      });
      assert.ok(applied, 'the edit applied');
      // The status bar is set in the same task as the diagnostics and the preview's message: poll it.
      const statusAt = await new Promise<number>((resolve) => {
        const poll = () => (api.statusBar().text !== statusBefore ? resolve(performance.now()) : setImmediate(poll));
        poll();
      });
      changeListener.dispose();
      toStatus.push(statusAt - changedAt - debounceMs);
      // The diagnostics come from the same result (VS Code tells listeners about them 50 ms later).
      await waitForDiagnostics(uri, () => claimsAtEnd() === (adding ? 1 : 0), `the diagnostics of round ${round}'s edit`);
    }

    const overhead = median(toStatus);
    this.test!.title +=
      ` — measured: status bar and diagnostics set ${overhead.toFixed(1)} ms after the ${debounceMs} ms debounce ` +
      `(median of ${toStatus.length} edits, max ${Math.max(...toStatus).toFixed(1)} ms)`;
    // Target 10 ms; fail only when far off (a lint gone quadratic, a lost debounce).
    assert.ok(overhead <= 50, `median ${overhead.toFixed(1)} ms after the debounce`);
  });
});
