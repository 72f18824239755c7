import { strict as assert } from 'node:assert';
import { parseConfig } from '../../src/core/config';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { AD_LAW_LISTS, isAdLawEntry } from '../../src/core/lexicon/ad-law';
import { CALLS_TO_ACTION } from '../../src/core/lexicon/cta';
import { PhraseMatcher } from '../../src/core/lexicon/matcher';
import { PITCH_WORDS } from '../../src/core/lexicon/pitch';
import { PROMO_WORDS } from '../../src/core/lexicon/promo';
import type { Rule } from '../../src/core/rule';
import { adLaw } from '../../src/core/rules/ad-law';
import type { Finding } from '../../src/core/types';

const RULES = [adLaw];

/**
 * Most tests read a claim as it stands in an ad: the draft names a product in its front matter,
 * so it is a selling draft (issue 11: outside one, claims are judged by context; see 'context').
 * Offsets are given in the text without the front matter.
 */
const SELLING = '---\nproduct: goods\n---\n';

function unshift(f: Finding): Finding {
  const by = SELLING.length;
  return { ...f, start: f.start - by, end: f.end - by, fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start - by, end: e.end - by })) })) };
}

function findings(text: string, options: Parameters<typeof lint>[1] = {}): Finding[] {
  const result = lint(SELLING + text, { rules: RULES, ...options });
  assert.deepEqual(result.internalErrors, []);
  return result.findings.map(unshift);
}

/** Findings of a draft as written, front matter and all (for the context tests). */
function plainFindings(text: string, options: Parameters<typeof lint>[1] = {}): Finding[] {
  const result = lint(text, { rules: RULES, ...options });
  assert.deepEqual(result.internalErrors, []);
  return result.findings;
}

/** [flagged text, start, end, first fix or null] for each finding. */
function summary(text: string): Array<[string, number, number, string | null]> {
  return findings(text).map((f) => [text.slice(f.start, f.end), f.start, f.end, f.fixes[0]?.edits[0]?.text ?? null]);
}

function only(text: string): Finding {
  const found = findings(text);
  assert.equal(found.length, 1, `expected one finding in ${text}, got ${JSON.stringify(found.map((f) => text.slice(f.start, f.end)))}`);
  return found[0]!;
}

describe('ad-law', () => {
  describe('superlatives (最-words)', () => {
    it('flags 最好 with its range, message, source and a fix that touches only the phrase', () => {
      const f = only('这是最好的面霜');
      assert.equal(f.rule, 'ad-law');
      assert.equal(f.severity, 'error');
      assert.deepEqual([f.start, f.end], [2, 4]);
      assert.match(f.message, /“最好”/);
      assert.match(f.source!, /第九条第三项/);
      assert.match(f.source!, /第五十七条/);
      assert.match(f.source!, /二十万元以上一百万元以下/);
      assert.ok(f.reason && f.reason.length > 20);
      assert.deepEqual(f.fixes[0]!.edits, [{ start: 2, end: 4, text: '很好' }]);
      assert.equal(f.fixes[0]!.title, '改为“很好”');
      assert.deepEqual(f.data, { word: '最好', category: 'superlative' });
    });

    it('picks the rewrite that fits what follows', () => {
      assert.deepEqual(summary('效果最好。'), [['最好', 2, 4, '很好']]);
      assert.deepEqual(summary('最强性能'), [['最强', 0, 2, '很强的']]);
      assert.deepEqual(summary('亚麻是透气的最好材质'), [['最好', 6, 8, '很好的']]);
      assert.deepEqual(summary('最先进技术'), [['最先进', 0, 3, '先进']]);
      assert.deepEqual(summary('最先进的技术'), [['最先进', 0, 3, '很先进']]);
      assert.deepEqual(summary('是你的最佳选择'), [['最佳', 3, 5, '理想']]);
      assert.deepEqual(summary('开春最美好的单品'), [['最美好', 2, 5, '很美好']]);
      assert.deepEqual(summary('这款最好用，效果最佳'), [
        ['最好用', 2, 5, '很好用'],
        ['最佳', 8, 10, '理想'],
      ]);
      assert.deepEqual(summary('最具个性'), [['最具', 0, 2, '颇具']]);
    });

    it('flags a claim with no safe rewrite without a fix, but with alternatives in the hover', () => {
      const f = only('最权威的检测');
      assert.deepEqual([f.start, f.end, f.fixes.length], [0, 3, 0]);
      const g = only('最大容量');
      assert.deepEqual(g.fixes[0]!.edits, [{ start: 0, end: 2, text: '很大的' }]);
      assert.ok(g.alternatives!.includes('超大'));
    });

    it('reads 最好 + verb as "had better" and 最好用温水 as advice', () => {
      assert.deepEqual(summary('你最好不要熬夜'), []);
      assert.deepEqual(summary('最好先在耳后试用'), []);
      assert.deepEqual(summary('最好用温水洗'), []);
      assert.deepEqual(summary('最好用的洗面奶'), [['最好用', 0, 3, '很好用']]);
    });

    it('reads 最高/最大/最快 before a number as a specification', () => {
      assert.deepEqual(summary('续航最高可达10小时'), []);
      assert.deepEqual(summary('最大功率3000W'), []);
      assert.deepEqual(summary('最快3天送达'), []);
      assert.deepEqual(summary('品质最高！'), [['最高', 2, 4, '很高']]);
    });

    it('exempts self-comparison within the sentence', () => {
      assert.deepEqual(summary('历代最强的一款'), []);
      assert.deepEqual(summary('本店最受欢迎的一款'), []);
      assert.deepEqual(summary('这是我们家最好卖的'), []);
      // The marker must be in the same sentence.
      assert.deepEqual(summary('本店上新。最强的一款'), [['最强', 5, 7, '很强']]);
      assert.deepEqual(summary('最受欢迎的一款'), [['最受欢迎', 0, 4, '很受欢迎']]);
    });
  });

  describe('rankings (第一 / NO.1 / 首-words)', () => {
    it('flags 第一 after what it ranks, with 领先 as the fix', () => {
      const f = only('防晒霜口碑第一！');
      assert.deepEqual([f.start, f.end], [5, 7]);
      assert.match(f.message, /“第一”/);
      assert.deepEqual(f.fixes[0]!.edits, [{ start: 5, end: 7, text: '领先' }]);
      assert.deepEqual(summary('口碑第一的防晒'), [['第一', 2, 4, '领先']]);
      // A sales rank is one claim, which sells by its words alone.
      assert.deepEqual(summary('防晒霜销量第一！'), [['销量第一', 3, 7, '销量领先']]);
      assert.deepEqual(summary('销量第一名'), [['销量第一', 0, 4, null]]);
    });

    it('gives no fix where 领先 would read wrong', () => {
      assert.deepEqual(summary('我们是第一'), [['第一', 3, 5, null]]);
      assert.deepEqual(summary('排名第一'), [['第一', 2, 4, '领先']]);
      assert.deepEqual(summary('排第一的'), [['第一', 1, 3, null]]);
    });

    it('flags NO.1 in any case and width, and TOP1, but not TOP10', () => {
      assert.deepEqual(summary('销量NO.1'), [['NO.1', 2, 6, '领先']]);
      assert.deepEqual(summary('口碑ｎｏ．１品牌'), [['ｎｏ．１', 2, 6, '领先']]);
      assert.deepEqual(summary('top1'), [['top1', 0, 4, '领先']]);
      assert.deepEqual(summary('TOP10榜单'), []);
    });

    it('flags 首选, 第一品牌 and 第一名', () => {
      assert.deepEqual(summary('秋季首选'), [['首选', 2, 4, '优选']]);
      assert.deepEqual(summary('国货第一品牌'), [['第一品牌', 2, 6, '领先品牌']]);
      assert.deepEqual(summary('口碑第一名'), [['第一名', 2, 5, null]]);
    });
  });

  describe('grade words (级 / 极)', () => {
    it('flags 国家级, 顶级, 极品, 极致, with fixes only where they read well', () => {
      assert.deepEqual(summary('国家级产品'), [['国家级', 0, 3, null]]);
      // 顶级 → 高端 (高品质 would add a product-description word and change how the draft reads);
      // before a word 极致 may be an adverb or an adjective, so it has no fix there.
      assert.deepEqual(summary('顶级面料，极致体验，极致的享受'), [
        ['顶级', 0, 2, '高端'],
        ['极致', 5, 7, null],
        ['极致', 10, 12, '出色'],
      ]);
      assert.deepEqual(summary('极品好茶'), [['极品', 0, 2, '精品']]);
      assert.deepEqual(summary('简约到极致'), [['极致', 3, 5, null]]);
      // 极佳 says "excellent", not "the best": an intensifier, not a grade (bench/devset/ad-law.md).
      assert.deepEqual(summary('垂感极佳'), []);
    });

    it('exempts conferred titles and goals', () => {
      assert.deepEqual(summary('国家级非物质文化遗产'), []);
      assert.deepEqual(summary('我们追求极致'), []);
    });
  });

  describe('uniqueness (唯一 / 独家 / 独一无二)', () => {
    it('flags them', () => {
      assert.deepEqual(summary('独一无二的设计'), [['独一无二', 0, 4, '与众不同']]);
      assert.deepEqual(summary('唯一的选择'), [['唯一', 0, 2, '少有']]);
      assert.deepEqual(summary('独家配方'), [['独家', 0, 2, null]]);
      assert.deepEqual(summary('绝无仅有的体验'), [['绝无仅有', 0, 4, '难得一见']]);
    });
  });

  describe('scope (全网 / 全球 / 史上 / 全国)', () => {
    it('flags the whole scoped claim as one finding', () => {
      const f = only('全网最低价，仅此一天');
      assert.deepEqual([f.start, f.end], [0, 5]);
      assert.match(f.message, /全网最低价/);
      assert.deepEqual(f.fixes[0]!.edits, [{ start: 0, end: 5, text: '特惠价' }]);
      // A scoped claim drops its scope and takes the claim's own rewrite.
      assert.deepEqual(summary('史上最强'), [['史上最强', 0, 4, '很强']]);
      assert.deepEqual(summary('全网最好的猫粮'), [['全网最好', 0, 4, '很好']]);
      // …as the claim really stands: 全网最好吃 is 全网 + 最好吃, not 最好 + 吃.
      assert.deepEqual(summary('全网最好吃的肉松小贝'), [['全网最好吃', 0, 5, '很好吃']]);
      assert.deepEqual(summary('全球首发'), [['全球首发', 0, 4, '首发']]);
      assert.deepEqual(summary('全国首家'), [['全国首家', 0, 4, null]]);
      assert.deepEqual(summary('世界领先水平'), [['世界领先', 0, 4, null]]);
    });
  });

  describe('certainty (100% / 万能 / 永久 / 绝对 / 零风险)', () => {
    it('flags promises', () => {
      assert.deepEqual(summary('100%有效'), [['100%', 0, 4, null]]);
      assert.deepEqual(summary('万能清洁剂'), [['万能', 0, 2, '多功能']]);
      assert.deepEqual(summary('永久不褪色'), [['永久', 0, 2, '长期']]);
      assert.deepEqual(summary('绝对正品'), [['绝对正品', 0, 4, '正品']]);
      assert.deepEqual(summary('投资零风险'), [['零风险', 2, 5, null]]);
    });

    it('leaves fibre content labels and readings alone', () => {
      assert.deepEqual(summary('100%纯棉面料'), []);
      assert.deepEqual(summary('面料选用100% 羊毛'), []);
      assert.deepEqual(summary('采用100%的新西兰羊毛'), []);
      assert.deepEqual(summary('电量100%'), []);
      assert.deepEqual(summary('100%不掉毛'), [['100%', 0, 4, null]]);
    });
  });

  describe('authority', () => {
    it('flags state endorsement with any organ in between, 特供 and 免检', () => {
      const f = only('国家体育总局指定用品');
      assert.deepEqual([f.start, f.end, f.severity], [0, 8, 'error']);
      assert.match(f.source!, /第九条第二项/);
      assert.deepEqual(summary('国宴特供'), [['国宴特供', 0, 4, null]]);
      assert.deepEqual(summary('春节特供礼盒'), [['特供', 2, 4, null]]);
      assert.deepEqual(summary('质量免检'), [['质量免检', 0, 4, null]]);
      assert.deepEqual(summary('国家领导人推荐'), [['国家领导人推荐', 0, 7, null]]);
      assert.deepEqual(summary('推荐性国家标准'), []);
    });
  });

  describe('lure words', () => {
    it('flags them as warnings: only the writer knows whether a prize is real', () => {
      const found = findings('恭喜您获奖，点击领奖');
      assert.deepEqual(
        found.map((f) => [f.start, f.end, f.severity]),
        [
          [0, 5, 'warning'],
          [6, 10, 'warning'],
        ],
      );
      assert.match(found[1]!.source!, /第四条/);
      assert.deepEqual(summary('全民免单'), [['全民免单', 0, 4, null]]);
      assert.deepEqual(summary('恭喜获奖的小伙伴'), []);
    });
  });

  describe('claims by grammar (issue 11): seeds read with what they govern', () => {
    it('flags 最 before any adjective or verb phrase, and takes the 最 away as its fix', () => {
      assert.deepEqual(summary('这双跑鞋是最耐穿的'), [['最耐穿', 5, 8, '']]);
      assert.deepEqual(summary('最受年轻人欢迎的辅食机'), [['最受年轻人欢迎', 0, 7, '']]);
      assert.deepEqual(summary('这个长度最显气质，不长不短'), [['最显气质', 4, 8, '']]);
      assert.deepEqual(summary('搭配最是能拂去烦躁'), [['最是能拂去烦躁', 2, 9, '']]);
      assert.deepEqual(summary('最为基础百搭'), [['最为基础百搭', 0, 6, '']]);
      // A one-character phrase keeps its degree: 最暖的 → 很暖的.
      assert.deepEqual(summary('冬天最暖的一杯'), [['最暖', 2, 4, '很']]);
      const f = only('最显瘦的阔腿裤');
      assert.deepEqual(f.fixes[0]!.edits, [{ start: 0, end: 1, text: '' }]);
      assert.equal(f.fixes[0]!.title, '删去“最”');
    });

    it('flags 绝对 vouching for the goods, keeping the 是 after it', () => {
      // The finding is 绝对 alone: what it vouches for may hold a claim of its own (绝对是秋季首选).
      assert.deepEqual(summary('穿起来绝对吸睛'), [['绝对', 3, 5, '']]);
      assert.deepEqual(summary('卫衣绝对是秋季首选').map((x) => x[0]), ['绝对', '首选']);
      const f = only('这款绝对是不能错过的存在');
      assert.deepEqual(f.fixes[0]!.edits, [{ start: 2, end: 4, text: '' }]);
      assert.deepEqual(summary('绝对值很小'), []);
    });

    it('reads the ordinary senses of 最 as exceptions, by class', () => {
      for (const text of [
        '最近上新了几款', '放在最前面的那款', '最多三件包邮', '续航最长可达8小时', '我最喜欢这款的颜色', '最怕下雨天出门',
        '最重要的是不挑肤质', '最吸引人的地方在于领口', '它最大的亮点是面料', '送上最诚挚的祝福', '用最真诚的态度对待每一位顾客',
        '我们致力于做最专业的美甲', '以世界级设计师为目标', '为您的孩子选择一位最适合他的老师',
      ]) {
        assert.deepEqual(summary(text), [], text);
      }
    });

    it('reads a liking said of a group as a popularity claim, said of oneself as a feeling', () => {
      assert.deepEqual(summary('这条长裙是女神们的最爱').map((x) => [x[0], x[3]]), [['最爱', null]]);
      assert.deepEqual(summary('年轻人最喜欢的卫衣').map((x) => [x[0], x[3]]), [['最喜欢', '']]);
      assert.deepEqual(summary('我最喜欢的卫衣'), []);
    });

    it('takes a scoped claim whole and rewrites it without its scope', () => {
      assert.deepEqual(summary('全网最耐穿的跑鞋'), [['全网最耐穿', 0, 5, '']]);
      assert.deepEqual(summary('全国最便宜的手机'), [['全国最便宜', 0, 5, '很便宜']]);
      assert.deepEqual(summary('全国第一家鳄鱼专卖店'), [['全国第一', 0, 4, null]]);
      assert.deepEqual(summary('全国第一次举办'), []);
    });

    it('flags a comparison with every rival, but not with the goods’ own past', () => {
      assert.deepEqual(summary('没有哪款面膜比它更补水').map((x) => x[0]), ['没有哪款面膜比它更补水']);
      assert.deepEqual(summary('比任何同类产品都更耐用').map((x) => x[0]), ['比任何同类产品都更耐用']);
      assert.deepEqual(summary('今年的龙井比任何时候都香'), []);
    });

    it('takes 没有之一 away with the claim it completes', () => {
      const text = '最好吃的螺蛳粉，没有之一';
      const found = findings(text);
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['最好吃', '没有之一']);
      assert.equal(applyFixes(text, found.slice(0, 1)).text, '很好吃的螺蛳粉');
      assert.match(found[0]!.fixes[0]!.title, /并删去“没有之一”/);
      assert.equal(applyFixes(text, found).text, '很好吃的螺蛳粉');
    });

    it('offers no fix where no rewrite reads well', () => {
      // 我用过很好用的 does not read; 极致 before a word may be an adverb or an adjective.
      assert.deepEqual(summary('这是我用过最好用的粉底液').map((x) => x[3]), [null]);
      assert.deepEqual(summary('極致輕薄的眼鏡').map((x) => x[3]), [null]);
      assert.deepEqual(summary('澳门最大型博彩公司').map((x) => x[3]), ['大型']);
    });

    it('flags a claim however it is spelled, and says so', () => {
      const cases: Array<[string, string]> = [
        ['这是最 好的面霜', '最 好'],
        ['这是最🔥好的面霜', '最🔥好'],
        ['这款精华真的是zui好用的', 'zui好用'],
        ['醉好吃的螺蛳粉', '醉好吃'],
        ['蕞便宜的机票', '蕞便宜'],
        ['國家級品質', '國家級'],
        ['销量N0.1', 'N0.1'],
        ['全 网 最 低 价', '全 网 最 低 价'],
        ['回购率第\u200b一的卸妆膏', '第\u200b一'],
      ];
      for (const [text, phrase] of cases) {
        const found = findings(text);
        assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), [phrase], text);
        assert.match(found[0]!.message, /认得出/, text);
        assert.equal(found[0]!.data?.evasive, true);
      }
      // 醉 is a word of its own: 醉了、陶醉 are no claims.
      assert.deepEqual(summary('我醉了，陶醉在音乐里'), []);
    });

    it('rewrites never add a kind of selling signal (a fix must not change how the draft reads)', () => {
      const sellingWords = new PhraseMatcher([PITCH_WORDS, PROMO_WORDS, CALLS_TO_ACTION]);
      const found = (t: string) => new Set([...sellingWords.scan(t, [{ text: t, start: 0 }]).values()].flat().map((m) => `${m.list.id}:${m.entry.category ?? ''}`));
      for (const list of AD_LAW_LISTS) {
        for (const e of list.entries) {
          if (!isAdLawEntry(e)) continue;
          const before = found(e.word);
          for (const word of [...(e.replacements ?? []), ...Object.values(e.fit ?? {}).flat()]) {
            for (const w of found(word)) assert.ok(before.has(w), `${e.word} → ${word} adds ${w}`);
          }
        }
      }
    });
  });

  describe('context (issue 11): a claim is judged by whether the draft sells', () => {
    const rows = (text: string) => plainFindings(text).map((f) => [text.slice(f.start, f.end), f.severity]);

    it('reports claims in a draft that sells — a price, a way to buy, or a product description — at the rule’s severity', () => {
      assert.deepEqual(rows('这款连衣裙采用真丝面料，上身最显瘦！'), [['最显瘦', 'error']]);
      assert.deepEqual(rows('最好吃的蛋黄酥，一盒68元，私信下单。'), [['最好吃', 'error']]);
    });

    it('says nothing of claims in news, diaries and chat', () => {
      for (const text of ['今天是最好的一天，和老朋友在湖边坐了一下午。', '突发：全球最大的集装箱船今日靠泊洋山港。', '这件衣服最显瘦了，我好喜欢', '他是本届奥运会唯一一位拿到三枚金牌的运动员。', '这绝对是我今年看过最好的电影']) {
        assert.deepEqual(rows(text), [], text);
      }
    });

    it('notes, as information and saying why, a listed claim in a sentence that might sell', () => {
      const found = plainFindings('这家店的面包最好吃，还送饮料。');
      assert.deepEqual(found.map((f) => f.severity), ['info']);
      assert.match(found[0]!.message, /看不出在推销/);
      assert.match(found[0]!.reason!, /商业广告/);
      // …but not when the selling word stands in another sentence, nor when the writer tells their own experience.
      assert.deepEqual(rows('《璀璨人生》全国收视第一！好消息：下周六主演登陆大本营。'), []);
      assert.deepEqual(rows('这是我吃过最好吃的火锅，人均80元。'), []);
    });

    it('notes a claim that sells by its words alone even where nothing else does', () => {
      assert.deepEqual(rows('全网最低价'), [['全网最低价', 'info']]);
      assert.deepEqual(rows('国货第一品牌'), [['第一品牌', 'info']]);
    });

    it('reports the team’s own words wherever they stand', () => {
      const { config } = parseConfig('{"rules":{"ad-law":{"options":{"words":["销冠王"]}}}}', 'c.json');
      assert.deepEqual(plainFindings('他是公司的销冠王', { config }).map((f) => f.severity), ['error']);
    });
  });

  describe('what must not fire', () => {
    const ordinary = [
      '最近上新了几款',
      '最后一次见面是去年',
      '最后，祝大家周末愉快',
      '最初的梦想',
      '最终还是买了',
      '最早的一批用户',
      '最多三件包邮',
      '第一次用就爱上了',
      '第一步先洁面',
      '第一天上班',
      '第一眼就喜欢',
      '我们会第一时间发货',
      '第一印象很重要',
      '第一，要注意防晒；第二，多喝水',
      '第1次来',
      '全国第一次',
      '唯一的遗憾是颜色少',
      '唯一能做的就是等',
      '最佳赏味期为开封后7天',
      '最佳食用时间是早上',
      '最佳饮用温度8℃',
      '你最好不要熬夜',
      '最好用温水洗',
      '续航最高可达10小时',
      '最大的亮点是领口',
      '没有最好，只有更好',
      '表情不是最好的',
      '哪款最好用？',
      '荣获年度最佳新品奖',
      '本店最受欢迎的一款',
      '历代最强的一款',
      '安全第一',
      '质量第一，顾客至上',
      '万能胶粘得牢',
      '万能的微博啊',
      '永久牌自行车',
      '100%纯棉面料',
      '国家级非物质文化遗产',
      '《最强大脑》今晚播出',
      '@全球热门排行榜 谢谢推荐',
      '看 http://example.com/top1 这里',
      '最高人民法院公布',
      '全国最高气温39℃',
      '独家专访',
      '我们追求极致',
      '做最好的自己',
      '推荐性国家标准',
      '恭喜获奖的小伙伴',
      '荣获最具人气奖',
      '这是我读的第一本书',
      '最大的不同在于面料',
      '最好是早上用',
      '您第一，服务至上',
    ];
    for (const text of ordinary) {
      it(`leaves alone: ${text}`, () => assert.deepEqual(summary(text), []));
    }
  });

  describe('configuration', () => {
    it('honours the allow list (brand names) and extra words', () => {
      const { config, problems } = parseConfig('{"allow":["第一坊"],"rules":{"ad-law":{"options":{"words":["秒杀全网"]}}}}', '.postlintrc.json');
      assert.deepEqual(problems, []);
      const text = '第一坊的面膜，秒杀全网';
      const found = lint(text, { rules: RULES, config }).findings;
      assert.deepEqual(
        found.map((f) => [text.slice(f.start, f.end), f.fixes.length]),
        [['秒杀全网', 0]],
      );
      assert.match(found[0]!.message, /秒杀全网/);
      assert.deepEqual(found[0]!.data, { word: '秒杀全网', category: 'user' });
    });

    it('is silenced by an inline disable comment and by severity off', () => {
      assert.deepEqual(summary('<!-- postlint-disable ad-law -->\n最好的面霜'), []);
      const { config } = parseConfig('{"rules":{"ad-law":"off"}}', 'c.json');
      assert.deepEqual(lint('最好的面霜', { rules: RULES, config }).findings, []);
    });

    it('speaks English when asked', () => {
      const f = findings('最好的面霜', { locale: 'en' })[0]!;
      assert.match(f.message, /absolute term/);
      assert.match(f.source!, /art\. 9\(3\)/);
      assert.equal(f.fixes[0]!.title, 'Replace with “很好”');
    });

    it('checks #topics#, which are the writer’s words too', () => {
      assert.deepEqual(summary('#全网最低价# 快来'), [['全网最低价', 1, 6, '特惠价']]);
    });

    it('checks the Xiaohongshu title too', () => {
      const text = '---\nplatform: xiaohongshu\ntitle: 全网最低价\n---\n正文';
      const f = lint(text, { rules: RULES }).findings;
      assert.deepEqual(
        f.map((x) => text.slice(x.start, x.end)),
        ['全网最低价'],
      );
    });
  });

  describe('fixes', () => {
    const claims = [
      '这是最好的面霜，效果最佳，全网最低价，销量第一！',
      '顶级面料，极致体验，独一无二的设计，秋季首选。',
      '万能清洁剂，永久不褪色，绝对正品，最强性能。',
      '品质最高！最先进技术，最具个性，垂感极佳，最受欢迎的一款。',
    ];
    for (const text of claims) {
      it(`applying them leaves no ad-law finding and a second round changes nothing: ${text}`, () => {
        const first = applyFixes(text, findings(text));
        assert.ok(first.applied > 0);
        const after = findings(first.text);
        assert.deepEqual(
          after.map((f) => first.text.slice(f.start, f.end)),
          findings(text)
            .filter((f) => f.fixes.length === 0)
            .map((f) => text.slice(f.start, f.end)),
        );
        assert.equal(applyFixes(first.text, after).applied, 0);
      });
    }
  });

  describe('re-reading after its own fixes', () => {
    const withWords = (words: string[]) => parseConfig(JSON.stringify({ rules: { 'ad-law': { options: { words } } } }), 'c.json').config;

    it('does not take a user word that a list word hides (第一 in 第一次) for a claim its fixes created', () => {
      // The user's 第一 and the list's 第一 match the same text; 第一次 makes the list's ordinary.
      // The first reading merges the lists, so the user's word is not a claim there, and the
      // re-reading must not call it new and withdraw the TOP1 fix for it.
      const config = withWords(['第一']);
      const text = '第一次TOP1';
      assert.deepEqual(
        findings(text, { config }).map((f) => [f.start, f.end, f.fixes.map((x) => x.edits[0]!.text)]),
        [[3, 7, ['领先']]],
      );
    });

    it('settles two unsettled claims with the same nearest fix without throwing', () => {
      // Before the merge above, both user 第一s were unsettled and withdrew the same fix twice
      // (the second time reading the length of a rewrite already withdrawn).
      const config = withWords(['第一']);
      const text = '永久\n第一次第一次TOP1';
      assert.deepEqual(
        findings(text, { config }).map((f) => [f.start, f.end, f.fixes.map((x) => x.edits[0]!.text)]),
        [[0, 2, ['长期']], [9, 13, ['领先']]],
      );
    });

    it('settles each line on its own: a line gets the same findings and fixes alone as among others', () => {
      const lines = ['这是最好的面霜，效果最佳，全网最低价，销量第一！', '顶级万能，最好治愈', '第一次TOP1', '最好先试用', '国家卫健委推荐，品质最高！'];
      const config = parseConfig('{"rules":{"ad-law":{"options":{"words":["第一"]}}}}', 'c.json').config;
      const alone = (line: string, at: number) =>
        findings(line, { config }).map((f) => [f.start + at, f.end + at, f.message, f.fixes.map((x) => x.edits.map((e) => [e.start + at, e.end + at, e.text]))]);
      const joined = lines.join('\n');
      let at = 0;
      const expected = lines.flatMap((line) => {
        const out = alone(line, at);
        at += line.length + 1;
        return out;
      });
      assert.ok(expected.some((f) => (f[3] as unknown[]).length > 0));
      assert.deepEqual(alone(joined, 0), expected);
    });

    it("reads medical-claim's terms when settling even where medical-claim does not run (Rule.reads)", () => {
      // 最好治愈 → 很好的治愈 would lose the exemption 好治愈: the fix is withdrawn, alone or among all rules.
      const text = '新品面霜只要99元，最好治愈';
      const fixesOf = (rules?: readonly Rule[]) => lint(text, { rules }).findings.filter((f) => f.rule === 'ad-law').map((f) => [text.slice(f.start, f.end), f.fixes.length]);
      assert.deepEqual(fixesOf([adLaw]), [['最好', 0]]);
      assert.deepEqual(fixesOf(), [['最好', 0]]);
      assert.deepEqual(fixesOf([{ ...adLaw, reads: undefined }]), [['最好', 1]], 'without the medical terms the rewrite stands');
    });

    it('keeps a 《title》 on the line after an unclosed 《 a name', () => {
      assert.deepEqual(summary('《新书\n《最强大脑》今晚播出'), []);
      assert.deepEqual(summary('《新书\n最强大脑今晚播出').map((s) => s[0]), ['最强大']);
    });
  });

  it('names a source for every list', () => {
    for (const list of AD_LAW_LISTS) assert.match(list.source, /广告法|国管办/, list.id);
  });
});
