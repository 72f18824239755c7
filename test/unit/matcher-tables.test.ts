import { strict as assert } from 'node:assert';
import { PhraseMatcher, foldUnit, forEachFoldingUnit } from '../../src/core/lexicon/matcher';
import type { WordList } from '../../src/core/lexicon/types';

/*
 * The matcher's build fills its unit → symbol table from the folding units instead of folding
 * all 65,536 units: they must be exactly the units foldUnit changes, and the table must be the
 * one folding every unit gives.
 */
describe('PhraseMatcher tables', () => {
  it('forEachFoldingUnit names exactly the UTF-16 units that foldUnit changes', () => {
    const named = new Set<number>();
    forEachFoldingUnit((u) => named.add(u));
    const wrong: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (named.has(u) !== (foldUnit(u) !== u)) wrong.push(u);
    assert.deepEqual(wrong, []);
  });

  it('folds to a fixed point: a folded unit folds to itself', () => {
    const wrong: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (foldUnit(foldUnit(u)) !== foldUnit(u)) wrong.push(u);
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
