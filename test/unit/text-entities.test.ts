import { strict as assert } from 'node:assert';
import { PLATFORMS } from '../../src/core/platforms';
import { findEmoticonCodes, findEntities, findMentions, findTopics, findUrls } from '../../src/core/text';

const pick = <T extends { text: string }>(xs: T[]) => xs.map((x) => x.text);

describe('text: findUrls', () => {
  it("follows Sina's pattern: stops at a space or a Chinese character, takes https too", () => {
    const text = '看这里http://t.cn/z8EwSPU和 https://weibo.com/u/1?a=b#c 好';
    assert.deepEqual(findUrls(text), [
      { start: 3, end: 22, text: 'http://t.cn/z8EwSPU' },
      { start: 24, end: 51, text: 'https://weibo.com/u/1?a=b#c' },
    ]);
  });
  it('needs a dotted host', () => {
    assert.deepEqual(findUrls('http://localhost/x 和 ftp://a.com'), []);
  });
});

describe('text: findTopics', () => {
  it('Weibo: #话题# pairs, spaces inside allowed, not inside links', () => {
    const text = '#Sweet Morning#早安 #夏日清单# 链接 http://a.cn/#frag# 完';
    assert.deepEqual(
      findTopics(text, PLATFORMS.weibo.syntax.topics).map((t) => [t.start, t.end, t.name]),
      [
        [0, 15, 'Sweet Morning'],
        [18, 24, '夏日清单'],
      ],
    );
  });
  it('Weibo: C# 和 F# is not a topic, and an unpaired # is not either', () => {
    assert.deepEqual(pick(findTopics('会 C# 和 F# 的来', PLATFORMS.weibo.syntax.topics)), []);
    assert.deepEqual(pick(findTopics('#只有开头', PLATFORMS.weibo.syntax.topics)), []);
    assert.deepEqual(pick(findTopics('#第一行\n第二行#', PLATFORMS.weibo.syntax.topics)), []);
  });
  it('Weibo: no @ inside a topic', () => {
    assert.deepEqual(pick(findTopics('#@某人 说#', PLATFORMS.weibo.syntax.topics)), []);
  });
  it('Xiaohongshu: picked #名称[话题]# and typed #名称, a closing # taken Weibo-style', () => {
    const text = '今天#OOTD每日穿搭[话题]# #好物分享，真香 #通勤#上班 #日常 #周末';
    assert.deepEqual(
      findTopics(text, PLATFORMS.xiaohongshu.syntax.topics).map((t) => [t.text, t.name]),
      [
        ['#OOTD每日穿搭[话题]#', 'OOTD每日穿搭'],
        ['#好物分享', '好物分享'],
        ['#通勤#', '通勤'],
        ['#日常', '日常'],
        ['#周末', '周末'],
      ],
    );
  });
  it('Moments: typed tags as on Xiaohongshu, no [话题] marker', () => {
    assert.deepEqual(
      findTopics('#梦想小问答#最后一波福利 #周末', PLATFORMS.moments.syntax.topics).map((t) => t.text),
      ['#梦想小问答#', '#周末'],
    );
  });
  it('Xiaohongshu: a postlint comment line is not a tag', () => {
    assert.deepEqual(pick(findTopics('#postlint-disable-next-line\n# 标题', PLATFORMS.xiaohongshu.syntax.topics)), []);
  });
  it('X: twitter-text hashtags', () => {
    assert.deepEqual(
      findTopics('😀 #tag and #标签', PLATFORMS.x.syntax.topics).map((t) => [t.start, t.end, t.name]),
      [
        [3, 7, 'tag'],
        [12, 15, '标签'],
      ],
    );
  });
});

describe('text: findMentions', () => {
  it('Weibo nicknames: CJK, letters, digits, _ and -, ending at a space or punctuation', () => {
    const text = '恭喜@杜江侦察记 @霍思燕，还有@爱在蔓延-JC:';
    assert.deepEqual(
      findMentions(text).map((m) => [m.start, m.end, m.name]),
      [
        [2, 8, '杜江侦察记'],
        [9, 13, '霍思燕'],
        [16, 24, '爱在蔓延-JC'],
      ],
    );
  });
  it('splits back-to-back mentions and skips e-mail addresses and links', () => {
    assert.deepEqual(pick(findMentions('@陈小kitty猫@游子的歌 写信到 a@b.com 或看 http://x.cn/@y')), ['@陈小kitty猫', '@游子的歌']);
  });
  it('marks repost-chain and reply attributions', () => {
    const found = findMentions('好//@甲:转 回复@乙:谢 @丙');
    assert.deepEqual(
      found.map((m) => [m.name, m.attribution]),
      [
        ['甲', true],
        ['乙', true],
        ['丙', false],
      ],
    );
  });
  it('X: twitter-text screen names', () => {
    assert.deepEqual(pick(findMentions('hi @user_x and @中文', PLATFORMS.x.syntax.mentions)), ['@user_x']);
  });
});

describe('text: findEmoticonCodes', () => {
  it('finds Weibo, WeChat and Xiaohongshu codes', () => {
    assert.deepEqual(
      findEmoticonCodes('[哈哈][din推撞] [doge] [派对R]').map((c) => [c.start, c.end, c.name]),
      [
        [0, 4, '哈哈'],
        [4, 11, 'din推撞'],
        [12, 18, 'doge'],
        [19, 24, '派对R'],
      ],
    );
  });
  it('leaves footnotes, task boxes, Markdown links and the [话题] marker alone', () => {
    assert.deepEqual(pick(findEmoticonCodes('见[1] - [x] 完成 [官网](http://a.cn) #穿搭[话题]# [这是一句很长的话不是表情]')), []);
  });
});

describe('text: findEntities', () => {
  it('returns non-overlapping entities in order, a link or topic winning over what is inside it', () => {
    const text = '#夏天🍉# 找@小红 看 http://a.cn/#x [哈哈]😀';
    assert.deepEqual(
      findEntities(text, PLATFORMS.weibo.syntax).map((e) => [e.kind, e.text]),
      [
        ['topic', '#夏天🍉#'],
        ['mention', '@小红'],
        ['url', 'http://a.cn/#x'],
        ['emoticon', '[哈哈]'],
        ['emoji', '😀'],
      ],
    );
  });
  it('X has no bracket emoticons', () => {
    assert.deepEqual(findEntities('[哈哈]', PLATFORMS.x.syntax), []);
  });
});
