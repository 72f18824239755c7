import { strict as assert } from 'node:assert';
import { findQuotedRanges, insideAny, standaloneClauseDeletion } from '../../src/core/text';
import { applyEdits } from '../../src/core/fixes';

/** Deletes `phrase` (its first occurrence) when it stands alone; null otherwise. */
function deleteClause(text: string, phrase: string): string | null {
  const start = text.indexOf(phrase);
  const edit = standaloneClauseDeletion(text, start, start + phrase.length);
  return edit ? applyEdits(text, [edit]) : null;
}

describe('text: standaloneClauseDeletion', () => {
  const p = '不转不是中国人';
  it('drops a sentence with its end marks', () => {
    assert.equal(deleteClause(`好消息！${p}！！今天开始。`, p), '好消息！今天开始。');
    assert.equal(deleteClause(`${p}，今天开始`, p), '今天开始');
  });
  it('drops a trailing clause with the separator before it, keeping the sentence end', () => {
    assert.equal(deleteClause(`快来看，${p}。`, p), '快来看。');
    assert.equal(deleteClause(`甲，${p}，乙`, p), '甲，乙');
  });
  it('treats a separator with nothing before it as a sentence start', () => {
    assert.equal(deleteClause(`好！！，${p}！`, p), '好！！，');
    assert.equal(deleteClause(`\n，${p}！乙`, p), '\n，乙');
  });
  it('empties a line that holds only the phrase but keeps its line breaks', () => {
    assert.equal(deleteClause(`甲\n${p}！ \n乙`, p), '甲\n\n乙');
    assert.equal(deleteClause(`甲\r\n${p}`, p), '甲\r\n');
  });
  it('offers nothing when the phrase is part of a longer clause', () => {
    assert.equal(deleteClause('转发集赞即可领取小样', '转发集赞'), null);
    assert.equal(deleteClause(`他说${p}吗`, p), null);
  });
  it('stays inside the given bounds', () => {
    const text = '---\nx: 1\n---\n' + p;
    const start = text.indexOf(p);
    assert.deepEqual(standaloneClauseDeletion(text, start, text.length, start, text.length), { start, end: text.length, text: '' });
  });
});

describe('text: findQuotedRanges', () => {
  it('finds text inside paired quotes on one line', () => {
    const text = '公告写着“本公司保留解释权”，「敬请谅解」';
    const ranges = findQuotedRanges(text);
    assert.deepEqual(ranges.map(([a, b]) => text.slice(a, b)), ['本公司保留解释权', '敬请谅解']);
    assert.equal(insideAny(text.indexOf('本公司'), text.indexOf('本公司') + 3, ranges), true);
    assert.equal(insideAny(0, 2, ranges), false);
  });
  it('does not pair quotes across lines', () => {
    assert.deepEqual(findQuotedRanges('“开头\n结尾”'), []);
  });
});
