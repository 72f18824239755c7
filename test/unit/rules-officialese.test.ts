import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { officialese } from '../../src/core/rules/officialese';

const RULES = [officialese];
const run = (text: string) => lint(text, { rules: RULES }).findings;
const fixed = (text: string) => applyFixes(text, run(text)).text;

describe('rule: officialese', () => {
  it('flags cold corporate words as information with a warmer word as the fix', () => {
    const text = '本公司将于周五上新';
    const [f, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.rule, f!.severity, f!.start, f!.end], ['officialese', 'info', 0, 3]);
    assert.match(f!.message, /公文腔「本公司」：改用“我们”更亲近/);
    assert.match(f!.reason!, /用“你”称呼读者，用“我们”称呼自己/);
    assert.deepEqual(f!.fixes[0]!.edits, [{ start: 0, end: 3, text: '我们' }]);
    assert.equal(fixed(text), '我们将于周五上新');
  });

  it('turns a form-letter greeting into 你好 and an address in a sentence into 你 or 大家', () => {
    assert.equal(fixed('尊敬的客户，您好！届时欢迎广大消费者莅临。'), '你好！到时候欢迎大家光临。');
    assert.equal(fixed('尊敬的会员：\n本店周五上新'), '你好：\n本店周五上新');
    assert.equal(fixed('感谢尊敬的客户一直以来的支持'), '感谢你一直以来的支持');
    assert.equal(fixed('感谢尊敬的客户们的支持，敬请关注'), '感谢大家的支持，欢迎关注');
    assert.equal(fixed('自即日起，敬请期待'), '从今天起，等你来看');
  });

  it('offers to drop a notice formula that stands alone', () => {
    const text = '周五店休。特此通知。';
    const [f] = run(text);
    assert.match(f!.message, /公文腔「特此通知」：社交平台上可以直接省略/);
    assert.equal(fixed(text), '周五店休。');
  });

  it('explains 予以 without rewriting it', () => {
    const [f] = run('我们将予以退款');
    assert.match(f!.message, /直接说动作即可/);
    assert.deepEqual(f!.fixes, []);
  });

  it('leaves quotations and ordinary words alone', () => {
    for (const text of ['公告原文写着“本公司保留最终解释权”', '「特此通知」四个字真冷', '我司机师傅人很好', '尊敬的老师', '他是广大劳动人民的一员']) {
      assert.deepEqual(run(text), [], text);
    }
  });

  it('leaves a second round of fixes with nothing to do', () => {
    const text = '尊敬的客户，您好！本公司届时敬请广大用户们参加，敬请谅解。';
    assert.deepEqual(run(fixed(text)), []);
  });
});
