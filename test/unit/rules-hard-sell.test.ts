import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { hardSell } from '../../src/core/rules/hard-sell';

const RULES = [hardSell];
const run = (text: string) => lint(text, { rules: RULES }).findings;

describe('rule: hard-sell', () => {
  it('flags imperative selling with a softer call to action as the fix', () => {
    const text = '喜欢的赶紧下单吧！';
    const [f, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.rule, f!.severity, f!.start, f!.end], ['hard-sell', 'warning', 3, 7]);
    assert.match(f!.message, /命令式推销「赶紧下单」：换成邀请的口吻，如“感兴趣可以看看”/);
    assert.match(f!.reason!, /读者是朋友而不是顾客/);
    assert.match(f!.source!, /写作建议/);
    assert.deepEqual(f!.fixes, [{ title: '改为“感兴趣可以看看”', edits: [{ start: 3, end: 7, text: '感兴趣可以看看' }] }]);
    assert.equal(applyFixes(text, [f!]).text, '喜欢的感兴趣可以看看吧！');
  });

  it('rewrites each phrase so the sentence still reads', () => {
    const text = '立即购买，马上抢购，速抢！快来买，不买后悔，抢到就是赚到，闭眼入的一款裙子';
    assert.equal(applyFixes(text, run(text)).text, '点击了解，欢迎选购，欢迎来看看！欢迎来看看，值得一试，很划算，值得一试的一款裙子');
    assert.deepEqual(run(applyFixes(text, run(text)).text), []);
  });

  it('leaves what readers say to each other alone', () => {
    for (const text of ['快抢沙发', '赶紧抢票回家', '恒大进军互联网赶紧买股票去', '快来看看我的新家', '马上有对象', '我决定入手了']) {
      assert.deepEqual(run(text), [], text);
    }
  });

  it('speaks English when asked', () => {
    const [f] = lint('立即购买', { rules: RULES, locale: 'en' }).findings;
    assert.equal(f!.message, 'Hard sell “立即购买”: invite instead, e.g. “点击了解”');
    assert.equal(f!.fixes[0]!.title, 'Replace with “点击了解”');
  });
});
