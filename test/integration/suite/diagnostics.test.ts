// The example drafts as a writer opens them: which findings appear, where, and how they are
// labelled. Expectations come from the drafts' text (DESIGN.md §2), not from the core's
// output, so a rule that stops firing or a range that shifts fails here.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, coveredText, openDraft, postlintDiagnostics, ruleOf, sleep, waitForDiagnostics } from './helpers';

/** The diagnostic of `rule` that covers the first occurrence of `word` exactly. */
function findOn(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[], rule: string, word: string): vscode.Diagnostic {
  const offset = document.getText().indexOf(word);
  assert.ok(offset >= 0, `the draft contains “${word}”`);
  const expected = new vscode.Range(document.positionAt(offset), document.positionAt(offset + word.length));
  const match = diagnostics.find((d) => ruleOf(d) === rule && d.range.isEqual(expected));
  const seen = diagnostics.map((d) => `${ruleOf(d)}“${coveredText(document, d)}”`).join(', ');
  assert.ok(match, `expected ${rule} on exactly “${word}” at ${offset}; got: ${seen}`);
  return match;
}

function hasRule(rule: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((d) => ruleOf(d) === rule);
}

describe('diagnostics for the example drafts', () => {
  afterEach(closeAllEditors);

  describe('hard-sell.moments (a hard-sell ad with absolute terms)', () => {
    let document: vscode.TextDocument;
    let diagnostics: vscode.Diagnostic[];

    before(async () => {
      document = (await openDraft('hard-sell.moments')).document;
      diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => ['ad-law', 'hard-sell', 'false-urgency', 'induced-sharing'].every((rule) => hasRule(rule)(ds)),
        'ad-law, hard-sell, false-urgency and induced-sharing findings',
      );
    });

    it('flags 最好, 第一 and 国家级 as Advertising Law absolute terms, as errors', () => {
      for (const word of ['最好', '第一', '国家级']) {
        const diagnostic = findOn(document, diagnostics, 'ad-law', word);
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, word);
        assert.ok(diagnostic.message.includes(word), `the message names “${word}”: ${diagnostic.message}`);
      }
    });

    it('flags the imperative selling, the fake scarcity and the share-for-likes bait', () => {
      findOn(document, diagnostics, 'hard-sell', '赶紧下单');
      findOn(document, diagnostics, 'false-urgency', '仅此一次');
      findOn(document, diagnostics, 'false-urgency', '手慢无');
      // Inducing shares is an error on Moments (WeChat's external-link rules), a warning elsewhere.
      // The finding covers the whole inducement: the collection task and the reward it earns.
      const sharing = findOn(document, diagnostics, 'induced-sharing', '转发集赞满30个再送');
      assert.equal(sharing.severity, vscode.DiagnosticSeverity.Error);
    });

    it('labels every diagnostic with source postlint and a code linking to the rule page', () => {
      assert.ok(diagnostics.length > 0);
      for (const diagnostic of diagnostics) {
        assert.equal(diagnostic.source, 'postlint');
        const code = diagnostic.code as { value: string; target: vscode.Uri };
        assert.equal(typeof code, 'object', 'code carries a link');
        assert.equal(code.target.scheme, 'https');
        assert.ok(
          code.target.path.endsWith(`/docs/rules/${code.value}.md`),
          `${code.value} links to its doc page, got ${code.target.toString()}`,
        );
      }
    });

    it('maps the core’s severities to VS Code’s (warning → Warning)', () => {
      const hardSell = diagnostics.find((d) => ruleOf(d) === 'hard-sell');
      assert.equal(hardSell?.severity, vscode.DiagnosticSeverity.Warning);
    });
  });

  describe('long.weibo (over 2000 characters)', () => {
    it('reports the posting limit as an error and the timeline fold as information', async () => {
      const { document } = await openDraft('long.weibo');
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => hasRule('length')(ds) && hasRule('fold')(ds),
        'length and fold findings',
      );
      const length = diagnostics.find((d) => ruleOf(d) === 'length')!;
      const fold = diagnostics.find((d) => ruleOf(d) === 'fold')!;
      assert.equal(length.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(fold.severity, vscode.DiagnosticSeverity.Information);
      // The draft is plain text without links: a Chinese character counts 1, ASCII ½.
      const weiboLength = (text: string): number =>
        Math.ceil([...text].reduce((bytes, ch) => bytes + (ch.length > 1 || ch.charCodeAt(0) > 0xff ? 2 : 1), 0) / 2);
      const beforeFold = document.getText(new vscode.Range(new vscode.Position(0, 0), fold.range.start));
      assert.equal(weiboLength(beforeFold), 140, 'the fold starts after the first 140 characters');
      const beforeLimit = document.getText(new vscode.Range(new vscode.Position(0, 0), length.range.start));
      assert.equal(weiboLength(beforeLimit), 2000, 'the limit finding starts after 2000 characters');
    });
  });

  describe('clean.weibo and note.xhs (nothing to flag)', () => {
    it('publishes no diagnostics for a warm, short Weibo post', async () => {
      const { document } = await openDraft('clean.weibo');
      await sleep(500);
      assert.deepEqual(postlintDiagnostics(document.uri).map(ruleOf), []);
    });

    it('leaves “第一次” in a Xiaohongshu note alone', async () => {
      const { document } = await openDraft('note.xhs');
      await sleep(500);
      const adLaw = postlintDiagnostics(document.uri).filter((d) => ruleOf(d) === 'ad-law');
      assert.deepEqual(
        adLaw.map((d) => coveredText(document, d)),
        [],
      );
    });
  });
});
