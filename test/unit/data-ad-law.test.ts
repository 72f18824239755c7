import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import type { Rule } from '../../src/core/rule';
import { adLaw } from '../../src/core/rules/ad-law';
import { medicalClaim } from '../../src/core/rules/medical-claim';
import type { Finding } from '../../src/core/types';
import { ADS_FILE, readAdTexts, readWeiboPosts, sharedDataMissing, WEIBO_FILE } from '../../bench/shared-data';

/**
 * Calibration against the real texts in ../shared/data (AdvertiseGen ad copy, ordinary Weibo
 * posts). They are not part of the project; without them these tests skip and say why.
 */
describe('ad-law and medical-claim on real text (../shared/data)', function () {
  this.timeout(60_000);
  const missing = sharedDataMissing(ADS_FILE, WEIBO_FILE);
  const corpora = missing ? null : { ads: readAdTexts(), weibo: readWeiboPosts() };

  before(function () {
    if (missing) {
      console.log(`    skipped: ${missing}`);
      this.skip();
    }
  });

  function run(rule: Rule, texts: readonly string[]): Array<{ text: string; findings: Finding[] }> {
    // One array for every call: the engine caches its compiled matcher per rule array.
    const rules = [rule];
    return texts.map((text) => ({ text, findings: lint(text, { rules }).findings })).filter((r) => r.findings.length > 0);
  }

  it('finds absolute claims in the ad copy', () => {
    const flagged = run(adLaw, corpora!.ads);
    // 33 of 1,070 when this was written: 极佳、独一无二、首选、最佳选择、极致 …
    assert.ok(flagged.length >= 25, `only ${flagged.length} ads flagged`);
  });

  it('stays quiet on nearly every ordinary Weibo post', () => {
    const flagged = run(adLaw, corpora!.weibo);
    // 40 of 2,400 when this was written.
    assert.ok(flagged.length <= 0.03 * corpora!.weibo.length, `${flagged.length} of ${corpora!.weibo.length} posts flagged`);
    assert.ok(run(medicalClaim, corpora!.weibo).length <= 0.01 * corpora!.weibo.length);
  });

  it('never flags 最近/最后/最初/最终, an ordinal 第一, or a fibre label', () => {
    for (const { text, findings } of [...run(adLaw, corpora!.ads), ...run(adLaw, corpora!.weibo)]) {
      for (const f of findings) {
        const word = text.slice(f.start, f.end);
        const next = text.slice(f.end, f.end + 2);
        assert.ok(!/^最[近后初终]/.test(word), `${word} in #${text.slice(0, 20)}`);
        assert.ok(!(word === '第一' && /^[次天步眼口个]/.test(next)), `第一${next}`);
        assert.ok(!(word === '100%' && /^(?:纯?棉|羊毛|真丝|涤纶)/.test(next)), `100%${next}`);
      }
    }
  });
});
