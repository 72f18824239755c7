import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import type { Finding, PlatformId, TextEdit } from '../../src/core/types';
import { PLATFORM_IDS } from '../../src/core/types';

/**
 * Robustness properties of lint() with every rule (issue 6 §1), shared by the bounded unit test
 * (test/unit/robustness.test.ts, fixed seed) and the long run (`npm run fuzz`, random seed).
 */

/** Pieces a pasted draft may hold: broken and composed Unicode, controls, line ends, markup, flagged phrases. */
const PIECES = [
  // lone surrogates, and a pair for contrast
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '😀',
  // ZWJ sequences, skin tones, flags, keycaps, variation selectors
  '👨‍👩‍👧‍👦', '👩🏽‍💻', '🏳️‍🌈', '\u200d', '👍🏻', '👍🏿', '🏽', '🇨🇳', '🇺🇸', '🇯', '1️⃣', '\ufe0f', '\ufe0e',
  // combining marks
  'e\u0301', '\u0301', '\u0336', '\u20dd', '字\u0307',
  // bidi and invisible marks
  '\u200f', '\u202e', '\u202d', '\u2066', '\u200b', '\ufeff', '\u00ad',
  // NUL, C0 and C1 controls
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0080', '\u0085', '\u009b', '\u009f', '\t', '\v', '\f',
  // line ends
  '\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n',
  // full-width punctuation and blanks
  '！', '？', '，', '。', '：', '；', '（', '）', '【', '】', '「', '」', '《', '》', '～', '　', '＃', '＠', '％', '￥',
  // front matter fragments
  '---', '---\n', '\n---\n', 'platform:', 'platform: weibo\n', 'platform: x\n', 'platform: xiaohongshu\n', 'platform: nope\n',
  'title:', 'title: 标题\n', 'product: cosmetics\n', ':', '"', "'",
  // control comments
  '<!-- postlint-disable ad-law -->', '<!-- postlint-enable ad-law -->', '<!-- postlint-disable -->', '<!--', '-->',
  '# postlint-disable-next-line', '# postlint-disable-next-line ad-law\n', '<!-- postlint-disable-next-line hard-sell -->',
  // flagged phrases
  '最好', '第一', '国家级', '转发集赞', '赶紧下单', '尊敬的客户', '！！！', '¥99', '扫码', '最', '好', '国家', '级',
  // ordinary text, names, topics, links
  '今天天气不错', '这款面霜', 'a', 'Z', '9', ' ', 'hello', 'AMAZING', '#话题#', '#', '@小明', '@', 'https://t.cn/A6abc',
  'https://weibo.com/u/1', 'http://', '[表情]', '[笑cry]',
];

const piece = fc.constantFrom(...PIECES);
/** Any UTF-16 code unit at all. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A draft: mostly the pieces above, with arbitrary code units mixed in. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 60 }).map((p) => p.join('')) },
  { weight: 2, arbitrary: fc.array(fc.oneof({ weight: 3, arbitrary: piece }, { weight: 1, arbitrary: anyUnit }), { maxLength: 80 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.array(piece, { maxLength: 40 }).map((p) => `---\n${p.join('')}\n---\n${p.reverse().join('')}`) },
);

/** No platform forced, or one of them. */
export const platformArb: fc.Arbitrary<PlatformId | undefined> = fc.constantFrom(undefined, ...PLATFORM_IDS);

/** A boundary at i splits a pair when text[i-1] is a high surrogate and text[i] a low one. */
export function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const prev = text.charCodeAt(i - 1);
  const here = text.charCodeAt(i);
  return prev >= 0xd800 && prev <= 0xdbff && here >= 0xdc00 && here <= 0xdfff;
}

function checkRange(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: [${start},${end}) not integers`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: [${start},${end}) outside 0..${text.length}`);
  assert.ok(!splitsPair(text, start), `${what}: start ${start} splits a surrogate pair`);
  assert.ok(!splitsPair(text, end), `${what}: end ${end} splits a surrogate pair`);
}

const describeFinding = (text: string, f: Finding) => `${f.rule} [${f.start},${f.end}) ${JSON.stringify(text.slice(f.start, f.end))}`;

/** The edits applyFixes takes (first fix of each finding, by first start, skipping invalid and overlapping ones). */
function takenEdits(text: string, findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const candidates = findings
    .filter((f) => f.fixes.length > 0)
    .map((f) => f.fixes[0]!.edits)
    .sort((a, b) => Math.min(...a.map((e) => e.start)) - Math.min(...b.map((e) => e.start)));
  const overlaps = (a: TextEdit, b: TextEdit) => (a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end);
  for (const edits of candidates) {
    if (!edits.every((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length)) continue;
    if (edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...edits);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** One robustness property: a name and the predicate fast-check runs (it throws on failure). */
export interface RobustnessProperty {
  name: string;
  property: fc.IProperty<[string, PlatformId | undefined]>;
}

const prop = (name: string, check: (text: string, platform: PlatformId | undefined) => void): RobustnessProperty => ({
  name,
  property: fc.property(hostileText, platformArb, check),
});

export const PROPERTIES: readonly RobustnessProperty[] = [
  prop('lint never throws and reports no internal error', (text, platform) => {
    const r = lint(text, { platform });
    assert.deepEqual(r.internalErrors, [], `internal errors for ${JSON.stringify(text)}`);
  }),
  prop('every finding lies inside the text on boundaries that split no surrogate pair', (text, platform) => {
    for (const f of lint(text, { platform }).findings) checkRange(text, f.start, f.end, describeFinding(text, f));
  }),
  prop('every fix edit lies inside the text on boundaries that split no surrogate pair', (text, platform) => {
    for (const f of lint(text, { platform }).findings) {
      for (const fix of f.fixes) for (const e of fix.edits) checkRange(text, e.start, e.end, `fix "${fix.title}" of ${describeFinding(text, f)}`);
    }
  }),
  prop('applying all fixes keeps every character outside the edited ranges', (text, platform) => {
    const { findings } = lint(text, { platform });
    const fixed = applyFixes(text, findings).text;
    // Reconstruct: every gap between taken edits must appear unchanged, in order, around the new texts.
    let pos = 0;
    let out = 0;
    for (const e of takenEdits(text, findings)) {
      const kept = text.slice(pos, e.start);
      assert.equal(fixed.slice(out, out + kept.length), kept, `text before [${e.start},${e.end}) changed`);
      out += kept.length;
      assert.equal(fixed.slice(out, out + e.text.length), e.text, `edit [${e.start},${e.end}) not applied as ${JSON.stringify(e.text)}`);
      out += e.text.length;
      pos = e.end;
    }
    assert.equal(fixed.slice(out), text.slice(pos), 'text after the last edit changed');
  }),
  prop('lint is deterministic', (text, platform) => {
    const a = lint(text, { platform });
    const b = lint(text, { platform });
    assert.deepEqual(b.findings, a.findings);
    assert.deepEqual(b.count, a.count);
  }),
];
