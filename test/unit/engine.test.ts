import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { parseDraft } from '../../src/core/draft';
import { Suppressions } from '../../src/core/inline';
import { PhraseMatcher } from '../../src/core/lexicon/matcher';
import type { WordList } from '../../src/core/lexicon/types';
import { applyFixes } from '../../src/core/fixes';
import { parseConfig } from '../../src/core/config';

describe('draft', () => {
  it('reads front matter and finds the body after it', () => {
    const text = '---\nplatform: moments\ntitle: "夏日清单"\nimages: 3\n---\n正文';
    const d = parseDraft(text, { fileName: 'a.weibo' });
    assert.equal(d.platform, 'moments');
    assert.equal(d.platformSource, 'front-matter');
    assert.equal(d.title?.text, '夏日清单');
    assert.equal(text.slice(d.title!.start, d.title!.start + 4), '夏日清单');
    assert.equal(d.images, 3);
    assert.equal(d.body.text, '正文');
    assert.equal(text.slice(d.body.start), '正文');
  });
  it('takes the platform from the file ending, then the default', () => {
    assert.equal(parseDraft('hi', { fileName: 'x/y.xhs' }).platform, 'xiaohongshu');
    assert.equal(parseDraft('hi', { fileName: 'y.post', defaultPlatform: 'x' }).platform, 'x');
    assert.equal(parseDraft('hi').platform, 'weibo');
  });
  it('treats an unclosed --- as body text', () => {
    const d = parseDraft('---\n没有结束');
    assert.equal(d.frontMatter, null);
    assert.equal(d.body.text, '---\n没有结束');
  });
  it('handles CRLF front matter', () => {
    const d = parseDraft('---\r\nplatform: x\r\n---\r\nbody');
    assert.equal(d.platform, 'x');
    assert.equal(d.body.text, 'body');
  });
});

describe('PhraseMatcher', () => {
  const list: WordList = {
    id: 'test',
    source: 'test',
    entries: [{ word: '最好' }, { word: '最' }, { word: '最近', exempt: true }, { word: 'NO.1' }, { word: '第一' }, { word: '第一次', exempt: true }],
  };
  it('finds leftmost-longest matches and honours exemptions', () => {
    const m = new PhraseMatcher([list]);
    const text = '最近我们最好的产品，第一次就是NO.1，不是No.10';
    const found = m.scan(text, [{ text, start: 0 }]).get(list)!.map((x) => x.text);
    assert.deepEqual(found, ['最好', 'NO.1']);
  });
  it('folds case and full-width forms', () => {
    const m = new PhraseMatcher([list]);
    const text = '绝对ｎｏ．１';
    const found = m.scan(text, [{ text, start: 0 }]).get(list)!;
    assert.deepEqual(found.map((x) => [x.start, x.end, x.text]), [[2, 6, 'ｎｏ．１']]);
  });
  it('drops matches inside allowed words', () => {
    const m = new PhraseMatcher([list], ['第一坊']);
    const text = '第一坊的第一';
    assert.deepEqual(m.scan(text, [{ text, start: 0 }]).get(list)!.map((x) => x.start), [4]);
  });
});

describe('allow', () => {
  const allowing = (...allow: string[]) => parseConfig(JSON.stringify({ allow }), '/x/.postlintrc.json').config;
  const found = (text: string, allow: string[], platform: 'weibo' | 'moments' = 'weibo') =>
    lint(text, { config: allowing(...allow), platform }).findings.map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);

  it('means the same to every rule: an allowed word is found folding case, width and traditional characters, as the matcher finds it', () => {
    // A word-list match (ad-law's 第一), a grammar's finding (induced-sharing), a pattern hit
    // (false-urgency), a state endorsement (ad-law) and a capital run (shouting).
    assert.deepEqual(found('第壹坊的面包', ['第一坊']), found('第壹坊的面包', []).filter((f) => !f.startsWith('ad-law')));
    assert.deepEqual(found('转发到3个群，截图就能领资料包', [], 'moments'), ['induced-sharing 转发到3个群，截图就能领']);
    assert.deepEqual(found('转发到3个群，截图就能领资料包', ['3個群'], 'moments'), []);
    assert.deepEqual(found('转发到3个群，截图就能领资料包', ['３个群'], 'moments'), []);
    assert.ok(found('全场5折，手慢无！今晚12点截止', []).includes('false-urgency 今晚12点截止'));
    assert.ok(!found('全场5折，手慢无！今晚12点截止', ['12點']).includes('false-urgency 今晚12点截止'));
    assert.ok(found('限时特价99元，国家卫健委推荐，立即购买', []).includes('ad-law 国家卫健委推荐'));
    assert.ok(!found('限时特价99元，国家卫健委推荐，立即购买', ['國家衛健委']).some((f) => f.startsWith('ad-law')));
    assert.deepEqual(found('BIG SALE NOW', []), ['shouting BIG SALE NOW']);
    assert.deepEqual(found('BIG SALE NOW', ['ｂｉｇ ｓａｌｅ ｎｏｗ']), []);
  });
});

describe('inline control', () => {
  it('disables a rule until enabled, and the next line only', () => {
    const text = '甲\n<!-- postlint-disable ad-law -->\n乙\n<!-- postlint-enable -->\n丙\n# postlint-disable-next-line\n丁\n戊';
    const s = new Suppressions(text);
    assert.equal(s.isSuppressed('ad-law', text.indexOf('甲')), false);
    assert.equal(s.isSuppressed('ad-law', text.indexOf('乙')), true);
    assert.equal(s.isSuppressed('hard-sell', text.indexOf('乙')), false);
    assert.equal(s.isSuppressed('ad-law', text.indexOf('丙')), false);
    assert.equal(s.isSuppressed('hard-sell', text.indexOf('丁')), true);
    assert.equal(s.isSuppressed('hard-sell', text.indexOf('戊')), false);
  });
  it('reports unknown rule ids in directives', () => {
    const s = new Suppressions('<!-- postlint-disable ad-lw -->');
    assert.deepEqual(s.directives[0]!.unknown, ['ad-lw']);
  });
});

describe('fixes', () => {
  it('applies non-overlapping fixes and keeps all other text', () => {
    const text = '最好的第一名';
    const out = applyFixes(text, [
      { rule: 'ad-law', severity: 'error', message: '', start: 0, end: 2, fixes: [{ title: '', edits: [{ start: 0, end: 2, text: '很好' }] }] },
      { rule: 'ad-law', severity: 'error', message: '', start: 1, end: 3, fixes: [{ title: '', edits: [{ start: 1, end: 3, text: 'X' }] }] },
      { rule: 'ad-law', severity: 'error', message: '', start: 3, end: 5, fixes: [{ title: '', edits: [{ start: 3, end: 5, text: '领先' }] }] },
    ]);
    assert.deepEqual(out, { text: '很好的领先名', applied: 2 });
  });
});

describe('config', () => {
  it('accepts a valid config', () => {
    const { config, problems } = parseConfig('{"platform":"x","rules":{"ad-law":"warning","fold":{"severity":"off"}},"allow":["第一坊"]}', 'c.json');
    assert.deepEqual(problems, []);
    assert.equal(config.platform, 'x');
    assert.equal(config.rules['ad-law']?.severity, 'warning');
    assert.equal(config.rules.fold?.severity, 'off');
    assert.deepEqual(config.allow, ['第一坊']);
  });
  it('names the file and the key of a bad value, and keeps the rest', () => {
    const { config, problems } = parseConfig('{"platform":"myspace","allow":["ok"],"rules":{"ad-lw":"error","fold":"loud"}}', '/p/.postlintrc.json');
    assert.ok(problems.length >= 3, JSON.stringify(problems));
    assert.ok(problems.every((p) => p.file === '/p/.postlintrc.json'));
    assert.ok(problems.some((p) => p.path === 'platform'));
    assert.ok(problems.some((p) => p.path.startsWith('rules') && /ad-lw|rule id/.test(p.path + p.message)), JSON.stringify(problems));
    assert.ok(problems.some((p) => p.path === 'rules.fold'));
    assert.deepEqual(config.allow, ['ok']);
    assert.equal(config.platform, undefined);
  });
  it('reports invalid JSON with its position and uses defaults', () => {
    const { config, problems } = parseConfig('{"rules": {', 'bad.json');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /invalid JSON/);
    assert.deepEqual(config.rules, {});
  });
});

describe('engine', () => {
  it('lints any text without throwing and returns a count', () => {
    const r = lint('---\nplatform: x\n---\nhello');
    assert.equal(r.platform, 'x');
    assert.equal(r.count.platform, 'x');
    assert.deepEqual(r.internalErrors, []);
  });
});
