// The edits behind the editor's code actions, checked on the text they produce: fix-all
// choices, "disable for this line" comments (and that the core then really suppresses the
// rule), "allow this word" in .postlintrc.json (and that the core then accepts the file and
// the word), and how the `postlint.rules` setting combines with the file.

import { strict as assert } from 'node:assert';
import { applyFixes } from '../../src/core/fixes';
import { parseConfig, DEFAULT_CONFIG } from '../../src/core/config';
import { Suppressions } from '../../src/core/inline';
import type { Finding, RuleId, TextEdit } from '../../src/core/types';
import { addAllowedWord, applyAllowEdit, newConfigText } from '../../src/extension/allowList';
import { cleanRuleSeverities, mergeRuleSeverities } from '../../src/extension/configMerge';
import { commentStyleFor, disableNextLineEdit, planFixes } from '../../src/extension/fixEdits';

function finding(rule: RuleId, start: number, end: number, replacement?: string): Finding {
  return {
    rule,
    severity: 'error',
    message: 'm',
    start,
    end,
    fixes: replacement === undefined ? [] : [{ title: `→ ${replacement}`, edits: [{ start, end, text: replacement }] }],
  };
}

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('planFixes (fix all / fix all of a rule)', () => {
  const text = '全网最好用的面霜，销量第一，赶紧下单';
  const findings = [
    finding('ad-law', 0, 2, '很多人'), // 全网
    finding('ad-law', 2, 4, '很好'), // 最好
    finding('ad-law', 11, 13, '领先'), // 第一
    finding('hard-sell', 14, 18, '欢迎了解'), // 赶紧下单
    finding('fold', 5, 9), // no fix
  ];

  it('takes the first fix of every finding and gives the same text as the core’s applyFixes', () => {
    const plan = planFixes(text, findings);
    assert.equal(plan.fixed.length, 4);
    assert.equal(apply(text, plan.edits), '很多人很好用的面霜，销量领先，欢迎了解');
    assert.equal(apply(text, plan.edits), applyFixes(text, findings).text);
  });

  it('limits a rule’s fix-all to that rule', () => {
    const plan = planFixes(text, findings, 'hard-sell');
    assert.deepEqual(plan.edits, [{ start: 14, end: 18, text: '欢迎了解' }]);
    assert.equal(planFixes(text, findings, 'ad-law').fixed.length, 3);
    assert.equal(planFixes(text, findings, 'fold').fixed.length, 0);
  });

  it('skips a fix that overlaps one already taken, and fixes out of range', () => {
    const overlapping = [finding('ad-law', 2, 4, '很好'), finding('hard-sell', 3, 6, 'x'), finding('deny', 40, 44, 'y')];
    const plan = planFixes(text, overlapping);
    assert.deepEqual(plan.fixed.map((f) => f.rule), ['ad-law']);
    assert.equal(apply(text, plan.edits), '全网很好用的面霜，销量第一，赶紧下单');
  });

  it('returns edits in document order whatever the findings’ order', () => {
    const plan = planFixes(text, [...findings].reverse());
    assert.deepEqual(plan.edits.map((e) => e.start), [0, 2, 11, 14]);
  });
});

describe('disableNextLineEdit (disable <rule> for this line)', () => {
  it('inserts a # directive line above a line of a .moments draft, and the core then suppresses only that rule there', () => {
    const text = '第一行\n全网最好用的面霜\n最后';
    const at = text.indexOf('最好');
    const edit = disableNextLineEdit(text, at, 'ad-law', commentStyleFor('/w/hard-sell.moments'));
    assert.deepEqual(edit, { start: 4, end: 4, text: '# postlint-disable-next-line ad-law\n' });
    const after = apply(text, [edit]);
    assert.equal(after, '第一行\n# postlint-disable-next-line ad-law\n全网最好用的面霜\n最后');
    const suppressions = new Suppressions(after);
    const moved = after.indexOf('最好');
    assert.equal(suppressions.isSuppressed('ad-law', moved), true);
    assert.equal(suppressions.isSuppressed('hard-sell', moved), false, 'other rules still fire');
    assert.equal(suppressions.isSuppressed('ad-law', after.indexOf('最后')), false, 'the line after is not affected');
  });

  it('uses an HTML comment in Markdown and keeps the line’s indentation and CRLF', () => {
    const text = '# 标题\r\n\r\n  销量第一\r\n';
    const edit = disableNextLineEdit(text, text.indexOf('第一'), 'ad-law', commentStyleFor('note.md'));
    const after = apply(text, [edit]);
    assert.equal(after, '# 标题\r\n\r\n  <!-- postlint-disable-next-line ad-law -->\r\n  销量第一\r\n');
    assert.equal(new Suppressions(after).isSuppressed('ad-law', after.indexOf('第一')), true);
  });

  it('adds the rule to a directive already above the line instead of stacking another', () => {
    const html = '<!-- postlint-disable-next-line hard-sell -->\n赶紧下单，全网最好\n';
    const edit = disableNextLineEdit(html, html.indexOf('最好'), 'ad-law', 'html');
    const after = apply(html, [edit]);
    assert.equal(after, '<!-- postlint-disable-next-line hard-sell ad-law -->\n赶紧下单，全网最好\n');
    const s = new Suppressions(after);
    assert.equal(s.isSuppressed('ad-law', after.indexOf('最好')), true);
    assert.equal(s.isSuppressed('hard-sell', after.indexOf('赶紧')), true);

    const hash = '# postlint-disable-next-line hard-sell\n全网最好\n';
    assert.equal(apply(hash, [disableNextLineEdit(hash, hash.indexOf('最好'), 'ad-law', 'hash')]), '# postlint-disable-next-line hard-sell ad-law\n全网最好\n');
  });

  it('inserts at the very top for a finding on the first line', () => {
    const text = '全网最好';
    assert.deepEqual(disableNextLineEdit(text, 2, 'ad-law', 'hash'), { start: 0, end: 0, text: '# postlint-disable-next-line ad-law\n' });
  });

  it('picks # for draft file endings only', () => {
    assert.equal(commentStyleFor('/a/b.post'), 'hash');
    assert.equal(commentStyleFor('/a/b.WEIBO'), 'hash');
    assert.equal(commentStyleFor('/a/b.xhs'), 'hash');
    assert.equal(commentStyleFor('/a/b.md'), 'html');
    assert.equal(commentStyleFor('Untitled-1'), 'html');
  });
});

describe('addAllowedWord (allow this word in this workspace)', () => {
  function allow(text: string, word: string): string {
    const result = addAllowedWord(text, word);
    assert.equal(result.kind, 'edit', JSON.stringify(result));
    return applyAllowEdit(text, (result as Extract<typeof result, { kind: 'edit' }>).edit);
  }

  it('appends to an existing allow list, keeping the file’s indentation, keys and other values', () => {
    const text = '{\n    "platform": "moments",\n    "allow": [\n        "第一坊"\n    ],\n    "rules": { "officialese": "off" }\n}\n';
    const after = allow(text, '最好');
    assert.equal(after, '{\n    "platform": "moments",\n    "allow": [\n        "第一坊",\n        "最好"\n    ],\n    "rules": { "officialese": "off" }\n}\n');
    const { config, problems } = parseConfig(after, '.postlintrc.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.allow, ['第一坊', '最好']);
    assert.equal(config.platform, 'moments');
    assert.equal(config.rules.officialese?.severity, 'off');
  });

  it('adds an allow list to a config without one', () => {
    const text = '{\n  "rules": {\n    "ad-law": "warning"\n  }\n}\n';
    const after = allow(text, '第一');
    assert.ok(after.startsWith('{\n  "rules": {\n    "ad-law": "warning"\n  },'), after);
    assert.deepEqual(parseConfig(after, 'c').config.allow, ['第一']);
    assert.equal(parseConfig(after, 'c').config.rules['ad-law']?.severity, 'warning');
  });

  it('keeps CRLF line endings', () => {
    const after = allow('{\r\n  "platform": "weibo"\r\n}\r\n', '第一');
    assert.ok(!/[^\r]\n/.test(after), JSON.stringify(after));
  });

  it('writes a new file for an empty one', () => {
    assert.equal(allow('', '最好'), newConfigText('最好'));
    assert.equal(newConfigText('最好'), '{\n  "allow": [\n    "最好"\n  ]\n}\n');
  });

  it('does nothing when the word is already allowed', () => {
    assert.deepEqual(addAllowedWord('{ "allow": ["最好"] }', '最好'), { kind: 'present' });
  });

  it('refuses, and so never overwrites, an invalid file', () => {
    const broken = addAllowedWord('{ "allow": ["第一坊", }', '最好');
    assert.equal(broken.kind, 'refused');
    assert.equal((broken as { reason: string }).reason, 'invalid-json');
    assert.equal(addAllowedWord('{ // note\n "allow": [] }', '最好').kind, 'refused', 'comments are not JSON');
    assert.deepEqual(addAllowedWord('["最好"]', '最好'), { kind: 'refused', reason: 'not-an-object' });
    assert.deepEqual(addAllowedWord('{ "allow": "最好" }', '最好'), { kind: 'refused', reason: 'allow-not-an-array' });
  });
});

describe('postlint.rules setting under .postlintrc.json', () => {
  it('keeps known rules with known severities only', () => {
    assert.deepEqual(cleanRuleSeverities({ 'ad-law': 'warning', nope: 'off', fold: 'loud', shouting: 'off' }), {
      'ad-law': 'warning',
      shouting: 'off',
    });
    assert.deepEqual(cleanRuleSeverities(['ad-law']), {});
  });

  it('lets the file win for the rules it names and fills in the rest', () => {
    const file = parseConfig('{ "rules": { "ad-law": "warning", "fold": { "options": { "foldAt": 100 } } } }', 'f').config;
    const merged = mergeRuleSeverities(file, { 'ad-law': 'off', fold: 'error', officialese: 'off' });
    assert.equal(merged.rules['ad-law']?.severity, 'warning', 'the file’s severity wins');
    assert.deepEqual(merged.rules.fold, { severity: 'error', options: { foldAt: 100 } }, 'file options, setting severity');
    assert.equal(merged.rules.officialese?.severity, 'off');
    assert.equal(file.rules.officialese, undefined, 'the file’s config is not mutated');
  });

  it('returns the same config object when the setting adds nothing (the engine caches per object)', () => {
    assert.equal(mergeRuleSeverities(DEFAULT_CONFIG, {}), DEFAULT_CONFIG);
    const file = parseConfig('{ "rules": { "ad-law": "warning" } }', 'f').config;
    assert.equal(mergeRuleSeverities(file, { 'ad-law': 'off' }), file);
  });
});
