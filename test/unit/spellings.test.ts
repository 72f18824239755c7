import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { generate, OUTPUT } from '../../scripts/gen-spellings';
import { lint } from '../../src/core/engine';
import { PhraseMatcher } from '../../src/core/lexicon/matcher';
import { charsReadAs, gapRunReading, gapTable, graphemeEnd, MAX_GAP_RUN, pinyinOf } from '../../src/core/lexicon/spellings';
import type { WordList } from '../../src/core/lexicon/types';
import { passingView, spellingView } from '../../src/core/text/view';

/** Evasive spellings (issue 11): the matcher and the patterns' view read through them. */
describe('evasive spellings', () => {
  const evasive: WordList = { id: 'e', source: 'test', readsThroughSpellings: true, entries: ['最好', '转发集赞', '第1', 'no.1', '100%'].map((word) => ({ word })) };
  const plain: WordList = { id: 'p', source: 'test', entries: ['包邮', '最好'].map((word) => ({ word })) };
  const matcher = new PhraseMatcher([evasive, plain]);
  const found = (text: string, list = evasive) =>
    (matcher.scan(text, [{ text, start: 0 }]).get(list) ?? []).map((m) => `${m.text}${m.evasive ? '*' : ''}`);

  it('the generated tables are what scripts/gen-spellings.ts makes today (npm run generate:spellings)', () => {
    assert.equal(readFileSync(OUTPUT, 'utf8'), generate());
  });

  it('finds a term split by spaces, marks, emoji and zero-width characters, and says it is evasive', () => {
    assert.deepEqual(found('这是最 好的'), ['最 好*']);
    assert.deepEqual(found('这是最*好的'), ['最*好*']);
    assert.deepEqual(found('这是最/好的'), ['最/好*']);
    assert.deepEqual(found('这是最🔥好的'), ['最🔥好*']);
    assert.deepEqual(found('这是最\u200b好的'), ['最\u200b好*']);
    assert.deepEqual(found('转-发-集-赞'), ['转-发-集-赞*']);
    assert.deepEqual(found('这是最好的'), ['最好']);
  });

  it('does not read through line breaks, clause punctuation or a run longer than MAX_GAP_RUN', () => {
    assert.deepEqual(found('最\n好'), []);
    assert.deepEqual(found('最，好'), []);
    assert.deepEqual(found('最。好'), []);
    assert.deepEqual(found(`最${' '.repeat(MAX_GAP_RUN)}好`), [`最${' '.repeat(MAX_GAP_RUN)}好*`]);
    assert.deepEqual(found(`最${' '.repeat(MAX_GAP_RUN + 1)}好`), []);
  });

  it('reads traditional characters, a zero for an O and pinyin for one character', () => {
    const grade: WordList = { id: 'g', source: 'test', readsThroughSpellings: true, entries: [{ word: '国家级' }, { word: '最好' }] };
    const m = new PhraseMatcher([grade]);
    const of = (text: string) => (m.scan(text, [{ text, start: 0 }]).get(grade) ?? []).map((x) => `${x.text}${x.evasive ? '*' : ''}`);
    assert.deepEqual(of('國家級品質'), ['國家級*']);
    assert.deepEqual(of('zui好的'), ['zui好*']);
    assert.deepEqual(of('ZUI好的'), ['ZUI好*']);
    assert.deepEqual(of('最hao的'), ['最hao*']);
    // A syllable inside a Latin word is not a pinyin spelling.
    assert.deepEqual(of('xzui好'), []);
    assert.deepEqual(found('销量N0.1'), ['N0.1*']);
    // Case, width and a real zero are not evasion.
    assert.deepEqual(found('销量ＮＯ．１'), ['ＮＯ．１']);
    assert.deepEqual(found('100%'), ['100%']);
  });

  it('reads a variant character as the standard one (袪 for 祛), and that is not evasion', () => {
    const beauty: WordList = { id: 'b', source: 'test', readsThroughSpellings: true, entries: [{ word: '祛痘' }] };
    const m = new PhraseMatcher([beauty]);
    const of = (text: string) => (m.scan(text, [{ text, start: 0 }]).get(beauty) ?? []).map((x) => `${x.text}${x.evasive ? '*' : ''}`);
    assert.deepEqual(of('专业袪痘'), ['袪痘']);
    assert.deepEqual(of('专业祛痘'), ['祛痘']);
    assert.deepEqual(of('袪 痘'), ['袪 痘*']);
    const view = spellingView({ start: 0, text: '专业袪痘' });
    assert.equal(view.text, '专业祛痘');
    assert.equal(view.isEvasive(2, 4), false);
  });

  it('the ordinary space between Chinese and a number or a Latin word is not evasion', () => {
    assert.deepEqual(found('销量第 1'), ['第 1']);
    assert.deepEqual(found('销量 NO. 1'), ['NO. 1']);
  });

  it('lists that do not read through spellings find only what is written (and fold case, width and traditional forms)', () => {
    assert.deepEqual(found('包 邮', plain), []);
    assert.deepEqual(found('最 好', plain), []);
    assert.deepEqual(found('最好', plain), ['最好']);
    assert.deepEqual(found('包郵', plain), ['包郵*']);
  });

  it('never ends a match inside a grapheme (第1️⃣ takes its keycap)', () => {
    assert.deepEqual(found('销量第1\ufe0f\u20e3'), ['第1\ufe0f\u20e3']);
    assert.equal(graphemeEnd('1\u200d\ud83d\udd25x', 1), 4);
  });

  it('any run of gap units of at most MAX_GAP_RUN between the characters of a term is read through', () => {
    const gaps: string[] = [];
    const table = gapTable();
    for (const c of [' ', '*', '-', '/', '.', '·', '\u200b', '\u3000', '🔥', '★', '\ufe0f', '～', '＊']) {
      assert.ok([...c].every((u) => table[u.charCodeAt(0)] !== 0 || u.length === 2), c);
      gaps.push(c);
    }
    const gapRun = fc.array(fc.constantFrom(...gaps), { maxLength: 3 }).map((g) => g.join(''));
    fc.assert(
      fc.property(
        fc.tuple(gapRun, gapRun, gapRun),
        fc.constantFrom('', '今天', 'x '),
        ([a, b, c], before) => {
          const spelled = `转${a}发${b}集${c}赞`;
          if ([a, b, c].some((g) => g.length > MAX_GAP_RUN)) return;
          const text = `${before}${spelled}，送礼品`;
          const matches = matcher.scan(text, [{ text, start: 0 }]).get(evasive) ?? [];
          assert.equal(matches.length, 1, text);
          assert.equal(matches[0]!.start, before.length);
          assert.equal(matches[0]!.end, before.length + spelled.length);
          assert.equal(matches[0]!.evasive === true, spelled !== '转发集赞');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('knows the everyday characters each syllable reads as', () => {
    assert.equal(pinyinOf('最'), 'zui');
    assert.ok(charsReadAs('zui').includes('最'));
    assert.equal(charsReadAs('iphone'), '');
  });

  describe("the patterns' view", () => {
    const view = (text: string) => spellingView({ text, start: 10 });

    it('takes out marks and spelled-out spacing, and maps back to what is written', () => {
      const v = view('请转*发到 3 个群');
      assert.equal(v.text, '请转发到3个群');
      assert.deepEqual(v.toDocument(1, 7), [11, 20]);
      assert.equal(v.isEvasive(1, 7), true);
      // 到 3 个: spacing around a number, not evasion.
      assert.equal(v.isEvasive(3, 7), false);
      assert.equal(view('转 发 抽 奖').text, '转发抽奖');
      assert.equal(view('轉發抽獎').text, '转发抽奖');
      assert.equal(view('轉發抽獎').isEvasive(0, 4), true);
    });

    it('finds where a document offset stands in the view', () => {
      const v = view('请转*发到 3 个群');
      // 请=10, 转=11, *=12, 发=13, 到=14, 3=16, 个=18, 群=19 in the document; 请转发到3个群 in the view.
      assert.deepEqual([10, 11, 12, 13, 14, 16, 19, 20].map((o) => v.fromDocument(o)), [0, 1, 2, 2, 3, 4, 6, 7]);
      assert.equal(view('今天好开心').fromDocument(13), 3);
    });

    it('reads a passing span as the cached view does, without caching it', () => {
      const span = { text: '請轉*发到 3 个群', start: 5 };
      const passing = passingView(span);
      assert.equal(passing.text, spellingView(span).text);
      assert.equal(passing.text, '请转发到3个群');
      assert.deepEqual(passing.toDocument(1, 3), [6, 9]);
      assert.equal(passing.fromDocument(8), 2);
      assert.notEqual(passingView(span), passing);
    });

    it('keeps the space between two clauses, English spacing and line breaks', () => {
      for (const text of ['今天好开心 明天见', 'buy one get one', '第一行\n第二行', '好吃😋下次再来']) assert.equal(view(text).text, text);
      assert.equal(gapRunReading('今天好开心 明天见', 5, 6), 'keep');
      assert.equal(gapRunReading('到 3个', 1, 2), 'spacing');
      assert.equal(gapRunReading('转*发', 1, 2), 'evasive');
    });

    it('rules with patterns report the evasive spelling and say so', () => {
      const r = lint('转 发 到 3 个 群即可领取红包', { fileName: 'a.moments' });
      const f = r.findings.find((x) => x.rule === 'induced-sharing')!;
      assert.equal(r.draft.text.slice(f.start, f.end), '转 发 到 3 个 群即可领取');
      assert.match(f.message, /平台和监管照样认得出/);
      const plainSpacing = lint('转发到 3 个群即可领取红包', { fileName: 'a.moments' }).findings.find((x) => x.rule === 'induced-sharing')!;
      assert.doesNotMatch(plainSpacing.message, /认得出/);
    });
  });
});
