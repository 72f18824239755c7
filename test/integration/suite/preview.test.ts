// The preview panel in a real VS Code: the commands open one panel beside the editor, the card's
// fold falls where the core's counter says (measured from what the webview actually drew, not
// from the model it was sent), it follows edits and the active editor, and hostile drafts stay
// text. The webview reports what is on screen; `postlint.previewState` hands that report over.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { countMoments } from '../../../src/core/counting/moments';
import { countWeibo } from '../../../src/core/counting/weibo';
import { parseDraft } from '../../../src/core/draft';
import type { PreviewState } from '../../../src/extension/preview';
import { closeAllEditors, draftUri, openDraft, sleep } from './helpers';

const STATE_COMMAND = 'postlint.previewState';

async function previewState(): Promise<PreviewState> {
  return (await vscode.commands.executeCommand<PreviewState>(STATE_COMMAND))!;
}

/** Polls the panel's state until `accept` holds: the webview draws asynchronously. */
async function waitForPreview(accept: (state: PreviewState) => boolean, what: string, timeoutMs = 15_000): Promise<PreviewState> {
  const deadline = Date.now() + timeoutMs;
  let state = await previewState();
  while (!accept(state)) {
    if (Date.now() > deadline) {
      const { rendered, ...rest } = state;
      const seen = rendered ? { ...rendered, visibleText: `${rendered.visibleText.slice(0, 40)}…` } : undefined;
      throw new Error(`timed out waiting for ${what}; preview state: ${JSON.stringify({ ...rest, rendered: seen })}`);
    }
    await sleep(100);
    state = await previewState();
  }
  return state;
}

/** The webview has drawn this exact version of the document. */
function drew(document: vscode.TextDocument, platform?: string): (state: PreviewState) => boolean {
  return (state) =>
    state.rendered?.uri === document.uri.toString() &&
    state.rendered.version === document.version &&
    (platform === undefined || state.rendered.platform === platform);
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('postlint.preview'));
}

async function writeDraft(name: string, text: string): Promise<vscode.TextEditor> {
  await vscode.workspace.fs.writeFile(draftUri(name), Buffer.from(text, 'utf8'));
  return openDraft(name);
}

describe('preview panel', () => {
  afterEach(async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.isDirty) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });

  it('"Preview as Weibo" opens one panel beside the editor, titled with the platform', async () => {
    const editor = await openDraft('clean.weibo');
    await vscode.commands.executeCommand('postlint.previewWeibo');
    const state = await waitForPreview(drew(editor.document, 'weibo'), 'the Weibo card of clean.weibo');
    assert.equal(state.open, true);
    assert.match(state.title ?? '', /Weibo|微博/);
    assert.equal(previewTabs().length, 1);
    assert.notEqual(previewTabs()[0]!.group.viewColumn, editor.viewColumn, 'beside the editor, not over it');
    // The text editor keeps the focus.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());

    // Running another preview command reuses the panel.
    await vscode.commands.executeCommand('postlint.previewMoments');
    const moments = await waitForPreview(drew(editor.document, 'moments'), 'the Moments card');
    assert.match(moments.title ?? '', /Moments|朋友圈/);
    assert.equal(previewTabs().length, 1);
  });

  it('folds long.weibo exactly where the Weibo counter does', async () => {
    const editor = await openDraft('long.weibo');
    await vscode.commands.executeCommand('postlint.previewWeibo');
    const { rendered, fold } = await waitForPreview(drew(editor.document, 'weibo'), 'the Weibo card of long.weibo');
    const draft = parseDraft(editor.document.getText());
    const count = countWeibo(draft.body.text);
    assert.ok(count.folded && count.foldOffset !== null, 'long.weibo is longer than 140');
    const foldAt = draft.body.start + count.foldOffset;
    assert.ok(rendered);
    assert.equal(rendered.hasFold, true);
    assert.equal(rendered.expanded, false);
    assert.equal(rendered.hiddenStart, foldAt, 'the first hidden character is the counter’s');
    assert.equal(rendered.visibleEnd, foldAt, 'everything before it is on screen');
    assert.deepEqual(fold, { counterOffset: foldAt, offset: foldAt });
    // What the reader sees is the body up to the fold (this draft has no links or codes).
    assert.equal(rendered.visibleText, draft.body.text.slice(0, count.foldOffset));
  });

  it('folds a Moments draft after six lines, where the Moments counter does', async () => {
    const lines = Array.from({ length: 9 }, (_, i) => `第${i + 1}行：今天的面包出炉啦`).join('\n');
    const editor = await writeDraft('lines.moments', lines);
    await vscode.commands.executeCommand('postlint.previewMoments');
    const { rendered } = await waitForPreview(drew(editor.document, 'moments'), 'the Moments card');
    const count = countMoments(lines);
    assert.equal(count.foldOffset, lines.indexOf('第7行'));
    assert.equal(rendered?.hiddenStart, count.foldOffset);
    assert.equal(rendered?.visibleText, lines.slice(0, count.foldOffset!));
  });

  it('follows edits (unsaved) and the active editor', async () => {
    const editor = await openDraft('long.weibo');
    await vscode.commands.executeCommand('postlint.previewWeibo');
    const before = await waitForPreview(drew(editor.document, 'weibo'), 'the first card');
    const foldBefore = before.rendered!.hiddenStart!;

    // Ten more characters at the very top push the fold ten characters earlier in the text.
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '一二三四五六七八九十')));
    const after = await waitForPreview(drew(editor.document, 'weibo'), 'the card of the edited draft');
    assert.equal(editor.document.isDirty, true);
    assert.equal(after.rendered!.hiddenStart, foldBefore);
    assert.equal(after.rendered!.visibleText.slice(0, 10), '一二三四五六七八九十');
    const draft = parseDraft(editor.document.getText());
    assert.equal(after.rendered!.hiddenStart, draft.body.start + countWeibo(draft.body.text).foldOffset!);

    const note = await openDraft('note.xhs');
    const followed = await waitForPreview(drew(note.document), 'the card of the newly active note.xhs');
    assert.equal(followed.rendered!.platform, 'weibo', 'the chosen platform stays');
    assert.equal(followed.uri, note.document.uri.toString());
  });

  it('draws a fresh page (new nonce) when shown again, not when the focus moves', async () => {
    const editor = await openDraft('long.weibo');
    await vscode.commands.executeCommand('postlint.previewWeibo');
    const first = await waitForPreview(drew(editor.document, 'weibo'), 'the first card');
    const previewColumn = previewTabs()[0]!.group.viewColumn;

    await vscode.commands.executeCommand('workbench.action.focusNextGroup');
    await vscode.commands.executeCommand('workbench.action.focusPreviousGroup');
    await sleep(300);
    assert.equal((await previewState()).pageRenders, first.pageRenders, 'focus changes do not reload the page');

    // Another editor on top of the panel hides it; the command shows it again.
    await vscode.window.showTextDocument(editor.document, { viewColumn: previewColumn, preview: false });
    await waitForPreview((s) => !s.visible, 'the panel hidden');
    await openDraft('long.weibo');
    await vscode.commands.executeCommand('postlint.previewWeibo');
    const again = await waitForPreview((s) => s.visible && drew(editor.document, 'weibo')(s), 'the card drawn again');
    assert.equal(again.pageRenders, first.pageRenders + 1);
    assert.equal(again.rendered!.hiddenStart, first.rendered!.hiddenStart);
  });

  it('keeps hostile drafts as text: no element, no script, no CSP violation', async () => {
    const hostile = [
      '---',
      'author: "><img src=x onerror=alert(1)><script>alert(2)</script>',
      'title: </title><svg onload=alert(3)>',
      '---',
      '<img src=x onerror=alert(1)>',
      '<script>alert(2)</script></style><style>*{display:none}</style>',
      '<a href="javascript:alert(4)">点我</a> javascript:alert(5) "><b onmouseover=alert(6)>',
    ].join('\n');
    const editor = await writeDraft('hostile.weibo', hostile);
    for (const command of ['postlint.previewWeibo', 'postlint.previewXiaohongshu']) {
      await vscode.commands.executeCommand(command);
      const platform = command === 'postlint.previewWeibo' ? 'weibo' : 'xiaohongshu';
      const { rendered } = await waitForPreview(drew(editor.document, platform), `the ${platform} card of the hostile draft`);
      assert.ok(rendered);
      assert.equal(rendered.images, 0, 'no <img> from the draft');
      assert.equal(rendered.scripts, 0, 'no <script> in the card');
      assert.equal(rendered.foreignElements, 0, 'no element preview.js did not make itself');
      assert.equal(rendered.cspViolations, 0, 'nothing even tried to run');
      const body = parseDraft(hostile).body.text;
      assert.equal(rendered.visibleText, body, 'the markup is shown as the text it is');
    }
  });

  it('draws 10,000 [表情] codes as chips, quickly', async () => {
    const editor = await writeDraft('codes.weibo', '[表情]'.repeat(10_000));
    const started = Date.now();
    await vscode.commands.executeCommand('postlint.previewWeibo');
    const { rendered, fold } = await waitForPreview(drew(editor.document, 'weibo'), 'the card of 10,000 codes', 20_000);
    const elapsed = Date.now() - started;
    assert.equal(rendered!.segments, 10_000);
    // 46 codes fill 276 of Weibo's 280 bytes; the counter's fold falls inside the 47th code, so
    // the card hides that code whole.
    assert.deepEqual(fold, { counterOffset: 46 * 4 + 2, offset: 46 * 4 });
    assert.equal(rendered!.hiddenStart, 46 * 4);
    assert.equal(rendered!.visibleSegments, 46);
    assert.ok(elapsed < 10_000, `drawn in ${elapsed} ms`);
  });

  it('marks findings in the card with their message', async () => {
    const editor = await openDraft('hard-sell.moments');
    await vscode.commands.executeCommand('postlint.previewMoments');
    const { rendered } = await waitForPreview((s) => drew(editor.document, 'moments')(s) && (s.rendered?.marks ?? 0) > 0, 'marks in the card');
    assert.ok(rendered!.marks >= 3, `${rendered!.marks} marks`);
  });

  it('opens nothing when no draft is open', async () => {
    await closeAllEditors();
    assert.equal(previewTabs().length, 0);
    const state = await vscode.commands.executeCommand<PreviewState>('postlint.previewWeibo');
    assert.equal(state?.open, false);
    assert.equal(previewTabs().length, 0);
  });
});
