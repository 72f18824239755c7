import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { newNonce, previewCsp, previewPage } from '../../src/extension/previewHtml';
import { parseFromWebview, type RenderedState } from '../../src/extension/previewMessages';

const root = path.resolve(__dirname, '..', '..');
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

describe('preview page', () => {
  const nonce = 'bm9uY2Vub25jZW5vbmNlMQ==';
  const page = previewPage({
    cspSource: CSP_SOURCE,
    scriptUri: `${CSP_SOURCE}/ext/media/preview.js`,
    styleUri: `${CSP_SOURCE}/ext/media/preview.css`,
    nonce,
    lang: 'zh-CN',
  });

  it('allows only the extension’s own files and the one nonce’d script', () => {
    assert.equal(
      previewCsp(CSP_SOURCE, nonce),
      `default-src 'none'; style-src ${CSP_SOURCE}; script-src 'nonce-${nonce}'; img-src ${CSP_SOURCE} data:; font-src ${CSP_SOURCE}`,
    );
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${previewCsp(CSP_SOURCE, nonce)}">`));
    assert.doesNotMatch(page, /unsafe-inline|unsafe-eval|\*/);
  });

  it('has exactly one script, ours, with the nonce, and no inline script or style', () => {
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, [`<script nonce="${nonce}" src="${CSP_SOURCE}/ext/media/preview.js">`]);
    assert.match(page, /<script[^>]*><\/script>/, 'the script element has no inline body');
    assert.doesNotMatch(page, /<style|style=/);
    assert.doesNotMatch(page, /\son[a-z]+=/i);
  });

  it('escapes what it puts in attributes', () => {
    const hostile = previewPage({ cspSource: CSP_SOURCE, scriptUri: 'a"><script>x</script>', styleUri: 's', nonce: 'n', lang: '"><b>' });
    assert.doesNotMatch(hostile, /"><script>x/);
    assert.match(hostile, /src="a&quot;&gt;&lt;script&gt;x&lt;\/script&gt;"/);
    assert.match(hostile, /lang="&quot;&gt;&lt;b&gt;"/);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    assert.equal(nonces.size, 100);
    for (const n of nonces) assert.equal(Buffer.from(n, 'base64').length, 16);
  });
});

describe('preview script (media/preview.js)', () => {
  const script = fs.readFileSync(path.join(root, 'media', 'preview.js'), 'utf8');

  it('never parses strings as HTML or code', () => {
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'createContextualFragment', 'setTimeout(\'', 'srcdoc']) {
      assert.ok(!script.includes(sink), `preview.js must not use ${sink}`);
    }
  });

  it('makes nothing navigable: no links, hrefs, forms or window.open', () => {
    for (const sink of ['href', '.src', 'window.open', 'location', 'openExternal']) {
      assert.ok(!script.includes(sink), `preview.js must not use ${sink}`);
    }
    const created = [...script.matchAll(/(?:\bel|createElement)\('([a-z0-9]+)'/g)].map((m) => m[1]);
    assert.ok(created.length > 5);
    for (const tag of created) assert.ok(['div', 'span', 'br', 'button', 'header', 'footer', 'article', 'section', 'h1', 'ul', 'li', 'p'].includes(tag!), tag);
  });
});

describe('messages from the webview', () => {
  const state: RenderedState = {
    uri: 'file:///w/a.weibo',
    version: 3,
    platform: 'weibo',
    hasFold: true,
    expanded: false,
    visibleEnd: 140,
    hiddenStart: 140,
    visibleText: '字'.repeat(140),
    segments: 2,
    visibleSegments: 1,
    marks: 0,
    images: 0,
    scripts: 0,
    foreignElements: 0,
    cspViolations: 0,
  };

  it('accepts ready and a well-formed rendered report', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview({ type: 'rendered', state }), { type: 'rendered', state });
  });

  it('drops extra fields and rejects anything else', () => {
    assert.deepEqual(parseFromWebview({ type: 'rendered', state: { ...state, extra: '<b>' } }), { type: 'rendered', state });
    for (const bad of [
      null,
      'ready',
      { type: 'open', url: 'javascript:alert(1)' },
      { type: 'rendered' },
      { type: 'rendered', state: { ...state, version: -1 } },
      { type: 'rendered', state: { ...state, hiddenStart: '1' } },
      { type: 'rendered', state: { ...state, visibleEnd: 1.5 } },
      { type: 'rendered', state: { ...state, platform: 'x'.repeat(21) } },
    ]) {
      assert.equal(parseFromWebview(bad), undefined, JSON.stringify(bad));
    }
  });

  it('rejects a report without any one of its fields, or with one of the wrong kind', () => {
    for (const key of Object.keys(state) as Array<keyof RenderedState>) {
      const without: Partial<RenderedState> = { ...state };
      delete without[key];
      assert.equal(parseFromWebview({ type: 'rendered', state: without }), undefined, `without ${key}`);
      const wrong = typeof state[key] === 'string' ? 1 : 'x';
      assert.equal(parseFromWebview({ type: 'rendered', state: { ...state, [key]: wrong } }), undefined, `${key}: ${wrong}`);
    }
    assert.equal(parseFromWebview({ type: 'rendered', state: { ...state, uri: 'u'.repeat(10_001) } }), undefined);
    assert.deepEqual(parseFromWebview({ type: 'rendered', state: { ...state, hiddenStart: null } }), { type: 'rendered', state: { ...state, hiddenStart: null } });
  });
});
