import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import type { ResolvedConfig } from '../../src/core/config';
import { emojiOverload } from '../../src/core/rules/emoji-overload';
import { mentionOverload } from '../../src/core/rules/mention-overload';
import { topicOverload } from '../../src/core/rules/topic-overload';
import { platformProfile } from '../../src/core/platforms';
import { MAX_ITEM_FINDINGS } from '../../src/core/rule';
import type { Locale, PlatformId, RuleId } from '../../src/core/types';

const ALL = [emojiOverload, topicOverload, mentionOverload];
function run(text: string, platform: PlatformId, max?: Partial<Record<RuleId, number>>, locale: Locale = 'zh') {
  const rules: ResolvedConfig['rules'] = {};
  for (const [id, n] of Object.entries(max ?? {})) rules[id as RuleId] = { options: { max: n } };
  return lint(text, { platform, rules: ALL, config: { rules, allow: [], deny: [] }, locale }).findings;
}
/** Each finding as [rule, flagged text, severity, message]. */
const described = (text: string, found: ReturnType<typeof run>) => found.map((f) => [f.rule, text.slice(f.start, f.end), f.severity, f.message]);
const ranges = (text: string, found: ReturnType<typeof run>) => found.map((f) => [f.rule, text.slice(f.start, f.end), f.severity]);

describe('rule: emoji-overload', () => {
  it('flags each emoji past the threshold, counting [表情] codes and ZWJ sequences as one each', () => {
    const text = '好😀[哈哈]👨‍👩‍👧🇨🇳';
    const found = run(text, 'weibo', { 'emoji-overload': 2 });
    assert.deepEqual(ranges(text, found), [
      ['emoji-overload', '👨‍👩‍👧', 'info'],
      ['emoji-overload', '🇨🇳', 'info'],
    ]);
    assert.match(found[0]!.message, /表情过多：共 4 个，超过.*建议的 2 个（这是第 3 个）/);
    assert.deepEqual(found[0]!.fixes, []);
  });

  it('uses the platform threshold by default and stays quiet at it', () => {
    const max = platformProfile('weibo').thresholds.emoji;
    assert.deepEqual(run('😀'.repeat(max), 'weibo'), []);
    assert.equal(run('😀'.repeat(max + 1), 'weibo').length, 1);
  });

  it('gives one finding per emoji for the first 20 past the threshold, then one for all the rest', () => {
    const text = '😀'.repeat(1000);
    const found = run(text, 'weibo', { 'emoji-overload': 5 });
    assert.equal(found.length, 21);
    assert.deepEqual([found[19]!.start, found[19]!.end], [48, 50]);
    const rest = found[20]!;
    assert.deepEqual([rest.start, rest.end], [50, 2000]);
    assert.match(rest.message, /共 1000 个.*第 26 个起，这里还有 975 个/);
  });

  it('does not count [表情] codes on X, where they are plain text', () => {
    assert.deepEqual(run('[哈哈][哈哈][哈哈]', 'x', { 'emoji-overload': 1 }), []);
  });
});

describe('rule: topic-overload', () => {
  it('flags Weibo #topics# past the threshold', () => {
    const text = '#一# #二# #三# 正文';
    assert.deepEqual(ranges(text, run(text, 'weibo', { 'topic-overload': 2 })), [['topic-overload', '#三#', 'info']]);
  });

  it('on Xiaohongshu, tags past the hard cap are a warning', () => {
    const cap = platformProfile('xiaohongshu').maxTopics!;
    assert.equal(cap, 10, 'DESIGN.md: at most 10 tags on Xiaohongshu');
    const tags = Array.from({ length: cap + 2 }, (_, i) => `#标签${i + 1}`).join(' ');
    const found = run(tags, 'xiaohongshu', { 'topic-overload': cap + 5 });
    assert.deepEqual(
      found.map((f) => [tags.slice(f.start, f.end), f.severity]),
      [
        [`#标签${cap + 1}`, 'warning'],
        [`#标签${cap + 2}`, 'warning'],
      ],
    );
    assert.match(found[0]!.message, new RegExp(`每篇最多 ${cap} 个`));
  });

  it('reads picked Xiaohongshu topics (#名称[话题]#) as one tag each', () => {
    const text = '#穿搭[话题]# #通勤[话题]# #日常';
    assert.deepEqual(ranges(text, run(text, 'xiaohongshu', { 'topic-overload': 2 })), [['topic-overload', '#日常', 'info']]);
  });
});

describe('rule: mention-overload', () => {
  it('flags @mentions past the threshold and ignores repost-chain attributions', () => {
    const text = '@甲 @乙 @丙 好看//@丁:转//@戊:转';
    const found = run(text, 'weibo', { 'mention-overload': 2 });
    assert.deepEqual(ranges(text, found), [['mention-overload', '@丙', 'info']]);
    assert.match(found[0]!.message, /@ 过多：共 3 个/);
  });

  it('ignores replies and e-mail addresses', () => {
    assert.deepEqual(run('回复@甲:好的 写信到 a@b.com', 'weibo', { 'mention-overload': 0 }), []);
  });
});

describe('overload rules: the cap on findings, and the words they share', () => {
  it('is 20 findings one by one, then one for the rest', () => {
    assert.equal(MAX_ITEM_FINDINGS, 20);
  });

  it('emoji-overload: exact messages, reason and source for one item and for the rest, in both languages', () => {
    const text = '😀'.repeat(23);
    const zh = run(text, 'weibo', { 'emoji-overload': 2 });
    assert.equal(zh.length, 21);
    assert.deepEqual(described(text, [zh[0]!, zh[20]!]), [
      ['emoji-overload', '😀', 'info', '表情过多：共 23 个，超过微博建议的 2 个（这是第 3 个）'],
      ['emoji-overload', '😀', 'info', '表情过多：共 23 个，超过微博建议的 2 个（这是第 23 个）'],
    ]);
    assert.equal(zh[0]!.source, 'Postlint 建议值（微博 2 个，可用规则选项 max 调整）');
    assert.equal(zh[0]!.reason, '表情是调味料：几个能传达语气，成串的表情让文字难读，也更像广告。保留最能表达情绪的几个。');
    assert.deepEqual(zh[0]!.data, { word: '😀', count: 23, max: 2 });

    const many = '😀'.repeat(30);
    const en = run(many, 'weibo', { 'emoji-overload': 2 }, 'en');
    assert.equal(en.length, 21);
    assert.deepEqual(described(many, [en[19]!, en[20]!]), [
      ['emoji-overload', '😀', 'info', 'Too many emoji: 30, more than the 2 suggested for Weibo (this is no. 22)'],
      ['emoji-overload', '😀'.repeat(8), 'info', 'Too many emoji: 30, more than the 2 suggested for Weibo (8 more from no. 23 on)'],
    ]);
    assert.equal(en[20]!.source, "Postlint's suggested limit (2 on Weibo; rule option max)");
    assert.deepEqual(en[20]!.data, { word: undefined, count: 30, max: 2 });
  });

  it('mention-overload: the same shape, its own words', () => {
    const names = Array.from({ length: 40 }, (_, i) => `@用户${i + 1}`);
    const text = names.join(' ');
    const found = run(text, 'weibo', { 'mention-overload': 5 });
    assert.equal(found.length, 21);
    assert.deepEqual(described(text, [found[0]!, found[20]!]), [
      ['mention-overload', '@用户6', 'info', '@ 过多：共 40 个，超过微博建议的 5 个（这是第 6 个）'],
      ['mention-overload', names.slice(25).join(' '), 'info', '@ 过多：共 40 个，超过微博建议的 5 个（第 26 个起，这里还有 15 个）'],
    ]);
    const en = run(text, 'weibo', { 'mention-overload': 5 }, 'en');
    assert.equal(en[20]!.message, 'Too many @mentions: 40, more than the 5 suggested for Weibo (15 more from no. 26 on)');
    assert.equal(en[0]!.source, "Postlint's suggested limit (5 on Weibo; rule option max)");
  });

  it('mention-overload: exactly 20 past the threshold gives 20 findings and no “rest” finding', () => {
    const text = Array.from({ length: 25 }, (_, i) => `@u${i}`).join(' ');
    const found = run(text, 'weibo', { 'mention-overload': 5 });
    assert.equal(found.length, 20);
    assert.ok(found.every((f) => /（这是第 \d+ 个）$/.test(f.message)));
    assert.equal(run(text + ' @u25', 'weibo', { 'mention-overload': 5 }).at(-1)!.message, '@ 过多：共 26 个，超过微博建议的 5 个（这是第 26 个）');
  });

  it('topic-overload on Weibo: 100 topics give 20 findings one by one, then one for the other 77', () => {
    const topics = Array.from({ length: 100 }, (_, i) => `#话题${i + 1}#`);
    const text = topics.join(' ');
    const found = run(text, 'weibo', { 'topic-overload': 3 });
    assert.equal(found.length, 21);
    assert.deepEqual(
      described(text, found.slice(0, 20)).map((d) => d[1]),
      topics.slice(3, 23),
    );
    assert.deepEqual(described(text, [found[0]!, found[20]!]), [
      ['topic-overload', '#话题4#', 'info', '话题过多：共 100 个，超过微博建议的 3 个（这是第 4 个）'],
      ['topic-overload', topics.slice(23).join(' '), 'info', '话题过多：共 100 个，超过微博建议的 3 个（第 24 个起，这里还有 77 个）'],
    ]);
    assert.equal(found[20]!.source, 'Postlint 建议值（微博 3 个，可用规则选项 max 调整）');
    assert.deepEqual(found[20]!.data, { word: undefined, count: 100, max: 3 });
    const en = run(text, 'weibo', { 'topic-overload': 3 }, 'en');
    assert.equal(en[20]!.message, 'Too many topics: 100, more than the 3 suggested for Weibo (77 more from no. 24 on)');
  });

  it('topic-overload on Xiaohongshu: the suggested tier up to the cap (info), then the cap tier (warning), each capped', () => {
    const tags = Array.from({ length: 60 }, (_, i) => `#标签${i + 1}`);
    const text = tags.join(' ');
    const found = run(text, 'xiaohongshu', { 'topic-overload': 3 });
    // 4th–10th: past the suggested 3 but within the cap of 10 — seven findings, information.
    // 11th–30th: past the cap, one by one; 31st–60th: one warning for the rest.
    assert.equal(found.length, 7 + 20 + 1);
    assert.deepEqual(
      found.map((f) => f.severity),
      [...Array<string>(7).fill('info'), ...Array<string>(21).fill('warning')],
    );
    assert.deepEqual(described(text, [found[0]!, found[6]!, found[7]!, found[26]!, found[27]!]), [
      ['topic-overload', '#标签4', 'info', '话题过多：共 60 个，超过小红书建议的 3 个（这是第 4 个）'],
      ['topic-overload', '#标签10', 'info', '话题过多：共 60 个，超过小红书建议的 3 个（这是第 10 个）'],
      ['topic-overload', '#标签11', 'warning', '话题超出上限：小红书每篇最多 10 个，这里有 60 个（这是第 11 个）'],
      ['topic-overload', '#标签30', 'warning', '话题超出上限：小红书每篇最多 10 个，这里有 60 个（这是第 30 个）'],
      ['topic-overload', tags.slice(30).join(' '), 'warning', '话题超出上限：小红书每篇最多 10 个，这里有 60 个（第 31 个起，这里还有 30 个）'],
    ]);
    assert.match(found[27]!.source!, /^小红书平台规则：每篇最多 10 个话题 \(.+\)$/);
    assert.deepEqual(found[27]!.data, { word: undefined, count: 60, max: 3, cap: 10 });
    const en = run(text, 'xiaohongshu', { 'topic-overload': 3 }, 'en');
    assert.equal(en[27]!.message, 'Over the topic limit: Xiaohongshu allows 10 per post, this draft has 60 (30 more from no. 31 on)');
    assert.equal(en[6]!.message, 'Too many topics: 60, more than the 3 suggested for Xiaohongshu (this is no. 10)');
  });

  it('topic-overload on Xiaohongshu with the default threshold (= the cap): only the cap tier speaks', () => {
    const text = Array.from({ length: 11 }, (_, i) => `#t${i + 1}`).join(' ');
    assert.deepEqual(described(text, run(text, 'xiaohongshu')), [
      ['topic-overload', '#t11', 'warning', '话题超出上限：小红书每篇最多 10 个，这里有 11 个（这是第 11 个）'],
    ]);
    assert.deepEqual(run(text.slice(0, text.lastIndexOf(' ')), 'xiaohongshu'), []);
  });

  it('topic-overload: a wall of 100,000 #a# topics stays a short list', () => {
    const text = '#a#'.repeat(100_000);
    const found = run(text, 'weibo');
    assert.equal(found.length, 21);
    assert.deepEqual([found[20]!.start, found[20]!.end], [23 * 3, text.length]);
  });
});
