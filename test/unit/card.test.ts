import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildCard, emoticonEmoji, type CardModel, type CardSegment } from '../../src/core/card';
import { countMoments } from '../../src/core/counting/moments';
import { countWeibo } from '../../src/core/counting/weibo';
import { lint, type LintOptions } from '../../src/core/engine';
import { PLATFORMS } from '../../src/core/platforms';
import type { Rule } from '../../src/core/rule';
import type { PlatformId, RuleId, Severity } from '../../src/core/types';

const WEIBO_LINK_LABEL = PLATFORMS.weibo.card!.linkLabel!;

/** One array for "no rules", so the engine's per-rule-set cache is built once. */
const NO_RULES: readonly Rule[] = [];

/** The card of `text` with no rules, so only tokens and the fold cut the text. */
function card(text: string, platform: PlatformId, options: Partial<LintOptions> & { author?: string } = {}): CardModel {
  return buildCard(lint(text, { platform, rules: NO_RULES, ...options }), { author: options.author, locale: options.locale });
}

/** A rule that reports fixed ranges: the marks' tests do not depend on any word list. */
function fixedRule(id: RuleId, reports: Array<[number, number, string, Severity?]>): Rule {
  return {
    id,
    description: { zh: id, en: id },
    defaultSeverity: 'warning',
    check: (ctx) => {
      for (const [start, end, message, severity] of reports) ctx.report({ start, end, message, severity });
    },
  };
}

/** Segments as compact tuples: [kind, shown text, start, end, extras]. */
function shape(segments: readonly CardSegment[]): Array<[string, string, number, number, string?]> {
  return segments.map((s) => {
    const extra = [
      s.raw !== undefined ? `raw=${s.raw}` : '',
      s.chip ? 'chip' : '',
      s.marks ? `marks=${s.marks.join(',')}` : '',
      s.folded ? 'folded' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return extra ? [s.kind, s.text, s.start, s.end, extra] : [s.kind, s.text, s.start, s.end];
  });
}

/** What the card shows before `全文`. */
function visibleText(model: CardModel): string {
  return model.body
    .filter((s) => !s.folded)
    .map((s) => s.text)
    .join('');
}

describe('card: segments', () => {
  it('cuts a Weibo post into text, topics, mentions, links, emoticons, emoji and line breaks', () => {
    const text = '今天#周末去哪儿#约@小林[哈哈]\n看 https://example.com/a?b=1 👍';
    const model = card(text, 'weibo');
    assert.deepEqual(shape(model.body), [
      ['text', '今天', 0, 2],
      ['topic', '#周末去哪儿#', 2, 9],
      ['text', '约', 9, 10],
      ['mention', '@小林', 10, 13],
      ['emoticon', '😄', 13, 17, 'raw=[哈哈]'],
      ['break', '\n', 17, 18, 'raw=\n'],
      ['text', '看 ', 18, 20],
      ['link', WEIBO_LINK_LABEL, 20, 45, 'raw=https://example.com/a?b=1'],
      ['text', ' ', 45, 46],
      ['emoji', '👍', 46, 48],
    ]);
    assert.equal(model.fold, null);
    assert.deepEqual(model.marks, []);
  });

  it('keeps document offsets after front matter', () => {
    const text = '---\nauthor: 小林\n---\n你好#话题#';
    const model = card(text, 'weibo');
    assert.equal(text.indexOf('你好'), 19);
    assert.deepEqual(shape(model.body), [
      ['text', '你好', 19, 21],
      ['topic', '#话题#', 21, 25],
    ]);
  });

  it('shows links as written on Moments and Xiaohongshu, and does not link @names on Moments', () => {
    const text = '@小林 看 https://example.com';
    assert.deepEqual(shape(card(text, 'moments').body), [
      ['text', '@小林 看 ', 0, 6],
      ['link', 'https://example.com', 6, 25],
    ]);
    assert.deepEqual(shape(card(text, 'xiaohongshu').body), [
      ['mention', '@小林', 0, 3],
      ['text', ' 看 ', 3, 6],
      ['link', 'https://example.com', 6, 25],
    ]);
  });

  it('shows a long URL whole behind 网页链接 on Weibo and as written elsewhere', () => {
    const url = `https://example.com/${'p/'.repeat(90)}end`;
    const text = `链接${url}。`;
    const weibo = card(text, 'weibo');
    assert.deepEqual(shape(weibo.body), [
      ['text', '链接', 0, 2],
      ['link', WEIBO_LINK_LABEL, 2, 2 + url.length, `raw=${url}`],
      ['text', '。', 2 + url.length, 3 + url.length],
    ]);
    // Over 140 bytes the link costs `len - 140 + 20` bytes, so the post is longer than 10 + 2.
    assert.equal(weibo.count.length, Math.ceil((4 + url.length - 140 + 20 + 2) / 2));
    // On Moments the whole URL shows (and, 100-odd half-width places long, it folds the post).
    const moments = card(text, 'moments');
    assert.deepEqual(shape(moments.body).slice(0, 2), [
      ['text', '链接', 0, 2],
      ['link', url, 2, 2 + url.length, 'folded'],
    ]);
  });

  it('shows known emoticon codes as emoji and unknown ones as chips', () => {
    const model = card('[doge][笑cry][派对R][表情][不存在的]', 'weibo');
    assert.deepEqual(shape(model.body), [
      ['emoticon', '🐶', 0, 6, 'raw=[doge]'],
      ['emoticon', '😂', 6, 12, 'raw=[笑cry]'],
      ['emoticon', '🥳', 12, 17, 'raw=[派对R]'],
      ['emoticon', '[表情]', 17, 21, 'raw=[表情] chip'],
      ['emoticon', '[不存在的]', 21, 27, 'raw=[不存在的] chip'],
    ]);
    assert.equal(emoticonEmoji('心'), '❤️');
    assert.equal(emoticonEmoji('R'), null);
    // Footnotes and Markdown links are not emoticons.
    assert.deepEqual(shape(card('见[1]和[x](y)', 'weibo').body), [['text', '见[1]和[x](y)', 0, 11]]);
  });

  it('shows a topic picked in Xiaohongshu as #名称 and typed #tags as written', () => {
    const text = '好用#露营[话题]# #新手露营';
    assert.deepEqual(shape(card(text, 'xiaohongshu').body), [
      ['text', '好用', 0, 2],
      ['topic', '#露营', 2, 10, 'raw=#露营[话题]#'],
      ['text', ' ', 10, 11],
      ['topic', '#新手露营', 11, 16],
    ]);
  });

  it('keeps a ZWJ family, a flag and a keycap emoji whole', () => {
    const text = '家👨‍👩‍👧旗🇨🇳号1️⃣';
    assert.deepEqual(shape(card(text, 'weibo').body), [
      ['text', '家', 0, 1],
      ['emoji', '👨‍👩‍👧', 1, 9],
      ['text', '旗', 9, 10],
      ['emoji', '🇨🇳', 10, 14],
      ['text', '号', 14, 15],
      ['emoji', '1️⃣', 15, 18],
    ]);
  });

  it('treats \\r\\n, \\r and U+2028 as one line break each', () => {
    assert.deepEqual(shape(card('一\r\n二\r三\u2028四', 'moments').body), [
      ['text', '一', 0, 1],
      ['break', '\n', 1, 3, 'raw=\r\n'],
      ['text', '二', 3, 4],
      ['break', '\n', 4, 5, 'raw=\r'],
      ['text', '三', 5, 6],
      ['break', '\n', 6, 7, 'raw=\u2028'],
      ['text', '四', 7, 8],
    ]);
  });

  it('covers the body exactly: segments are in order, touch and do not overlap', () => {
    const text = '---\nimages: 3\n---\n🎉开业啦#开业大吉#@老王 [赞]https://weibo.com/1\r\n最后👩🏽‍💻';
    for (const platform of ['weibo', 'moments', 'xiaohongshu'] as const) {
      const model = card(text, platform);
      let at = lint(text, { rules: NO_RULES }).draft.body.start;
      for (const s of model.body) {
        assert.equal(s.start, at, `${platform}: segment ${JSON.stringify(s)} starts where the last ended`);
        assert.ok(s.end > s.start);
        at = s.end;
      }
      assert.equal(at, text.length);
    }
  });
});

describe('card: fold at the counter’s offset', () => {
  it('Weibo: 141 Chinese characters fold after the 140th', () => {
    const text = '字'.repeat(141);
    const model = card(text, 'weibo');
    assert.equal(countWeibo(text).foldOffset, 140);
    assert.deepEqual(model.fold, { counterOffset: 140, offset: 140, segment: 1 });
    assert.deepEqual(shape(model.body), [
      ['text', '字'.repeat(140), 0, 140],
      ['text', '字', 140, 141, 'folded'],
    ]);
    assert.equal(visibleText(model).length, 140);
  });

  it('Weibo: 140 characters do not fold', () => {
    const model = card('字'.repeat(140), 'weibo');
    assert.equal(model.fold, null);
    assert.ok(model.body.every((s) => !s.folded));
  });

  it('Weibo: ASCII counts half, so 281 letters fold after the 280th', () => {
    const model = card('a'.repeat(281), 'weibo');
    assert.equal(model.fold?.offset, 280);
  });

  it('Weibo: a link that crosses the fold goes behind it whole', () => {
    const text = `${'字'.repeat(135)} https://example.com/x 尾`;
    assert.equal(countWeibo(text).foldOffset, 136);
    const model = card(text, 'weibo');
    assert.deepEqual(model.fold, { counterOffset: 136, offset: 136, segment: 1 });
    assert.deepEqual(shape(model.body).slice(0, 2), [
      ['text', `${'字'.repeat(135)} `, 0, 136],
      ['link', WEIBO_LINK_LABEL, 136, 157, 'raw=https://example.com/x folded'],
    ]);
  });

  it('Weibo: a fold inside a topic splits the topic', () => {
    const text = `${'字'.repeat(138)}#周末去哪儿#`;
    const model = card(text, 'weibo');
    assert.equal(model.fold?.offset, 140);
    assert.deepEqual(shape(model.body), [
      ['text', '字'.repeat(138), 0, 138],
      ['topic', '#周', 138, 140],
      ['topic', '末去哪儿#', 140, 145, 'folded'],
    ]);
  });

  it('Weibo: a fold inside a ZWJ emoji hides the whole emoji', () => {
    // 138 characters (276 bytes) + 👨 (4 bytes) = 280; the ZWJ after it is the first unit past 280.
    const text = `${'字'.repeat(138)}👨‍👩‍👧后`;
    assert.equal(countWeibo(text).foldOffset, 140);
    const model = card(text, 'weibo');
    assert.deepEqual(model.fold, { counterOffset: 140, offset: 138, segment: 1 });
    assert.deepEqual(shape(model.body), [
      ['text', '字'.repeat(138), 0, 138],
      ['emoji', '👨‍👩‍👧', 138, 146, 'folded'],
      ['text', '后', 146, 147, 'folded'],
    ]);
  });

  it('Weibo: the fold is measured in the body, after front matter', () => {
    const text = `---\nauthor: 小林\n---\n${'字'.repeat(150)}`;
    const model = card(text, 'weibo');
    assert.equal(model.fold?.offset, 19 + 140);
    assert.equal(visibleText(model), '字'.repeat(140));
  });

  it('Moments: folds after six lines (line breaks and 16-wide wrapping)', () => {
    const lines = '第1行\n第2行\n第3行\n第4行\n第5行\n第6行\n第7行';
    const model = card(lines, 'moments');
    assert.equal(countMoments(lines).foldOffset, lines.indexOf('第7行'));
    assert.equal(model.fold?.offset, lines.indexOf('第7行'));
    assert.equal(visibleText(model), '第1行\n第2行\n第3行\n第4行\n第5行\n第6行\n');

    const long = '字'.repeat(100);
    const wrapped = card(long, 'moments');
    assert.equal(wrapped.fold?.offset, 96);
    assert.equal(wrapped.count.unit, 'lines');
    assert.equal(wrapped.count.length, 7);
  });

  it('Moments: six lines do not fold', () => {
    assert.equal(card('字'.repeat(96), 'moments').fold, null);
  });

  it('Xiaohongshu: never folds', () => {
    const model = card('字'.repeat(1200), 'xiaohongshu');
    assert.equal(model.fold, null);
    assert.equal(model.count.over, true);
  });

  it('agrees with the counter on every prefix of a mixed draft', () => {
    const base = '新品#上新#@小林 看https://example.com/a 👨‍👩‍👧[哈哈]\nabc字';
    const text = base.repeat(12);
    for (const platform of ['weibo', 'moments'] as const) {
      for (let n = 0; n <= text.length; n += 7) {
        const prefix = text.slice(0, n);
        const result = lint(prefix, { platform, rules: NO_RULES });
        const model = buildCard(result);
        if (!result.count.folded) {
          assert.equal(model.fold, null, `${platform} ${n}`);
          continue;
        }
        assert.equal(model.fold?.counterOffset, result.count.foldOffset, `${platform} ${n}`);
        // The card cuts at the counter's offset unless that is inside an atom, and then at its start.
        const cutAt = model.fold!.offset;
        const folded = model.body[model.fold!.segment]!;
        assert.equal(folded.start, cutAt);
        assert.ok(cutAt <= result.count.foldOffset! && result.count.foldOffset! < folded.end, `${platform} ${n}`);
        if (cutAt !== result.count.foldOffset) assert.ok(['emoji', 'emoticon', 'link'].includes(folded.kind), folded.kind);
        for (const s of model.body) assert.equal(Boolean(s.folded), s.start >= cutAt);
      }
    }
  });
});

describe('card: marks', () => {
  const warn = (text: string, platform: PlatformId, reports: Array<[number, number, string, Severity?]>) =>
    buildCard(lint(text, { platform, rules: [fixedRule('ad-law', reports)] }));

  it('splits runs at a finding and marks the run with it', () => {
    const model = warn('我们的最好面霜', 'weibo', [[3, 5, '“最好”违反广告法', 'error']]);
    assert.deepEqual(shape(model.body), [
      ['text', '我们的', 0, 3],
      ['text', '最好', 3, 5, 'marks=0'],
      ['text', '面霜', 5, 7],
    ]);
    assert.deepEqual(model.marks, [{ rule: 'ad-law', severity: 'error', message: '“最好”违反广告法', start: 3, end: 5 }]);
  });

  it('overlapping findings give overlapping marks', () => {
    const model = warn('一二三四五', 'weibo', [
      [0, 3, 'A'],
      [2, 5, 'B'],
    ]);
    assert.deepEqual(shape(model.body), [
      ['text', '一二', 0, 2, 'marks=0'],
      ['text', '三', 2, 3, 'marks=0,1'],
      ['text', '四五', 3, 5, 'marks=1'],
    ]);
  });

  it('a mark inside a topic splits the topic; a mark on half an emoji marks the whole emoji', () => {
    const text = '#最好的你#👨‍👩‍👧';
    const model = warn(text, 'weibo', [
      [1, 3, 'topic word'],
      [7, 9, 'half an emoji'],
    ]);
    assert.deepEqual(shape(model.body), [
      ['topic', '#', 0, 1],
      ['topic', '最好', 1, 3, 'marks=0'],
      ['topic', '的你#', 3, 6],
      ['emoji', '👨‍👩‍👧', 6, 14, 'marks=1'],
    ]);
  });

  it('a mark that ends inside an emoji within a topic marks that emoji and not the rest of the topic', () => {
    // 👍 without its skin tone: the finding ends inside the emoji 👍🏻, which the card draws whole.
    const text = '#夏日👍🏻好物#';
    const model = warn(text, 'weibo', [[3, 5, 'thumb']]);
    assert.deepEqual(shape(model.body), [
      ['topic', '#夏日', 0, 3],
      ['topic', '👍🏻', 3, 7, 'marks=0'],
      ['topic', '好物#', 7, 10],
    ]);
  });

  it('a mark that ends inside a surrogate pair takes the whole character, not the text after it', () => {
    const text = '#最𠀀好物#';
    const model = warn(text, 'weibo', [[1, 3, 'half a character']]);
    assert.deepEqual(shape(model.body), [
      ['topic', '#', 0, 1],
      ['topic', '最𠀀', 1, 4, 'marks=0'],
      ['topic', '好物#', 4, 7],
    ]);
  });

  it('a mark over part of a Weibo link marks the whole 网页链接', () => {
    const text = '看https://example.com/最';
    const model = warn(text, 'weibo', [[5, 9, 'in the link']]);
    assert.deepEqual(shape(model.body), [
      ['text', '看', 0, 1],
      ['link', WEIBO_LINK_LABEL, 1, 21, 'raw=https://example.com/ marks=0'],
      ['text', '最', 21, 22],
    ]);
  });

  it('marks past the fold are folded with their text', () => {
    const text = '字'.repeat(150);
    const model = warn(text, 'weibo', [[138, 145, 'across the fold']]);
    assert.deepEqual(shape(model.body), [
      ['text', '字'.repeat(138), 0, 138],
      ['text', '字字', 138, 140, 'marks=0'],
      ['text', '字'.repeat(5), 140, 145, 'marks=0 folded'],
      ['text', '字'.repeat(5), 145, 150, 'folded'],
    ]);
  });

  it('marks the Xiaohongshu title and keeps findings outside the text as notes', () => {
    const text = '---\ntitle: 全网最好的帐篷\nimages: 2\n---\n正文';
    assert.equal(text.indexOf('全网最好的帐篷'), 11);
    assert.equal(text.indexOf('正文'), 33);
    const model = warn(text, 'xiaohongshu', [
      [11, 13, 'title word'],
      [25, 26, 'front matter'],
      [33, 33, 'zero width'],
    ]);
    assert.deepEqual(shape(model.title!), [
      ['text', '全网', 11, 13, 'marks=0'],
      ['text', '最好的帐篷', 13, 18],
    ]);
    assert.deepEqual(shape(model.body), [['text', '正文', 33, 35]]);
    assert.deepEqual(
      model.notes.map((n) => n.message),
      ['front matter', 'zero width'],
    );
  });

  it('the fold finding is a note, not a mark over the hidden text', () => {
    const result = lint('字'.repeat(200), { platform: 'weibo' });
    const model = buildCard(result);
    const foldFindings = result.findings.filter((f) => f.rule === 'fold');
    assert.equal(model.marks.filter((m) => m.rule === 'fold').length, 0);
    assert.equal(model.notes.filter((n) => n.rule === 'fold').length, foldFindings.length);
  });

  it('every finding of the real rules is a mark or a note', () => {
    const text = '【限时特惠】全网最好用的面霜来啦！！！国家级实验室研发，赶紧下单，转发集赞送小样 #护肤# @小林';
    for (const platform of ['weibo', 'moments', 'xiaohongshu'] as const) {
      const result = lint(text, { platform });
      const model = buildCard(result);
      assert.equal(model.marks.length + model.notes.length, result.findings.length);
      for (const mark of model.marks) {
        const covered = model.body.filter((s) => s.marks?.includes(model.marks.indexOf(mark)));
        assert.ok(covered.length > 0, `mark ${mark.rule} covers some text`);
      }
    }
  });
});

describe('card: author, images, chrome', () => {
  it('takes the author from front matter, then the setting, then a default', () => {
    assert.deepEqual(card('---\nauthor: 阿青\n---\n正文', 'weibo', { author: '设置里的名字' }).author, {
      name: '阿青',
      initial: '阿',
      hue: card('---\nauthor: 阿青\n---\n正文', 'weibo').author.hue,
      source: 'front-matter',
    });
    const fromSetting = card('正文', 'weibo', { author: 'bakery' }).author;
    assert.equal(fromSetting.name, 'bakery');
    assert.equal(fromSetting.initial, 'B');
    assert.equal(fromSetting.source, 'setting');
    assert.equal(card('正文', 'weibo').author.name, '你的账号');
    assert.equal(card('正文', 'weibo', { locale: 'en' }).author.name, 'Your account');
    assert.equal(card('---\nauthor: 👩‍🍳小厨\n---\n', 'weibo').author.initial, '👩‍🍳');
  });

  it('draws up to nine placeholders, with +N on Weibo', () => {
    assert.deepEqual(card('---\nimages: 12\n---\n正文', 'weibo').images, { count: 12, shown: 9, more: 3, max: 18, columns: 3 });
    assert.deepEqual(card('---\nimages: 4\n---\n正文', 'moments').images, { count: 4, shown: 4, more: 0, max: 9, columns: 2 });
    assert.deepEqual(card('---\nimages: 1\n---\n正文', 'moments').images, { count: 1, shown: 1, more: 0, max: 9, columns: 1 });
    assert.deepEqual(card('---\nimages: 5\n---\n正文', 'xiaohongshu').images, { count: 5, shown: 1, more: 0, max: null, columns: 1 });
    assert.equal(card('正文', 'weibo').images, null);
  });

  it('uses the platform’s own words and a summary in the user’s language', () => {
    const weibo = card('字'.repeat(141), 'weibo');
    assert.deepEqual(weibo.chrome.footer, ['转发', '评论', '赞']);
    assert.equal(weibo.chrome.expand, '全文');
    assert.equal(weibo.summary, '微博 · 141/2000 字 · 第 140 字后折叠');
    assert.equal(card('字'.repeat(141), 'weibo', { locale: 'en' }).summary, 'Weibo · 141/2000 chars · folds after 140 chars');
    assert.equal(card('第一行', 'moments').chrome.more, '··');
    const note = card('---\ntitle: 露营清单\n---\n正文', 'xiaohongshu');
    assert.equal(note.summary, '小红书 · 标题 4/20 · 正文 2/1000 字');
    assert.deepEqual(note.titleCount, { length: 4, limit: 20, over: false });
  });

  it('has no card for X', () => {
    assert.throws(() => buildCard(lint('hi', { platform: 'x', rules: NO_RULES })), /No preview card/);
  });
});

describe('card: hostile drafts stay data', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '</style><style>body{display:none}</style>',
    '<a href="javascript:alert(1)">点我</a> javascript:alert(1)',
    '&lt;b&gt; &amp; \u0000 \u202e',
  ];

  for (const text of hostile) {
    it(`keeps ${JSON.stringify(text.slice(0, 30))} as text, character for character`, () => {
      for (const platform of ['weibo', 'moments', 'xiaohongshu'] as const) {
        const model = card(text, platform);
        assert.equal(model.body.map((s) => s.raw ?? s.text).join(''), text);
        assert.ok(model.body.every((s) => s.kind !== 'link'), 'javascript: is never a link');
      }
    });
  }

  it('keeps an attribute breakout in author and title as the name', () => {
    const author = '"><img src=x onerror=alert(1)>';
    const model = card(`---\nauthor: ${author}\ntitle: </title><script>x</script>\n---\n正文`, 'xiaohongshu');
    assert.equal(model.author.name, author);
    assert.equal(model.author.initial, '"');
    assert.equal(model.title!.map((s) => s.text).join(''), '</title><script>x</script>');
  });

  it('cuts 10,000 [表情] codes quickly and folds them where the counter says', () => {
    const text = '[表情]'.repeat(10_000);
    const started = performance.now();
    const model = card(text, 'weibo');
    const elapsed = performance.now() - started;
    assert.equal(model.body.length, 10_000);
    assert.ok(model.body.every((s) => s.kind === 'emoticon' && s.chip));
    // A code is 6 bytes (brackets 1 each, 表情 2 each): 46 codes fill 276 of Weibo's 280 bytes,
    // and the counter's fold falls on 情 of the 47th, so the card hides that code whole.
    assert.deepEqual(model.fold, { counterOffset: 46 * 4 + 2, offset: 46 * 4, segment: 46 });
    assert.ok(elapsed < 1000, `took ${elapsed.toFixed(0)} ms`);
  });
});

describe('card: properties', () => {
  /** Pieces that matter to the card: tokens, atoms, line breaks, lone surrogates, hostile markup. */
  const piece = fc.constantFrom(
    '字', 'a', ' ', '\n', '\r\n', '\r', '\u2028', '😀', '👍🏽', '👨‍👩‍👧', '\u200d', '🇨🇳', '1️⃣', '\ud800', '\udc00',
    'https://a.com/x', 'http://weibo.com/1', 't.cn/abc', '#话题#', '#tag ', '#露营[话题]#', '@某人', '[哈哈]', '[表情]', '[doge]',
    '<img src=x onerror=alert(1)>', '</style>', '"\'>', '最好',
  );
  const text = fc.array(piece, { maxLength: 300 }).map((parts) => parts.join(''));
  const RUNS = { seed: 20240611, numRuns: 200 };
  const touchesPair = (t: string, at: number) =>
    at > 0 && at < t.length && /[\ud800-\udbff]/.test(t[at - 1]!) && /[\udc00-\udfff]/.test(t[at]!);

  it('covers the body in order, never splits a surrogate pair, and folds at or just before the counter', function () {
    this.timeout(20_000);
    fc.assert(
      fc.property(text, fc.constantFrom('weibo', 'moments', 'xiaohongshu' as const), fc.nat(40), fc.nat(40), (body, platform, a, b) => {
        const start = Math.min(a, b, body.length);
        const end = Math.min(Math.max(a, b) + 1, body.length);
        const result = lint(body, { platform, rules: end > start ? [fixedRule('ad-law', [[start, end, 'x']])] : NO_RULES });
        const model = buildCard(result);
        let at = 0;
        for (const s of model.body) {
          assert.equal(s.start, at);
          assert.ok(s.end > s.start);
          assert.ok(!touchesPair(body, s.start) && !touchesPair(body, s.end));
          if (s.raw === undefined && s.kind !== 'emoticon') assert.equal(s.text, body.slice(s.start, s.end));
          at = s.end;
        }
        assert.equal(at, body.length);
        if (result.count.folded && result.count.foldOffset !== null && result.count.foldOffset < body.length) {
          assert.ok(model.fold, 'folds when the counter folds');
          assert.ok(model.fold.offset <= model.fold.counterOffset);
          assert.equal(model.fold.counterOffset, result.count.foldOffset);
        } else assert.equal(model.fold, null);
      }),
      RUNS,
    );
  });
});
