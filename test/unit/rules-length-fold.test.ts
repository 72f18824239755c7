import { strict as assert } from 'node:assert';
import { parseConfig } from '../../src/core/config';
import { lint } from '../../src/core/engine';
import type { LintOptions } from '../../src/core/engine';
import { fold } from '../../src/core/rules/fold';
import { length } from '../../src/core/rules/length';
import type { Finding } from '../../src/core/types';

const han = (n: number) => '一'.repeat(n);

function run(text: string, options: LintOptions & { config?: LintOptions['config'] } = {}) {
  const result = lint(text, { rules: [length, fold], ...options });
  assert.deepEqual(result.internalErrors, []);
  return result;
}

function only(findings: Finding[], rule: Finding['rule']): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

function config(json: object) {
  const { config, problems } = parseConfig(JSON.stringify(json), '.postlintrc.json');
  assert.deepEqual(problems, []);
  return config;
}

/** [start, end, the text in that range] of each finding. */
function ranges(text: string, findings: Finding[]): Array<[number, number, string]> {
  return findings.map((f) => [f.start, f.end, text.slice(f.start, f.end)]);
}

describe('rule: length', () => {
  it('Weibo: flags exactly the text past 2000 and says how much to cut', () => {
    const text = '---\nplatform: weibo\n---\n' + han(2000) + '多出来的三十五个字' + han(26);
    const r = run(text);
    const found = only(r.findings, 'length');
    const bodyStart = r.draft.body.start;
    assert.deepEqual(ranges(text, found), [[bodyStart + 2000, text.length, '多出来的三十五个字' + han(26)]]);
    const [f] = found;
    assert.equal(f!.severity, 'error');
    assert.equal(f!.message, '超出微博 2000 字上限 35 字，需删减 35 字');
    assert.deepEqual(f!.fixes, []);
    assert.match(f!.source!, /count\.js/);
    assert.match(f!.source!, /2000 characters per post/);
    assert.ok(f!.reason);
  });

  it('Weibo: 2000 characters, or 4000 letters, are not over', () => {
    assert.deepEqual(only(run(han(2000)).findings, 'length'), []);
    assert.deepEqual(only(run('a'.repeat(4000)).findings, 'length'), []);
    // …but 4001 letters are half a character over: cut one.
    const over = only(run('a'.repeat(4001)).findings, 'length');
    assert.deepEqual(over.map((f) => [f.start, f.end, f.message]), [[4000, 4001, '超出微博 2000 字上限 1 字，需删减 1 字']]);
  });

  it('speaks English when asked', () => {
    const [f] = only(run(han(2035), { locale: 'en' }).findings, 'length');
    assert.equal(f!.message, '35 characters over Weibo’s 2,000-character limit; cut 35 characters');
  });

  it('Xiaohongshu: title and body separately, the title range inside the front matter value', () => {
    const title = han(20) + '超出三';
    const text = `---\nplatform: xiaohongshu\ntitle: ${title}\n---\n` + han(1003);
    const r = run(text);
    const found = only(r.findings, 'length');
    const titleStart = text.indexOf(title);
    assert.deepEqual(ranges(text, found), [
      [titleStart + 20, titleStart + 23, '超出三'],
      [r.draft.body.start + 1000, text.length, han(3)],
    ]);
    assert.deepEqual(
      found.map((f) => f.message),
      ['超出小红书标题 20 字上限 3 字，需删减 3 字', '超出小红书正文 1000 字上限 3 字，需删减 3 字'],
    );
    assert.match(found[0]!.source!, /标题不超过 20 个字/);
    assert.match(found[1]!.source!, /正文不能超过 1000 个字/);
  });

  it('Xiaohongshu: a title of 20 (ASCII counting half) passes; tags are left to topic-overload', () => {
    const tags = Array.from({ length: 12 }, (_, i) => `#标签${i}`).join(' ');
    const text = `---\nplatform: xiaohongshu\ntitle: ${han(18)}abcd\n---\n正文 ${tags}`;
    assert.deepEqual(only(run(text).findings, 'length'), []);
  });

  it('X: weighted length, with how CJK weighs', () => {
    const text = '---\nplatform: x\n---\n' + '你'.repeat(150);
    const r = run(text);
    const found = only(r.findings, 'length');
    assert.deepEqual(ranges(text, found), [[r.draft.body.start + 140, text.length, '你'.repeat(10)]]);
    assert.equal(found[0]!.message, '超出 X 的 280 字符上限 20 字符，需删减 20 字符（中文、emoji 每个计 2，链接计 23）');
    const [en] = only(run(text, { locale: 'en' }).findings, 'length');
    assert.equal(en!.message, '20 weighted characters over X’s 280 weighted-character limit; cut 20 weighted characters (CJK characters and emoji count 2, links 23)');
  });

  it('Moments: no limit by default; a configured one is in lines', () => {
    const text = '---\nplatform: moments\n---\n' + Array.from({ length: 30 }, (_, i) => `第${i + 1}行`).join('\n');
    assert.deepEqual(only(run(text).findings, 'length'), []);
    const r = run(text, { config: config({ rules: { length: { options: { limit: 28 } } } }) });
    const found = only(r.findings, 'length');
    assert.deepEqual(ranges(text, found), [[text.indexOf('第29行'), text.length, '第29行\n第30行']]);
    assert.equal(found[0]!.message, '超出朋友圈 28 行上限 2 行，需删减 2 行');
    assert.match(found[0]!.reason!, /rules\.length\.options\.limit/);
    assert.equal(found[0]!.source, '.postlintrc.json rules.length.options.limit');
  });

  it('a configured Weibo limit is honoured and named as the team’s', () => {
    const r = run(han(12), { config: config({ rules: { length: { options: { limit: 10 } } } }) });
    const found = only(r.findings, 'length');
    assert.deepEqual(found.map((f) => [f.start, f.end, f.message]), [[10, 12, '超出微博 10 字上限 2 字，需删减 2 字']]);
    assert.match(found[0]!.reason!, /\.postlintrc\.json/);
  });

  it('images: over the platform cap flags the front matter value', () => {
    const text = '---\nplatform: weibo\nimages: 20\n---\n正文';
    const found = only(run(text).findings, 'length');
    assert.deepEqual(ranges(text, found), [[text.indexOf('20'), text.indexOf('20') + 2, '20']]);
    assert.equal(found[0]!.message, '微博最多 18 张图片，这里有 20 张，需删减 2 张');
    assert.match(found[0]!.source!, /weiboPicDownloader#51/);
    const moments = only(run('---\nplatform: moments\nimages: 10\n---\n正文', { locale: 'en' }).findings, 'length');
    assert.deepEqual(moments.map((f) => f.message), ['WeChat Moments allows at most 9 images; this post has 10: remove 1']);
  });

  it('images: at the cap, or on a platform without a verified cap, nothing fires; the cap can be configured', () => {
    assert.deepEqual(only(run('---\nplatform: weibo\nimages: 18\n---\n正文').findings, 'length'), []);
    assert.deepEqual(only(run('---\nplatform: xiaohongshu\nimages: 40\n---\n正文').findings, 'length'), []);
    const text = '---\nplatform: xiaohongshu\nimages: 19\n---\n正文';
    const found = only(run(text, { config: config({ rules: { length: { options: { maxImages: 18 } } } }) }).findings, 'length');
    assert.deepEqual(found.map((f) => f.message), ['小红书最多 18 张图片，这里有 19 张，需删减 1 张']);
  });

  it('severity and inline control apply', () => {
    const warning = only(run(han(2001), { config: config({ rules: { length: 'warning' } }) }).findings, 'length');
    assert.deepEqual(warning.map((f) => f.severity), ['warning']);
    assert.deepEqual(only(run('<!-- postlint-disable length -->\n' + han(2001)).findings, 'length'), []);
  });
});

describe('rule: fold', () => {
  it('Weibo: marks the first hidden character and quotes what the reader sees', () => {
    const text = '---\nplatform: weibo\n---\n' + han(130) + '最后十个字就在这里' + '哦' + '被折叠';
    const r = run(text);
    const found = only(r.findings, 'fold');
    const bodyStart = r.draft.body.start;
    assert.deepEqual(ranges(text, found), [[bodyStart + 140, text.length, '被折叠']]);
    assert.equal(found[0]!.severity, 'info');
    assert.equal(found[0]!.message, '微博时间线在第 140 字处折叠，读者只看到「…最后十个字就在这里哦」...全文');
    assert.match(found[0]!.source!, /fortune\.com/);
    assert.deepEqual(found[0]!.fixes, []);
  });

  it('Weibo: 140 characters do not fold; 141 do', () => {
    assert.deepEqual(only(run(han(140)).findings, 'fold'), []);
    assert.deepEqual(ranges(han(141), only(run(han(141)).findings, 'fold')), [[140, 141, '一']]);
  });

  it('the marker runs to the end of the line, at most 20 characters, skipping the break it starts on', () => {
    const paragraph = han(140) + '\n第二段从这里开始\n第三段';
    assert.deepEqual(ranges(paragraph, only(run(paragraph).findings, 'fold')), [[141, 149, '第二段从这里开始']]);
    const long = han(200);
    assert.deepEqual(ranges(long, only(run(long).findings, 'fold')), [[140, 160, han(20)]]);
  });

  it('collapses line breaks in the quote', () => {
    const text = han(134) + '早上好\n\n晚安' + '看不见';
    const [f] = only(run(text).findings, 'fold');
    assert.equal(f!.message, '微博时间线在第 140 字处折叠，读者只看到「…一一一一早上好 晚安」...全文');
  });

  it('Moments: folds after 6 lines at the start of line 7', () => {
    const text = '---\nplatform: moments\n---\n1\n2\n3\n4\n5\n6\n第七行在这里';
    const found = only(run(text).findings, 'fold');
    assert.deepEqual(ranges(text, found), [[text.indexOf('第七行'), text.length, '第七行在这里']]);
    assert.equal(found[0]!.message, '朋友圈在第 6 行后折叠，读者只看到「…2 3 4 5 6」全文');
    const [en] = only(run(text, { locale: 'en' }).findings, 'fold');
    assert.equal(en!.message, 'WeChat Moments folds this post after 6 lines: readers see “…2 3 4 5 6” and then “全文”');
    assert.deepEqual(only(run('---\nplatform: moments\n---\n1\n2\n3\n4\n5\n6').findings, 'fold'), []);
  });

  it('Xiaohongshu and X never fold by default', () => {
    assert.deepEqual(only(run('---\nplatform: xiaohongshu\n---\n' + han(900)).findings, 'fold'), []);
    assert.deepEqual(only(run('---\nplatform: x\n---\n' + 'a'.repeat(270)).findings, 'fold'), []);
  });

  it('honours a configured fold point and cites the config', () => {
    const cfg = config({ rules: { fold: { options: { foldAt: 10 } } } });
    const text = '---\nplatform: xiaohongshu\n---\n' + han(10) + '看不见的部分';
    const found = only(run(text, { config: cfg }).findings, 'fold');
    assert.deepEqual(ranges(text, found), [[text.indexOf('看不见'), text.length, '看不见的部分']]);
    assert.equal(found[0]!.message, '小红书时间线在第 10 字处折叠，读者只看到「一一一一一一一一一一」...全文');
    assert.equal(found[0]!.source, '.postlintrc.json rules.fold.options.foldAt');
  });

  it('is silent when turned off', () => {
    assert.deepEqual(run(han(200), { config: config({ rules: { fold: 'off' } }) }).findings, []);
  });
});
