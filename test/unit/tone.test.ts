import { strict as assert } from 'node:assert';
import { toneLabel, type ToneCounts } from '../../src/core/analysis/tone';
import { lint } from '../../src/core/engine';
import type { PlatformId, ToneSummary } from '../../src/core/types';

function tone(text: string, options: { platform?: PlatformId; locale?: 'zh' | 'en' } = {}): ToneSummary {
  const r = lint(text, { platform: options.platform ?? 'weibo', locale: options.locale });
  assert.deepEqual(r.internalErrors, []);
  return r.tone;
}

function counts(summary: ToneSummary): Record<string, number> {
  return Object.fromEntries(summary.signals.map((s) => [s.id, s.count]));
}

const NONE: ToneCounts = {
  secondPerson: 0,
  firstPersonPlural: 0,
  questions: 0,
  officialese: 0,
  hardSell: 0,
  shouting: 0,
  readsAsAd: false,
};

describe('tone summary', () => {
  it('亲切: talks to the reader as an equal', () => {
    const t = tone('你们周末都去哪儿玩了？我们去了植物园，花开得正好。');
    assert.equal(t.label, '亲切');
    assert.equal(t.labelText, '亲切');
    assert.deepEqual(counts(t), {
      'second-person': 1,
      'first-person-plural': 1,
      question: 1,
      officialese: 0,
      'hard-sell': 0,
      shouting: 0,
      'ad-density': 0,
    });
  });

  it('中性: a plain statement', () => {
    const t = tone('今天北京晴，最高气温25度。');
    assert.equal(t.label, '中性');
    assert.ok(t.signals.every((s) => s.count === 0));
  });

  it('生硬: a notice in officialese', () => {
    const t = tone('尊敬的客户：本公司将于下周一进行系统升级，特此通知。');
    assert.equal(t.label, '生硬');
    assert.equal(counts(t).officialese, 3);
  });

  it('强推销: an order to buy, shouted', () => {
    const t = tone('赶紧下单！！限时特价，立即购买');
    assert.equal(t.label, '强推销');
    assert.equal(counts(t)['hard-sell'], 2);
    assert.equal(counts(t).shouting, 1);
  });

  it('强推销: any text that reads as an ad, without a single imperative', () => {
    const t = tone('春季新品上市，全场8折！满200减30，扫码领券，咨询微信号：shop2024。');
    assert.equal(t.label, '强推销');
    assert.equal(counts(t)['hard-sell'], 0);
    assert.equal(counts(t)['ad-density'], 34);
  });

  it('warmth outweighs a single officialese phrase', () => {
    const t = tone('尊敬的客户，你们最近还好吗？我们很想念你们。');
    assert.equal(counts(t).officialese, 1);
    assert.equal(t.label, '亲切');
  });

  it('shouting alone is not selling', () => {
    assert.equal(tone('我错了！我错了！！我错了！！！').label, '中性');
  });

  it('does not take 父亲 for 亲, nor the ? of a link for a question', () => {
    assert.equal(counts(tone('父亲节快乐，带爸爸去吃了顿好的。'))['second-person'], 0);
    const t = tone('大家觉得怎么样？链接 https://example.com/?q=1');
    assert.equal(counts(t).question, 1);
    assert.equal(counts(t)['second-person'], 1);
  });

  it('gives the English label in the en locale', () => {
    const t = tone('尊敬的客户：本公司将于下周一进行系统升级，特此通知。', { locale: 'en' });
    assert.equal(t.label, '生硬');
    assert.equal(t.labelText, 'stiff');
    assert.equal(t.signals.find((s) => s.id === 'officialese')?.label, 'officialese');
  });

  it('counts the Xiaohongshu title too', () => {
    const t = tone('---\nplatform: xiaohongshu\ntitle: 你试过吗？\n---\n我们的周末早餐。');
    assert.deepEqual([counts(t)['second-person'], counts(t).question, counts(t)['first-person-plural']], [1, 1, 1]);
    assert.equal(t.label, '亲切');
  });

  describe('decision rule', () => {
    it('puts selling first, then officialese, then warmth', () => {
      assert.equal(toneLabel({ ...NONE, readsAsAd: true, secondPerson: 5 }), '强推销');
      assert.equal(toneLabel({ ...NONE, hardSell: 1, officialese: 3 }), '强推销');
      assert.equal(toneLabel({ ...NONE, officialese: 2, secondPerson: 1, questions: 1 }), '生硬');
      assert.equal(toneLabel({ ...NONE, officialese: 1, secondPerson: 1, questions: 1 }), '亲切');
      assert.equal(toneLabel({ ...NONE, secondPerson: 1, questions: 1 }), '亲切');
    });
    it('needs the reader addressed for 亲切', () => {
      assert.equal(toneLabel({ ...NONE, firstPersonPlural: 3 }), '中性');
      assert.equal(toneLabel({ ...NONE, secondPerson: 1 }), '中性');
      assert.equal(toneLabel({ ...NONE, shouting: 4 }), '中性');
    });
  });
});
