import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import type { Rule } from '../../src/core/rule';
import type { SellingContext } from '../../src/core/analysis/selling';

/** Whether a draft promotes something (analysis/selling.ts), as a rule sees it. */
function sellingOf(text: string, fileName = 'a.weibo'): SellingContext {
  let seen: SellingContext | undefined;
  const probe: Rule = {
    id: 'fold',
    description: { zh: '', en: '' },
    defaultSeverity: 'info',
    check(ctx) {
      seen = ctx.selling();
    },
  };
  lint(text, { fileName, rules: [probe] });
  return seen!;
}

describe('selling context', () => {
  it('an offer with a price and a way to buy is selling', () => {
    const s = sellingOf('新款羽绒服到店了，原价599元，今天到手价399元，私信下单。');
    assert.equal(s.level, 'selling');
    assert.ok(s.cues.some((c) => c.id === 'price'));
  });

  it('a product description with no price is selling (a pitch: the goods and what they do)', () => {
    assert.equal(sellingOf('这款连衣裙采用真丝面料，上身显瘦，修饰腰线。').level, 'selling');
    assert.equal(sellingOf('本品质地轻薄，上脸不油腻，持妆一整天。').level, 'selling');
  });

  it('front matter naming a product makes the draft a selling one', () => {
    const s = sellingOf('---\nproduct: food\n---\n今天是个好日子。');
    assert.equal(s.level, 'selling');
    assert.deepEqual(s.cues.map((c) => c.id), ['product']);
  });

  it('one cue alone leaves it unclear; a diary or a news item is none', () => {
    assert.equal(sellingOf('妈妈织的毛衣，面料摸起来好舒服。').level, 'unclear');
    assert.equal(sellingOf('今天是最好的一天，和老朋友在湖边坐了一下午。').level, 'none');
    assert.equal(sellingOf('全球最大的集装箱船今日靠泊洋山港。').level, 'none');
  });
});
