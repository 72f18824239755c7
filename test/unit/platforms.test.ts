import { strict as assert } from 'node:assert';
import { buildCard, isCardPlatform } from '../../src/core/card';
import { DRAFT_FILE_ENDINGS, parseDraft, platformFromFileName, platformFromName } from '../../src/core/draft';
import { lint } from '../../src/core/engine';
import { DEFAULT_PLATFORM, PLATFORM_IDS, PLATFORMS } from '../../src/core/platforms';
import { previewCommand, previewCommands } from '../../src/extension/previewCommands';

/** The profiles are the single source of platform facts (issue 12): what is read from them. */
describe('platform profiles', () => {
  it('are listed under their own ids, one of them the default', () => {
    assert.deepEqual(Object.keys(PLATFORMS), [...PLATFORM_IDS]);
    for (const id of PLATFORM_IDS) assert.equal(PLATFORMS[id].id, id);
    assert.deepEqual(
      PLATFORM_IDS.filter((id) => PLATFORMS[id].isDefault),
      [DEFAULT_PLATFORM],
    );
    assert.equal(parseDraft('正文').platform, DEFAULT_PLATFORM);
  });

  it('name their platform for front matter and --platform: each id and alias, whatever the case', () => {
    const seen = new Set<string>();
    for (const id of PLATFORM_IDS) {
      for (const name of [id, ...PLATFORMS[id].aliases]) {
        assert.ok(!seen.has(name), `${name} names two platforms`);
        seen.add(name);
        assert.equal(name, name.toLowerCase(), `alias ${name} is lower case`);
        assert.equal(platformFromName(` ${name.toUpperCase()} `), id);
        assert.equal(parseDraft(`---\nplatform: ${name}\n---\n正文`).platform, id);
      }
    }
    assert.equal(platformFromName('myspace'), null);
  });

  it('name their platform by file ending; .post names none', () => {
    const seen = new Set<string>(['.post']);
    for (const id of PLATFORM_IDS) {
      for (const ending of PLATFORMS[id].fileEndings) {
        assert.match(ending, /^\.[a-z0-9]+$/);
        assert.ok(!seen.has(ending), `${ending} is claimed twice`);
        seen.add(ending);
        assert.equal(platformFromFileName(`drafts/a${ending.toUpperCase()}`), id);
      }
    }
    assert.deepEqual([...DRAFT_FILE_ENDINGS].sort(), [...seen].sort());
    assert.equal(platformFromFileName('a.post'), null);
  });

  it('describe a card for the platforms with a preview, each with its command', () => {
    assert.deepEqual(
      previewCommands().map((p) => p.command),
      ['postlint.previewWeibo', 'postlint.previewMoments', 'postlint.previewXiaohongshu'],
    );
    for (const id of PLATFORM_IDS) {
      assert.equal(isCardPlatform(id), previewCommand(PLATFORMS[id]) !== undefined, id);
      const result = lint('---\nimages: 12\n---\n正文', { platform: id, rules: [] });
      if (!isCardPlatform(id)) assert.throws(() => buildCard(result));
      else assert.equal(buildCard(result).images?.max, PLATFORMS[id].maxImages, `${id}: the card's image cap is the profile's`);
    }
    assert.equal(isCardPlatform('x'), false);
  });

  it('say where the platform enforces a rule itself', () => {
    const text = '不转不是中国人！';
    const severity = (id: (typeof PLATFORM_IDS)[number]) => lint(text, { platform: id }).findings.find((f) => f.rule === 'induced-sharing')!.severity;
    for (const id of PLATFORM_IDS) assert.equal(severity(id), PLATFORMS[id].ruleSeverity?.['induced-sharing'] ?? 'warning', id);
  });
});
