// X drafts in the installed extension: X's count comes from twitter-text, which the extension
// bundle leaves to dist/twitter-text.js and requires when an X draft first needs it (esbuild.js).
// The expected figures are worked out by hand from twitter-text's config v3 weights (CJK and
// emoji 2, any URL 23, other characters 1; twitter/twitter-text config/v3.json) and checked
// against this file's own copy of twitter-text's parseTweet. The run fails on any error the
// extension host logs about Postlint (run-code-server.ts), so a failed require shows there too.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import twitterText from 'twitter-text';
import * as vscode from 'vscode';
import { deleteWorkspaceFile, openWritten, postlintApi, revertAll, statusFor, writeWorkspaceFile, type PostlintApi } from './editor-helpers';
import { EXTENSION_ID, postlintDiagnostics, ruleOf, waitForDiagnostics } from './helpers';

const FRONT_MATTER = '---\nplatform: x\n---\n';

/** 新版发布了 10 + 🎉 2 + 一家人 6 + 👨‍👩‍👧 (one ZWJ sequence) 2 + 都能用 6 + URL 23 + 欢迎试用 8 + five spaces and the newline 6. */
const SHORT_BODY = '新版发布了 🎉 一家人👨‍👩‍👧 都能用 https://example.com/releases/v2?from=x 欢迎试用\n';
const SHORT_WEIGHT = 63;

/**
 * 详情见 6 + space 1 + URL 23 + space 1 + 春天来了 8 = 39, then 128 CJK characters (256) and the
 * newline (1): 296, 16 over. 39 + 120 × 2 = 279 fits, the 121st CJK character does not, so what
 * cannot be posted is the last 8 characters and the newline.
 */
const LONG_BODY = `详情见 https://example.com/spring 春天来了${'花开满园鸟语花香'.repeat(16)}\n`;
const LONG_WEIGHT = 296;
const LONG_FIRST_PAST = '详情见 https://example.com/spring 春天来了'.length + 120;

/** Where the installed extension's lazily required twitter-text bundle is. */
function twitterTextBundle(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return path.join(extension.extensionPath, 'dist', 'twitter-text.js');
}

/** Whether the extension host has loaded that bundle (the host loads extensions with Node's require). */
function bundleLoaded(): boolean {
  return require.cache[twitterTextBundle()] !== undefined;
}

describe('X drafts (twitter-text, lazily loaded)', () => {
  let api: PostlintApi;
  const written: string[] = [];
  before(async () => {
    api = await postlintApi();
  });
  afterEach(revertAll);
  after(async () => {
    for (const name of written) await deleteWorkspaceFile(name);
  });

  async function openX(name: string, body: string): Promise<vscode.TextEditor> {
    const text = FRONT_MATTER + body;
    written.push(name);
    return openWritten(await writeWorkspaceFile(name, text), text);
  }

  it('ships twitter-text as its own file, not loaded while no X draft has been linted', () => {
    // Every suite before this one (alphabetical order) opens Weibo, Moments and Xiaohongshu
    // drafts only; if one of them starts opening X drafts, this check belongs before that.
    assert.ok(fs.existsSync(twitterTextBundle()), 'dist/twitter-text.js is in the installed extension');
    assert.equal(bundleLoaded(), false, 'twitter-text was loaded before any X draft');
  });

  it('counts a short X draft with X’s weights: CJK and emoji 2, a URL 23', async () => {
    assert.equal(twitterText.parseTweet(SHORT_BODY).weightedLength, SHORT_WEIGHT, 'twitter-text agrees with the hand count');
    const { document } = await openX('short-x.post', SHORT_BODY);
    const status = await statusFor(api, document.uri, (text) => text.startsWith('X '));
    assert.match(status.text, new RegExp(`^X ${SHORT_WEIGHT}/280 · ad density \\d+% · tone \\S+`));
    assert.equal(status.state, 'ok');
    assert.equal(status.background, undefined);
    assert.equal(status.command, undefined, 'X has no card preview');
    assert.match(status.tooltip, /^Postlint · X \(from the front matter\)\nLength: 63 characters, limit 280\n/);
    assert.ok(bundleLoaded(), 'the count came from dist/twitter-text.js');
    // The status bar shows the lint the diagnostics come from.
    assert.deepEqual(postlintDiagnostics(document.uri).filter((d) => ruleOf(d) === 'length'), [], 'no length finding under 280');
  });

  it('marks what is past 280 weighted characters, from the first character that does not fit', async () => {
    const parsed = twitterText.parseTweet(LONG_BODY);
    assert.deepEqual([parsed.weightedLength, parsed.validRangeEnd + 1], [LONG_WEIGHT, LONG_FIRST_PAST], 'twitter-text agrees with the hand count');
    // Front matter outranks the file ending: this .weibo file is an X draft.
    const { document } = await openX('long-x.weibo', LONG_BODY);
    const [length] = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === 'length'), 'the length finding');
    assert.ok(length);
    assert.equal(
      length.message,
      '16 weighted characters over X’s 280 weighted-character limit; cut 16 weighted characters (CJK characters and emoji count 2, links 23)',
    );
    assert.equal(length.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.offsetAt(length.range.start), FRONT_MATTER.length + LONG_FIRST_PAST);
    assert.equal(document.offsetAt(length.range.end), document.getText().length);
    assert.equal(document.getText(length.range), '花开满园鸟语花香\n');

    const status = await statusFor(api, document.uri, (text) => text.startsWith('X '));
    assert.ok(status.text.startsWith(`X ${LONG_WEIGHT}/280 · `), status.text);
    assert.equal(status.state, 'over');
    assert.equal(status.background, 'statusBarItem.errorBackground');
    assert.match(status.tooltip, /over the limit of 280 by 16/);
  });

  it('recounts as the X draft is edited: two CJK characters add 4, a second URL 24', async () => {
    const editor = await openX('edited-x.post', SHORT_BODY);
    await statusFor(api, editor.document.uri, (text) => text.startsWith(`X ${SHORT_WEIGHT}/280`));
    await editor.edit((edit) => edit.insert(editor.document.positionAt(FRONT_MATTER.length), '你好'));
    await statusFor(api, editor.document.uri, (text) => text.startsWith(`X ${SHORT_WEIGHT + 4}/280`));
    // However long the link, it weighs 23, plus the space before it.
    await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length - 1), ` https://example.org/${'a'.repeat(120)}`));
    const added = `你好${SHORT_BODY.slice(0, -1)} https://example.org/${'a'.repeat(120)}\n`;
    assert.equal(twitterText.parseTweet(added).weightedLength, SHORT_WEIGHT + 4 + 24);
    await statusFor(api, editor.document.uri, (text) => text.startsWith(`X ${SHORT_WEIGHT + 4 + 24}/280`));
  });
});
