import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lintWithFixes, MAX_FIX_ROUNDS } from '../../src/cli/program';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { PLATFORM_IDS } from '../../src/core/platforms';
import { ALL_RULES } from '../../src/core/rules';
import type { Finding, PlatformId, RuleId, TextEdit } from '../../src/core/types';

/**
 * Issue 2 §6: fixes are plain text edits. For random drafts made of phrases the rules flag and
 * ordinary phrases around them, with the real rule set:
 *  - every fix edits only inside its finding's range (it touches the flagged phrase only; a
 *    deletion may take the punctuation and spaces next to it);
 *  - applying every fix and linting again creates no finding that was not there before: a
 *    finding near an edit must have existed with the same rule and text, or the same rule must
 *    have covered that place before (a fix inside a longer finding changes its text, not its
 *    existence);
 *  - when the first round had no conflicting fixes, a second round changes nothing;
 *  - repeated rounds reach a fixed point well within the CLI's 10.
 * The pools follow DESIGN.md §2; the rules are filled in by their owners, so these properties
 * grow teeth as each rule lands.
 */
const FLAGGED = [
  // ad-law: 最-words, 第一/NO.1, 级/极, 唯一/独家, 全网/史上, 100%/万能, authority, lure words
  '最好', '最佳', '最低价', '最先进', '第一', 'NO.1', '国家级', '顶级', '极品', '极致', '首个', '独家', '唯一', '独一无二',
  '全网最低', '史上最强', '全球首发', '100%', '万能', '永久', '国家领导人推荐', '特供', '免检', '点击领奖', '恭喜获奖', '全民免单',
  // medical-claim
  '治疗', '治愈', '根治', '药到病除', '消炎', '杀菌', '排毒', '增强免疫力',
  // induced-sharing
  '转发集赞', '分享到朋友圈即可领取', '不转不是中国人', '转发后一生平安',
  // false-urgency
  '仅此一次', '最后一波', '倒计时', '随时涨价', '手慢无', '错过再等一年',
  // hard-sell
  '赶紧下单', '立即购买', '速抢', '快来买',
  // officialese
  '尊敬的客户', '本公司', '广大消费者', '特此通知', '敬请',
  // shouting
  '！！！', '!!!', '？？？', 'AMAZING', '【限时】【特价】',
  // overloads
  '😀😀😀', '#新品# #上新# #好物#', '@小明 @小红 @小刚',
];
const ORDINARY = [
  '最近', '最后一次', '最初', '第一次', '第一步', '第一天', '唯一的遗憾', '最佳赏味期', '最佳食用时间', '比上一代最轻',
  '今天天气不错', '我们一起去', '你喜欢吗', '这款面霜', '价格', '¥99', '限时', '好', '很', '的', '是', '了',
  '，', '。', '？', '！', ' ', '\n', '\r\n', 'hello', 'good', '😊', '#话题#', '@朋友', 'https://weibo.com/a',
];
const PLATFORMS: readonly PlatformId[] = PLATFORM_IDS;

const draftArb = fc
  .record({
    parts: fc.array(fc.oneof(fc.constantFrom(...FLAGGED), fc.constantFrom(...ORDINARY)), { minLength: 1, maxLength: 24 }),
    platform: fc.constantFrom(...PLATFORMS),
    product: fc.constantFrom(undefined, 'cosmetics', 'food'),
  })
  .map(({ parts, platform, product }) => `---\nplatform: ${platform}\n${product ? `product: ${product}\n` : ''}---\n${parts.join('')}`);

/** Rules whose one finding spans the whole post (its text changes whenever any fix does). */
const WHOLE_DRAFT: ReadonlySet<RuleId> = new Set(['length', 'fold', 'ad-density']);

type Key = string;
const keyOf = (text: string, f: Finding): Key => `${f.rule}\u0000${text.slice(f.start, f.end)}`;

/** Where the text of each chosen edit ended up in the fixed text. */
function insertedRanges(edits: readonly TextEdit[]): Array<[number, number]> {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let shift = 0;
  return sorted.map((e) => {
    const range: [number, number] = [e.start + shift, e.start + shift + e.text.length];
    shift += e.text.length - (e.end - e.start);
    return range;
  });
}

/** A position in the fixed text → the original text (a position inside an edit maps to its ends). */
function mapBack(edits: readonly TextEdit[], pos: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const newStart = e.start + shift;
    const newEnd = newStart + e.text.length;
    if (pos < newStart) break;
    if (pos <= newEnd && (pos < newEnd || side === 'start')) return side === 'start' ? e.start : e.end;
    shift += e.text.length - (e.end - e.start);
  }
  return pos - shift;
}

/** The edits `applyFixes` takes: the first fix of each finding, in order, skipping overlaps. */
function chosenEdits(text: string, findings: readonly Finding[]): { edits: TextEdit[]; conflicts: number } {
  const chosen: TextEdit[] = [];
  let conflicts = 0;
  const candidates = findings.filter((f) => f.fixes.length).map((f) => f.fixes[0]!.edits);
  candidates.sort((a, b) => Math.min(...a.map((e) => e.start)) - Math.min(...b.map((e) => e.start)));
  for (const edits of candidates) {
    const clash = edits.some((e) => chosen.some((c) => (c.start === c.end && e.start === e.end ? c.start === e.start : c.start < e.end && e.start < c.end)));
    if (clash || edits.some((e) => e.end > text.length)) conflicts++;
    else chosen.push(...edits);
  }
  return { edits: chosen, conflicts };
}

describe('fix properties (real rules, fast-check)', function () {
  this.timeout(120_000);
  const params = { seed: 20240601, numRuns: 200, endOnFailure: true };

  it('every fix edits only inside its finding (plus adjacent punctuation and spaces)', () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        for (const f of lint(text).findings) {
          for (const fix of f.fixes) {
            for (const e of fix.edits) {
              const touches = e.end >= f.start && e.start <= f.end;
              const outside = (e.start < f.start ? text.slice(e.start, Math.min(e.end, f.start)) : '') + (e.end > f.end ? text.slice(Math.max(e.start, f.end), e.end) : '');
              assert.ok(
                touches && /^[\s\p{P}\p{S}]*$/u.test(outside) && !/[\r\n]/.test(outside),
                `${f.rule} fix "${fix.title}" edits [${e.start},${e.end}) “${text.slice(e.start, e.end)}” beyond its finding [${f.start},${f.end}) “${text.slice(f.start, f.end)}” in ${JSON.stringify(text)}`,
              );
            }
          }
        }
      }),
      params,
    );
  });

  it('applying every fix creates no new finding', () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        const before = lint(text);
        const { edits } = chosenEdits(text, before.findings);
        const fixed = applyFixes(text, before.findings);
        if (fixed.applied === 0) return;
        const after = lint(fixed.text);
        const had = new Set(before.findings.map((f) => keyOf(text, f)));
        const touched = insertedRanges(edits);
        for (const f of after.findings) {
          if (WHOLE_DRAFT.has(f.rule) || had.has(keyOf(fixed.text, f))) continue;
          const nearEdit = touched.some(([s, e]) => f.start <= e && s <= f.end);
          if (!nearEdit) continue;
          const [from, to] = [mapBack(edits, f.start, 'start'), mapBack(edits, f.end, 'end')];
          const coveredBefore = before.findings.some((b) => b.rule === f.rule && b.start < Math.max(to, from + 1) && from < Math.max(b.end, b.start + 1));
          assert.ok(coveredBefore, `a fix created ${f.rule} “${fixed.text.slice(f.start, f.end)}”: ${JSON.stringify(text)} → ${JSON.stringify(fixed.text)}`);
        }
      }),
      params,
    );
  });

  it('a second round of fixes changes nothing (when the first had no overlapping fixes)', () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        const before = lint(text);
        if (chosenEdits(text, before.findings).conflicts > 0) return;
        const fixed = applyFixes(text, before.findings);
        const again = applyFixes(fixed.text, lint(fixed.text).findings);
        assert.equal(again.text, fixed.text, `second round changed ${JSON.stringify(fixed.text)} → ${JSON.stringify(again.text)} (from ${JSON.stringify(text)})`);
      }),
      params,
    );
  });

  it('repeated rounds settle well within the CLI’s limit', () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        const settled = lintWithFixes(text, {}, true);
        const next = applyFixes(settled.text, settled.result.findings);
        assert.equal(next.applied, 0, `still fixing after ${MAX_FIX_ROUNDS} rounds: ${JSON.stringify(text)}`);
      }),
      { ...params, numRuns: 100 },
    );
  });

  it('keeps the text outside the applied edits byte for byte', () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        const { findings } = lint(text);
        const { edits } = chosenEdits(text, findings);
        const fixed = applyFixes(text, findings).text;
        // Walk the kept stretches between edits: each must appear unchanged at its shifted place.
        const sorted = [...edits].sort((a, b) => a.start - b.start);
        let from = 0;
        let shift = 0;
        for (const e of sorted) {
          assert.equal(fixed.slice(from + shift, e.start + shift), text.slice(from, e.start));
          shift += e.text.length - (e.end - e.start);
          from = e.end;
        }
        assert.equal(fixed.slice(from + shift), text.slice(from));
      }),
      params,
    );
  });

  it('the flagged pool really gives findings with fixes (guards the test itself)', () => {
    assert.ok(ALL_RULES.length >= 13);
    const { findings } = lint(`---\nplatform: weibo\n---\n${FLAGGED.join('，')}`);
    const fixable = new Set(findings.filter((f) => f.fixes.length > 0).map((f) => f.rule));
    assert.ok(fixable.size >= 2, `rules with fixes on the pool: ${[...fixable].join(', ') || 'none'}`);
  });
});
