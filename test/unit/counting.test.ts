import { strict as assert } from 'node:assert';
import { countMoments } from '../../src/core/counting/moments';
import { countWeibo, findWeiboLinks } from '../../src/core/counting/weibo';
import { countX } from '../../src/core/counting/x';
import { countXiaohongshu, countXiaohongshuTitle } from '../../src/core/counting/xiaohongshu';
import { PLATFORMS } from '../../src/core/platforms';
import type { CountResult } from '../../src/core/types';

/** [length, foldOffset, limitOffset] — the three numbers the tests check most. */
function brief(r: CountResult): [number, number | null, number | null] {
  return [r.length, r.foldOffset, r.limitOffset];
}

const han = (n: number) => '一'.repeat(n);

describe('countWeibo', () => {
  // Each comment: bytes by bLength.js (+ link costs), then ceil(bytes / 2).
  const cases: Array<[string, string, number]> = [
    ['empty', '', 0],
    ['Chinese', '你好', 2], // 4 → 2
    ['ASCII rounds up once', 'abc', 2], // 3 → 2
    ['ASCII pair', 'ab', 1], // 2 → 1
    ['mixed', '你好abc', 4], // 4 + 3 = 7 → 4
    ['Latin-1 is one byte', 'café', 2], // é is \xe9: 4 → 2
    ['curly quotes are two bytes', '“a”', 3], // 2 + 1 + 2 = 5 → 3
    ['emoji: both surrogates count double', '😀', 2], // 4 → 2
    ['ZWJ family: every unit counts', '👨‍👩‍👧', 8], // 8 units × 2 = 16 → 8
    ['short link is 20 bytes', 'http://example.com/abc', 10],
    ['https is a link too', 'https://example.com/abc', 10],
    ['upper-case scheme', 'HTTP://EXAMPLE.COM/A', 10],
    ['link of exactly 140 bytes', 'http://example.com/' + 'a'.repeat(121), 10], // 140 → 20
    ['link of 141 bytes', 'http://example.com/' + 'a'.repeat(122), 11], // 141 − 140 + 20 = 21 → 11
    ['long https link', 'https://example.com/' + 'a'.repeat(150), 25], // 170 → 50 → 25
    ['weibo.com link ≤ 41 bytes counts real length', 'http://weibo.com/u/123', 11], // 22 → 11
    ['weibo.com link of 41 bytes', 'http://weibo.com/' + 'a'.repeat(24), 21], // 41 → 21
    ['weibo.com link of 42 bytes is 20', 'http://weibo.com/' + 'a'.repeat(25), 10],
    ['t.sina.cn link', 'http://t.sina.cn/x', 9], // 18 → 9
    ['subdomain of weibo.com is an ordinary link', 'http://m.weibo.cn/x', 10],
    ['t.cn counts as text', 'http://t.cn/A6abcd', 9], // 18 → 9
    ['https t.cn counts as text', 'https://t.cn/A6abcd', 10], // 19 → 10
    ['link stops at a Chinese character', '看http://a.com/x链接', 13], // 2 + 20 + 4 = 26 → 13
    ['link stops at a space', 'http://a.com/x y', 11], // 20 + 2 = 22 → 11
    ['host without a dot is not a link', 'http://localhost:8080/abcdefghij', 16], // 32 → 16
    ['host with a hyphen is not a link (Sina’s pattern)', 'http://my-site.com/abcdefghijklm', 16], // 32 → 16
    ['CRLF counts as one line break', 'a\r\nb', 2], // a \n b = 3 → 2
    ['lone CR counts', 'a\rb', 2], // 3 → 2
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${JSON.stringify(text.length > 40 ? text.slice(0, 37) + '…' : text)} → ${expected}`, () => {
      assert.equal(countWeibo(text).length, expected);
    });
  }

  it('reports the platform numbers and no offsets under them', () => {
    assert.deepEqual(countWeibo('你好'), {
      platform: 'weibo',
      unit: 'chars',
      length: 2,
      limit: 2000,
      foldAt: 140,
      folded: false,
      over: false,
      foldOffset: null,
      limitOffset: null,
    });
  });

  it('folds after 140: 140 Chinese characters fit, the 141st is hidden', () => {
    assert.deepEqual(brief(countWeibo(han(140))), [140, null, null]);
    const r = countWeibo(han(141));
    assert.deepEqual(brief(r), [141, 140, null]);
    assert.equal(r.folded, true);
  });

  it('counts ASCII in halves: 280 letters fit, the 281st folds', () => {
    assert.deepEqual(brief(countWeibo('a'.repeat(280))), [140, null, null]);
    assert.deepEqual(brief(countWeibo('a'.repeat(281))), [141, 280, null]);
  });

  it('a Chinese character at 279 bytes crosses the fold', () => {
    assert.deepEqual(brief(countWeibo('a'.repeat(279) + '一')), [141, 279, null]);
  });

  it('never splits an emoji at the fold', () => {
    // 278 + 1 = 279 bytes fit; the emoji's 4 bytes cross.
    assert.deepEqual(brief(countWeibo(han(139) + 'a😀')), [142, 140, null]);
  });

  it('a link that straddles the fold is hidden whole', () => {
    assert.deepEqual(brief(countWeibo(han(135) + 'http://example.com/abc')), [145, 135, null]);
  });

  it('offsets refer to the text as written, CRLF included', () => {
    // 280 + 1 (\r\n) + 1 = 282 → 141; the \r\n is what crosses, at offset 140.
    assert.deepEqual(brief(countWeibo(han(140) + '\r\nx')), [141, 140, null]);
    // With CRLFs before the fold, offsets still count both units of each.
    const text = '一\r\n'.repeat(100) + han(50);
    // 100 × 3 bytes = 300 > 280: the 94th line's 一 (bytes 277..279 +2 = 281) crosses.
    const r = countWeibo(text);
    assert.equal(r.length, 200);
    assert.equal(r.foldOffset, 93 * 3);
    assert.equal(text[r.foldOffset!], '一');
  });

  it('over 2000: limitOffset is the first character past the limit', () => {
    const r = countWeibo(han(2035));
    assert.deepEqual(brief(r), [2035, 140, 2000]);
    assert.equal(r.over, true);
    assert.equal(countWeibo(han(2000)).over, false);
  });

  it('honours limit and fold overrides, and null for none', () => {
    assert.deepEqual(brief(countWeibo(han(30), { limit: 20, foldAt: 10 })), [30, 10, 20]);
    const none = countWeibo(han(3000), { limit: null, foldAt: null });
    assert.deepEqual([none.limit, none.foldAt, none.over, none.folded, none.limitOffset], [null, null, false, false, null]);
    // A nonsense override falls back to the platform's number.
    assert.equal(countWeibo('', { limit: -5 }).limit, 2000);
  });

  it('is not monotonic when appended text turns text into a link (as Sina’s counter)', () => {
    const text = 'http://' + 'a'.repeat(40); // no dot yet: text, 47 bytes → 24
    assert.equal(countWeibo(text).length, 24);
    assert.equal(countWeibo(text + '.cn').length, 10); // now a 50-byte link: 20 bytes → 10
  });

  it('finds links with their cost for the preview', () => {
    const links = findWeiboLinks('看 https://weibo.com/1 和 http://t.cn/Ab 和 http://bad');
    assert.deepEqual(
      links.map((l) => [l.start, l.end, l.host, l.bytes, l.countsAsText]),
      [
        [2, 21, 'weibo.com', 19, false],
        [24, 38, 't.cn', 14, true],
      ],
    );
  });
});

describe('countXiaohongshu', () => {
  const cases: Array<[string, string, number]> = [
    ['empty', '', 0],
    ['Chinese', '你好', 2], // 4 → 2
    ['ASCII', 'abc', 2], // 3 → 2
    ['mixed', 'Hello小红书', 6], // 5 + 6 = 11 → 6
    ['emoji is two', '😀', 2], // 2 units × 2 = 4 → 2
    ['Latin-1 is non-ASCII here', 'é', 1], // 2 → 1
    ['links are plain text', 'https://example.com', 10], // 19 → 10
    ['CRLF is one line break', 'a\r\nb', 2], // 3 → 2
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${JSON.stringify(text)} → ${expected}`, () => {
      assert.equal(countXiaohongshu(text).length, expected);
    });
  }

  it('body limit 1000, no fold', () => {
    const r = countXiaohongshu(han(1001));
    assert.deepEqual(brief(r), [1001, null, 1000]);
    assert.deepEqual([r.limit, r.foldAt, r.folded, r.over], [1000, null, false, true]);
  });

  it('title limit 20: the 21st character is past it', () => {
    const title = han(20) + 'ab'; // 40 + 2 bytes → 21
    const r = countXiaohongshuTitle(title);
    assert.deepEqual(brief(r), [21, null, 20]);
    assert.equal(r.limit, 20);
    assert.equal(countXiaohongshuTitle(han(19) + 'ab').over, false); // 38 + 2 = 40 → 20
  });

  it('the profile counts titles by the title rule', () => {
    assert.equal(PLATFORMS.xiaohongshu.countTitle!(han(21)).limitOffset, 20);
  });
});

describe('countMoments', () => {
  const lines = (text: string, options?: Parameters<typeof countMoments>[1]) => brief(countMoments(text, options));

  it('counts nothing as no lines', () => {
    assert.deepEqual(lines(''), [0, null, null]);
    assert.deepEqual(lines('   \n\n'), [0, null, null]);
  });

  it('wraps after 16 full-width or 32 half-width glyphs', () => {
    assert.deepEqual(lines(han(16)), [1, null, null]);
    assert.deepEqual(lines(han(17)), [2, null, null]);
    assert.deepEqual(lines('a'.repeat(32)), [1, null, null]);
    assert.deepEqual(lines('a'.repeat(33)), [2, null, null]);
    assert.deepEqual(lines(han(15) + 'ab'), [1, null, null]); // 30 + 2 halves
    assert.deepEqual(lines(han(15) + 'abc'), [2, null, null]);
    assert.deepEqual(lines(han(15) + 'a一'), [2, null, null]); // 31 + 2 > 32: 一 wraps
  });

  it('starts a line at every line break, CRLF or LF', () => {
    assert.deepEqual(lines('a\nb'), [2, null, null]);
    assert.deepEqual(lines('a\r\nb'), [2, null, null]);
    assert.deepEqual(lines('a\n\nb'), [3, null, null]);
    assert.deepEqual(lines(han(16) + '\nb'), [2, null, null]); // a full line's break makes no empty line
  });

  it('does not count trailing blank lines', () => {
    assert.deepEqual(lines('a\n\n\n\n\n\n\n\n'), [1, null, null]);
  });

  it('folds after 6 lines, at the first character of line 7', () => {
    assert.deepEqual(lines('1\n2\n3\n4\n5\n6'), [6, null, null]);
    const r = countMoments('1\n2\n3\n4\n5\n6\n7');
    assert.deepEqual(brief(r), [7, 12, null]);
    assert.deepEqual([r.unit, r.foldAt, r.limit, r.folded], ['lines', 6, null, true]);
    // A wrapped 7th line: 6 × 16 characters fill six lines, the 97th starts line 7.
    assert.deepEqual(lines(han(97)), [7, 96, null]);
  });

  it('offsets count CRLF as written', () => {
    assert.deepEqual(lines('1\r\n2\r\n3\r\n4\r\n5\r\n6\r\n7'), [7, 18, null]);
  });

  it('an emoji is one full-width glyph, however many code points', () => {
    const family = '👨‍👩‍👧‍👦'; // 4 people, 3 ZWJ: 11 UTF-16 units
    assert.deepEqual(lines(family.repeat(16)), [1, null, null]);
    assert.deepEqual(lines(family.repeat(17)), [2, null, null]);
    assert.deepEqual(lines('🇨🇳'.repeat(16)), [1, null, null]);
    assert.deepEqual(lines('👍🏽'.repeat(17)), [2, null, null]);
    assert.deepEqual(lines('1️⃣'.repeat(16) + 'a'), [2, null, null]); // keycaps are full-width
    assert.deepEqual(lines('😀'.repeat(16)), [1, null, null]);
  });

  it('a configured limit is in lines', () => {
    const r = countMoments('1\n2\n3\n4', { limit: 3 });
    assert.deepEqual(brief(r), [4, null, 6]);
    assert.equal(r.over, true);
    assert.deepEqual(lines('1\n2\n3\n4', { foldAt: 2 }), [4, 4, null]);
  });
});

describe('countX', () => {
  const cases: Array<[string, string, number]> = [
    ['ASCII', 'hello', 5],
    ['CJK weighs 2', '你好', 4],
    ['any URL is 23', 'https://example.com/a/very/long/path/indeed', 23],
    ['emoji is 2', '😀', 2],
    ['ZWJ emoji is 2', '👨‍👩‍👧‍👦', 2],
    ['CRLF counts as one', 'a\r\nb', 3],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${JSON.stringify(text)} → ${expected}`, () => {
      assert.equal(countX(text).length, expected);
    });
  }

  it('280 weighted; valid from parseTweet', () => {
    const ok = countX('a'.repeat(280));
    assert.deepEqual([ok.length, ok.over, ok.valid, ok.limitOffset], [280, false, true, null]);
    const r = countX('a'.repeat(281));
    assert.deepEqual([r.length, r.over, r.valid, r.limitOffset, r.unit, r.foldAt], [281, true, false, 280, 'weighted', null]);
    const cjk = countX(han(141));
    assert.deepEqual([cjk.length, cjk.limitOffset], [282, 140]);
  });

  it('maps the limit offset back through NFC and CRLF', () => {
    // e + U+0301 is é after NFC: 279 + 1 = 280 fit, the b (offset 281 as written) does not.
    assert.equal(countX('a'.repeat(279) + 'e\u0301b').limitOffset, 281);
    // Each a\r\n weighs 2: 140 pairs fit; the 141st a sits at 140 × 3 as written.
    const text = 'a\r\n'.repeat(141);
    const r = countX(text);
    assert.deepEqual([r.length, r.limitOffset], [282, 420]);
  });

  it('honours a configured limit', () => {
    const r = countX('hello world', { limit: 5 });
    assert.deepEqual([r.limit, r.over, r.valid, r.limitOffset], [5, true, false, 5]);
    assert.equal(countX('你', { limit: 1 }).limitOffset, 0);
  });

  it('empty text is not valid, but not over either', () => {
    const r = countX('');
    assert.deepEqual([r.length, r.valid, r.over], [0, false, false]);
  });
});

describe('platform profiles', () => {
  it('wire each counter and carry their numbers with sources', () => {
    assert.equal(PLATFORMS.weibo.count(han(141)).foldOffset, 140);
    assert.equal(PLATFORMS.moments.count('1\n2\n3\n4\n5\n6\n7').foldOffset, 12);
    assert.equal(PLATFORMS.x.count('hi').unit, 'weighted');
    assert.deepEqual(
      [PLATFORMS.weibo, PLATFORMS.moments, PLATFORMS.xiaohongshu, PLATFORMS.x].map((p) => [p.id, p.maxImages, p.maxTopics]),
      [
        ['weibo', 18, null],
        ['moments', 9, null],
        ['xiaohongshu', null, 10],
        ['x', 4, null],
      ],
    );
    for (const p of Object.values(PLATFORMS)) {
      assert.ok(p.sources.some((s) => s.startsWith('count:')), p.id);
      assert.ok(p.thresholds.adDensity > 0 && p.thresholds.emoji > 0 && p.thresholds.topics > 0 && p.thresholds.mentions > 0, p.id);
    }
    assert.ok(PLATFORMS.moments.thresholds.adDensity < PLATFORMS.weibo.thresholds.adDensity);
  });
});
