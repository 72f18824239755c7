import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { hardSell } from '../../src/core/rules/hard-sell';

const RULES = [hardSell];
const run = (text: string) => lint(text, { rules: RULES }).findings;
const words = (text: string) => run(text).map((f) => text.slice(f.start, f.end));
const fixed = (text: string) => applyFixes(text, run(text)).text;

describe('rule: hard-sell', () => {
  it('flags imperative selling with a softer call to action as the fix', () => {
    const text = '喜欢的赶紧下单吧！';
    const [f, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.rule, f!.severity, f!.start, f!.end], ['hard-sell', 'warning', 3, 7]);
    assert.equal(f!.message, '命令式推销「赶紧下单」：换成邀请的口吻，如“可以下单”');
    assert.match(f!.reason!, /读者是朋友而不是顾客/);
    assert.match(f!.source!, /写作建议/);
    assert.deepEqual(f!.fixes, [{ title: '改为“可以下单”', edits: [{ start: 3, end: 7, text: '可以下单' }] }]);
    assert.equal(applyFixes(text, [f!]).text, '喜欢的可以下单吧！');
  });

  it('reads an urging word and a verb of buying, with what stands between them', () => {
    assert.deepEqual(words('新款到店，立即购买享8折。'), ['立即购买']);
    assert.deepEqual(words('想要的宝宝马上私我下单，库存不多。'), ['马上私我下单']);
    assert.deepEqual(words('所有人，立刻，马上，去买！这本书才29元。'), ['立刻，马上，去买']);
    assert.deepEqual(words('这个价格很少见，一定要趁现在入手。'), ['一定要趁现在入手']);
    // 欢迎 takes no 吧 after it: the finding covers the 吧 its rewrite drops.
    assert.deepEqual(words('全场5折，快来抢购吧！'), ['快来抢购吧']);
    assert.deepEqual(words('数量有限，欲购从速！特价99元。'), ['欲购从速']);
    assert.deepEqual(words('还在犹豫什么？直接拍！只要59元。'), ['还在犹豫什么', '直接拍']);
  });

  it('reads a question that orders and a frame + 冲 only where the deal is talked of', () => {
    assert.deepEqual(words('这款保温杯只要39元，还等什么？'), ['还等什么']);
    assert.deepEqual(words('这么好的价格，还犹豫啥？'), ['还犹豫啥']);
    assert.deepEqual(words('双人套餐立减50元，必须冲！'), ['必须冲']);
    assert.deepEqual(words('我还等什么呢，车都走了。'), []);
    assert.deepEqual(words('他站在路口还在等什么人。'), []);
    assert.deepEqual(words('考研的同学们必须冲！'), []);
  });

  it('reads buyers’ slang: 冲就完了、闭眼入、买它、上车要快', () => {
    assert.deepEqual(words('冲就完了，29.9包邮。'), ['冲就完了']);
    assert.deepEqual(words('这支口红闭眼入，黄皮友好。'), ['闭眼入']);
    assert.deepEqual(words('买它买它买它！'), ['买它买它买它']);
    assert.deepEqual(words('草莓第二团开了，上车要快，满30人截单。'), ['上车要快']);
    // A cheer as much as an order: only where the deal is talked of.
    assert.deepEqual(words('冲鸭！这个价格太香了。'), ['冲鸭']);
    assert.deepEqual(words('考研的姐妹们冲鸭！'), []);
  });

  it('leaves invitations, narration, caution, friends and other words alone', () => {
    for (const text of [
      '欢迎选购，有需要私信我。',
      '感兴趣可以看看哦。',
      '我昨天立刻下单了，今天就到了。',
      '朋友马上入手了一台，说很好用。',
      '不建议冲，质量一般。',
      '买它之前先看看自己的肤质。',
      '我老爸不愿给我买个手机。',
      '快抢沙发！',
      '都几点了，赶紧去睡觉吧！',
      '恒大进军互联网赶紧买股票去',
      '赶紧抢票回家',
      '快来看看我家的猫。',
      '马上有对象',
      '抢劫犯被抓住了。',
      '这件冲锋衣防风又速干，抢眼的配色。',
      '他直接冲进了禁区。',
      '豪华装修，直接入住。',
      '市场监管部门提醒：别被“立即购买”的宣传冲昏头脑。',
      '请尽快回复，谢谢。',
    ]) {
      assert.deepEqual(words(text), [], text);
    }
  });

  it('weighs an order that is ordinary among friends by the draft', () => {
    // 报名 for a sports day: one hint of selling (the CTA word 报名 elsewhere) makes it info.
    const [f] = run('孩子要报名运动会，赶紧报名吧。');
    assert.equal(f!.severity, 'info');
    assert.match(f!.message, /草稿里只有一处销售迹象/);
    // In a selling draft it is a warning.
    assert.deepEqual(
      run('春季班学费999元，8折优惠，赶紧报名吧！').map((x) => x.severity),
      ['warning'],
    );
  });

  it('rewrites each phrase so the sentence around it still reads', () => {
    assert.equal(fixed('新款到店，立即购买享8折。'), '新款到店，可以购买享8折。');
    assert.equal(fixed('全场5折，快来抢购吧！'), '全场5折，欢迎来选购！');
    assert.equal(fixed('所有人，立刻，马上，去买！这本书才29元。'), '所有人，可以去买！这本书才29元。');
    assert.equal(fixed('姐妹们，今晚必须拿下这款大衣，特价399元。'), '姐妹们，今晚可以入手这款大衣，特价399元。');
    assert.equal(fixed('数量有限，欲购从速！特价99元。'), '数量有限，欢迎选购！特价99元。');
    assert.equal(fixed('全场特价，机会难得，请速来！'), '全场特价，机会难得，欢迎来看看！');
    assert.equal(fixed('闭眼入的一款裙子，面料舒服。'), '值得一试的一款裙子，面料舒服。');
    assert.equal(fixed('闭眼入不亏。'), '值得一试，不亏。');
    assert.equal(fixed('草莓第二团开了，上车要快，满30人截单。'), '草莓第二团开了，欢迎上车，满30人截单。');
    // Two slang orders in one sentence: one rewrite, the other deleted, not 值得一试，值得一试.
    assert.equal(fixed('无脑入，闭眼买，不踩雷。'), '值得一试，不踩雷。');
    // A rhetorical order is deleted where it stands alone.
    assert.equal(fixed('还不赶紧下单？库存只剩10件了。'), '库存只剩10件了。');
    // Embedded where no rewrite reads: the finding, no fix.
    const [f] = run('这条裤子属于闭眼入不后悔系列');
    assert.deepEqual(f!.fixes, []);
  });

  it('reads through evasive spellings and look-alikes, and says so', () => {
    for (const [text, phrase, after] of [
      ['赶-紧-下-单，库存不多。', '赶-紧-下-单', '可以下单，库存不多。'],
      ['趕緊下單，特价99元。', '趕緊下單', '可以下单，特价99元。'],
      ['赶紧丅单，库存不多。', '赶紧丅单', '可以下单，库存不多。'],
      ['快来mai！这批是头茬春茶。', '快来mai', '欢迎来买！这批是头茬春茶。'],
      ['冲🔥就完了，今晚最低。', '冲🔥就完了', '值得一试，今晚最低。'],
    ]) {
      const [f] = run(text!);
      assert.equal(text!.slice(f!.start, f!.end), phrase, text);
      assert.equal(f!.data?.evasive, true, text);
      assert.equal(fixed(text!), after, text);
    }
  });

  it('speaks English when asked', () => {
    const [f] = lint('立即购买', { rules: RULES, locale: 'en' }).findings;
    assert.equal(f!.message, 'Hard sell “立即购买”: invite instead, e.g. “可以购买”');
    assert.equal(f!.fixes[0]!.title, 'Replace with “可以购买”');
  });
});
