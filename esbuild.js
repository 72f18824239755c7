// Bundles the two shells around the core:
//   src/extension/extension.ts → dist/extension.js     (loaded by VS Code; `vscode` is provided by the host)
//   twitter-text               → dist/twitter-text.js  (required by dist/extension.js when an X draft first needs it)
//   src/cli/main.ts            → dist/cli.js           (the `postlint` bin, one file)
// `node esbuild.js` builds once, `--production` minifies, `--watch` rebuilds on change.
// `require('./esbuild.js').targets(production)` gives the options without building (the bench
// builds the shipped, minified bundles into a scratch folder with them).

const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

/**
 * @param {boolean} production
 * @returns {import('esbuild').BuildOptions[]} the extension, the CLI, then the extension's lazily required parts
 */
function targets(production) {
  /** @type {import('esbuild').BuildOptions} */
  const shared = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: production,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'info',
    absWorkingDir: __dirname,
    // jsonc-parser's UMD `main` loads its parts with a dynamic require that a bundle cannot
    // follow ("Cannot find module './impl/format'" at activation); its ES module build bundles.
    // Only for it: twitter-text's ES build has no default export, so `module` first breaks X.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  };
  return [
    {
      ...shared,
      entryPoints: ['src/extension/extension.ts'],
      outfile: 'dist/extension.js',
      alias: {
        ...shared.alias,
        // twitter-text with core-js and its other dependencies is a third of the bundle, and
        // only X drafts need it (src/core/text/twitter.ts requires it on first use): it is left
        // to dist/twitter-text.js beside the bundle, so start-up neither reads nor compiles it.
        'twitter-text': './twitter-text.js',
        // The host's API through one ES module, copied once instead of once per importing file
        // (see the file).
        vscode: './scripts/bundle/vscode-namespace.mjs',
      },
      external: ['./twitter-text.js'],
    },
    {
      ...shared,
      entryPoints: ['src/cli/main.ts'],
      outfile: 'dist/cli.js',
      banner: { js: '#!/usr/bin/env node' },
    },
    {
      ...shared,
      stdin: { contents: "module.exports = require('twitter-text');", resolveDir: __dirname, sourcefile: 'twitter-text-entry.js', loader: 'js' },
      outfile: 'dist/twitter-text.js',
    },
  ];
}

async function main() {
  const production = process.argv.includes('--production');
  const watch = process.argv.includes('--watch');
  const present = targets(production).filter((options) => {
    if (!options.entryPoints) return true; // a package re-exported through `stdin`
    const entry = /** @type {string[]} */ (options.entryPoints)[0];
    if (fs.existsSync(path.join(__dirname, entry))) return true;
    console.warn(`esbuild: skipping ${entry} (not written yet)`);
    return false;
  });
  if (watch) {
    for (const options of present) await (await esbuild.context(options)).watch();
    return;
  }
  await Promise.all(present.map((options) => esbuild.build(options)));
  // The bin must be executable for `npm link` / `npx postlint` straight from dist/.
  if (fs.existsSync(path.join(__dirname, 'dist', 'cli.js'))) fs.chmodSync(path.join(__dirname, 'dist', 'cli.js'), 0o755);
}

module.exports = { targets };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
