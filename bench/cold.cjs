// Where a fresh process's time goes before the core is warm, for bench/run.ts: loads the core
// bundle, lints a short draft (which builds the word-list automaton for the default config),
// then lints one large document twice. Prints one JSON line of milliseconds:
// {"loadMs","firstLintMs","documentMs","documentAgainMs"}.
//
//   node bench/cold.cjs <core.js> <document.txt>
//
// The document's first lint runs while V8 is still interpreting and optimising the core; the
// second shows what the same work costs once part of it is compiled.

const fs = require('node:fs');
const { performance } = require('node:perf_hooks');

const [corePath, documentPath] = process.argv.slice(2);
const text = fs.readFileSync(documentPath, 'utf8');
const t0 = performance.now();
const { lint } = require(corePath);
const t1 = performance.now();
lint('今天天气不错。', { fileName: 'first.weibo' });
const t2 = performance.now();
lint(text, { fileName: 'document.weibo' });
const t3 = performance.now();
lint(text, { fileName: 'document.weibo' });
const t4 = performance.now();
console.log(JSON.stringify({ loadMs: t1 - t0, firstLintMs: t2 - t1, documentMs: t3 - t2, documentAgainMs: t4 - t3 }));
