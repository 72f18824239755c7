import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { falseUrgency } from '../../src/core/rules/false-urgency';

const RULES = [falseUrgency];
const run = (text: string) => lint(text, { rules: RULES }).findings;
const words = (text: string) => run(text).map((f) => text.slice(f.start, f.end));

describe('rule: false-urgency', () => {
  it('flags pressure phrases with exact ranges, message, reason and source', () => {
    const text = '全场5折，手慢无！';
    const [f, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.rule, f!.severity, f!.start, f!.end], ['false-urgency', 'warning', 5, 8]);
    assert.match(f!.message, /制造稀缺感「手慢无」/);
    assert.match(f!.reason!, /虚假或引人误解的商业宣传/);
    assert.match(f!.source!, /《规范促销行为暂行规定》.*第五条/);
  });

  it('cites the Price Law for threatened price rises', () => {
    const [f] = run('随时涨价，快来看看');
    assert.match(f!.message, /以涨价相催「随时涨价」/);
    assert.match(f!.source!, /《价格法》第十四条第（四）项/);
  });

  it('catches once-only claims and numbered scarcity in a selling draft', () => {
    const text = '双11倒计时！仅此一次，错过再等一年。全场5折，仅剩3件，最后2小时，仅限三天';
    assert.deepEqual(words(text), ['倒计时', '仅此一次', '错过再等一年', '仅剩3件', '最后2小时', '仅限三天']);
  });

  it('leaves countdowns and last days of ordinary life alone', () => {
    for (const text of [
      '春节倒计时3天，想家了',
      '今天是武汉行最后一天',
      '最后一波冷空气过去了',
      '中秋快乐！月饼仅剩26块，还吃不到10月底',
      '这部电影不容错过',
      '高考倒计时100天，加油',
    ]) {
      assert.deepEqual(words(text), [], text);
    }
  });

  it('counts the same countdown once the draft sells something', () => {
    assert.deepEqual(words('新品特价99元，最后一天'), ['最后一天']);
    assert.deepEqual(words('月饼仅剩26块，全场包邮'), []);
    assert.deepEqual(words('月饼仅剩26盒，全场包邮'), ['仅剩26盒']);
    assert.deepEqual(words('特价99元，离考试还剩3天'), [], '还剩 is how people talk about time');
  });

  it('offers to delete a pressure clause that stands alone, never a numbered one', () => {
    const text = '全场5折，手慢无！仅剩3件。';
    const found = run(text);
    assert.equal(found[0]!.fixes[0]!.title, '删除这一句');
    assert.deepEqual(found[1]!.fixes, []);
    assert.equal(applyFixes(text, found).text, '全场5折！仅剩3件。');
    assert.deepEqual(run('手慢无的好货特价99元')[0]!.fixes, []);
  });

  it('takes extra words from config and honours allow', () => {
    const config = { rules: { 'false-urgency': { options: { words: ['今晚截止'] } } }, allow: ['手慢无'], deny: [] };
    const found = lint('手慢无！今晚截止', { rules: RULES, config }).findings;
    assert.deepEqual(found.map((f) => f.message), ['催促式话术「今晚截止」']);
  });
});
