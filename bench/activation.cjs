// Extension start-up, for bench/run.ts: loads a bundled dist/extension.js under a stand-in
// `vscode` module and calls activate(), timing both. Prints one JSON line.
//
//   node bench/activation.cjs <extension.js> <package.json>
//
// The stand-in has every top-level name of the real API (read from @types/vscode) as an object
// on which any property is another such object, any call returns one and any assignment is
// kept: enough for activate() to register its providers, commands and listeners. What it
// measures is the extension's own cost (reading, compiling and running the bundle, then
// activate); VS Code's extension host adds its own fixed overhead on top. Prints
// {"loadMs","activateMs","loadCpuMs","activateCpuMs"}.

const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

function standIn() {
  const cache = {};
  return new Proxy(function () {}, {
    get(_target, prop) {
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'dispose') return () => {};
      if (prop === 'length') return 0;
      if (!Object.prototype.hasOwnProperty.call(cache, prop)) cache[prop] = standIn();
      return cache[prop];
    },
    set(_target, prop, value) {
      cache[prop] = value;
      return true;
    },
    apply: () => standIn(),
    construct: () => standIn(),
  });
}

const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const vscode = {};
for (const line of declarations.match(/^\s*export (?:namespace|class|enum|const|function|let) [A-Za-z_0-9]+/gm)) {
  vscode[line.trim().split(/\s+/)[2]] = standIn();
}
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const file = path.resolve(process.argv[2]);
const packageJSON = JSON.parse(fs.readFileSync(path.resolve(process.argv[3]), 'utf8'));
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const extension = require(file);
const t1 = process.hrtime.bigint();
const c1 = process.cpuUsage();
extension.activate({
  subscriptions: [],
  extension: { packageJSON },
  extensionUri: vscode.Uri.file(path.dirname(file)),
  globalState: standIn(),
  workspaceState: standIn(),
});
const t2 = process.hrtime.bigint();
const c2 = process.cpuUsage();
// CPU time (all threads) next to the wall clock: on a shared machine the wall clock also counts
// the time spent waiting for a core, the CPU time does not.
const cpuMs = (a, b) => (b.user + b.system - a.user - a.system) / 1000;
console.log(JSON.stringify({ loadMs: Number(t1 - t0) / 1e6, activateMs: Number(t2 - t1) / 1e6, loadCpuMs: cpuMs(c0, c1), activateCpuMs: cpuMs(c1, c2) }));
