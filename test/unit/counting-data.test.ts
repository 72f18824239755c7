import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { countMoments } from '../../src/core/counting/moments';
import { countWeibo } from '../../src/core/counting/weibo';
import { countX } from '../../src/core/counting/x';
import { countXiaohongshu } from '../../src/core/counting/xiaohongshu';

/**
 * Real posts from ../shared/data (see its README; not part of the repository). The Weibo set
 * comes from weibo_senti_100k, written when Weibo's hard limit was 140: if the counter is
 * Sina's, none of them can count over 140 — and many sit right at it.
 */
const WEIBO_CSV = path.resolve(__dirname, '../../../shared/data/weibo_posts_2400.csv');

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('counting on real posts (../shared/data)', function () {
  let posts: string[] = [];

  before(function () {
    if (!fs.existsSync(WEIBO_CSV)) {
      console.log(`    skipped: ${WEIBO_CSV} is absent (calibration data lives outside the repository)`);
      this.skip();
    }
    const rows = parseCsv(fs.readFileSync(WEIBO_CSV, 'utf8').replace(/^\uFEFF/, '')).slice(1);
    posts = rows.map((r) => r.slice(1).join(',').replace(/^\uFEFF/, ''));
  });

  it('no post of the 140-character era counts over 140, and some reach it exactly', () => {
    assert.equal(posts.length, 2400);
    const lengths = posts.map((p) => countWeibo(p).length);
    assert.equal(Math.max(...lengths), 140);
    assert.ok(lengths.filter((n) => n === 140).length >= 20, 'posts written to the limit count exactly 140');
    // Counting UTF-16 units instead (ASCII as 1) would put many of them over.
    assert.ok(posts.filter((p) => p.length > 140).length > 100);
  });

  it('every counter handles every post', () => {
    for (const post of posts) {
      for (const r of [countWeibo(post), countMoments(post), countXiaohongshu(post), countX(post)]) {
        assert.ok(r.length >= 0 && (r.foldOffset ?? 0) <= post.length && (r.limitOffset ?? 0) <= post.length);
      }
    }
  });
});
