import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { spellingView } from '../../src/core/text/view';
import { countChars, findPatternSignals } from '../../src/core/analysis/ad-density';
import { isBlockEdge, SIGNAL_PATTERNS } from '../../src/core/lexicon/ad-signals';
import { isWhiteSpace } from '../../src/core/text/blocks';
import twitterText from 'twitter-text';
import { addTextBytes, CrossingTracker } from '../../src/core/counting/shared';
import { X_DEFAULTS } from '../../src/core/counting/x';
import { countDraft, lint } from '../../src/core/engine';
import { EN_NUMBER } from '../../src/core/rules/length';
import { COMPARISON_MARK, isSentenceBreak, STATE_PREFIX } from '../../src/core/rules/ad-law';
import { COMPARED_WITH_ALL } from '../../src/core/lexicon/ad-law/governed';
import { STATE_ENDORSEMENT } from '../../src/core/lexicon/ad-law';
import { foldText, foldUnit, PhraseMatcher } from '../../src/core/lexicon/matcher';
import type { WordEntry, WordList, WordMatch } from '../../src/core/lexicon/types';
import { findQuotedRanges, insideAny, insideAnyOf, overlapsAnyOf, overlapsAnyToken } from '../../src/core/text';
import { MAY_HOLD_EMOJI } from '../../src/core/text/emoji';
import { eachMatch } from '../../src/core/text/token';
import { PatternFamily, findPatternHits, windowsAround } from '../../src/core/text/patterns';
import { FALSE_URGENCY_PATTERNS, FALSE_URGENCY_SEEDS } from '../../src/core/lexicon/false-urgency';
import { HARD_SELL_PATTERNS, HARD_SELL_SEEDS } from '../../src/core/lexicon/hard-sell';
import type { TextSpan } from '../../src/core/types';

/*
 * The core's fast paths against the obvious implementations they replace: same answers on
 * random input, so the speed-ups (issue 5) change nothing a user can see.
 */

/** The matcher's contract spelled out naively: every word at every position, then per list the filters. */
function naiveScan(lists: readonly WordList[], allowed: readonly string[], text: string, spans: readonly TextSpan[]): Map<WordList, WordMatch[]> {
  const folded = Array.from({ length: text.length }, (_, i) => String.fromCharCode(foldUnit(text.charCodeAt(i)))).join('');
  const ascii = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  const words: Array<{ w: string; list: WordList | null; entry: WordEntry | null }> = [];
  for (const list of lists) for (const entry of list.entries) words.push({ w: foldText(entry.word.trim()), list, entry });
  for (const a of allowed) words.push({ w: foldText(a.trim()), list: null, entry: null });
  const raw: Array<{ start: number; end: number; list: WordList | null; entry: WordEntry | null }> = [];
  for (const span of spans) {
    const from = span.start;
    const to = span.start + span.text.length;
    for (let end = from + 1; end <= to; end++) {
      for (const { w, list, entry } of words) {
        const start = end - w.length;
        if (!w || start < from || folded.slice(start, end) !== w) continue;
        if (ascii(w.charCodeAt(0)) && start > from && ascii(text.charCodeAt(start - 1))) continue;
        if (ascii(w.charCodeAt(w.length - 1)) && end < to && ascii(text.charCodeAt(end))) continue;
        raw.push({ start, end, list, entry });
      }
    }
  }
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const allowedHits = raw.filter((m) => !m.list);
  const out = new Map<WordList, WordMatch[]>();
  for (const list of lists) {
    const mine = raw.filter((m) => m.list === list);
    const exempt = mine.filter((m) => m.entry!.exempt);
    const candidates = mine
      .filter((m) => !m.entry!.exempt && !exempt.some((e) => overlaps(m, e)) && !allowedHits.some((a) => overlaps(m, a)))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: WordMatch[] = [];
    let lastEnd = -1;
    for (const m of candidates) {
      if (m.start < lastEnd) continue;
      kept.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entry: m.entry!, list });
      lastEnd = m.end;
    }
    if (kept.length) out.set(list, kept);
  }
  return out;
}

const unit = fc.constantFrom('最', '好', '第', '一', '次', 'N', 'O', 'n', 'o', '.', '1', 'Ｎ', 'ｏ', '．', '１', 'a', 'B', ' ', '\u3000', '的', '😀', '\ud83d');
const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((u) => u.join(''));
const entry = fc.record({ word, exempt: fc.boolean() }).map(({ word, exempt }): WordEntry => (exempt ? { word, exempt } : { word }));
const lists = fc.array(fc.array(entry, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }).map((ls) =>
  ls.map((entries, i): WordList => ({ id: `l${i}`, source: 'test', entries })),
);
const text = fc.array(unit, { maxLength: 60 }).map((u) => u.join(''));

describe('fast paths agree with the obvious implementations', () => {
  it('PhraseMatcher: same matches as checking every word at every position', () => {
    fc.assert(
      fc.property(lists, fc.array(word, { maxLength: 2 }), text, fc.nat(), (ls, allowed, t, cut) => {
        // Two spans, like a title and a body, with a gap between them.
        const a = cut % (t.length + 1);
        const spans: TextSpan[] = [
          { start: 0, text: t.slice(0, a) },
          { start: Math.min(a + 1, t.length), text: t.slice(Math.min(a + 1, t.length)) },
        ];
        const got = new PhraseMatcher(ls, allowed).scan(t, spans);
        const want = naiveScan(ls, allowed, t, spans);
        for (const list of ls) assert.deepEqual(got.get(list), want.get(list), list.id);
      }),
      { numRuns: 2000 },
    );
  });

  it('foldText folds unit by unit and returns the same string when nothing folds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), text, (s, t) => {
        for (const x of [s, t]) {
          assert.equal(foldText(x), Array.from({ length: x.length }, (_, i) => String.fromCharCode(foldUnit(x.charCodeAt(i)))).join(''));
        }
      }),
    );
    const plain = '最好的面霜 no.1';
    assert.equal(foldText(plain), plain);
    assert.equal(foldText('ＮＯ．１\u3000Ab'), 'no.1 ab');
  });

  it('eachMatch yields what String.prototype.matchAll yields, empty matches and surrogates included', () => {
    const patterns = [/[!！?？]+/g, /x*/g, /(?:)/gu, /\p{Extended_Pictographic}|/gu, /(?<=价格)\d+/g, /a|/g];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('😀x😀', '价格12！！a?', '\ud83dx')), (re, s) => {
        const got: Array<[number, string]> = [];
        eachMatch(re, s, (m) => got.push([m.index, m[0]]));
        assert.deepEqual(got, [...s.matchAll(re)].map((m) => [m.index, m[0]]));
        assert.equal(re.lastIndex, 0);
      }),
    );
  });

  it('insideAnyOf answers as insideAny', () => {
    const range = fc.tuple(fc.nat(40), fc.nat(10)).map(([a, n]): [number, number] => [a, a + n]);
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), range, (ranges, [s, e]) => {
        assert.equal(insideAnyOf(ranges)(s, e), insideAny(s, e, ranges));
      }),
    );
  });

  it('overlapsAnyOf answers as overlapsAnyToken, for tokens and for pairs', () => {
    const range = fc.tuple(fc.nat(40), fc.nat(10)).map(([a, n]): [number, number] => [a, a + n]);
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), range, (ranges, [s, e]) => {
        const tokens = ranges.map(([start, end]) => ({ start, end, text: '' }));
        const want = overlapsAnyToken(s, e, tokens);
        assert.equal(overlapsAnyOf(tokens)(s, e), want);
        assert.equal(overlapsAnyOf(ranges)(s, e), want);
      }),
    );
    // Many ranges, in any order or as a few sorted lists one after another (as nameRanges
    // gathers mentions, links and titles): every question against each.
    const sortedLists = fc.array(fc.array(range, { maxLength: 20 }), { maxLength: 4 }).map((lists) => lists.flatMap((l) => l.sort((a, b) => a[0] - b[0])));
    fc.assert(
      fc.property(fc.oneof(fc.array(range, { maxLength: 60 }), sortedLists), (ranges) => {
        const test = overlapsAnyOf(ranges);
        const tokens = ranges.map(([start, end]) => ({ start, end, text: '' }));
        for (let s = 0; s <= 52; s++) for (let e = s; e <= Math.min(52, s + 12); e++) assert.equal(test(s, e), overlapsAnyToken(s, e, tokens), `${s}-${e}`);
      }),
      { numRuns: 500 },
    );
  });

  it('the emoji pre-check lets through every character an emoji sequence can start with', () => {
    const starts = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u20e3/u;
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (starts.test(s)) assert.ok(MAY_HOLD_EMOJI.test(s), `U+${c.toString(16)}`);
    }
    // Astral emoji (all of them outside U+00A9–U+3299) pass through their surrogates.
    assert.ok(MAY_HOLD_EMOJI.test('🇨🇳') && MAY_HOLD_EMOJI.test('👍🏽'));
    assert.ok(!MAY_HOLD_EMOJI.test('今天天气很好，“出去走走”…… 123 #话题# @某人 [哈哈]'));
  });

  it('ad-density counts characters as code points other than /\\s/', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), (s) => {
        assert.equal(countChars(s), [...s].filter((ch) => !/\s/.test(ch)).length);
      }),
    );
  });

  it('ad density searches a long text block by block and finds what the whole-text search finds', () => {
    // An edge character is one no pattern of a family that runs by blocks names, has no case
    // and is not white space; and those patterns have nothing that reads past an edge
    // character (a negated class, `.`, `$`, an escape of a code unit).
    const named = new Set<number>();
    for (const family of SIGNAL_PATTERNS) {
      if (!family.byBlocks) continue;
      const source = family.re.source;
      assert.ok(!/\[\^|(?:^|[^\\])[.$]|\\[ux]/.test(source.replace(/\[[^\]]*\]/g, (c) => c.replace(/[.$]/g, ''))), source);
      for (let i = 0; i < source.length; i++) named.add(source.charCodeAt(i));
    }
    let edges = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (!isBlockEdge(c)) continue;
      edges++;
      const ch = String.fromCharCode(c);
      assert.ok(!named.has(c) && !isWhiteSpace(c) && ch.toUpperCase() === ch && ch.toLowerCase() === ch, `U+${c.toString(16)}`);
    }
    assert.ok(edges > 20000);
    // Hits of every family, with what may sit around them (edge characters among them), cut
    // into blocks of every small size.
    const pieces = fc.constantFrom(
      '¥ 99', '售价：199元起', 'xx元/平', '首付x.x万起', '三十元', '只要 99', '价格xxx万', '50RMB', '5块5', '8.8折', '八五折', '满199减50', '减10元',
      '一件减20', '300减50', '买一送一', '充100送50', '20% OFF', '交1万抵3万', '89平米', 'xx-xxx㎡', '三室两厅', '年化收益4.5%', '90天1.5%', '6个月期 3.85%',
      '港越路18号', '【某某家居】', 'www.example.com', 't.cn/abc', 'https://t.cn/x', '13812345678', '400-123-4567', '010-12345678', 'xxxxxxxxxxx',
      '电话：6100111', 'qq 12345', '微信：abcdef', 'VX: abc_def', '农行', '6222 0212 3456 7890 123', '6222021234567890123', '！！', '?!', '😍',
      '的', '了', '。', '，', '\n', ' ', '\u3000', 'x', 'X', '1', '元', '价', '折', '减', '送', '平', '号', '信', '路', '天', '%', '.', 'a', 'ab',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (parts, blockUnits) => {
        const t = parts.join('');
        assert.deepEqual(findPatternSignals(t, true, blockUnits), findPatternSignals(t, false), JSON.stringify(t));
      }),
      { numRuns: 3000 },
    );
    // The signature, searched from the last 【 only, is what its pattern finds in the whole text.
    const signature = SIGNAL_PATTERNS.find((f) => f.kind === 'signature')!.re;
    const tail = fc.constantFrom('【某某家居】', '【新品】', '【', '】', '退订', ' ', '\n', '138', '-', 'x', '。', '【某某家居】 400-123-4567', '【a】');
    fc.assert(
      fc.property(fc.array(tail, { maxLength: 12 }), (parts) => {
        const t = parts.join('');
        const want = [...t.matchAll(new RegExp(signature.source, signature.flags))].map((m) => ({ kind: 'signature', start: m.index, end: m.index + m[0].length }));
        assert.deepEqual(findPatternSignals(t).filter((o) => o.kind === 'signature'), want, JSON.stringify(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('addTextBytes, which only sums once the fold and the limit are passed, adds atom by atom', () => {
    /** Every atom through the tracker, as the counters did before the fast path. */
    const naive = (tracker: CrossingTracker, t: string, from: number, to: number, narrowMax: number) => {
      let i = from;
      while (i < to) {
        const code = t.charCodeAt(i);
        const crlf = code === 13 && t.charCodeAt(i + 1) === 10;
        const pair = code >= 0xd800 && code <= 0xdbff && t.charCodeAt(i + 1) >= 0xdc00 && t.charCodeAt(i + 1) <= 0xdfff;
        tracker.add(i, crlf ? 1 : pair ? 4 : code > narrowMax ? 2 : 1);
        i += crlf || pair ? 2 : 1;
      }
      return i;
    };
    const units = fc.constantFrom('a', '\r', '\n', '\r\n', '字', '\u00ff', '\u0100', '\u007f', '\u0080', '\ud83d', '\ude00', '😀', ' ', '\uffff');
    const threshold = fc.option(fc.integer({ min: 1, max: 30 }), { nil: null });
    fc.assert(
      fc.property(fc.array(units, { maxLength: 30 }), fc.nat(), fc.nat(), threshold, threshold, fc.constantFrom(0x7f, 0xff), (parts, a, b, foldAt, limit, narrowMax) => {
        const t = parts.join('');
        const from = a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        const fast = new CrossingTracker(foldAt, limit);
        const slow = new CrossingTracker(foldAt, limit);
        // Sometimes from a tracker that is already past its thresholds, as between two Weibo links.
        if (a % 3 === 0) {
          fast.add(0, 100);
          slow.add(0, 100);
        }
        assert.equal(addTextBytes(fast, t, from, to, narrowMax), naive(slow, t, from, to, narrowMax));
        assert.deepEqual(fast, slow);
      }),
      { numRuns: 5000 },
    );
  });

  it('length formats numbers as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.maxSafeInteger(), fc.double({ noNaN: false }), fc.constantFrom(0, -0, 999, 1000, 1e21, 2.5, Infinity)), (n) => {
        assert.equal(EN_NUMBER.format(n), n.toLocaleString('en-US'), String(n));
      }),
    );
  });

  it("X's limit, written out so twitter-text loads only for X drafts, is twitter-text's own", () => {
    const v3 = (twitterText as unknown as { configs: { version3: { maxWeightedTweetLength: number } } }).configs.version3;
    assert.equal(X_DEFAULTS.limit, v3.maxWeightedTweetLength);
  });

  it('countDraft counts as lint does, without linting', () => {
    const drafts: Array<[string, string]> = [
      ['a.weibo', '今天天气很好'.repeat(40) + ' https://example.com/x'],
      ['a.xhs', '---\ntitle: 一个超过二十个字的小红书标题一个超过二十个字的小红书标题\n---\n正文😀'],
      ['a.moments', '第一行\n第二行\n'.repeat(5)],
      ['a.post', '---\nplatform: x\n---\nhello 世界 https://t.co/x'],
    ];
    for (const [fileName, t] of drafts) {
      const full = lint(t, { fileName });
      assert.deepEqual(countDraft(t, { fileName }), { draft: full.draft, platform: full.platform, count: full.count, titleCount: full.titleCount });
    }
    assert.equal(countDraft('hi', { fileName: 'a.post', platform: 'moments' }).platform, 'moments');
  });

  it('ad-law looks for comparisons with every rival only in text holding 比', () => {
    for (const alt of COMPARED_WITH_ALL.source.split(/\|(?![^(]*\))/)) assert.ok(alt.includes(COMPARISON_MARK), alt);
    const head = '---\nproduct: goods\n---\n';
    const r = lint(`${head}没有哪款面膜比它更补水`, { fileName: 'a.weibo' });
    assert.deepEqual(r.findings.filter((f) => f.rule === 'ad-law').map((f) => [f.start - head.length, f.end - head.length]), [[0, 11]]);
  });

  it('ad-law looks for state endorsements only in text holding what every hit starts with', () => {
    // The prefix is the pattern's literal opening, so a text without it cannot hold a hit.
    assert.ok(STATE_ENDORSEMENT.source.startsWith(STATE_PREFIX));
    assert.ok(!/[\\^$.*+?()[\]{}|]/.test(STATE_PREFIX));
    // …and a draft whose only claim is such a hit (no list word) is still reported.
    // (In a selling draft: the front matter names a product.)
    const head = '---\nproduct: goods\n---\n';
    const r = lint(`${head}国家体育总局指定的训练营`, { fileName: 'a.weibo' });
    assert.deepEqual(r.findings.filter((f) => f.rule === 'ad-law').map((f) => [f.start - head.length, f.end - head.length]), [[0, 8]]);
  });

  it('a pattern family lets a text through its gate exactly when one of its patterns has a hit', () => {
    const pieces = fc.constantFrom('转发', '分享', '转', '到', '给', '3', '三', '个', '位', '群', '微信群', '集', '满', '赞', '朋友圈', '吧', '请', '快', '必转', '必',
      '好友', '即可', '领取', '仅剩', '只剩', '最后', '只有', '天', '件', '小时', '名额', '，', '！', '。', '\n', ' ', '的', 'x',
      // Whole hits, cut by what comes around them.
      '仅剩3件', '最后两天', '只有2小时', '转发到3个群', '集满10个赞', '分享到朋友圈吧', '必转！',
      // false-urgency and hard-sell pieces: limits, near days, urging words and verbs of buying.
      '限量', '明天', '起', '涨价', '今晚', '截止', '活动', '赶紧', '快', '速', '来', '去', '下单', '抢', '买', '冲', '从速', '欲购', '直接', '拍');
    const spanText = fc.array(pieces, { maxLength: 14 }).map((p) => p.join(''));
    for (const patterns of [FALSE_URGENCY_PATTERNS, HARD_SELL_PATTERNS]) {
      const family = new PatternFamily(patterns);
      fc.assert(
        fc.property(fc.array(spanText, { minLength: 1, maxLength: 2 }), (texts) => {
          const spans = texts.map((t, i) => ({ text: t, start: i * 100 }));
          // Patterns read each span as its spelling view (text/view.ts) shows it.
          const some = spans.some((s) => patterns.some((p) => [...spellingView(s).text.matchAll(p.pattern)].some((m) => m[0].length > 0)));
          assert.equal(family.mayHit(spans), some);
          assert.deepEqual(family.hits(spans), findPatternHits(spans, patterns));
        }),
        { numRuns: 3000 },
      );
      assert.equal(family.mayHit([{ text: '今天天气很好，转给你看看', start: 0 }]), false);
    }
  });

  it('every hit of the false-urgency and hard-sell patterns meets one of its family\'s seeds', () => {
    const pieces = fc.constantFrom('仅剩', '只有', '最后', '名额', '限量', '限时', '明天', '下周一', '12月1日', '起', '涨价', '恢复', '原价', '到', '199',
      '今晚', '今天', '当天', '截止', '结束', '活动', '赶紧', '马上', '快', '速', '来', '去', '下单', '抢', '购', '买', '冲', '从速', '欲购', '直接',
      '拍', '就完了', '还不', '？', '吧', '3', 'x', '件', '天', '小时', '个', '，', '！', '。', ' ', '的', '-', '完', '为止', '错过', '再等一年', '仅限', '前');
    const text = fc.array(pieces, { maxLength: 20 }).map((p) => p.join(''));
    for (const [patterns, seeds] of [
      [FALSE_URGENCY_PATTERNS, FALSE_URGENCY_SEEDS],
      [HARD_SELL_PATTERNS, HARD_SELL_SEEDS],
    ] as const) {
      const matcher = new PhraseMatcher([seeds]);
      fc.assert(
        fc.property(text, (t) => {
          const span = { text: t, start: 0 };
          const found = matcher.scan(t, [span]).get(seeds) ?? [];
          for (const h of findPatternHits([span], patterns)) {
            // A seed hidden by an overlapping one (从速买: 从速 hides 速买) is read with it.
            assert.ok(found.some((m) => m.start < h.end && h.start < m.end), `${h.category} hit «${h.text}» in «${t}» meets no seed`);
          }
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('a pattern family read around seeds finds the hits that hold them, and reads nothing without one', () => {
    const pieces = fc.constantFrom('仅剩', '最后', '名额', '限量', '明天', '起', '涨价', '今晚', '截止', '活动', '赶紧', '快', '速', '来', '去', '下单',
      '抢', '买', '冲', '从速', '欲购', '直接', '拍', '3', '件', '天', '，', '！', '。', '\n', ' ', '的', 'x', '好', '😀', '吧', '倒计时', '-');
    const spanText = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));
    for (const patterns of [FALSE_URGENCY_PATTERNS, HARD_SELL_PATTERNS]) {
      const family = new PatternFamily(patterns);
      fc.assert(
        fc.property(fc.array(spanText, { minLength: 1, maxLength: 2 }), (texts) => {
          const spans = texts.map((t, i) => ({ text: t, start: i * 1000 }));
          const all = findPatternHits(spans, patterns);
          // Seeds inside every hit, reach longer than any hit: the same hits, in the same order per window.
          const near = family.hitsNear(spans, all, 40);
          const key = (h: { start: number; end: number; category?: string }) => `${h.start}:${h.end}:${h.category}`;
          assert.deepEqual(near.map(key).sort(), all.map(key).sort());
          for (const w of windowsAround(spans, all, 40)) assert.ok(!/^[\udc00-\udfff]/.test(w.text), 'no window starts inside a surrogate pair');
        }),
        { numRuns: 2000 },
      );
      assert.deepEqual(family.hitsNear([{ text: '仅剩3件', start: 0 }], [], 40), []);
    }
  });

  it("ad-law's sentence marks, tested unit by unit, are the ones the pattern names", () => {
    const pattern = /[。！？!?\n\r；;]/;
    const wrong: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (isSentenceBreak(u) !== pattern.test(String.fromCharCode(u))) wrong.push(u);
    assert.deepEqual(wrong, []);
  });

  it('findQuotedRanges finds what trying every opening mark in turn finds', () => {
    // The obvious version: each opening mark with the first closing one after it, kept when no
    // line break lies between them (quadratic on many unclosed lines, hence the fast one).
    const PAIRS = [['“', '”'], ['「', '」'], ['『', '』'], ['"', '"']] as const;
    const obvious = (text: string) => {
      const out: Array<[number, number]> = [];
      for (const [open, close] of PAIRS) {
        for (let from = 0; ; ) {
          const a = text.indexOf(open, from);
          const b = a < 0 ? -1 : text.indexOf(close, a + 1);
          if (b < 0) break;
          if (text.slice(a + 1, b).includes('\n')) from = a + 1;
          else {
            out.push([a + 1, b]);
            from = b + 1;
          }
        }
      }
      return out.sort((x, y) => x[0] - y[0]);
    };
    const unit = fc.constantFrom('“', '”', '「', '」', '『', '』', '"', '\n', '\r', '好', 'a', '说“好”');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        assert.deepEqual(findQuotedRanges(text), obvious(text));
      }),
      { numRuns: 5000 },
    );
  });
});
