// `npm run setup`: check the Debian packages and fetch Node 24 + code-server into `.vscode-test/`.
// Safe to run again: a finished install leaves a marker and is reused.

import { CODE_SERVER_VERSION, ensureCodeServer, isSetUp, nodeBinary } from './lib/code-server';
import { CHROMIUM, CJK_FONTS, EMOJI_FONT, KRB5_DEV, MissingSystemPackagesError, requireSystemPackages } from './lib/system';

function main(): void {
  const started = Date.now();
  requireSystemPackages([CHROMIUM, KRB5_DEV, CJK_FONTS, EMOJI_FONT]);
  const cached = isSetUp();
  ensureCodeServer();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${cached ? 'Reused' : 'Installed'} code-server ${CODE_SERVER_VERSION} on ${nodeBinary} (${seconds}s)`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof MissingSystemPackagesError ? error.message : error);
  process.exit(1);
}
