// The folder the Restricted Mode run opens (run-code-server.ts `--mode restricted`): a copy of
// examples/ plus what a shared folder could hold to make an editor extension run its code —
// JavaScript configs, a "plugin" in node_modules, a config naming it — each of which, if it
// ever ran, would leave an `EXECUTED-…` file and a mark on globalThis. No `vscode` import:
// the runner (Node) plants the files, the test (extension host) checks them.

import * as fs from 'node:fs';
import * as path from 'node:path';

export const RESTRICTED_SUITE_TITLE = 'Restricted Mode (untrusted workspace)';

/** Set on globalThis by any planted script that runs. */
export const EXECUTED_GLOBAL = '__postlintWorkspaceCodeRan';
export const EXECUTED_PREFIX = 'EXECUTED-';
export const POLLUTED_KEY = 'postlintPolluted';

/** Text a `deny` entry names: it must be matched as words, never run or compiled. */
export const DENY_CODE = "require('child_process').execSync('touch EXECUTED-deny')";
/** A catastrophic regular expression if it were compiled; as text it is six characters. */
export const DENY_REGEX = '(a+)+$';

const commonJsPayload = `const fs = require('fs'), path = require('path');
fs.writeFileSync(path.join(__dirname, '${EXECUTED_PREFIX}' + path.basename(__filename)), 'ran');
globalThis.${EXECUTED_GLOBAL} = (globalThis.${EXECUTED_GLOBAL} || []).concat(__filename);
module.exports = { rules: { 'hard-sell': 'off' } };
`;

const esmPayload = (name: string): string => `import * as fs from 'node:fs';
fs.writeFileSync(new URL('./${EXECUTED_PREFIX}${name}', import.meta.url), 'ran');
globalThis.${EXECUTED_GLOBAL} = (globalThis.${EXECUTED_GLOBAL} || []).concat(import.meta.url);
export default { rules: { 'hard-sell': 'off' } };
`;

/** The planted files, by path inside the workspace. */
export function untrustedWorkspaceFiles(): Record<string, string> {
  return {
    '.postlintrc.json': `${JSON.stringify(
      {
        rules: { 'false-urgency': 'off' },
        deny: [{ word: DENY_CODE }, { word: DENY_REGEX }],
        // Not Postlint keys: each is a config problem, and nothing is loaded or merged from them.
        plugins: ['postlint-plugin-evil', './.postlintrc.js'],
        extends: './postlint.config.js',
        // Computed, so it is an own key written into the JSON (a literal `__proto__:` would set the prototype).
        ['__proto__']: { [POLLUTED_KEY]: true },
      },
      null,
      2,
    )}\n`,
    '.postlintrc.js': commonJsPayload,
    '.postlintrc.cjs': commonJsPayload,
    '.postlintrc.mjs': esmPayload('.postlintrc.mjs'),
    'postlint.config.js': commonJsPayload,
    'postlint.config.cjs': commonJsPayload,
    'postlint.config.mjs': esmPayload('postlint.config.mjs'),
    'node_modules/postlint-plugin-evil/package.json': '{ "name": "postlint-plugin-evil", "version": "1.0.0", "main": "index.js" }\n',
    'node_modules/postlint-plugin-evil/index.js': commonJsPayload,
    // Workspace settings are read in Restricted Mode (none of Postlint's is restricted): a
    // `.post` draft without front matter is a Moments post here. The others are nonsense a
    // hand-edited or hostile settings.json could hold; each is ignored for its default.
    '.vscode/settings.json': `${JSON.stringify(
      {
        'postlint.defaultPlatform': 'moments',
        'postlint.rules': { ['__proto__']: { 'ad-law': 'off' }, 'ad-law': 'explode', constructor: 'off' },
        'postlint.debounceMs': -1e308,
        'postlint.maxFileSizeKB': 'a lot',
        'postlint.languages': '*',
        'postlint.author': { toString: 'alert(1)' },
      },
      null,
      2,
    )}\n`,
    'restricted.post': [
      '尊敬的客户，这是最好的面霜，赶紧下单！仅此一次。',
      DENY_CODE,
      `${DENY_REGEX} ${'a'.repeat(40)}!`,
      '',
    ].join('\n'),
  };
}

export function plantUntrustedWorkspace(workspace: string): void {
  for (const [name, text] of Object.entries(untrustedWorkspaceFiles())) {
    const file = path.join(workspace, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
