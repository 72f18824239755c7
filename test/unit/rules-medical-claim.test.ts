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

/** [flagged text, start, end, severity, first fix's text or null]. */
function summary(text: string): Array<[string, number, number, string, string | null]> {
  return findings(text).map((f) => [text.slice(f.start, f.end), f.start, f.end, f.severity, f.fixes[0]?.edits[0]?.text ?? null]);
}

/** The flagged phrases with their severity's first letter: ['治疗湿疹 w']. */
function flagged(text: string): string[] {
  return findings(text).map((f) => `${text.slice(f.start, f.end)} ${f.severity[0]}`);
}

const withProduct = (product: string, body: string) => `---\nproduct: ${product}\n---\n${body}`;
/** A line that makes a draft read as an ad (a price, a call to buy): the claims before it are claims about goods. */
const AD = '今天下单立减20元，包邮。';

describe('medical-claim', () => {
  it('flags a verb of curing and the illness it governs, with range, message, reason and art. 17 / art. 58 as source', () => {
    const text = `这款面霜能治疗湿疹，${AD}`;
    const [f, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(f!.rule, 'medical-claim');
    assert.deepEqual([text.slice(f!.start, f!.end), f!.start, f!.end, f!.severity], ['治疗湿疹', 5, 9, 'warning']);
    assert.match(f!.message, /“治疗湿疹”宣称疾病治疗功能/);
    assert.match(f!.source!, /第十七条/);
    assert.match(f!.source!, /第五十八条第一款第二项/);
    assert.ok(f!.reason && f!.reason.length > 20);
    assert.deepEqual(f!.data, { word: '治疗湿疹', category: 'treatment' });
  });

  describe('claims by their grammar', () => {
    it('a verb of curing, preventing or relieving and an illness, symptom or body function in the same clause', () => {
      assert.deepEqual(flagged(`三天根治鼻炎，${AD}`), ['根治鼻炎 w']);
      assert.deepEqual(flagged(`喝它预防感冒，${AD}`), ['预防感冒 w']);
      assert.deepEqual(flagged(`从此告别便秘，${AD}`), ['告别便秘 w']);
      assert.deepEqual(flagged(`远离三高，${AD}`), ['远离三高 w']);
      assert.deepEqual(flagged(`坚持喝能调理胃病，${AD}`), ['调理胃病 w']);
      assert.deepEqual(flagged(`睡前一杯，改善失眠，${AD}`), ['改善失眠 w']);
      assert.deepEqual(flagged(`贴一晚缓解关节痛，${AD}`), ['缓解关节痛 w']);
      // Words between the verb and its illness, and a list after it.
      assert.deepEqual(flagged(`用了一周就治好了我的痘痘，${AD}`), ['治好了我的痘痘 w']);
      assert.deepEqual(flagged(`专业攻克雀斑、黄褐斑、汗管瘤，${AD}`), ['攻克雀斑、黄褐斑、汗管瘤 w']);
      // A one-character verb right before the illness: 治、防、去、降.
      assert.deepEqual(flagged(`还能治湿疹，${AD}`), ['治湿疹 w']);
      assert.deepEqual(flagged(`榨汁喝能降血压，${AD}`), ['降血压 w']);
      assert.equal(findings(`榨汁喝能降血压，${AD}`)[0]!.data?.category, 'immunity');
    });

    it('an illness and what became of it, credited to the goods', () => {
      assert.deepEqual(flagged(`喝了一个月，失眠好了，${AD}`), ['失眠好了 w']);
      assert.deepEqual(flagged(`脸上的湿疹，用了三个月再也没犯过。${AD}`), ['湿疹，用了三个月再也没犯 w']);
      assert.deepEqual(flagged(`喝完嗓子就不疼了！${AD}`), ['嗓子就不疼了 w']);
      assert.deepEqual(flagged(`吃了半年，我妈的糖尿病药都停了！${AD}`), ['糖尿病药都停了 w']);
      assert.deepEqual(flagged(`报名八段锦课，三个月甩掉降压药！${AD}`), ['甩掉降压药 w']);
      assert.match(findings(`喝了一个月，失眠好了，${AD}`)[0]!.message, /把病症好转归功于商品/);
    });

    it('an illness named as what the goods are for', () => {
      assert.deepEqual(flagged(`咽喉炎的福音：蜂胶糖，${AD}`), ['咽喉炎的福音 w']);
      assert.deepEqual(flagged(`鼻炎患者必备，${AD}`), ['鼻炎患者必备 w']);
      assert.deepEqual(flagged(`有慢性胃炎必入，${AD}`), ['胃炎必入 w']);
      assert.match(findings(`鼻炎患者必备，${AD}`)[0]!.message, /把疾病当作商品的用途/);
    });

    it('medical terms, detox, germ-killing and health-food functions', () => {
      assert.deepEqual(flagged(`疗效显著，${AD}`), ['疗效 w']);
      assert.deepEqual(flagged(`买一送一个疗程，${AD}`), ['疗程 w']);
      assert.deepEqual(flagged(`消炎祛痘，${AD}`), ['消炎 w']);
      assert.deepEqual(flagged(`天然草本无副作用，${AD}`), ['副作用 w']);
      assert.deepEqual(flagged(`排毒养颜，${AD}`), ['排毒养颜 w']);
      assert.deepEqual(flagged(`睡一觉毒素全排出，${AD}`), ['毒素 w']);
      assert.deepEqual(flagged(`每天一杯增强免疫力，${AD}`), ['增强免疫力 w']);
      assert.deepEqual(flagged(`比吃药还管用，${AD}`), ['比吃药还管用 w']);
      // 毒素 and 副作用 are claims only in that grammar.
      assert.deepEqual(flagged(`毒素堆积让皮肤变差，${AD}`), []);
      assert.deepEqual(flagged(`这种药副作用大，${AD}`), []);
    });

    it('kills germs: a claim for cosmetics and food, a tested property of other goods', () => {
      assert.deepEqual(flagged(withProduct('cosmetics', '温和抑菌的护理液')), ['抑菌 e']);
      assert.deepEqual(flagged(`这款面霜抗菌消炎，${AD}`), ['抗菌 w', '消炎 w']);
      assert.deepEqual(flagged(`洗碗机75℃高温除菌，${AD}`), []);
      assert.deepEqual(flagged(`纳米银抗菌内裤，${AD}`), []);
      // A step of food processing, not an effect on the body.
      assert.deepEqual(flagged(withProduct('food', '牛奶经巴氏杀菌处理')), []);
    });
  });

  describe('context', () => {
    it('in a draft that may or may not sell, a claim is info and says why', () => {
      const [f] = findings('这款乳霜能治疗湿疹。');
      assert.equal(f!.severity, 'info');
      assert.match(f!.message, /看不出是否在推销商品/);
    });

    it('in a draft that sells nothing, only a claim that shows goods by itself is reported, at info', () => {
      const [f, ...rest] = findings('磁疗鞋垫，专治颈椎病。');
      assert.deepEqual([rest.length, f!.severity], [0, 'info']);
      assert.match(f!.message, /没有看到推销的商品/);
      assert.deepEqual(flagged('咽喉炎的福音：蜂胶糖'), ['咽喉炎的福音 i']);
      // Weak claims (缓解、预防、失眠好了) are ordinary talk there.
      assert.deepEqual(flagged('跑步可以缓解焦虑，推荐大家试试'), []);
      assert.deepEqual(flagged('每天跑步五公里，失眠都好了'), []);
    });

    it('a weak claim the sentence vouches for or recommends goods for is strong', () => {
      assert.deepEqual(flagged('纯天然蜂胶，增强免疫力，中老年人首选'), ['增强免疫力 i']);
      assert.deepEqual(flagged('富硒茶，有效预防心脑血管疾病'), ['预防心脑血管疾病 i']);
    });

    it('a claim in a sentence about medical care is info in an ad (it may be one art. 17 exempts) and silent elsewhere', () => {
      const [f] = findings(`本诊所推拿大夫专治颈椎病，${AD}`);
      assert.equal(f!.severity, 'info');
      assert.match(f!.message, /product: medical/);
      assert.deepEqual(flagged('三名伤者已被送往医院治疗，医生说无生命危险'), []);
      assert.deepEqual(flagged('医院今天为一名糖尿病患者实施了手术'), []);
      assert.deepEqual(flagged('中医调理了三个月，吃了中药，月经不调好多了'), []);
    });

    it('leaves alone questions, negations and the notices the law asks for', () => {
      assert.deepEqual(flagged(`喝蜂蜜水真的能治咳嗽吗？${AD}`), []);
      assert.deepEqual(flagged('求推荐治疗湿疹的医院'), []);
      assert.deepEqual(flagged(`这款枕头不能治疗颈椎病，但睡得舒服。${AD}`), []);
      assert.deepEqual(flagged(`我们不说能治病，只说好喝。${AD}`), []);
      assert.deepEqual(flagged(withProduct('food', '本产品为普通食品，不具有任何治疗作用，请勿用于治疗疾病。')), []);
      assert.deepEqual(flagged(withProduct('health-food', '本品不能代替药物。')), []);
    });

    it('leaves alone health advice, research and lore that sell nothing', () => {
      assert.deepEqual(flagged('疾控中心提醒：接种流感疫苗可以有效预防流感'), []);
      assert.deepEqual(flagged('研究发现，每天喝绿茶能降低患心脏病的风险'), []);
      assert.deepEqual(flagged('枇杷叶煮水有止咳化痰的功效'), []);
      assert.deepEqual(flagged('多喝热水能预防感冒'), []);
    });
  });

  describe('ordinary senses', () => {
    const ordinary = [
      '这部电影好治愈',
      '下班回家被这只小猫治愈了',
      '这部剧治愈了我的失眠',
      '周末去山里徒步，算是一次心理疗愈',
      '他的懒癌又犯了哈哈',
      '这支广告病毒式刷屏了',
      '电脑中毒了，装了个杀毒软件',
      '发烧友必入的HiFi耳机，今晚直播间有券',
      '我对这部剧完全不感冒',
      '这家水疗馆环境不错，店庆八折',
      '光疗美甲，持久不掉色，店庆八折',
      '拖延是当代年轻人的通病',
      '小区垃圾分类治理初见成效',
      '今天感冒了，好难受[生病]',
      '智齿疼，吃了止痛片',
      '处方药请凭处方购买',
      '@鼻炎小助手 说得对',
      '[感冒]今天不想上班',
      '这款祛痘精华，淡化痘印，油皮友好，今晚八折',
      'SPF50防晒霜，防止晒伤晒黑，户外必备，今晚八折',
      '舒缓泛红、控油清爽，油皮夏天的本命精华，今晚八折',
      '告别熬夜加班，三亚机票直降500',
      '克虫蔗王药肥，药效显著，xxxx元/吨',
    ];
    for (const text of ordinary) {
      it(`leaves alone: ${text}`, () => assert.deepEqual(flagged(text), []));
    }
  });

  describe('evasive spellings', () => {
    it('reads through marks, emoji, pinyin and traditional characters, and says so', () => {
      const split = findings(`艾草贴治*疗宝宝积食，${AD}`)[0]!;
      assert.equal(split.data?.evasive, true);
      assert.match(split.message, /拆开写、夹符号/);
      assert.deepEqual(flagged(`喝了这个果蔬汁，便💩秘彻底拜拜了，${AD}`), ['便💩秘彻底拜拜了 w']);
      assert.deepEqual(flagged(`这个精华对湿疹有zhi疗作用，${AD}`), ['zhi疗作用 w']);
      assert.deepEqual(flagged(`灵芝粉，防ai抗ai，${AD}`), ['防ai w', '抗ai w']);
      assert.deepEqual(flagged(`純天然草本茶，療效顯著，${AD}`), ['療效 w']);
    });

    it('reads a variant character as the standard one (袪 for 祛) without calling it evasive', () => {
      const [f] = findings(`这款香皂袪湿疹，${AD}`);
      assert.equal(f!.data?.evasive, undefined);
      assert.doesNotMatch(f!.message, /拆开写/);
      assert.deepEqual(flagged(`这款香皂袪湿疹，${AD}`), ['袪湿疹 w']);
    });
  });

  describe('fixes', () => {
    it('replaces a term with an honest noun, or removes a qualifier before its noun', () => {
      assert.deepEqual(summary(`药妆品牌，${AD}`)[0], ['药妆', 0, 2, 'warning', '护肤品']);
      assert.deepEqual(summary(`医学护肤品，${AD}`)[0], ['医学护肤', 0, 4, 'warning', '护肤']);
      assert.deepEqual(summary(`医美级修复面膜，${AD}`)[0], ['医美级', 0, 3, 'warning', '']);
      // Not where no noun follows: 是医美级的 would lose its word.
      assert.deepEqual(summary(`这款面膜是医美级的。${AD}`)[0]![4], null);
      const text = `药妆品牌，医学护肤品，${AD}`;
      assert.equal(applyFixes(text, findings(text)).text, `护肤品品牌，护肤品，${AD}`);
    });

    it('removes a claim that stands as a clause of its own, and offers nothing for one inside a longer clause', () => {
      const text = `XX牌鱼油，专治三高，每天两粒。${AD}`;
      const [f] = findings(text);
      assert.equal(f!.fixes[0]!.title, '删除这一句');
      assert.equal(applyFixes(text, [f!]).text, `XX牌鱼油，每天两粒。${AD}`);
      assert.deepEqual(findings(`这款面霜能治疗湿疹，${AD}`)[0]!.fixes, []);
      const list = `去粉刺、治湿疹、抚平皱纹，${AD}`;
      assert.equal(applyFixes(list, findings(list)).text, `去粉刺、抚平皱纹，${AD}`);
    });
  });

  describe('severity and scope by front matter product', () => {
    it('is an error for cosmetics, food and health food, citing their own laws', () => {
      const cosmetics = findings(withProduct('cosmetics', '消炎祛痘'))[0]!;
      assert.equal(cosmetics.severity, 'error');
      assert.match(cosmetics.source!, /化妆品监督管理条例》第四十三条/);
      const food = findings(withProduct('食品', '排毒养颜'))[0]!;
      assert.equal(food.severity, 'error');
      assert.match(food.source!, /食品安全法》第七十三条/);
      const healthFood = findings(withProduct('health-food', '根治糖尿病'))[0]!;
      assert.equal(healthFood.severity, 'error');
      assert.match(healthFood.source!, /第十八条第一款第二项/);
      assert.match(healthFood.source!, /第五十八条第一款第三项/);
    });

    it('a product in the front matter makes the draft an ad: weak claims are reported too', () => {
      assert.deepEqual(flagged(withProduct('food', '喝完嗓子就不疼了！')), ['嗓子就不疼了 e']);
      assert.deepEqual(flagged(withProduct('clothing', '穿上它，告别老寒腿')), ['告别老寒腿 w']);
    });

    it('is silent for medical ads, which art. 17 exempts', () => {
      assert.deepEqual(findings(withProduct('medical', '治疗感冒，消炎止痛')), []);
      assert.deepEqual(findings(withProduct('药品', '治疗感冒')), []);
    });

    it('lets disinfectants claim 杀菌 and health foods their functions, nothing more', () => {
      assert.deepEqual(findings(withProduct('disinfectant', '洗手液高温杀菌')), []);
      assert.deepEqual(flagged(withProduct('disinfectant', '杀菌还能治疗脚气')), ['治疗脚气 w']);
      assert.deepEqual(findings(withProduct('health-food', '有助于增强免疫力')), []);
      assert.deepEqual(flagged(withProduct('health-food', '有助于增强免疫力，预防感冒')), ['预防感冒 e']);
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

  it('takes extra words from the config and honours allow', () => {
    const { config, problems } = parseConfig('{"allow":["痘根尽"],"rules":{"medical-claim":{"options":{"words":["包瘦"]}}}}', 'c.json');
    assert.deepEqual(problems, []);
    const text = `痘根尽同款，三天包瘦，${AD}`;
    assert.deepEqual(
      lint(text, { rules: RULES, config }).findings.map((f) => [text.slice(f.start, f.end), f.data?.category]),
      [['包瘦', 'treatment']],
    );
  });

  it('speaks English when asked', () => {
    const f = lint(`能治疗痘痘，${AD}`, { rules: RULES, locale: 'en' }).findings[0]!;
    assert.match(f.message, /treat disease/);
    assert.match(f.source!, /art\. 17/);
    const info = lint('磁疗鞋垫，专治颈椎病。', { rules: RULES, locale: 'en' }).findings[0]!;
    assert.match(info.message, /nothing seems to be sold/);
  });
});
