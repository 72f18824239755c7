import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { collapseMarks, shouting } from '../../src/core/rules/shouting';
import type { ResolvedConfig } from '../../src/core/config';

const RULES = [shouting];
const run = (text: string, config?: ResolvedConfig) => lint(text, { rules: RULES, config }).findings;
const words = (text: string, config?: ResolvedConfig) => run(text, config).map((f) => text.slice(f.start, f.end));

describe('rule: shouting', () => {
  it('flags a run of three or more marks and collapses it to one', () => {
    const text = '太好吃了！！！';
    const [f, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.rule, f!.severity, f!.start, f!.end], ['shouting', 'info', 4, 7]);
    assert.match(f!.message, /连续 3 个标点「！！！」像在喊叫/);
    assert.deepEqual(f!.fixes, [{ title: '合并为“！”', edits: [{ start: 4, end: 7, text: '！' }] }]);
    assert.equal(applyFixes(text, run(text)).text, '太好吃了！');
  });

  it('keeps one of each mark of a mixed run, in the width written', () => {
    assert.equal(collapseMarks('！！！'), '！');
    assert.equal(collapseMarks('!!!'), '!');
    assert.equal(collapseMarks('？！！'), '？！');
    assert.equal(collapseMarks('?!?!'), '?!');
    assert.equal(applyFixes('真的吗？？？！', run('真的吗？？？！')).text, '真的吗？！');
  });

  it('lets two marks pass (casual posts use them) and takes maxRun', () => {
    assert.deepEqual(words('好耶！！真的？？'), []);
    const config: ResolvedConfig = { rules: { shouting: { options: { maxRun: 1 } } }, allow: [], deny: [] };
    assert.deepEqual(words('好耶！！', config), ['！！']);
  });

  it('ignores marks inside links', () => {
    assert.deepEqual(words('看 http://a.cn/x!!!y 哈'), []);
  });

  it('flags capitals that shout, not brand names', () => {
    assert.deepEqual(words('BUY NOW，限时 SALE'), ['BUY NOW', 'SALE']);
    assert.deepEqual(words('I LOVE THIS SO MUCH'), ['I LOVE THIS SO MUCH']);
    assert.deepEqual(words('UNIQLO 和 MARTINI、STARBUCKS、CCTV、NASA、iPHONE、NO.1'), []);
    assert.deepEqual(words('@SALE 和 #SALE# 和 http://a.cn/SALE'), []);
  });

  it('honours allow for capitals and can be switched off with caps: false', () => {
    assert.deepEqual(words('HOT POT', { rules: {}, allow: ['HOT POT'], deny: [] }), []);
    assert.deepEqual(words('SALE', { rules: { shouting: { options: { caps: false } } }, allow: [], deny: [] }), []);
  });

  it('flags a stack of three or more 【】 labels, not one heading', () => {
    const text = '【限时】【包邮】 【正品】好物推荐';
    const [f] = run(text);
    assert.deepEqual([f!.start, f!.end], [0, 13]);
    assert.match(f!.message, /3 个【】标签堆在一起/);
    assert.deepEqual(words('【霍思燕产子】今晨9时…【天气】晴'), []);
  });

  it('does not judge the repost chain of a Weibo post', () => {
    assert.deepEqual(words('同意//@某人:气死了！！！'), []);
  });
});
