import { strict as assert } from 'node:assert';
import { MIN_CHARS, MIN_SIGNAL_KINDS, MIN_SIGNALS_OF_ONE_KIND, adDensityScore, findPatternSignals, marksOf } from '../../src/core/analysis/ad-density';
import { MAY_HOLD_EMOJI_MARK, SIGNAL_PATTERNS } from '../../src/core/lexicon/ad-signals';
import type { ResolvedConfig } from '../../src/core/config';
import { lint } from '../../src/core/engine';
import { adDensity } from '../../src/core/rules/ad-density';
import { MAY_HOLD_EMOJI } from '../../src/core/text/emoji';
import type { AdDensityReport, PlatformId } from '../../src/core/types';

const RULES = [adDensity];

function run(text: string, options: { platform?: PlatformId; config?: ResolvedConfig; locale?: 'zh' | 'en' } = {}) {
  const r = lint(text, { platform: options.platform ?? 'weibo', config: options.config, locale: options.locale, rules: RULES });
  assert.deepEqual(r.internalErrors, []);
  return { findings: r.findings.filter((f) => f.rule === 'ad-density'), report: r.adDensity };
}

/** Each signal id with the text of its occurrences. */
function signalTexts(text: string, report: AdDensityReport): Record<string, string[]> {
  return Object.fromEntries(report.signals.map((s) => [s.id, s.ranges.map(([a, b]) => text.slice(a, b))]));
}

function withOptions(options: Record<string, unknown>, allow: string[] = []): ResolvedConfig {
  return { rules: { 'ad-density': { options } }, allow, deny: [] };
}

const HARD_AD = '春季新品上市，全场8折！满200减30，扫码领券，咨询微信号：shop2024。';

describe('ad-density', () => {
  it('flags a naked ad on its densest sentence, with the breakdown and no fix', () => {
    const { findings, report } = run(HARD_AD);
    assert.equal(findings.length, 1);
    const f = findings[0]!;
    assert.equal(f.severity, 'warning');
    assert.deepEqual([f.start, f.end], [HARD_AD.indexOf('满'), HARD_AD.length]);
    assert.equal(
      f.message,
      '广告感偏强：每百字 34.0 分（阈值 5）：折扣 ×2、引导购买 ×2、联系方式 ×1、促销词 ×1、促销活动 ×1、扫码 ×1。可先删减折扣、引导购买，先讲读者能得到什么，购买方式留到最后一句',
    );
    assert.deepEqual(f.fixes, []);
    assert.match(f.reason!, /先服务，后营销/);
    assert.match(f.source!, /微博商业行为规范办法/);
    assert.equal(f.data?.adDensity, report);
    assert.equal(report.score, 34);
    assert.equal(report.threshold, 5);
    assert.equal(report.chars, 40);
    assert.deepEqual(signalTexts(HARD_AD, report), {
      discount: ['8折', '满200减30'],
      promo: ['全场'],
      event: ['新品上市'],
      cta: ['领券', '咨询'],
      contact: ['微信号：shop2024'],
      qr: ['扫码'],
    });
  });

  it('speaks English in the en locale', () => {
    const { findings } = run(HARD_AD, { locale: 'en' });
    assert.match(
      findings[0]!.message,
      /^Reads like an ad: 34\.0 points per 100 characters \(threshold 5\): discounts ×2, calls to action ×2, phone \/ WeChat ids ×1, promo words ×1, sales events ×1, QR prompts ×1\./,
    );
    assert.match(findings[0]!.source!, /Weibo Commercial Conduct Rules/);
  });

  it('leaves an ordinary post alone', () => {
    const { findings, report } = run('周末和朋友去爬山，山顶的风景很好，下次还想再去。');
    assert.deepEqual(findings, []);
    assert.equal(report.score, 0);
    assert.deepEqual(report.signals, []);
  });

  it('divides by at least MIN_CHARS characters, so a short text is not extreme', () => {
    assert.equal(MIN_CHARS, 50);
    const { findings, report } = run('特价包邮，私信我');
    assert.equal(report.chars, 8);
    assert.equal(report.score, 12); // (2 promo words + 1 call to action) × 2 points × 100 / 50
    assert.equal(findings.length, 1);
    assert.equal(adDensityScore([{ count: 2, weight: 2 }], 200), 2);
  });

  it('needs selling of two kinds, or three signals of one: one kind twice, or only shouting and emoji, never fire', () => {
    assert.equal(MIN_SIGNAL_KINDS, 2);
    assert.equal(MIN_SIGNALS_OF_ONE_KIND, 3);
    const low = withOptions({ threshold: 1 });
    const one = run('特价！', { config: low });
    assert.equal(one.report.score, 4);
    assert.deepEqual(one.findings, []);
    const twoOfAKind = run('特价包邮');
    assert.equal(twoOfAKind.report.score, 8);
    assert.deepEqual(twoOfAKind.findings, []);
    // A market report: one price, however dense, is one kind.
    const report = run('全市二手房挂牌均价为16726元/平米');
    assert.deepEqual(signalTexts('全市二手房挂牌均价为16726元/平米', report.report), { price: ['16726元'] });
    assert.deepEqual(report.findings, []);
    const threeOfAKind = run('特价包邮，正品');
    assert.equal(threeOfAKind.report.score, 12);
    assert.equal(threeOfAKind.findings.length, 1);
    const loud = run('太好吃了！！！😋😋', { config: low });
    assert.deepEqual(signalTexts('太好吃了！！！😋😋', loud.report), { exclaim: ['！！！'], emoji: ['😋', '😋'] });
    assert.equal(loud.report.score, 4); // 1 + 2 × 0.5 points per 50 characters
    assert.deepEqual(loud.findings, []);
  });

  it('is stricter on Moments than on Weibo', () => {
    const text = `特价，私信我${'山'.repeat(95)}`;
    const weibo = run(text, { platform: 'weibo' });
    const moments = run(text, { platform: 'moments' });
    assert.equal(weibo.report.score, 4);
    assert.equal(weibo.report.threshold, 5);
    assert.deepEqual(weibo.findings, []);
    assert.equal(moments.report.threshold, 4);
    assert.equal(moments.findings.length, 1);
    assert.match(moments.findings[0]!.source!, /微信外部链接内容管理规范/);
  });

  it('takes the threshold from rules.ad-density.options.threshold', () => {
    const { findings, report } = run(HARD_AD, { config: withOptions({ threshold: 50 }) });
    assert.equal(report.threshold, 50);
    assert.deepEqual(findings, []);
  });

  it('finds prices and discounts written out or as numbers', () => {
    const text = '¥99 到手，原价199元，9块9包邮，8.8折，八五折，第二件半价，买一送一，充100送50';
    const { report } = run(text);
    assert.deepEqual(signalTexts(text, report), {
      price: ['¥99', '199元', '9块9'],
      discount: ['8.8折', '八五折', '第二件半价', '买一送一', '充100送50'],
      promo: ['原价', '包邮'],
    });
  });

  it('reads the masked digits of SMS corpora (xx元, x.x折) but not letters inside words', () => {
    const text = 'xx元 x折 x.x折 box元';
    assert.deepEqual(signalTexts(text, run(text).report), { price: ['xx元'], discount: ['x折', 'x.x折'] });
  });

  it('does not take ordinary words for prices, discounts or promo words', () => {
    for (const text of ['单元楼下元旦折腾了一波三折', '坐出租车去福利院看望老人', '一起去户外活动活动筋骨', '骨折以后第一次转折']) {
      assert.deepEqual(run(text).report.signals, [], text);
    }
  });

  it('counts a contact label and its number once', () => {
    const text = '电话：13812345678，热线400-123-4567，加VX:abc_123';
    assert.deepEqual(signalTexts(text, run(text).report), {
      contact: ['电话：13812345678', '热线400-123-4567', 'VX:abc_123'],
    });
  });

  it('finds links with and without a scheme, and does not end a sentence at their ?', () => {
    const text = '详情戳 https://shop.example.com/a?b=1 或 t.cn/AbC12 或 www.example.com';
    const { findings, report } = run(text);
    assert.deepEqual(signalTexts(text, report), { link: ['https://shop.example.com/a?b=1', 't.cn/AbC12', 'www.example.com'] });
    assert.deepEqual([findings[0]!.start, findings[0]!.end], [0, text.length]);
  });

  it('finds QR prompts', () => {
    const text = '长按识别二维码，扫码关注';
    assert.deepEqual(signalTexts(text, run(text).report), { qr: ['长按识别二维码', '扫码关注'] });
  });

  it('honours the allow list for words', () => {
    const { report } = run(HARD_AD, { config: withOptions({}, ['新品上市']) });
    assert.equal(signalTexts(HARD_AD, report).event, undefined);
    assert.deepEqual(signalTexts(HARD_AD, report).promo, ['全场']);
  });

  it('sorts selling words into the kinds of offer they belong to', () => {
    const cases: Array<[string, Record<string, string[]>]> = [
      ['会员专享，积分兑换好礼', { gift: ['好礼'], member: ['会员', '专享', '积分兑换'] }],
      ['本店周年庆，进店有礼', { event: ['周年庆'], business: ['本店'], cta: ['进店'] }],
      ['无抵押贷款，年化利率4.5%，当天放款', { finance: ['无抵押', '贷款', '年化利率4.5%', '当天放款'] }],
      ['首付3万起，89平米三室两厅，样板间开放', { price: ['3万起'], property: ['首付', '89平米', '三室两厅', '样板间'] }],
      ['暑假班招生，名师小班授课', { course: ['暑假班', '招生', '名师', '小班授课'] }],
      ['招聘店员，底薪3000加提成，包吃住', { jobs: ['招聘', '底薪', '提成', '包吃住'] }],
      ['澳门娱乐城，注册送彩金', { gambling: ['娱乐城', '注册送', '彩金'] }],
      ['交1万抵3万，买一层送一层', { discount: ['1万抵3万'] }],
      ['尊敬的会员：三八女人节到店即送好礼', { customer: ['尊敬的会员'], event: ['女人节'], gift: ['即送', '好礼'], cta: ['到店'] }],
      ['双12答谢新老客户', { event: ['双12', '答谢'], customer: ['新老客户'] }],
      ['稳健理财：90天4.5%，6个月期 3.85%', { finance: ['90天4.5%', '6个月期 3.85%'] }],
    ];
    for (const [text, expected] of cases) assert.deepEqual(signalTexts(text, run(text).report), expected, text);
  });

  it('finds the footers of commercial messages: opt-out lines, a closing signature, a shop address', () => {
    const optOut = '周末上新，全场包邮。回T退订';
    const a = run(optOut);
    assert.deepEqual(signalTexts(optOut, a.report), { promo: ['全场', '包邮'], event: ['上新'], 'opt-out': ['回T退订'] });
    assert.equal(a.findings.length, 1);
    const signed = '春茶到店，欢迎品尝。【茗香茶庄】';
    const b = run(signed);
    assert.deepEqual(signalTexts(signed, b.report), { cta: ['到店'], signature: ['【茗香茶庄】'] });
    assert.equal(b.findings.length, 1);
    // A 【】 that opens a post is a headline; an address alone is one kind.
    assert.deepEqual(run('【新闻】今天天气很好').report.signals, []);
    const address = '店址：长安街18号';
    const c = run(address);
    assert.deepEqual(signalTexts(address, c.report), { address: ['店址', '街18号'] });
    assert.deepEqual(c.findings, []);
  });

  it('leaves ordinary senses of the trade words alone', () => {
    for (const text of [
      '听到店长说这家招商银行的活动中心在装修',
      '联合国会员国',
      '面积约3平方公里',
      '家访正在进行中',
      '一对一帮扶贫困学生',
      '昨晚去赌场看了一眼，赌场很大',
    ]) {
      assert.deepEqual(run(text).report.signals, [], text);
    }
  });

  it('counts 活动 only as a sales event, and a customer salutation alone is no ad', () => {
    // A bare 活动 is any activity; the words around it make it a sale.
    assert.deepEqual(run('周末带孩子参加了社区的读书活动，还拿了奖状').report.signals, []);
    const sale = '店庆优惠活动进行中，欢迎光临';
    assert.deepEqual(signalTexts(sale, run(sale).report), { event: ['店庆', '优惠活动'], cta: ['欢迎光临'] });
    // A service notice to customers: one selling signal.
    const notice = '尊敬的客户：本公司将于下周一进行系统升级，特此通知。';
    const n = run(notice);
    assert.deepEqual(signalTexts(notice, n.report), { customer: ['尊敬的客户'] });
    assert.deepEqual(n.findings, []);
  });

  it('reads a discount written without 满: 减10元, 一件减20, 300减50', () => {
    const text = '文胸一件减20，两件减50；满额再减10元，300减50';
    assert.deepEqual(signalTexts(text, run(text).report), { discount: ['件减20', '件减50', '减10元', '300减50'] });
    // A weight lost is not a price cut.
    assert.deepEqual(run('每周平均减8到15斤，减了3公斤').report.signals, []);
  });

  it('takes a bank account with its bank or a payment word as payment details, enough alone to fire', () => {
    const text = '房租请转到农业银行 6228 4800 1234 5678 910，户名张三';
    const r = run(text);
    assert.deepEqual(signalTexts(text, r.report), { payment: ['6228 4800 1234 5678 910'] });
    assert.equal(r.findings.length, 1);
    assert.match(r.findings[0]!.message, /收款账户 ×1/);
    // The masked form of the SMS corpora, the bank after the number.
    const masked = 'xxxxxxxxxxxxxxxxxxx广发银行，张寒';
    assert.deepEqual(signalTexts(masked, run(masked).report), { payment: ['xxxxxxxxxxxxxxxxxxx'] });
    // A long number with no bank or payment word beside it is an order or an ID number; a
    // bank named far from it does not make it an account.
    for (const other of ['订单号 1234567890123456789 已经发货了', '1234567890123456789 这串数字是我的快递单，和上周在银行办的业务无关']) {
      assert.deepEqual(run(other).report.signals, [], other);
    }
  });

  it('counts a business naming itself (本公司、…有限公司) only beside a way to reach it', () => {
    const card = '本公司专业承接各类装修工程，电话：13812345678';
    const r = run(card);
    assert.deepEqual(signalTexts(card, r.report), { business: ['本公司', '专业承接'], contact: ['电话：13812345678'] });
    assert.equal(r.findings.length, 1);
    // News about a firm, and a firm's notice to its customers: no way to reach it, no business signal.
    assert.deepEqual(run('安源煤业集团股份有限公司关于公司副总经理被逮捕的公告').report.signals, []);
    const notice = '尊敬的客户：本公司将于下周一进行系统升级，特此通知。';
    assert.deepEqual(signalTexts(notice, run(notice).report), { customer: ['尊敬的客户'] });
  });

  it('marks a product term and rate from its number, not from an English word before it', () => {
    const text = 'Inbox 90天1.5%';
    assert.deepEqual(signalTexts(text, run(text).report), { finance: ['90天1.5%'] });
    assert.deepEqual(run('这90天里我瘦了3.5%').report.signals, []);
  });

  it('is silenced by a disable comment, which does not count as text', () => {
    const text = `<!-- postlint-disable ad-density -->\n${HARD_AD}`;
    const { findings, report } = run(text);
    assert.deepEqual(findings, []);
    assert.equal(report.chars, 40);
    assert.equal(report.score, 34);
  });

  it('measures the body, not a Xiaohongshu title', () => {
    const text = '---\nplatform: xiaohongshu\ntitle: 特价包邮\n---\n今天去看海。';
    const { report } = run(text, { platform: 'xiaohongshu' });
    assert.deepEqual(report.signals, []);
  });

  it('marks the sentence that carries most of the selling', () => {
    const text = '上周去了海边。\n全场5折，满100减20，私信我领券！\n下次再去。';
    const { findings } = run(text);
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), '全场5折，满100减20，私信我领券！');
  });

  describe('gates (speed): a family of patterns runs only when the draft holds a character every match of it needs', () => {
    // Examples of every family (masked x forms, upper case and full-width forms included), cut
    // into every substring: the gated search must find exactly what running every family finds.
    const EXAMPLES = [
      '¥ 99，￥1.5', '售价：199元起', 'xx元/平', '首付x.x万起', '三十元、十几块钱', '只要 99', '费用为1200', '仅售x', '价格xxx万', '50RMB', '5块5',
      '8.8折', 'x折', '八五折', '满199减50', '满xx元,立减xx', '减10元', '一件减20', '300减50', '买一送一', '买2件赠1', '充100送50', '20% OFF', '交1万抵3万',
      '89平米', 'xx-xxx㎡', '140平方', '3M²', '三室两厅', '3房2厅', '年化收益4.5%', '收益在x%-x%', 'Inbox 90天1.5%', '6个月期 3.85%',
      '港越路18号', '长安街x号', '…回T退订【某某家居】', '【新品】上市 xxxx-xxxxxxx', 'www.example.com', 't.cn/abc', 'https://t.cn/x', 'shop.example.cn/x',
      '13812345678', '400-123-4567', '010-12345678', 'xxxxxxxxxxx', '电话：6100111', 'qq 12345', 'QQ：123456', '微信：abcdef', 'VX: abc_def', 'v信 shopper', 'wx:abcdef',
      '农行 6222 0212 3456 7890 123', '户名张三 卡号xxxx*xxxx*xxxx*xxxx', '转账到6222021234567890123', '太好吃了！！', '真的吗?!', '好看😍', '©2024',
    ];
    const cuts = (s: string) => {
      const out: string[] = [];
      for (let a = 0; a < s.length; a++) for (let b = a + 1; b <= s.length; b++) out.push(s.slice(a, b));
      return out;
    };

    it('find exactly what every family run on every text finds', () => {
      const kinds = new Set<string>();
      for (const example of EXAMPLES) {
        for (const text of [...cuts(example), example.toUpperCase(), `文字${example}文字`]) {
          const all = findPatternSignals(text, false);
          for (const o of all) kinds.add(o.kind);
          assert.deepEqual(findPatternSignals(text), all, text);
        }
      }
      // The examples reach every family (and links by both ways, emoji).
      assert.deepEqual([...kinds].sort(), ['address', 'contact', 'discount', 'emoji', 'exclaim', 'finance', 'link', 'payment', 'price', 'property', 'signature']);
      for (const family of SIGNAL_PATTERNS) {
        assert.ok(
          EXAMPLES.some((e) => {
            family.re.lastIndex = 0;
            const found = family.re.test(e);
            family.re.lastIndex = 0;
            return found;
          }),
          family.re.source,
        );
      }
    });

    it('are all closed on plain prose, and open on what a family needs', () => {
      const prose = '周末和朋友去爬山，山顶的风景很好，下次还想再去。';
      assert.deepEqual(
        SIGNAL_PATTERNS.filter((f) => f.gate(prose, marksOf(prose).marks, marksOf(prose).digits)).map((f) => f.kind),
        [],
      );
      const open = (text: string) => {
        const { marks, digits } = marksOf(text);
        return SIGNAL_PATTERNS.filter((f) => f.gate(text, marks, digits)).map((f) => f.kind);
      };
      assert.deepEqual(open('一件减'), ['discount']);
      assert.deepEqual(open('3块'), ['price']);
      assert.deepEqual(open('2024年户名'), []);
      assert.deepEqual(open('12345'), ['contact']);
      assert.deepEqual(open('1234567890123456户名'), ['contact', 'payment']);
      assert.deepEqual(open('VX'), ['contact']);
      assert.deepEqual(open('加微信'), ['contact']);
      assert.deepEqual(open('好！'), ['exclaim']);
    });

    it('skip emoji exactly where text/emoji skips them (every BMP code unit)', () => {
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        assert.equal((marksOf(ch).marks & MAY_HOLD_EMOJI_MARK) !== 0, MAY_HOLD_EMOJI.test(ch), `U+${c.toString(16)}`);
      }
    });
  });
});
