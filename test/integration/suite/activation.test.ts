import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, openDraft } from './helpers';

describe('activation', () => {
  after(closeAllEditors);

  it('opens .weibo, .moments and .xhs files as post drafts', async () => {
    for (const name of ['clean.weibo', 'hard-sell.moments', 'note.xhs']) {
      const editor = await openDraft(name);
      assert.equal(editor.document.languageId, 'postdraft', name);
    }
  });

  it('activates the extension for a post draft', async () => {
    await openDraft('clean.weibo');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
