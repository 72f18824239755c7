import { strict as assert } from 'node:assert';
import { readWeiboPosts, sharedDataMissing, WEIBO_FILE } from '../../bench/shared-data';
import { countMoments } from '../../src/core/counting/moments';
import { countWeibo } from '../../src/core/counting/weibo';
import { countX } from '../../src/core/counting/x';
import { countXiaohongshu } from '../../src/core/counting/xiaohongshu';

/**
 * Real posts from ../shared/data (see its README; not part of the repository). The Weibo set
 * comes from weibo_senti_100k, written when Weibo's hard limit was 140: if the counter is
 * Sina's, none of them can count over 140 — and many sit right at it.
 */
describe('counting on real posts (../shared/data)', function () {
  let posts: string[] = [];

  before(function () {
    const missing = sharedDataMissing(WEIBO_FILE);
    if (missing) {
      console.log(`    skipped: ${missing}`);
      this.skip();
    }
    posts = readWeiboPosts();
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
