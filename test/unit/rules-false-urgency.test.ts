import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { falseUrgency } from '../../src/core/rules/false-urgency';

const RULES = [falseUrgency];
const run = (text: string) => lint(text, { rules: RULES }).findings;
const words = (text: string) => run(text).map((f) => text.slice(f.start, f.end));
/** Each finding as `phrase` (warning) or `info:phrase`. */
const marked = (text: string) => run(text).map((f) => `${f.severity === 'info' ? 'info:' : ''}${text.slice(f.start, f.end)}`);

describe('rule: false-urgency', () => {
  it('flags pressure phrases with exact ranges, message, reason and source', () => {
    const text = '全场5折，手慢无！';
    const [f, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.rule, f!.severity, f!.start, f!.end], ['false-urgency', 'warning', 5, 8]);
    assert.match(f!.message, /制造稀缺感「手慢无」/);
    assert.match(f!.reason!, /虚假或引人误解的商业宣传/);
    assert.equal(f!.source, '《规范促销行为暂行规定》（市场监管总局令第32号）第五条');
    assert.equal(f!.data?.category, 'scarcity');
  });

  it('cites the Price Law and the price-fraud rules for price rises and today-only prices', () => {
    for (const [text, phrase, what] of [
      ['这款礼盒下周一起涨价，想要的抓紧。', '下周一起涨价', /以涨价相催/],
      ['年卡明天起恢复到199元。', '明天起恢复到199', /以涨价相催/],
      ['喜欢的抓紧，这个价只放今天。', '这个价只放今天', /只限今天/],
    ] as const) {
      const [f] = run(text);
      assert.equal(text.slice(f!.start, f!.end), phrase, text);
      assert.match(f!.message, what);
      assert.match(f!.source!, /《价格法》第十四条第（四）项；《明码标价和禁止价格欺诈规定》（市场监管总局令第56号）第十九条第（四）项/);
    }
  });

  it('reads scarcity by its grammar: a limit word and what it counts', () => {
    assert.deepEqual(words('会员日特价，库存只剩5台，送完为止。'), ['库存只剩5台', '送完为止']);
    assert.deepEqual(words('春季班特惠，每期仅限12个名额，报满即止。'), ['每期仅限12个名额', '报满即止']);
    assert.deepEqual(words('团购第三轮，最后十几单，这批走完就没了。'), ['最后十几单', '这批走完就没了']);
    assert.deepEqual(words('新款卫衣限量300件，先到先得！'), ['限量', '先到先得']);
    assert.deepEqual(words('年货礼盒现货不多了，再不下单就没了'), ['现货不多', '再不下单就没了']);
  });

  it('reads now-or-never, price rises, today-only prices, countdowns and time limits', () => {
    assert.deepEqual(words('年终特卖全年只此一次，错过今天再等一年！'), ['全年只此一次', '错过今天再等一年']);
    assert.deepEqual(words('零点一过就恢复日常价。到店价今晚十点前下单享9折。'), ['零点一过就恢复日常价', '今晚十点前下单享']);
    assert.deepEqual(words('店庆特价：活动最后3天！'), ['最后3天']);
    assert.deepEqual(words('年终大促今晚收官，团购价只到今晚。'), ['今晚收官', '只到今晚']);
    assert.deepEqual(words('羽绒服限时抢购，今日特惠价199元。'), ['限时', '今日特惠']);
  });

  it('reads the price lost on a near day', () => {
    assert.deepEqual(words('今天下单立减50，明天就没这个价了。'), ['明天就没这个价了']);
    assert.deepEqual(words('今天这个价，明天就不是了。'), ['今天这个价，明天就不是了']);
    assert.deepEqual(words('明天就没有这个机会了，我好后悔。'), []);
    assert.deepEqual(words('菜价明天就不是这个价了，听说要涨。'), []);
  });

  it('leaves the ordinary senses alone', () => {
    for (const text of [
      '春节倒计时3天，想家了',
      '今天是我在公司的最后一天，谢谢大家。',
      '最后祝大家新年快乐！',
      '这是我最后一次来这家店了。',
      '据报道，猪肉价格下周起上调。',
      '油价明晚24时起上调，加满一箱多花6元。',
      '这家店的原价是199，我用券买的89。',
      '原价299，现价199，欢迎选购。',
      '新楼盘即将开盘，敬请期待。',
      '他的前途不可限量。',
      '请问这个优惠今天截止吗？',
      '你们的书法班名额有限吗？',
      '昨天去专柜，抢到了最后一件M码。',
      '作业今晚12点截止，别忘了交。',
      '限时重映的那部电影我终于看到了。',
      '高考倒计时30天，孩子们加油！',
    ]) {
      assert.deepEqual(words(text), [], text);
    }
  });

  it('weighs a phrase that is ordinary outside a sale by the draft: warning, info or nothing', () => {
    // Selling: a price and a discount.
    assert.deepEqual(marked('新品特价99元，全场8折，最后一天'), ['最后一天']);
    // One hint of selling: info, saying why.
    const [info] = run('这批橙子只剩最后20箱了，私信我');
    assert.equal(info!.severity, 'info');
    assert.match(info!.message, /制造稀缺感「只剩最后20箱」（草稿里只有一处销售迹象（引导购买），这句话可能是推销，也可能只是平常说法）/);
    // Nothing sold: silent, and the phrase is not its own evidence (名额有限 is a promo word).
    assert.deepEqual(words('今年区里公办幼儿园学位名额有限，教育局提醒家长尽早登记。'), []);
    // Its own sentence names the sale: a claim whatever the rest says.
    assert.deepEqual(marked('双十二活动最后一天'), ['最后一天']);
    // …unless it only describes one: 最后一天的活动.
    assert.deepEqual(words('我一般不追什么最后一天的活动'), []);
    // A banner takes its topic from its neighbour: 倒计时三天！年终大促.
    assert.deepEqual(marked('倒计时三天！年终大促'), ['倒计时三天']);
  });

  it('reads through evasive spellings and says so', () => {
    for (const [text, phrase] of [
      ['手 慢 无！最后10台特价冰箱', '手 慢 无'],
      ['库存告.急，补货遥遥无期', '库存告.急'],
      ['倒計時３天！限時搶購中', '倒計時３天'],
      ['错过再等一nian！年终大促今晚收官', '错过再等一nian'],
    ] as const) {
      const [f] = run(text);
      assert.equal(text.slice(f!.start, f!.end), phrase, text);
      assert.equal(f!.data?.evasive, true, text);
      assert.match(f!.message, /拆开写、夹符号、用拼音或繁体/, text);
    }
  });

  it('offers to delete pure pressure standing as a clause, never a claim that carries a fact', () => {
    const text = '全场5折，手慢无！仅剩3件。';
    const found = run(text);
    assert.equal(found[0]!.fixes[0]!.title, '删除这一句');
    assert.deepEqual(found[1]!.fixes, []);
    assert.equal(applyFixes(text, found).text, '全场5折！仅剩3件。');
    // Inside a longer clause: no deletion would leave a sentence.
    assert.deepEqual(run('手慢无的好货特价99元')[0]!.fixes, []);
    // Deleted with its comma: the sentence around it still reads.
    assert.equal(applyFixes('会员日特价，库存只剩5台，送完为止。', run('会员日特价，库存只剩5台，送完为止。')).text, '会员日特价，库存只剩5台。');
    // A date, a period or a countdown may be true: kept.
    for (const text of ['这款礼盒下周一起涨价，想要的抓紧。', '喜欢的抓紧，这个价只放今天。', '特价99元，倒计时3天！']) {
      assert.ok(run(text).every((f) => f.fixes.length === 0), text);
    }
  });

  it('takes extra words from config and honours allow', () => {
    const config = { rules: { 'false-urgency': { options: { words: ['今晚截止'] } } }, allow: ['手慢无'], deny: [] };
    const found = lint('手慢无！今晚截止', { rules: RULES, config }).findings;
    assert.deepEqual(found.map((f) => f.message), ['催促式话术「今晚截止」']);
  });

  it('speaks English when asked', () => {
    const [f] = lint('全场5折，手慢无！', { rules: RULES, locale: 'en' }).findings;
    assert.equal(f!.message, '“手慢无” manufactures scarcity');
    assert.match(f!.source!, /SAMR Order No\. 32\), art\. 5/);
  });
});
