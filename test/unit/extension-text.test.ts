// What the status bar and the hovers say, from real lint results, in Chinese (through the
// zh-cn l10n bundle the extension ships) and English; that quoted draft text cannot inject
// Markdown; and that every UI string of these files has its Chinese translation.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src/core/engine';
import type { AdDensityReport, Finding } from '../../src/core/types';
import { adDensityTable, escapeMarkdown, findingMarkdown } from '../../src/extension/hoverText';
import { countFigure, summarizeStatus, type Translate } from '../../src/extension/statusText';

const root = path.join(__dirname, '..', '..');
const bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

/** vscode.l10n.t's formatting: `{n}` placeholders. */
const format = (message: string, args: ReadonlyArray<string | number | boolean>): string =>
  message.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
const en: Translate = (message, ...args) => format(message, args);
const zh: Translate = (message, ...args) => {
  const translated = bundle[message];
  assert.ok(translated !== undefined, `zh-cn bundle lacks “${message}”`);
  return format(translated, args);
};

const chinese = (n: number): string => '这是一段用来数字数的中文'.repeat(20).slice(0, n);

describe('status bar text', () => {
  it('shows a Weibo draft under the fold against the fold, in Chinese', () => {
    const result = lint(chinese(132), { fileName: 'a.weibo' });
    const status = summarizeStatus(result, zh);
    assert.equal(status.text, `微博 132/140 · 广告度 0% · 语气 ${result.tone.labelText}`);
    assert.equal(status.state, 'ok');
    assert.equal(status.command, 'postlint.previewWeibo');
  });

  it('switches to the posting limit once the draft folds, and says so in colour (state)', () => {
    const folded = lint(chinese(141), { fileName: 'a.weibo' });
    assert.ok(summarizeStatus(folded, zh).text.startsWith('微博 141/2000 · '), summarizeStatus(folded, zh).text);
    assert.equal(summarizeStatus(folded, zh).state, 'folded');
    const over = lint(chinese(200).repeat(11), { fileName: 'a.weibo' });
    assert.ok(summarizeStatus(over, zh).text.startsWith('微博 2200/2000 · '));
    assert.equal(summarizeStatus(over, zh).state, 'over');
    assert.match(summarizeStatus(over, en).tooltip, /over the limit of 2000 by 200/);
  });

  it('counts Moments in lines against the fold', () => {
    const five = lint('第一行\n第二行\n第三行\n第四行\n第五行', { fileName: 'a.moments' });
    assert.ok(summarizeStatus(five, zh).text.startsWith('朋友圈 5/6 行 · '), summarizeStatus(five, zh).text);
    assert.ok(summarizeStatus(five, en).text.startsWith('Moments 5/6 lines · '));
    assert.equal(summarizeStatus(five, zh).state, 'ok');
    const eight = lint('一\n二\n三\n四\n五\n六\n七\n八', { fileName: 'a.moments' });
    assert.equal(summarizeStatus(eight, zh).state, 'folded');
  });

  it('shows a Xiaohongshu note’s title and body against their limits', () => {
    const note = lint('---\ntitle: 周末露营装备清单\n---\n' + chinese(50), { fileName: 'a.xhs' });
    assert.ok(summarizeStatus(note, zh).text.startsWith('小红书 标题 8/20 · 正文 50/1000 · '), summarizeStatus(note, zh).text);
    const longTitle = lint('---\ntitle: ' + chinese(25) + '\n---\n正文', { fileName: 'a.xhs' });
    assert.equal(summarizeStatus(longTitle, zh).state, 'over', 'a title over 20 is over');
  });

  it('shows X’s weighted count (CJK weighs 2) and offers no preview', () => {
    const post = lint(chinese(10), { platform: 'x' });
    const status = summarizeStatus(post, en);
    assert.ok(status.text.startsWith('X 20/280 · ad density 0% · tone '), status.text);
    assert.equal(status.command, undefined);
    assert.match(status.tooltip, /no card preview for X/);
  });

  it('rounds the ad-density score to a percentage', () => {
    const ad = lint(fs.readFileSync(path.join(root, 'examples', 'hard-sell.moments'), 'utf8'), { fileName: 'hard-sell.moments' });
    const text = summarizeStatus(ad, zh).text;
    assert.ok(text.includes(`广告度 ${Math.round(ad.adDensity.score)}%`), text);
    assert.ok(ad.adDensity.score > 0);
  });

  it('measures against the fold while under it, the limit past it', () => {
    const base = { platform: 'weibo' as const, unit: 'chars' as const, foldOffset: null, limitOffset: null };
    assert.deepEqual(countFigure({ ...base, length: 100, limit: 2000, foldAt: 140, folded: false, over: false }), { length: 100, max: 140 });
    assert.deepEqual(countFigure({ ...base, length: 150, limit: 2000, foldAt: 140, folded: true, over: false }), { length: 150, max: 2000 });
    assert.deepEqual(countFigure({ ...base, length: 150, limit: null, foldAt: null, folded: false, over: false }), { length: 150, max: null });
  });
});

describe('hover Markdown', () => {
  it('escapes every Markdown and HTML character of quoted draft text', () => {
    const hostile = '[点我](command:workbench.action.quit) <img src=x onerror=alert(1)> **粗** `码` # 标题\n- 列表 | 表';
    const escaped = escapeMarkdown(hostile);
    assert.equal(escaped.includes('\n'), false, 'no line break survives');
    // Every ASCII punctuation character that Markdown gives meaning to is preceded by a backslash.
    for (const [index, ch] of [...escaped].entries()) {
      if ('[]()<>*`#|-!'.includes(ch)) assert.equal([...escaped][index - 1], '\\', `${ch} at ${index} in ${escaped}`);
    }
    assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile.replace('\n', ' '), 'and nothing else changes');
  });

  it('puts message, reason, source, alternatives and fixes in the hover, in that order', () => {
    const finding: Finding = {
      rule: 'ad-law',
      severity: 'error',
      message: '“最好”是绝对化用语，广告中不得使用',
      start: 0,
      end: 2,
      reason: '“最”字把商品说成同类里最好的。',
      source: '《广告法》第九条第三项；第五十七条',
      alternatives: ['很好', '出色'],
      fixes: [{ title: '改为“很好”', edits: [{ start: 0, end: 2, text: '很好' }] }],
    };
    const docs = 'https://github.com/postlint/postlint/blob/main/docs/rules/ad-law.md';
    assert.equal(
      findingMarkdown(finding, zh, { docsUrl: docs }),
      [
        `**“最好”是绝对化用语，广告中不得使用** · Postlint [ad-law](${docs})`,
        '',
        '“最”字把商品说成同类里最好的。',
        '',
        '依据：《广告法》第九条第三项；第五十七条',
        '',
        '可改为：“很好” / “出色”',
        '',
        '快速修复：改为“很好”',
      ].join('\n'),
    );
    assert.equal(
      findingMarkdown({ ...finding, reason: undefined, source: undefined, alternatives: undefined, fixes: [] }, en),
      '**“最好”是绝对化用语，广告中不得使用** · Postlint `ad-law`',
      'absent parts leave no empty headings',
    );
  });

  it('keeps a hostile message as text: no link, image or HTML tag can be formed', () => {
    const finding: Finding = { rule: 'deny', severity: 'error', message: '[x](https://evil.example) ![i](https://evil.example/i.png) <b>hi</b>', start: 0, end: 1, fixes: [] };
    const markdown = findingMarkdown(finding, en);
    assert.equal(/(^|[^\\])\[[^\]]*\]\(/.test(markdown.replace(/\[deny\]|`deny`/, '')), false, markdown);
    assert.equal(/(^|[^\\])</.test(markdown), false, markdown);
  });

  it('tabulates the ad-density breakdown: signals × weights, total, score against the threshold', () => {
    const report: AdDensityReport = {
      score: 21.4,
      threshold: 6,
      chars: 112,
      signals: [
        { id: 'price', label: '价格', count: 2, weight: 2, ranges: [] },
        { id: 'emoji', label: '表情|符号', count: 3, weight: 0.5, ranges: [] },
        { id: 'qr', label: '扫码', count: 0, weight: 2, ranges: [] },
      ],
    };
    assert.deepEqual(adDensityTable(report, zh), [
      '| 信号 | 次数 | 权重 | 分数 |',
      '| --- | ---: | ---: | ---: |',
      '| 价格 | 2 | 2 | 4 |',
      '| 表情\\|符号 | 3 | 0.5 | 1.5 |',
      '| **合计** | | | **5.5** |',
      '',
      '得分：每百字 21.4 分（共 5.5 分，112 字）；阈值 6。',
    ]);
  });

  it('shows the breakdown on the real ad-density finding of the hard-sell example', () => {
    const text = fs.readFileSync(path.join(root, 'examples', 'hard-sell.moments'), 'utf8');
    const finding = lint(text, { fileName: 'hard-sell.moments', locale: 'en' }).findings.find((f) => f.rule === 'ad-density');
    assert.ok(finding?.data?.adDensity, 'the example reads as an ad');
    const markdown = findingMarkdown(finding, en);
    assert.match(markdown, /\| Signal \| Count \| Weight \| Points \|/);
    assert.ok(markdown.includes(`threshold ${finding.data.adDensity.threshold}`));
  });
});

describe('zh-cn l10n bundle', () => {
  /** Our own files; the preview's strings are in the bundle too but are its owner's to check. */
  const files = ['codeActions.ts', 'commands.ts', 'diagnostics.ts', 'hover.ts', 'hoverText.ts', 'statusBar.ts', 'statusText.ts', 'config.ts', 'linting.ts'];
  const literal = /\bt\(\s*'((?:[^'\\]|\\.)*)'/g;

  it('translates every string the editor features pass to l10n.t, with the same placeholders', () => {
    const missing: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(path.join(root, 'src', 'extension', file), 'utf8');
      for (const match of source.matchAll(literal)) {
        const message = match[1]!.replace(/\\'/g, "'");
        const translated = bundle[message];
        if (translated === undefined) {
          missing.push(`${file}: ${message}`);
          continue;
        }
        const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
        assert.deepEqual(placeholders(translated), placeholders(message), `placeholders of “${message}”`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('localizes every %key% of package.json in both package.nls files', () => {
    const manifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!);
    const english = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const chineseNls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    for (const key of keys) {
      assert.ok(english[key], `package.nls.json has ${key}`);
      assert.ok(chineseNls[key], `package.nls.zh-cn.json has ${key}`);
    }
    assert.deepEqual(Object.keys(chineseNls).sort(), Object.keys(english).sort(), 'both files have the same keys');
  });
});
