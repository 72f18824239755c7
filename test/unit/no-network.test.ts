import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { PLATFORM_IDS } from '../../src/core/platforms';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild.js is the build script (CommonJS)
const { targets } = require('../../esbuild.js') as { targets(production: boolean): esbuild.BuildOptions[] };

/**
 * Issue 6 §7: neither the CLI nor the extension makes a network request.
 *  - The CLI runs for real under a preload that replaces every way Node reaches the network
 *    (net, tls, dns, http, https, fetch, WebSocket, undici) with a function that records the call
 *    and throws; drafts full of links are linted, counted and batch-processed, and nothing may be
 *    recorded. A control run proves the preload records a fetch().
 *  - The extension bundle and the webview script are scanned for network APIs (a stub `vscode`
 *    big enough to run activate() would be larger than the extension's own glue). A control scan
 *    of a copy with a fetch() added proves the scan finds one.
 * The bundles are built here from the sources with esbuild.js's own targets, so a stale dist/ is
 * never tested and the twitter-text bundle the extension requires on first use is scanned too.
 */

const PRELOAD = String.raw`
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const log = process.env.POSTLINT_NET_LOG;
function trap(name) {
  return function () {
    fs.appendFileSync(log, name + '\n');
    throw new Error('network call blocked by the no-network test: ' + name);
  };
}
const targets = {
  net: ['connect', 'createConnection'],
  tls: ['connect'],
  dns: ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'],
  http: ['request', 'get'],
  https: ['request', 'get'],
  http2: ['connect'],
};
for (const [mod, names] of Object.entries(targets)) {
  const m = require('node:' + mod);
  for (const n of names) m[n] = trap(mod + '.' + n);
}
const dnsPromises = require('node:dns').promises;
for (const n of ['lookup', 'resolve', 'resolve4', 'resolve6']) dnsPromises[n] = trap('dns.promises.' + n);
require('node:net').Socket.prototype.connect = trap('net.Socket.connect');
for (const g of ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']) {
  Object.defineProperty(globalThis, g, { value: trap(g), writable: true, configurable: true });
}
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'undici' || request === 'node:undici') trap('require(undici)')();
  return load.call(this, request, ...rest);
};
`;

/** Network APIs a bundle must not use; each with the pattern that finds it in minified or plain code. */
const NETWORK_USES: Array<[string, RegExp]> = [
  ['http.request / https.request', /\bhttps?\d?\.(request|get)\s*\(/],
  ['require("http"/"https"/"http2"/"net"/"tls"/"dns"/"undici")', /require\(\s*["'](node:)?(https?2?|net|tls|dns|dgram|undici)["']\s*\)/],
  ['net.connect / tls.connect / createConnection', /\b(net|tls)\.connect\s*\(|\bcreateConnection\s*\(/],
  ['fetch(', /(^|[^\w$.])fetch\s*\(|\.fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource / sendBeacon', /\bEventSource\b|\bsendBeacon\b/],
];

/** What the scan finds in one file's code: "file: api" lines. */
function networkUses(file: string, code: string): string[] {
  return NETWORK_USES.filter(([, re]) => re.test(code)).map(([api]) => `${path.basename(file)}: ${api}`);
}

describe('no network: neither the CLI nor the extension makes a request', function () {
  this.timeout(60_000);
  const root = path.join(__dirname, '../..');
  let dir: string;
  let cli: string;
  let extension: string;
  let preload: string;
  let netLog: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-nonet-'));
    cli = path.join(dir, 'cli.js');
    extension = path.join(dir, 'extension.js');
    preload = path.join(dir, 'no-network.cjs');
    netLog = path.join(dir, 'net.log');
    fs.writeFileSync(preload, PRELOAD);
    // esbuild.js's own targets (the extension, the CLI and the twitter-text bundle the extension
    // requires on first use), written here instead of dist/.
    await Promise.all(
      targets(false).map((target) =>
        esbuild.build({ ...target, outfile: path.join(dir, path.basename(target.outfile!)), sourcemap: false, logLevel: 'silent' }),
      ),
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => fs.rmSync(netLog, { force: true }));

  const recorded = () => (fs.existsSync(netLog) ? fs.readFileSync(netLog, 'utf8').trim().split('\n') : []);
  const exec = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--require', preload, cli, ...args], {
      input,
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', POSTLINT_NET_LOG: netLog },
    });

  const DRAFT = [
    '---',
    'platform: weibo',
    '---',
    '这是最好的面霜，赶紧下单！详情 https://t.cn/A6xYz9Qk 和 https://weibo.com/u/1234567890 ，',
    '还有 http://weibo.cn/status/1?x=1 与 www.example.com/a 、https://例子.中国/路径 #好物# @小明',
  ].join('\n');

  it('control: the preload records and blocks a fetch()', () => {
    const r = spawnSync(process.execPath, ['--require', preload, '-e', "try { fetch('https://t.cn/x') } catch {} require('node:https').get('https://weibo.com')"], {
      encoding: 'utf8',
      env: { ...process.env, POSTLINT_NET_LOG: netLog },
    });
    assert.notEqual(r.status, 0, 'https.get must throw');
    assert.deepEqual(recorded(), ['fetch', 'https.get']);
  });

  it('lint of a draft file with links: findings as usual, no network call', () => {
    fs.writeFileSync(path.join(dir, 'links.weibo'), DRAFT);
    const r = exec(['lint', 'links.weibo', '--format', 'json']);
    assert.deepEqual(recorded(), [], r.stderr);
    assert.equal(r.status, 1, r.stderr);
    const [file] = JSON.parse(r.stdout) as Array<{ findings: Array<{ rule: string }> }>;
    assert.ok(file!.findings.some((f) => f.rule === 'ad-law'), r.stdout);
    assert.equal(r.stderr, '');
  });

  it('lint --stdin and count of a draft with links: no network call', () => {
    const lintRun = exec(['lint', '--stdin', '--stdin-filename', 'a.weibo'], DRAFT);
    assert.deepEqual(recorded(), [], lintRun.stderr);
    assert.equal(lintRun.status, 1, lintRun.stderr);
    assert.match(lintRun.stdout, /ad-law/);

    const countRun = exec(['count', '--json', '--platform', 'weibo'], DRAFT);
    assert.deepEqual(recorded(), [], countRun.stderr);
    assert.equal(countRun.status, 0, countRun.stderr);
    assert.ok(Number.isInteger((JSON.parse(countRun.stdout) as { length: number }).length), countRun.stdout);
  });

  it('--jsonl of drafts with links: one result per line, no network call', () => {
    const lines = ['https://t.cn/A6xYz9Qk', '看 https://weibo.com/1/abc 最好', '朋友圈 https://mp.weixin.qq.com/s/x']
      .flatMap((text) => PLATFORM_IDS.map((platform) => JSON.stringify({ text, platform })));
    for (const command of ['lint', 'count']) {
      const r = exec([command, '--jsonl'], `${lines.join('\n')}\n`);
      assert.deepEqual(recorded(), [], r.stderr);
      assert.equal(r.stdout.trimEnd().split('\n').length, lines.length, `${command}: ${r.stdout}${r.stderr}`);
      assert.equal(r.stderr, '', command);
    }
  });

  it('the extension bundle and the webview script use no network API', () => {
    const files = [extension, path.join(dir, 'twitter-text.js'), ...fs.readdirSync(path.join(root, 'media')).filter((f) => f.endsWith('.js')).map((f) => path.join(root, 'media', f))];
    for (const built of ['extension.js', 'twitter-text.js', 'cli.js']) {
      const dist = path.join(root, 'dist', built);
      if (fs.existsSync(dist)) files.push(dist);
    }
    assert.ok(files.some((f) => f.includes(`media${path.sep}`)), 'media/*.js found');
    assert.match(fs.readFileSync(extension, 'utf8'), /require\("\.\/twitter-text\.js"\)/, 'the extension leaves twitter-text to its own bundle');
    assert.match(fs.readFileSync(path.join(dir, 'twitter-text.js'), 'utf8'), /parseTweet/, 'the twitter-text bundle is scanned');
    const uses = files.flatMap((f) => networkUses(f, fs.readFileSync(f, 'utf8')));
    assert.deepEqual(uses, [], `network APIs found in the bundles:\n${uses.join('\n')}`);
  });

  it('control: the scan finds a fetch() added to a copy of the bundle and of the webview script', () => {
    for (const file of [extension, path.join(root, 'media/preview.js')]) {
      const code = fs.readFileSync(file, 'utf8');
      assert.deepEqual(networkUses(file, code), []);
      assert.deepEqual(networkUses(file, `${code}\nfetch("https://t.cn/x");`), [`${path.basename(file)}: fetch(`]);
      assert.deepEqual(networkUses(file, `${code}\nnew WebSocket("wss://x");`), [`${path.basename(file)}: WebSocket`]);
      assert.deepEqual(networkUses(file, `${code}\nrequire("node:https");`), [`${path.basename(file)}: ${NETWORK_USES[1]![0]}`]);
      assert.deepEqual(networkUses(file, `${code}\nhttps.request(u);`), [`${path.basename(file)}: ${NETWORK_USES[0]![0]}`]);
      assert.deepEqual(networkUses(file, `${code}\nnet.connect(443);`), [`${path.basename(file)}: ${NETWORK_USES[2]![0]}`]);
    }
  });
});
