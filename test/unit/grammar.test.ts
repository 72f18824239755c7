import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');

/** Tokenizes each line with the real TextMate engine VS Code uses, returning [text, scopes] pairs. */
async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () =>
      vsctm.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', 'postdraft.tmLanguage.json'), 'utf8'), 'postdraft.tmLanguage.json'),
  });
  const grammar = await registry.loadGrammar('text.postdraft');
  assert.ok(grammar);
  return grammar;
}

function tokenize(grammar: vsctm.IGrammar, text: string): Array<[string, string]> {
  let state = vsctm.INITIAL;
  const out: Array<[string, string]> = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const scope = t.scopes[t.scopes.length - 1]!;
      if (scope !== 'text.postdraft') out.push([line.slice(t.startIndex, t.endIndex), scope]);
    }
    state = r.ruleStack;
  }
  return out;
}

const scopeOf = (tokens: Array<[string, string]>, text: string) => tokens.find(([t]) => t === text)?.[1];

describe('TextMate grammar', () => {
  let grammar: vsctm.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('colours front matter keys and values, and only at the top', () => {
    const tokens = tokenize(grammar, '---\nplatform: weibo\nauthor: 小王\n---\n正文 key: value');
    assert.equal(scopeOf(tokens, 'platform'), 'entity.name.tag.key.postdraft');
    assert.equal(scopeOf(tokens, 'weibo'), 'string.unquoted.value.postdraft');
    assert.equal(scopeOf(tokens, '小王'), 'string.unquoted.value.postdraft');
    assert.equal(tokens.some(([t]) => t.includes('正文')), false, 'body text after the front matter is plain');
  });

  it('colours topics, tags, mentions, URLs, emoticons, emoji and 【】', () => {
    const tokens = tokenize(grammar, '#周末去哪儿# 和 @小红_Red 看 https://t.cn/A6abc?x=1 #OOTD [哈哈] 👩‍💻 【新品】');
    assert.equal(scopeOf(tokens, '#周末去哪儿#'), 'entity.name.tag.topic.postdraft');
    assert.equal(scopeOf(tokens, '@小红_Red'), 'variable.other.mention.postdraft');
    assert.equal(scopeOf(tokens, 'https://t.cn/A6abc?x=1'), 'markup.underline.link.postdraft');
    assert.equal(scopeOf(tokens, '#OOTD'), 'entity.name.tag.hashtag.postdraft');
    assert.equal(scopeOf(tokens, '[哈哈]'), 'constant.character.emoticon.postdraft');
    assert.equal(scopeOf(tokens, '👩‍💻'), 'constant.character.emoji.postdraft');
    assert.equal(scopeOf(tokens, '【新品】'), 'markup.heading.bracket.postdraft');
  });

  it('does not take an e-mail address for a mention, nor a lone # for a topic', () => {
    const tokens = tokenize(grammar, '写信到 a@b.com，第 # 号');
    assert.deepEqual(tokens, []);
  });

  it('marks postlint control comments', () => {
    const tokens = tokenize(grammar, '<!-- postlint-disable ad-law -->\n# postlint-disable-next-line\n#话题#');
    assert.equal(scopeOf(tokens, 'postlint-disable'), 'keyword.control.postlint.postdraft');
    assert.equal(scopeOf(tokens, 'postlint-disable-next-line'), 'keyword.control.postlint.postdraft');
    assert.equal(scopeOf(tokens, '#话题#'), 'entity.name.tag.topic.postdraft');
  });
});
