import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import type { ResolvedConfig } from '../../src/core/config';
import { emojiOverload } from '../../src/core/rules/emoji-overload';
import { mentionOverload } from '../../src/core/rules/mention-overload';
import { topicOverload } from '../../src/core/rules/topic-overload';
import { platformProfile } from '../../src/core/platforms';
import type { PlatformId, RuleId } from '../../src/core/types';

const ALL = [emojiOverload, topicOverload, mentionOverload];
function run(text: string, platform: PlatformId, max?: Partial<Record<RuleId, number>>) {
  const rules: ResolvedConfig['rules'] = {};
  for (const [id, n] of Object.entries(max ?? {})) rules[id as RuleId] = { options: { max: n } };
  return lint(text, { platform, rules: ALL, config: { rules, allow: [], deny: [] } }).findings;
}
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
