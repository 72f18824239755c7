import { strict as assert } from 'node:assert';
import { FOLDING_RANGES, PhraseMatcher, foldUnit } from '../../src/core/lexicon/matcher';
import type { WordList } from '../../src/core/lexicon/types';

/*
 * The matcher's build fills its unit → symbol table from the folding ranges instead of folding
 * all 65,536 units: the ranges must name exactly the units foldUnit changes, and the table must
 * be the one folding every unit gives.
 */
describe('PhraseMatcher tables', () => {
  it('FOLDING_RANGES names exactly the UTF-16 units that foldUnit changes', () => {
    const inRanges = (u: number) => FOLDING_RANGES.some(([first, last]) => u >= first && u <= last);
    const wrong: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (inRanges(u) !== (foldUnit(u) !== u)) wrong.push(u);
    assert.deepEqual(wrong, []);
  });

  it('gives every unit the symbol of its folded form, for words written in any width and case', () => {
    const list: WordList = { id: 't', source: 'test', entries: ['NO.1', 'ｔｏｐ１', '最好', 'a\u3000b', '😀'].map((word) => ({ word })) };
    const matcher = new PhraseMatcher([list], ['Ｗｏｗ']);
    const { symbolOf } = matcher as unknown as { symbolOf: Uint16Array };
    const symbolOfFolded = new Map<number, number>();
    for (const word of ['no.1', 'top1', '最好', 'a b', '😀', 'wow']) {
      for (let i = 0; i < word.length; i++) symbolOfFolded.set(word.charCodeAt(i), symbolOf[word.charCodeAt(i)]!);
    }
    assert.equal(new Set(symbolOfFolded.values()).size, symbolOfFolded.size, 'each folded unit has its own symbol');
    assert.ok(![...symbolOfFolded.values()].includes(0));
    for (let u = 0; u < 0x10000; u++) assert.equal(symbolOf[u], symbolOfFolded.get(foldUnit(u)) ?? 0, `unit ${u.toString(16)}`);
    // Upper case, full width and the ideographic space all find the words.
    const text = 'ＮＯ．1 和 TOP1 都是最好的 A　B 😀 WOW';
    const found = matcher.scan(text, [{ text, start: 0 }]).get(list)!.map((m) => m.text);
    assert.deepEqual(found, ['ＮＯ．1', 'TOP1', '最好', 'A　B', '😀']);
  });
});
