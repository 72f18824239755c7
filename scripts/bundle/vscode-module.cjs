// The extension host's `vscode` module, re-exported by vscode-namespace.mjs. The name is not
// written as a literal so that esbuild leaves this require to run time instead of applying the
// 'vscode' alias to it (which would point back at vscode-namespace.mjs).
const hostModule = 'vscode';
module.exports = require(hostModule);
