import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseConfig } from '../../src/core/config';
import { configJsonSchema } from '../../src/core/config-schema';
import { PLATFORM_IDS } from '../../src/core/platforms';
import { ALL_RULES } from '../../src/core/rules';
import { ConfigResolver, readConfigFile } from '../../src/core/config-file';
import { LineIndex } from '../../src/core/position';

describe('parseConfig problems', () => {
  it('says which severity was meant for a rule set to "warn", and keeps the other rules', () => {
    const text = '{\n  "rules": {\n    "ad-law": "warn",\n    "fold": "off"\n  }\n}';
    const { config, problems } = parseConfig(text, '/p/.postlintrc.json');
    assert.equal(problems.length, 1);
    const p = problems[0]!;
    assert.equal(p.file, '/p/.postlintrc.json');
    assert.equal(p.path, 'rules.ad-law');
    assert.match(p.message, /"warn" is not a severity \(did you mean "warning"\?\)/);
    assert.equal(text.slice(p.start, p.end), '"warn"');
    assert.deepEqual([p.line, p.column], [3, 15]);
    assert.equal(config.rules['ad-law'], undefined);
    assert.equal(config.rules.fold?.severity, 'off');
  });

  it('reports a bad severity inside { severity, options } at its own key', () => {
    const { problems } = parseConfig('{"rules":{"hard-sell":{"severity":"loud","options":{"x":1}}}}', 'c.json');
    assert.deepEqual(
      problems.map((p) => p.path),
      ['rules.hard-sell.severity'],
    );
    assert.match(problems[0]!.message, /"loud" is not a severity; use one of/);
  });

  it('names an unknown rule id with a suggestion and underlines the key', () => {
    const text = '{"rules":{"adlaw":"off","fold":"info"}}';
    const { config, problems } = parseConfig(text, 'c.json');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.path, 'rules.adlaw');
    assert.match(problems[0]!.message, /unknown rule id "adlaw" \(did you mean "ad-law"\?\)/);
    assert.equal(text.slice(problems[0]!.start, problems[0]!.end), '"adlaw"');
    assert.equal(config.rules.fold?.severity, 'info');
  });

  it('suggests the top-level key a typo was meant to be, and keeps the rest', () => {
    const { config, problems } = parseConfig('{"platfrom":"x","allow":["第一坊"]}', 'c.json');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.path, 'platfrom');
    assert.match(problems[0]!.message, /did you mean "platform"/);
    assert.deepEqual(config.allow, ['第一坊']);
    assert.equal(config.platform, undefined);
  });

  it('drops only the bad element of a list', () => {
    const { config, problems } = parseConfig('{"deny":[{"word":""},{"word":"秒杀","replacement":"限时优惠"},"裸词"]}', 'c.json');
    assert.deepEqual(
      problems.map((p) => [p.path, p.message]),
      [
        ['deny.0.word', 'must not be empty'],
        ['deny.2', 'expected object, got the string "裸词"'],
      ],
    );
    assert.deepEqual(config.deny, [{ word: '秒杀', replacement: '限时优惠' }]);
  });

  it('keeps the good elements of a list as long as the 1 MB cap allows, bad ones among them', function () {
    this.timeout(120_000); // zod reports 10,000 problems: seconds on a loaded machine
    const entries = Array.from({ length: 70_000 }, (_, i) => (i % 7 === 6 ? '7' : `{"word":"w${i % 10}"}`));
    const text = `{"deny":[${entries.join(',')}]}`;
    assert.ok(text.length < 1024 * 1024);
    const { config, problems } = parseConfig(text, 'c.json');
    assert.equal(problems.length, 10_000);
    assert.equal(config.deny?.length, 60_000);
    assert.deepEqual(config.deny?.[6], { word: 'w7' });
  });

  it('drops an unknown key inside a rule setting but keeps its severity', () => {
    const { config, problems } = parseConfig('{"rules":{"ad-law":{"severity":"warning","option":{}}}}', 'c.json');
    assert.equal(problems[0]!.path, 'rules.ad-law.option');
    assert.match(problems[0]!.message, /did you mean "options"/);
    assert.equal(config.rules['ad-law']?.severity, 'warning');
  });

  it('names the platform values for an unknown platform', () => {
    const { problems } = parseConfig('{"platform":"myspace"}', 'c.json');
    assert.ok(problems[0]!.message.startsWith(`"myspace" is not a platform; use one of ${PLATFORM_IDS.map((id) => `"${id}"`).join(', ')}`), problems[0]!.message);
  });

  it('gives line and column of a JSON syntax error', () => {
    const text = '{\n  "rules": {"fold": "off",}\n}';
    const { config, problems } = parseConfig(text, 'c.json');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /^invalid JSON: .*defaults used$/);
    assert.equal(problems[0]!.line, 2);
    assert.equal(text[problems[0]!.start!], '}');
    assert.deepEqual(config.rules, {});
  });

  it('treats an empty file as a problem, not a crash', () => {
    const { problems } = parseConfig(' \n', 'c.json');
    assert.match(problems[0]!.message, /empty/);
  });

  it('rejects a top-level array as a whole', () => {
    const { config, problems } = parseConfig('[]', 'c.json');
    assert.match(problems[0]!.message, /expected object, got an array/);
    assert.deepEqual(config.rules, {});
  });

  it('accepts a BOM and reports offsets in the text as given', () => {
    const text = '\uFEFF{"platform":"myspace"}';
    const { problems } = parseConfig(text, 'c.json');
    assert.equal(text.slice(problems[0]!.start, problems[0]!.end), '"myspace"');
  });
});

describe('configJsonSchema', () => {
  it('describes every rule id, its options and the top-level keys', () => {
    const schema = configJsonSchema(ALL_RULES) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'allow', 'deny', 'platform', 'rules']);
    assert.deepEqual(Object.keys(schema.properties.rules!.properties!), ALL_RULES.map((r) => r.id));
    const options = (id: string) =>
      Object.keys(
        ((schema.properties.rules!.properties![id] as { anyOf: Array<{ properties?: { options: { properties?: object } } }> }).anyOf[1]!.properties!.options.properties ?? {}),
      );
    assert.deepEqual(options('length'), ['limit', 'maxImages']);
    assert.deepEqual(options('ad-law'), ['words']);
    assert.deepEqual(options('shouting'), ['maxRun', 'maxBrackets', 'caps']);
    assert.deepEqual(options('deny'), []);
  });
});

describe('ConfigResolver', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-config-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('uses the nearest .postlintrc.json up the folder tree', () => {
    fs.mkdirSync(path.join(root, 'a/b/c'), { recursive: true });
    fs.writeFileSync(path.join(root, '.postlintrc.json'), '{"platform":"x"}');
    fs.writeFileSync(path.join(root, 'a/b/.postlintrc.json'), '{"platform":"moments"}');
    const r = new ConfigResolver();
    assert.equal(r.forFile(path.join(root, 'a/b/c/post.weibo')).config.platform, 'moments');
    assert.equal(r.forFile(path.join(root, 'a/b/post.weibo')).config.platform, 'moments');
    assert.equal(r.forFile(path.join(root, 'a/post.weibo')).config.platform, 'x');
    assert.equal(r.forFile(path.join(root, 'a/b/c/post.weibo')).config.file, path.join(root, 'a/b/.postlintrc.json'));
  });

  it('reads each config file once and each folder once', () => {
    fs.mkdirSync(path.join(root, 'a/b'), { recursive: true });
    fs.writeFileSync(path.join(root, '.postlintrc.json'), '{"platform":"x"}');
    const calls: string[] = [];
    const counting = {
      statSync: (f: string, o: { throwIfNoEntry: false }) => (calls.push(`stat ${path.relative(root, f)}`), fs.statSync(f, o)),
      readFileSync: (f: string, e: 'utf8') => (calls.push(`read ${path.relative(root, f)}`), fs.readFileSync(f, e)),
    };
    const r = new ConfigResolver(counting);
    for (let i = 0; i < 3; i++) {
      assert.equal(r.forFile(path.join(root, 'a/b/one.post')).config.platform, 'x');
      assert.equal(r.forFile(path.join(root, 'a/two.post')).config.platform, 'x');
    }
    assert.deepEqual(calls.filter((c) => c.startsWith('read')), ['read .postlintrc.json']);
    assert.equal(calls.filter((c) => c === 'stat a/b/.postlintrc.json').length, 1);
    assert.equal(calls.filter((c) => c === 'stat a/.postlintrc.json').length, 1);
  });

  it('sees an edited config after invalidate(file)', () => {
    const file = path.join(root, '.postlintrc.json');
    fs.writeFileSync(file, '{"platform":"x"}');
    const r = new ConfigResolver();
    assert.equal(r.forDirectory(root).config.platform, 'x');
    fs.writeFileSync(file, '{"platform":"moments"}');
    assert.equal(r.forDirectory(root).config.platform, 'x');
    r.invalidate(file);
    assert.equal(r.forDirectory(root).config.platform, 'moments');
  });

  it('finds a config deleted and created again when the watcher reports only a change to it', () => {
    // A branch switch, or an editor that saves by replacing the file: the watcher may merge the
    // deletion and the creation into one change event, so invalidate(file) is all that comes.
    const file = path.join(root, '.postlintrc.json');
    fs.mkdirSync(path.join(root, 'drafts'));
    const r = new ConfigResolver();
    assert.equal(r.forDirectory(path.join(root, 'drafts')).config.file, undefined, 'no config yet');
    fs.writeFileSync(file, '{"allow": ["第一"]}');
    r.invalidate(file);
    assert.deepEqual(r.forDirectory(path.join(root, 'drafts')).config.allow, ['第一']);
    fs.rmSync(file);
    r.invalidate(file);
    assert.equal(r.forDirectory(path.join(root, 'drafts')).config.file, undefined, 'gone again');
  });

  it('keeps going with defaults when the nearest config is broken, naming the file', () => {
    const file = path.join(root, '.postlintrc.json');
    fs.writeFileSync(file, '{"rules": {"ad-law": "warn"}, "allow": ["第一坊"]}');
    const load = new ConfigResolver().forFile(path.join(root, 'p.post'));
    assert.equal(load.problems.length, 1);
    assert.equal(load.problems[0]!.file, file);
    assert.deepEqual(load.config.allow, ['第一坊']);
  });

  it('reports a config path that is a folder instead of throwing', () => {
    const load = readConfigFile(root);
    assert.match(load.problems[0]!.message, /cannot read the config \(not a file\)/);
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns for \\n, \\r\\n and \\r', () => {
    const text = 'ab\ncd\r\nef\rg😀h';
    const idx = new LineIndex(text);
    const at = (s: string) => idx.locate(text.indexOf(s));
    assert.deepEqual(at('a'), { line: 1, column: 1 });
    assert.deepEqual(at('\n'), { line: 1, column: 3 });
    assert.deepEqual(at('c'), { line: 2, column: 1 });
    assert.deepEqual(at('\r'), { line: 2, column: 3 });
    assert.deepEqual(idx.locate(text.indexOf('\r\n') + 1), { line: 2, column: 4 });
    assert.deepEqual(at('e'), { line: 3, column: 1 });
    assert.deepEqual(at('g'), { line: 4, column: 1 });
    assert.deepEqual(at('h'), { line: 4, column: 4 });
    assert.deepEqual(idx.locate(text.length), { line: 4, column: 5 });
    assert.deepEqual(idx.locate(999), { line: 4, column: 5 });
    assert.equal(idx.lineCount, 4);
  });
  it('round-trips with offsetAt', () => {
    const text = '第一行\r\n第二行\n\n最后';
    const idx = new LineIndex(text);
    for (let i = 0; i <= text.length; i++) {
      if (text[i - 1] === '\r' && text[i] === '\n') continue;
      assert.equal(idx.offsetAt(idx.locate(i)), i, `offset ${i}`);
    }
  });
  it('indexes a 1 MB text quickly', () => {
    const text = '微博文案一行，带一点长度。\n'.repeat(80_000);
    const started = process.hrtime.bigint();
    const idx = new LineIndex(text);
    let sum = 0;
    for (let i = 0; i < text.length; i += 97) sum += idx.locate(i).line;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(sum > 0);
    assert.ok(ms < 1000, `${ms} ms`);
    assert.deepEqual(idx.locate(text.length - 1), { line: 80_000, column: 14 });
  });
});
