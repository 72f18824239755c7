import { strict as assert } from 'node:assert';
import { parseConfig } from '../../src/core/config';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { parseDraft } from '../../src/core/draft';
import { productKind } from '../../src/core/lexicon/medical';
import { medicalClaim } from '../../src/core/rules/medical-claim';
import type { Finding } from '../../src/core/types';

const RULES = [medicalClaim];

function findings(text: string, options: Parameters<typeof lint>[1] = {}): Finding[] {
  const result = lint(text, { rules: RULES, ...options });
  assert.deepEqual(result.internalErrors, []);
  return result.findings;
}

/** [flagged text, start, end, severity, first fix or null]. */
function summary(text: string): Array<[string, number, number, string, string | null]> {
  return findings(text).map((f) => [text.slice(f.start, f.end), f.start, f.end, f.severity, f.fixes[0]?.edits[0]?.text ?? null]);
}

const withProduct = (product: string, body: string) => `---\nproduct: ${product}\n---\n${body}`;

describe('medical-claim', () => {
  it('flags a cure claim with range, message, reason and art. 17 / art. 58 as source', () => {
    const [f, ...rest] = findings('这款面霜能治疗痘痘');
    assert.equal(rest.length, 0);
    assert.equal(f!.rule, 'medical-claim');
    assert.deepEqual([f!.start, f!.end, f!.severity], [5, 7, 'warning']);
    assert.match(f!.message, /“治疗”/);
    assert.match(f!.source!, /第十七条/);
    assert.match(f!.source!, /第五十八条/);
    assert.ok(f!.reason && f!.reason.length > 20);
    assert.deepEqual(f!.fixes, []);
    assert.deepEqual(f!.data, { word: '治疗', category: 'treatment' });
  });

  it('covers each group of words', () => {
    assert.deepEqual(summary('三天根治脚气'), [['根治', 2, 4, 'warning', null]]);
    assert.deepEqual(summary('药到病除'), [['药到病除', 0, 4, 'warning', null]]);
    assert.deepEqual(summary('喝了能降血压'), [['降血压', 3, 6, 'warning', null]]);
    assert.deepEqual(summary('消炎止痛'), [
      ['消炎', 0, 2, 'warning', null],
      ['止痛', 2, 4, 'warning', null],
    ]);
    assert.deepEqual(summary('99%杀菌'), [['杀菌', 3, 5, 'warning', null]]);
    assert.deepEqual(summary('排毒养颜'), [['排毒养颜', 0, 4, 'warning', null]]);
    assert.deepEqual(summary('每天一杯增强免疫力'), [['增强免疫力', 4, 9, 'warning', null]]);
    assert.deepEqual(summary('抗癌食物'), [['抗癌', 0, 2, 'warning', null]]);
  });

  it('offers a fix only where the honest noun is clear', () => {
    assert.deepEqual(summary('药妆品牌'), [['药妆', 0, 2, 'warning', '护肤品']]);
    assert.deepEqual(summary('医学护肤品'), [['医学护肤', 0, 4, 'warning', '护肤']]);
    const f = findings('消炎祛痘')[0]!;
    assert.deepEqual(f.fixes, []);
    assert.ok(f.alternatives!.some((a) => a.includes('舒缓')));
    const text = '药妆品牌，医学护肤品';
    const fixed = applyFixes(text, findings(text));
    assert.equal(fixed.text, '护肤品品牌，护肤品');
    assert.deepEqual(findings(fixed.text), []);
  });

  describe('severity and scope by front matter product', () => {
    it('is an error for cosmetics and food, citing their own laws', () => {
      const cosmetics = findings(withProduct('cosmetics', '消炎祛痘'))[0]!;
      assert.equal(cosmetics.severity, 'error');
      assert.match(cosmetics.source!, /化妆品监督管理条例》第四十三条/);
      const food = findings(withProduct('食品', '排毒养颜'))[0]!;
      assert.equal(food.severity, 'error');
      assert.match(food.source!, /食品安全法》第七十三条/);
      assert.equal(findings(withProduct('化妆品', '治疗湿疹'))[0]!.severity, 'error');
    });

    it('stays a warning for other goods and without a product', () => {
      assert.equal(findings(withProduct('clothing', '抗菌面料'))[0]!.severity, 'warning');
      assert.equal(findings('抗菌面料')[0]!.severity, 'warning');
    });

    it('is silent for medical ads, which art. 17 exempts', () => {
      assert.deepEqual(findings(withProduct('medical', '治疗感冒，消炎止痛')), []);
      assert.deepEqual(findings(withProduct('药品', '治疗感冒')), []);
    });

    it('lets disinfectants claim 杀菌 and health foods claim immunity, nothing more', () => {
      assert.deepEqual(findings(withProduct('disinfectant', '高温杀菌')), []);
      assert.deepEqual(summary(withProduct('disinfectant', '杀菌还能治疗脚气')).map((s) => s[0]), ['治疗']);
      assert.deepEqual(findings(withProduct('health-food', '有助于增强免疫力')), []);
      const cure = findings(withProduct('health-food', '根治糖尿病'))[0]!;
      assert.equal(cure.severity, 'error');
      assert.match(cure.source!, /第十八条/);
    });

    it('reads the product words', () => {
      const kind = (p: string) => productKind(parseDraft(withProduct(p, 'x')).product);
      assert.equal(kind('Cosmetics'), 'cosmetics');
      assert.equal(kind('护肤品'), 'cosmetics');
      assert.equal(kind('零食'), 'food');
      assert.equal(kind('保健食品'), 'health-food');
      assert.equal(kind('医疗器械'), 'medical');
      assert.equal(kind('清洁用品'), 'disinfectant');
      assert.equal(kind('clothing'), null);
      assert.equal(productKind(null), null);
    });
  });

  describe('what must not fire', () => {
    const ordinary = [
      '这部电影好治愈',
      '治愈系的插画',
      '被这只猫治愈了',
      '妈妈住院治疗了一周',
      '他正在接受治疗',
      '要及时治疗，别拖',
      '智齿疼，吃了止痛片',
      '处方药请凭处方购买',
      '免疫力下降的4种原因',
      '@治愈系心理学 说得对',
      '今天天气不错，适合出门',
    ];
    for (const text of ordinary) {
      it(`leaves alone: ${text}`, () => assert.deepEqual(summary(text), []));
    }
  });

  it('takes extra words from the config and honours allow', () => {
    const { config, problems } = parseConfig('{"allow":["治愈系"],"rules":{"medical-claim":{"options":{"words":["包瘦"]}}}}', 'c.json');
    assert.deepEqual(problems, []);
    const text = '治愈系零食，三天包瘦';
    assert.deepEqual(
      lint(text, { rules: RULES, config }).findings.map((f) => [text.slice(f.start, f.end), f.data?.category]),
      [['包瘦', 'treatment']],
    );
  });

  it('speaks English when asked', () => {
    const f = lint('能治疗痘痘', { rules: RULES, locale: 'en' }).findings[0]!;
    assert.match(f.message, /treat disease/);
    assert.match(f.source!, /art\. 17/);
  });
});
