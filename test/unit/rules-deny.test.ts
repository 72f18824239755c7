import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { parseConfig } from '../../src/core/config';
import { applyFixes } from '../../src/core/fixes';
import { deny } from '../../src/core/rules/deny';

const { config } = parseConfig(
  JSON.stringify({
    deny: [
      { word: '亲', message: '品牌规范：不用“亲”称呼读者', replacement: '你' },
      { word: '宝宝们' },
      { word: 'YYDS', replacement: '' },
    ],
  }),
  '/team/.postlintrc.json',
);
const run = (text: string) => lint(text, { rules: [deny], config }).findings;

describe('rule: deny', () => {
  it('uses the configured message and offers the replacement', () => {
    const text = '亲，新品到了';
    const [f, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.rule, f!.severity, f!.start, f!.end], ['deny', 'warning', 0, 1]);
    assert.equal(f!.message, '品牌规范：不用“亲”称呼读者');
    assert.equal(f!.source, '/team/.postlintrc.json');
    assert.equal(applyFixes(text, [f!]).text, '你，新品到了');
  });

  it('falls back to the default message and offers no fix without a replacement', () => {
    const [f] = run('宝宝们早');
    assert.equal(f!.message, '团队禁用词「宝宝们」');
    assert.deepEqual(f!.fixes, []);
  });

  it('matches case-insensitively and an empty replacement deletes', () => {
    const text = '这款yyds';
    const [f] = run(text);
    assert.equal(f!.message, '团队禁用词「yyds」');
    assert.equal(f!.fixes[0]!.title, '删除此词');
    assert.equal(applyFixes(text, [f!]).text, '这款');
  });

  it('is silent without a deny list', () => {
    assert.deepEqual(lint('亲，宝宝们', { rules: [deny] }).findings, []);
  });
});
