import { strict as assert } from 'node:assert';
import { calibrate, sharedDataMissing, TARGETS, type Calibration } from '../../bench/calibrate';

/**
 * ad-density on real text (../shared/data, not part of the repository): skipped with the
 * reason when the data is absent, as on a fresh clone. Figures: `npm run calibrate`.
 *
 * The word lists and the decision rule were chosen by reading the even SMS rows only; the odd
 * rows are held out, and their figures are the honest ones. Issue 2's aim (precision ≥ 0.90,
 * recall ≥ 0.80) is met on both halves — on the held-out half by a single message (0.9006 /
 * 0.8011) — so the aim itself is the floor there: a change that makes it worse fails here. How
 * the figures were reached: docs/rules/ad-density.md, "Calibration".
 */
describe('ad-density calibration (../shared/data)', function () {
  this.timeout(60_000);
  let c: Calibration;

  before(function () {
    const missing = sharedDataMissing();
    if (missing) {
      console.log(`    skipped: ${missing}`);
      this.skip();
    }
    c = calibrate();
  });

  it(`fires on at most ${TARGETS.weiboFiringRate * 100}% of ordinary Weibo posts (aim met: 23 of 2,400)`, () => {
    assert.ok(c.weibo.firingRate <= TARGETS.weiboFiringRate, `Weibo firing rate ${c.weibo.firingRate}`);
    assert.ok(c.weibo.firingRate <= 0.011, `Weibo firing rate ${c.weibo.firingRate} (measured 0.0096)`);
  });

  it(`reaches precision ≥ ${TARGETS.precision} and recall ≥ ${TARGETS.recall} on the held-out half (measured 0.901 / 0.801)`, () => {
    assert.ok(c.smsHeldOut!.precision >= TARGETS.precision, `held-out precision ${c.smsHeldOut!.precision}`);
    assert.ok(c.smsHeldOut!.recall >= TARGETS.recall, `held-out recall ${c.smsHeldOut!.recall}`);
  });

  it(`reaches precision ≥ ${TARGETS.precision} and recall ≥ ${TARGETS.recall} on the tuned half (measured 0.938 / 0.873)`, () => {
    assert.ok(c.smsTuned.precision >= TARGETS.precision, `tuned precision ${c.smsTuned.precision}`);
    assert.ok(c.smsTuned.recall >= TARGETS.recall, `tuned recall ${c.smsTuned.recall}`);
    assert.ok(c.smsTuned.precision >= 0.93 && c.smsTuned.recall >= 0.87, `tuned ${c.smsTuned.precision} / ${c.smsTuned.recall}`);
  });

  // Measured gaps: precision 0.037, recall 0.072 (0.038 / 0.068 before bank accounts, 减-discounts
  // and a business naming itself; 0.032 / 0.047 before the customer, festival and 活动 changes).
  // The gap is the cost of choosing words by reading the tuned half; a wider one than this means
  // the lists were fitted to that half.
  it('holds on the half it was not tuned on (precision within 0.05, recall within 0.075 of the tuned half)', () => {
    assert.ok(Math.abs(c.smsTuned.precision - c.smsHeldOut!.precision) <= 0.05, JSON.stringify([c.smsTuned, c.smsHeldOut]));
    assert.ok(Math.abs(c.smsTuned.recall - c.smsHeldOut!.recall) <= 0.075, JSON.stringify([c.smsTuned, c.smsHeldOut]));
  });
});
