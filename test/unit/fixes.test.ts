import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyFixes, planFixes } from '../../src/core/fixes';
import type { Finding, TextEdit } from '../../src/core/types';

/** A finding whose first fix makes these edits (the rule and message do not matter here). */
function findingWith(edits: TextEdit[], index: number): Finding {
  return { rule: 'deny', severity: 'warning', message: `#${index}`, start: 0, end: 0, fixes: [{ title: 'fix', edits }] };
}

/** The choice `planFixes` makes, written the obvious way: every candidate against every edit taken. */
function plainPlan(text: string, findings: readonly Finding[]): { edits: TextEdit[]; fixed: Finding[] } {
  const conflict = (a: TextEdit, b: TextEdit) => (a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end);
  const valid = (e: TextEdit) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length;
  const firstStart = (edits: readonly TextEdit[]) => edits.reduce((m, e) => Math.min(m, e.start), Number.MAX_SAFE_INTEGER);
  const candidates = findings.filter((f) => f.fixes.length > 0 && f.fixes[0]!.edits.length > 0);
  candidates.sort((a, b) => firstStart(a.fixes[0]!.edits) - firstStart(b.fixes[0]!.edits));
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const f of candidates) {
    const edits = f.fixes[0]!.edits;
    if (!edits.every(valid)) continue;
    if (edits.some((e, i) => edits.some((o, j) => i !== j && conflict(e, o)))) continue;
    if (edits.some((e) => taken.some((t) => conflict(t, e)))) continue;
    taken.push(...edits);
    fixed.push(f);
  }
  return { edits: taken.sort((a, b) => a.start - b.start || a.end - b.end), fixed };
}

describe('planFixes: which fixes a fix-all takes', () => {
  const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(2);
  const edit = fc.record({ start: fc.integer({ min: -1, max: text.length + 1 }), length: fc.integer({ min: 0, max: 6 }), text: fc.constantFrom('', 'X', 'YY') });
  // Short edits, insertions among them, sometimes several per fix and sometimes past the text.
  const fixEdits = fc.array(edit.map(({ start, length, text: t }) => ({ start, end: start + length, text: t })), { minLength: 0, maxLength: 3 });

  it('takes the same fixes as checking each against every fix taken before (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fixEdits, { maxLength: 40 }), (all) => {
        const findings = all.map(findingWith);
        const plan = planFixes(text, findings);
        const expected = plainPlan(text, findings);
        assert.deepEqual(plan.fixed.map((f) => f.message), expected.fixed.map((f) => f.message));
        assert.deepEqual(plan.edits, expected.edits);
      }),
      { seed: 20261205, numRuns: 2000 },
    );
  });

  it('keeps one of two insertions at the same point, and an insertion beside a replacement', () => {
    const findings = [
      findingWith([{ start: 2, end: 2, text: '1' }], 0),
      findingWith([{ start: 2, end: 2, text: '2' }], 1),
      findingWith([{ start: 0, end: 2, text: 'AB' }], 2),
      findingWith([{ start: 2, end: 4, text: 'CD' }], 3),
    ];
    assert.deepEqual(planFixes(text, findings).fixed.map((f) => f.message), ['#2', '#0', '#3']);
    assert.equal(applyFixes('abcdef', findings).text, 'AB1CDef');
  });

  // Issue 15: `--fix` on a draft with 238,000 fixes ran for 15 minutes: every fix was checked
  // against every fix taken before it. The timeout is not a speed: 300,000 fixes take about a
  // second, and took minutes that way (100,000 took 16 s).
  it('plans 300,000 fixes', function () {
    this.timeout(60_000);
    const count = 300_000;
    const long = '最好'.repeat(count);
    const findings = Array.from({ length: count }, (_, i) => findingWith([{ start: 2 * i, end: 2 * i + 2, text: '很好' }], i));
    const fixed = applyFixes(long, findings);
    assert.equal(fixed.applied, count);
    assert.equal(fixed.text, '很好'.repeat(count));
  });
});
