import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { escapeData, escapeProperty, github } from '../../src/cli/formatters/github';
import { json } from '../../src/cli/formatters/json';
import { createSarifFormatter, SARIF_SCHEMA, sarifLog } from '../../src/cli/formatters/sarif';
import { stylish } from '../../src/cli/formatters/stylish';
import type { FormatContext } from '../../src/cli/formatters/types';
import { LintedFile } from '../../src/cli/formatters/types';
import { displayWidth } from '../../src/cli/formatters/width';
import { messagesFor } from '../../src/cli/messages';
import { ruleDocsUrl } from '../../src/core/docs';
import { lint } from '../../src/core/engine';
import { platformProfile } from '../../src/core/platforms';
import { ALL_RULES } from '../../src/core/rules';
import type { Finding, Locale, RuleId } from '../../src/core/types';

const CWD = path.resolve('/work/project');
const ESC = '\u001b';

/** A lint result with findings chosen by the test, so the formatters are tested on exact input. */
function linted(relative: string, text: string, findings: Finding[]): LintedFile {
  const result = { ...lint(text, { fileName: relative, rules: [] }), findings };
  return new LintedFile(path.join(CWD, relative), relative, text, result);
}

function context(locale: Locale = 'en', extra: Partial<FormatContext> = {}): FormatContext {
  return { cwd: CWD, env: {}, locale, messages: messagesFor(locale), color: false, version: '9.9.9', configProblems: [], ...extra };
}

// 第一行 / 这是最好的产品！！！ / 🎉 “50%” off, now
const TEXT = '第一行\r\n这是最好的产品！！！\n🎉 “50%” off, now';
const at = (s: string) => TEXT.indexOf(s);
const adLaw: Finding = {
  rule: 'ad-law',
  severity: 'error',
  message: '“最好” is an absolute term',
  start: at('最好'),
  end: at('最好') + 2,
  reason: 'Art. 9(3) bans it.',
  source: 'Advertising Law art. 9(3)',
  fixes: [{ title: 'Replace with “很好”', edits: [{ start: at('最好'), end: at('最好') + 2, text: '很好' }] }],
};
const shouting: Finding = { rule: 'shouting', severity: 'info', message: 'Three exclamation marks', start: at('！！！'), end: at('！！！') + 3, fixes: [] };
const tricky: Finding = {
  rule: 'hard-sell',
  severity: 'warning',
  message: '50% off,\nnow: buy',
  start: at('“50%”'),
  end: TEXT.length,
  fixes: [],
};

describe('stylish formatter', () => {
  const file = linted('drafts/a.weibo', TEXT, [adLaw, shouting, tricky]);
  const count = file.result.count;
  const header = (name: string, unit: string) => `${name} ${count.length}${count.limit !== null ? `/${count.limit}` : ''} ${unit}`;

  it('prints ESLint-style aligned rows and an English summary', () => {
    const out = stylish([file], context('en'));
    assert.equal(
      out,
      [
        '',
        `drafts/a.weibo  ${header(platformProfile('weibo').name.en, 'chars')}`,
        '  2:3  error    “最好” is an absolute term  ad-law',
        '  2:8  info     Three exclamation marks     shouting',
        '  3:4  warning  50% off, now: buy           hard-sell',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints Chinese labels and summary, aligning by display width', () => {
    const out = stylish([file], context('zh'));
    const lines = out.split('\n');
    assert.equal(lines[1], `drafts/a.weibo  ${header(platformProfile('weibo').name.zh, '字')}`);
    assert.equal(lines[2], '  2:3  错误  “最好” is an absolute term  ad-law');
    assert.equal(lines[3], '  2:8  提示  Three exclamation marks     shouting');
    assert.equal(lines[6], '✖ 3 个问题（1 个错误，1 个警告，1 个提示）');
    assert.equal(lines[7], '  其中 1 个错误、0 个警告可用 --fix 自动修复。');
  });

  it('does not pad every row to one very long message', () => {
    const long: Finding = { ...shouting, message: 'x'.repeat(120) };
    const out = stylish([linted('a.post', TEXT, [adLaw, long])], context('en')).split('\n');
    assert.equal(out[2], '  2:3  error  “最好” is an absolute term  ad-law');
    assert.equal(out[3], `  2:8  info   ${'x'.repeat(120)}  shouting`);
  });

  it('is silent for clean files', () => {
    assert.equal(stylish([linted('b.post', '你好', [])], context()), '');
  });

  it('colours only when asked', () => {
    assert.ok(!stylish([file], context('en')).includes(ESC));
    const coloured = stylish([file], context('en', { color: true }));
    assert.ok(coloured.includes(`${ESC}[31merror  ${ESC}[0m`), coloured);
    assert.ok(coloured.includes(`${ESC}[4mdrafts/a.weibo${ESC}[0m`), coloured);
  });

  it('measures CJK and emoji as two columns', () => {
    assert.equal(displayWidth('最好ab'), 6);
    assert.equal(displayWidth('🎉！'), 4);
    assert.equal(displayWidth('e\u0301'), 1);
  });
});

describe('json formatter', () => {
  it('adds 1-based line/column (UTF-16 units) next to offsets, per file', () => {
    const out = JSON.parse(json([linted('drafts/a.weibo', TEXT, [adLaw, tricky]), linted('b.post', '好', [])], context())) as Array<Record<string, unknown>>;
    assert.equal(out.length, 2);
    const first = out[0]! as { filePath: string; platform: string; errorCount: number; warningCount: number; fixableCount: number; findings: Array<Record<string, unknown>> };
    assert.equal(first.filePath, path.join(CWD, 'drafts/a.weibo'));
    assert.equal(first.platform, 'weibo');
    assert.equal(first.errorCount, 1);
    assert.equal(first.warningCount, 1);
    assert.equal(first.fixableCount, 1);
    assert.deepEqual(
      { ...first.findings[0] },
      {
        rule: 'ad-law',
        severity: 'error',
        message: adLaw.message,
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 5,
        start: adLaw.start,
        end: adLaw.end,
        reason: adLaw.reason,
        source: adLaw.source,
        fixes: adLaw.fixes,
      },
    );
    // After 🎉 (two UTF-16 units) and a space, the quote is column 4.
    assert.deepEqual([first.findings[1]!.line, first.findings[1]!.column, first.findings[1]!.endLine, first.findings[1]!.endColumn], [3, 4, 3, 18]);
    assert.ok('count' in first && 'tone' in first && 'adDensity' in first);
    assert.deepEqual((out[1] as { findings: unknown[] }).findings, []);
  });
});

describe('github formatter', () => {
  it('writes one workflow command per finding with escaped properties and message', () => {
    const out = github([linted('drafts/a,b:c%.weibo', TEXT, [adLaw, shouting, tricky])], context());
    assert.equal(
      out,
      [
        `::error file=drafts/a%2Cb%3Ac%25.weibo,line=2,col=3,endLine=2,endColumn=5,title=postlint ad-law::“最好” is an absolute term`,
        `::notice file=drafts/a%2Cb%3Ac%25.weibo,line=2,col=8,endLine=2,endColumn=11,title=postlint shouting::Three exclamation marks`,
        `::warning file=drafts/a%2Cb%3Ac%25.weibo,line=3,col=4,endLine=3,endColumn=18,title=postlint hard-sell::50%25 off,%0Anow: buy`,
        '',
      ].join('\n'),
    );
  });
  it('makes paths relative to GITHUB_WORKSPACE when set', () => {
    const out = github([linted('sub/a.post', TEXT, [adLaw])], context('en', { env: { GITHUB_WORKSPACE: path.dirname(CWD) } }));
    assert.match(out, /^::error file=project\/sub\/a\.post,/);
  });
  it('escapes like @actions/core', () => {
    assert.equal(escapeData('a%b\r\nc'), 'a%25b%0D%0Ac');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });
});

/**
 * The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that consumers such as
 * GitHub code scanning rely on, checked by hand: no network, no schema validator dependency.
 */
function assertValidSarif(log: unknown): void {
  const fail = (where: string, what: string) => assert.fail(`SARIF ${where}: ${what}`);
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const posInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;
  if (!isObj(log)) return fail('log', 'not an object');
  if (log.version !== '2.1.0') fail('version', String(log.version));
  if (typeof log.$schema !== 'string' || !/^https:\/\//.test(log.$schema)) fail('$schema', String(log.$schema));
  if (!Array.isArray(log.runs) || log.runs.length < 1) return fail('runs', 'missing');
  for (const run of log.runs as unknown[]) {
    if (!isObj(run) || !isObj(run.tool) || !isObj(run.tool.driver)) return fail('run.tool.driver', 'missing');
    const driver = run.tool.driver;
    if (typeof driver.name !== 'string' || driver.name === '') fail('driver.name', 'missing');
    if (driver.informationUri !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(String(driver.informationUri))) fail('driver.informationUri', 'not absolute');
    const rules = (driver.rules ?? []) as unknown[];
    const ids = new Set<string>();
    rules.forEach((rule, i) => {
      if (!isObj(rule) || typeof rule.id !== 'string') return fail(`rules[${i}]`, 'no id');
      if (ids.has(rule.id)) fail(`rules[${i}]`, `duplicate id ${rule.id}`);
      ids.add(rule.id);
      if (!isObj(rule.shortDescription) || typeof rule.shortDescription.text !== 'string') fail(`rules[${i}].shortDescription`, 'no text');
      if (rule.helpUri !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(String(rule.helpUri))) fail(`rules[${i}].helpUri`, 'not absolute');
      const level = isObj(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
      if (!['none', 'note', 'warning', 'error'].includes(String(level))) fail(`rules[${i}].defaultConfiguration.level`, String(level));
    });
    if (run.columnKind !== undefined && !['utf16CodeUnits', 'unicodeCodePoints'].includes(String(run.columnKind))) fail('columnKind', String(run.columnKind));
    if (!Array.isArray(run.results)) return fail('results', 'missing');
    const bases = isObj(run.originalUriBaseIds) ? run.originalUriBaseIds : {};
    const checkRegion = (where: string, region: unknown) => {
      if (!isObj(region)) return fail(where, 'no region');
      if (!posInt(region.startLine)) fail(`${where}.startLine`, String(region.startLine));
      for (const k of ['startColumn', 'endLine', 'endColumn'] as const) if (region[k] !== undefined && !posInt(region[k])) fail(`${where}.${k}`, String(region[k]));
      const endLine = (region.endLine ?? region.startLine) as number;
      if (endLine < (region.startLine as number)) fail(where, 'ends before it starts');
      if (endLine === region.startLine && region.endColumn !== undefined && (region.endColumn as number) < ((region.startColumn ?? 1) as number)) fail(where, 'endColumn < startColumn');
    };
    const checkArtifact = (where: string, loc: unknown) => {
      if (!isObj(loc) || typeof loc.uri !== 'string') return fail(where, 'no uri');
      try {
        new URL(loc.uri, 'file:///base/');
      } catch {
        fail(where, `bad uri ${loc.uri}`);
      }
      if (/[\\ ]/.test(loc.uri)) fail(where, `uri not encoded: ${loc.uri}`);
      if (loc.uriBaseId !== undefined && !(String(loc.uriBaseId) in bases)) fail(where, `unknown uriBaseId ${String(loc.uriBaseId)}`);
    };
    (run.results as unknown[]).forEach((result, i) => {
      const where = `results[${i}]`;
      if (!isObj(result)) return fail(where, 'not an object');
      if (!isObj(result.message) || typeof result.message.text !== 'string') fail(`${where}.message`, 'no text');
      if (typeof result.ruleId !== 'string') fail(`${where}.ruleId`, 'missing');
      if (result.ruleIndex !== undefined && (rules[result.ruleIndex as number] as { id?: string } | undefined)?.id !== result.ruleId) fail(`${where}.ruleIndex`, 'does not match ruleId');
      if (!['none', 'note', 'warning', 'error'].includes(String(result.level))) fail(`${where}.level`, String(result.level));
      const locations = result.locations as unknown[];
      if (!Array.isArray(locations) || locations.length === 0) return fail(`${where}.locations`, 'missing');
      for (const l of locations) {
        const physical = isObj(l) ? l.physicalLocation : undefined;
        if (!isObj(physical)) return fail(`${where}.physicalLocation`, 'missing');
        checkArtifact(`${where}.artifactLocation`, physical.artifactLocation);
        checkRegion(`${where}.region`, physical.region);
      }
      for (const fix of (result.fixes ?? []) as unknown[]) {
        if (!isObj(fix) || !Array.isArray(fix.artifactChanges) || fix.artifactChanges.length === 0) return fail(`${where}.fixes`, 'no artifactChanges');
        for (const change of fix.artifactChanges as Array<Record<string, unknown>>) {
          checkArtifact(`${where}.fixes.artifactLocation`, change.artifactLocation);
          const replacements = change.replacements as Array<Record<string, unknown>>;
          if (!Array.isArray(replacements) || replacements.length === 0) fail(`${where}.fixes.replacements`, 'missing');
          for (const r of replacements) checkRegion(`${where}.fixes.deletedRegion`, r.deletedRegion);
        }
      }
    });
  }
}

describe('sarif formatter', () => {
  const files = [linted('drafts/春季 上新.weibo', TEXT, [adLaw, shouting, tricky]), linted('clean.post', '你好', [])];

  it('produces a SARIF 2.1.0 log with utf16CodeUnits columns and relative, encoded URIs', () => {
    const log = JSON.parse(createSarifFormatter()(files, context('en'))) as {
      $schema: string;
      runs: Array<{ tool: { driver: Record<string, unknown> }; columnKind: string; results: Array<Record<string, unknown>>; originalUriBaseIds: Record<string, { uri: string }> }>;
    };
    assertValidSarif(log);
    assert.equal(log.$schema, SARIF_SCHEMA);
    const run = log.runs[0]!;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.name, 'postlint');
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.equal((run.tool.driver.rules as unknown[]).length, ALL_RULES.length);
    assert.equal(run.originalUriBaseIds['%SRCROOT%']!.uri, 'file:///work/project/');
    assert.equal(run.results.length, 3);
    const [first, second] = run.results;
    assert.deepEqual(first!.locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: 'drafts/%E6%98%A5%E5%AD%A3%20%E4%B8%8A%E6%96%B0.weibo', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 5 },
        },
      },
    ]);
    assert.equal(first!.level, 'error');
    assert.equal(second!.level, 'note');
    assert.equal(run.results[2]!.level, 'warning');
    assert.deepEqual((first!.message as { text: string }).text, `${adLaw.message}\n${adLaw.reason}`);
    assert.deepEqual(first!.fixes, [
      {
        description: { text: 'Replace with “很好”' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'drafts/%E6%98%A5%E5%AD%A3%20%E4%B8%8A%E6%96%B0.weibo', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 5 }, insertedContent: { text: '很好' } }],
          },
        ],
      },
    ]);
    const rule = (run.tool.driver.rules as Array<Record<string, unknown>>)[first!.ruleIndex as number]!;
    assert.equal(rule.id, 'ad-law');
    assert.deepEqual(rule.defaultConfiguration, { level: 'error' });
  });

  it("links each rule to its doc page in package.json's repository, as the editor's problems do", () => {
    const log = JSON.parse(createSarifFormatter()(files, context())) as {
      runs: Array<{ tool: { driver: { informationUri: string; rules: Array<{ id: string; helpUri: string }> } } }>;
    };
    assertValidSarif(log);
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.informationUri, 'https://github.com/postlint/postlint');
    assert.equal(driver.rules.find((r) => r.id === 'fold')!.helpUri, 'https://github.com/postlint/postlint/blob/main/docs/rules/fold.md');
    for (const rule of driver.rules) assert.equal(rule.helpUri, ruleDocsUrl(rule.id as RuleId));
  });

  it('carries config problems as tool configuration notifications', () => {
    const log = JSON.parse(
      createSarifFormatter()(files, context('en', { configProblems: [{ file: path.join(CWD, '.postlintrc.json'), path: 'rules.adlaw', message: 'unknown rule id', line: 3, column: 5 }] })),
    ) as { runs: Array<{ invocations: Array<{ toolConfigurationNotifications: unknown[] }> }> };
    assert.deepEqual(log.runs[0]!.invocations[0]!.toolConfigurationNotifications, [
      {
        level: 'warning',
        message: { text: 'rules.adlaw: unknown rule id' },
        locations: [{ physicalLocation: { artifactLocation: { uri: '.postlintrc.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5 } } }],
      },
    ]);
  });

  it('the validator rejects what it should (it can fail)', () => {
    assert.throws(() => assertValidSarif({ version: '2.0.0', $schema: SARIF_SCHEMA, runs: [] }), /version/);
    const bad = JSON.parse(createSarifFormatter()(files, context())) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: Record<string, number> } }> }> }> };
    bad.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startColumn = 0;
    assert.throws(() => assertValidSarif(bad), /startColumn/);
  });
});

describe('formatters written file by file', () => {
  const files = [linted('drafts/春季 上新.weibo', TEXT, [adLaw, shouting, tricky]), linted('clean.post', '你好', []), linted('b.post', TEXT, [adLaw])];
  const problem = { file: path.join(CWD, '.postlintrc.json'), path: 'rules.adlaw', message: 'unknown rule id', line: 3, column: 5 };

  it('SARIF: the same bytes as the whole log through JSON.stringify, with no, one or many results', () => {
    for (const list of [[], [files[1]!], [files[0]!], files]) {
      for (const ctx of [context('en'), context('zh', { configProblems: [problem] })]) {
        assert.equal(createSarifFormatter()(list, ctx), `${JSON.stringify(sarifLog(list, ctx), null, 2)}\n`);
      }
    }
  });

  it('JSON: one array in compact JSON, [] for none', () => {
    assert.equal(json([], context()), '[]\n');
    const out = json(files, context());
    assert.equal(out, `${JSON.stringify(JSON.parse(out))}\n`);
    assert.deepEqual(
      (JSON.parse(out) as Array<{ filePath: string }>).map((f) => f.filePath),
      files.map((f) => f.path),
    );
  });
});
