// `npm start`: a real VS Code (code-server) on examples/ with the freshly built extension
// installed, for trying Postlint by hand. Prints the URL and runs until Ctrl+C.
//
//   POSTLINT_PORT=8080 (default; a free port if taken)   POSTLINT_HOST=127.0.0.1 (default)
//
// The profile (settings, opened tabs) lives in .vscode-test/start/ and survives restarts;
// the extension is reinstalled from dist/ on every start.

import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { freePort, installBuiltExtension, startCodeServer } from './lib/code-server';
import { cacheDir, repoRoot } from './lib/paths';
import { CJK_FONTS, MissingSystemPackagesError, requireSystemPackages } from './lib/system';

async function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  // No Chromium needed: the person brings the browser. (Installing code-server, on the first
  // run, checks for libkrb5-dev itself.)
  const host = process.env.POSTLINT_HOST ?? '127.0.0.1';
  const wanted = Number(process.env.POSTLINT_PORT ?? 8080);
  const port = (await portIsFree(host, wanted)) ? wanted : await freePort(host);

  const startDir = path.join(cacheDir, 'start');
  const extensionsDir = path.join(startDir, 'extensions');
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  installBuiltExtension(extensionsDir);

  const server = await startCodeServer({
    workspace: path.join(repoRoot, 'examples'),
    extensionsDir,
    userDataDir: path.join(startDir, 'user-data'),
    host,
    port,
    logFile: path.join(startDir, 'code-server.log'),
  });
  console.log('');
  console.log(`  Postlint in VS Code (code-server): ${server.workspaceUrl}`);
  console.log('');
  console.log('  Open a draft (Ctrl+P, e.g. hard-sell.moments); Ctrl+Shift+M shows the Problems panel.');
  console.log(`  After changing the extension: Ctrl+C, then npm start again. Log: ${path.relative(repoRoot, server.logFile)}`);
  if (port !== wanted) console.log(`  (port ${wanted} was taken; set POSTLINT_PORT to choose another)`);
  if (!requireFontsQuietly()) console.log(`  Note: install ${CJK_FONTS.apt} if Chinese shows as boxes in a browser on this machine.`);

  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.process.once('exit', (code) => {
    console.error(`code-server exited (${code}); see ${server.logFile}`);
    process.exit(code ?? 1);
  });
}

function requireFontsQuietly(): boolean {
  try {
    requireSystemPackages([CJK_FONTS]);
    return true;
  } catch {
    return false;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof MissingSystemPackagesError ? error.message : error);
  process.exit(1);
});
