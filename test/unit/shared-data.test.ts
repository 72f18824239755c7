import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLabelled, sharedDataMissing } from '../../bench/shared-data';

/** The readers of ../shared/data, on small files of our own (the real ones are not in the repository). */
describe('shared data readers (bench/shared-data.ts)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'postlint-shared-data-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names the first missing file, and says nothing when all are there', () => {
    const here = join(dir, 'here.csv');
    writeFileSync(here, 'label,review\n');
    const absent = join(dir, 'absent.csv');
    assert.equal(sharedDataMissing(here, absent), `${absent} not found (../shared/data is not in this checkout)`);
    assert.equal(sharedDataMissing(here), null);
  });

  it('reads label,text rows after the header, as the Weibo and SMS sets write them', () => {
    const file = join(dir, 'labelled.csv');
    // A BOM on the file and on the first text (as the Weibo set has), a quoted text with a comma,
    // a doubled quote and a newline, CRLF line ends, and a short row that is not a post.
    writeFileSync(file, '\uFEFFlabel,review\r\n1,\uFEFF更博了[爱你]\r\n0,"买一送一,""限时""\n回T退订"\r\nx\r\n 1 ,最后一行');
    assert.deepEqual(readLabelled(file), [
      { label: 1, text: '更博了[爱你]' },
      { label: 0, text: '买一送一,"限时"\n回T退订' },
      { label: 1, text: '最后一行' },
    ]);
  });
});
