// The status bar item, read through the extension's API: the platform's own count against the
// fold or the limit (computed here independently from the platforms' published rules), the
// colour when folded or over, the preview command, live updates, hidden for other files.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { postlintApi, revertAll, statusFor, type PostlintApi } from './editor-helpers';
import { openDraft, sleep } from './helpers';

/** Weibo: a character outside \x00-\xff counts 1, others ½, rounded up once (no URLs in these drafts). */
function weiboLength(text: string): number {
  const bytes = [...text.replace(/\r\n/g, '\n')].reduce((sum, ch) => sum + (ch.length > 1 || ch.charCodeAt(0) > 0xff ? 2 : 1) * ch.length, 0);
  return Math.ceil(bytes / 2);
}

/** Xiaohongshu: a non-ASCII UTF-16 unit is 2 bytes, ASCII 1, rounded up once. */
function xiaohongshuLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) > 0x7f ? 2 : 1;
  return Math.ceil(bytes / 2);
}

describe('status bar', () => {
  let api: PostlintApi;
  before(async () => {
    api = await postlintApi();
  });
  afterEach(revertAll);

  it('shows a short Weibo post against the 140-character fold, uncoloured, opening the Weibo preview', async () => {
    const { document } = await openDraft('clean.weibo');
    const length = weiboLength(document.getText());
    assert.ok(length < 140);
    const status = await statusFor(api, document.uri);
    assert.match(status.text, new RegExp(`^Weibo ${length}/140 · ad density \\d+% · tone \\S+`));
    assert.equal(status.state, 'ok');
    assert.equal(status.background, undefined);
    assert.equal(status.command, 'postlint.previewWeibo');
  });

  it('shows an over-long Weibo post against the 2000 limit, on the error background', async () => {
    const { document } = await openDraft('long.weibo');
    const length = weiboLength(document.getText());
    assert.ok(length > 2000);
    const status = await statusFor(api, document.uri);
    assert.ok(status.text.startsWith(`Weibo ${length}/2000 · `), status.text);
    assert.equal(status.state, 'over');
    assert.equal(status.background, 'statusBarItem.errorBackground');
    assert.match(status.tooltip, new RegExp(`over the limit of 2000 by ${length - 2000}`));
  });

  it('counts Moments in lines and turns to the warning background once the post folds', async () => {
    const { document } = await openDraft('hard-sell.moments');
    const status = await statusFor(api, document.uri);
    const lines = /^Moments (\d+)\/6 lines · ad density (\d+)% · tone /.exec(status.text);
    assert.ok(lines, status.text);
    assert.ok(Number(lines[1]) >= document.lineCount, 'at least one visual line per line of text');
    assert.equal(status.state, 'folded');
    assert.equal(status.background, 'statusBarItem.warningBackground');
    assert.equal(status.command, 'postlint.previewMoments');
  });

  it('shows a Xiaohongshu note’s title and body against their limits', async () => {
    const { document } = await openDraft('note.xhs');
    const text = document.getText();
    const title = /^title: (.*)$/m.exec(text)![1]!;
    const body = text.slice(text.indexOf('\n---\n') + '\n---\n'.length);
    const status = await statusFor(api, document.uri);
    assert.ok(
      status.text.startsWith(`Xiaohongshu title ${xiaohongshuLength(title)}/20 · body ${xiaohongshuLength(body)}/1000 · `),
      status.text,
    );
    assert.equal(status.command, 'postlint.previewXiaohongshu');
  });

  it('follows typing (after the debounce) and hides for a file that is not a draft', async () => {
    const editor = await openDraft('clean.weibo');
    const length = weiboLength(editor.document.getText());
    await statusFor(api, editor.document.uri, (text) => text.startsWith(`Weibo ${length}/140`));
    await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), '再加十个字凑一凑数吧'));
    await statusFor(api, editor.document.uri, (text) => text.startsWith(`Weibo ${length + 10}/140`));

    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '最好' });
    await vscode.window.showTextDocument(plain);
    await sleep(100);
    assert.equal(api.statusBar().visible, false, 'hidden for plain text');
    await vscode.window.showTextDocument(editor.document);
    await statusFor(api, editor.document.uri);
    await vscode.window.showTextDocument(plain);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens the preview on click, and stays on the draft while the preview has focus', async () => {
    const { document } = await openDraft('clean.weibo');
    const status = await statusFor(api, document.uri);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(status.command && commands.includes(status.command), `${status.command} is registered`);
    await vscode.commands.executeCommand(status.command);
    await sleep(300);
    // Focus on the webview (no active text editor) must not hide or change the item.
    await vscode.commands.executeCommand('workbench.action.focusNextGroup');
    await sleep(300);
    assert.equal(vscode.window.activeTextEditor, undefined, 'the preview has focus');
    assert.equal(api.statusBar().visible, true);
    assert.equal(api.statusBar().uri, document.uri.toString());
  });
});
