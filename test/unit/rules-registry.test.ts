import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../src/core/config';
import { REPOSITORY_URL, ruleDocsPath, ruleDocsUrl } from '../../src/core/docs';
import { lint } from '../../src/core/engine';
import { ALL_RULES } from '../../src/core/rules';

const root = path.join(__dirname, '..', '..');

/** What each rule declares, and what the rest of Postlint derives from it (issue 12). */
describe('rule registry', () => {
  it('every rule has its page, docs/rules/<id>.md, and every page a rule', () => {
    for (const rule of ALL_RULES) {
      const page = path.join(root, ruleDocsPath(rule.id));
      assert.ok(fs.existsSync(page), `${ruleDocsPath(rule.id)} is missing`);
      assert.ok(fs.readFileSync(page, 'utf8').startsWith(`# \`${rule.id}\``), `${ruleDocsPath(rule.id)} opens with its id`);
    }
    const pages = fs.readdirSync(path.join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    assert.deepEqual(pages.map((f) => f.slice(0, -3)).sort(), ALL_RULES.map((r) => r.id).sort());
  });

  it("builds every docs link from package.json's repository", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { repository: { url: string } };
    assert.ok(pkg.repository.url.startsWith(REPOSITORY_URL), pkg.repository.url);
    assert.equal(ruleDocsUrl('ad-law'), `${REPOSITORY_URL}/blob/main/docs/rules/ad-law.md`);
  });

  it('ids are unique and each rule has both descriptions', () => {
    assert.equal(new Set(ALL_RULES.map((r) => r.id)).size, ALL_RULES.length);
    for (const rule of ALL_RULES) assert.ok(rule.description.zh && rule.description.en, rule.id);
  });

  it("a rule's extra words are found only for rules that take words; deny's come from its own config lists", () => {
    const words = ALL_RULES.map((r) => r.id).filter((id) => id !== 'deny');
    const { config } = parseConfig(
      JSON.stringify({ rules: Object.fromEntries(words.map((id) => [id, { options: { words: ['蓝莓酱'] } }])), deny: [{ word: '草莓酱' }] }),
      '/x/.postlintrc.json',
    );
    const found = lint('蓝莓酱和草莓酱', { config }).findings.map((f) => f.rule);
    const takers = ALL_RULES.filter((r) => r.acceptsWords).map((r) => r.id);
    assert.deepEqual(
      found.filter((id) => id !== 'deny').sort(),
      // ad-law reports its team's words anywhere; the judgement rules weigh them like their own.
      takers.filter((id) => found.includes(id)).sort(),
    );
    assert.ok(found.includes('deny'));
    assert.ok(found.includes('ad-law'));
  });
});
