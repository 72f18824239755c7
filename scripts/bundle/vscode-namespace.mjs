// What `import * as vscode from 'vscode'` gives the extension's files: esbuild.js aliases
// 'vscode' to this module in the extension bundle. Bundled, a namespace import of a CommonJS
// module copies every export (about 390 names for the vscode API) onto a new object in each
// importing file, eleven times at activation (~10 ms of CPU); through this ES module the copy is
// made once, and every file reads the same namespace.
export * from './vscode-module.cjs';
