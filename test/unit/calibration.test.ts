import { strict as assert } from 'node:assert';
import { calibrate, sharedDataMissing, TARGETS, type Calibration } from '../../bench/calibrate';

/**
 * ad-density on real text (../shared/data, not part of the repository): skipped with the
 * reason when the data is absent, as on a fresh clone. Figures: `npm run calibrate`.
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

  it(`fires on at most ${TARGETS.weiboFiringRate * 100}% of ordinary Weibo posts (target)`, () => {
    assert.ok(c.weibo.firingRate <= TARGETS.weiboFiringRate, `Weibo firing rate ${c.weibo.firingRate}`);
  });

  // The targets (precision ≥ 0.90, recall ≥ 0.80) are not reached yet; these floors are what
  // the shipped lists and weights measure, so a change that makes them worse fails here.
  it('keeps SMS precision ≥ 0.87 and recall ≥ 0.76 on the tuned and the held-out half (measured floor)', () => {
    for (const [name, half] of [['tuned', c.smsTuned], ['held out', c.smsHeldOut]] as const) {
      assert.ok(half.precision >= 0.87, `${name} precision ${half.precision}`);
      assert.ok(half.recall >= 0.76, `${name} recall ${half.recall}`);
    }
  });

  it('holds on the half it was not tuned on (within 0.04 of the tuned half)', () => {
    assert.ok(Math.abs(c.smsTuned.precision - c.smsHeldOut.precision) <= 0.04, JSON.stringify([c.smsTuned, c.smsHeldOut]));
    assert.ok(Math.abs(c.smsTuned.recall - c.smsHeldOut.recall) <= 0.04, JSON.stringify([c.smsTuned, c.smsHeldOut]));
  });

  it.skip(`reaches SMS precision ≥ ${TARGETS.precision} and recall ≥ ${TARGETS.recall} (target not reached: see docs/rules/ad-density.md)`);
});
