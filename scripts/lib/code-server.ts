// A real VS Code these machines can run: code-server from npm, on Node 24 from npm
// (see ../shared/REAL_VSCODE.md). Everything is cached under `.vscode-test/` and reused.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { cacheDir, repoRoot, resultsDir } from './paths';
import { KRB5_DEV, requireSystemPackages } from './system';

export const CODE_SERVER_VERSION = '4.139.1';
/** code-server's `engines.node`; the machine's own Node (20) is too old for it. */
export const NODE_MAJOR = 24;

const nodeDir = path.join(cacheDir, `node${NODE_MAJOR}`);
const codeServerDir = path.join(cacheDir, 'code-server');
const MARKER = '.postlint-ready';

const nodePackage = `node-linux-${process.arch}`;
/** The npm package that ships Node itself: `bin/node` plus the headers native modules build against. */
export const nodePackageDir = path.join(nodeDir, 'node_modules', nodePackage);
export const nodeBinary = path.join(nodePackageDir, 'bin', 'node');
export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

interface Marker {
  spec: string;
  installed: string;
  at: string;
}

function readMarker(dir: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

function log(message: string): void {
  process.stderr.write(`[postlint setup] ${message}\n`);
}

/**
 * `npm install --prefix` into a scratch folder that becomes `dir` only when the install finished,
 * so an interrupted run never leaves a half-installed cache that looks complete.
 */
function npmInstallCached(dir: string, spec: string, env: NodeJS.ProcessEnv, node?: string): void {
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const started = Date.now();
  log(`npm install ${spec} → ${path.relative(repoRoot, dir)}/ (first run only; code-server takes a few minutes)`);
  const args = ['install', '--prefix', partial, '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error', spec];
  const result = node
    ? spawnSync(node, [npmCliPath(), ...args], { stdio: 'inherit', env })
    : spawnSync('npm', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    throw new Error(
      `npm install ${spec} failed (exit ${result.status ?? result.signal}). ` +
        'Only the npm registry is needed; check the network and the messages above.',
    );
  }
  const name = spec.slice(0, spec.lastIndexOf('@'));
  const installed = (
    JSON.parse(fs.readFileSync(path.join(partial, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const marker: Marker = { spec, installed, at: new Date().toISOString() };
  fs.writeFileSync(path.join(partial, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(partial, dir);
  log(`installed ${name}@${installed} in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}

/** The machine's npm, as a script another Node can run. */
function npmCliPath(): string {
  const candidates: string[] = [];
  const fromNpm = process.env.npm_execpath;
  if (fromNpm) candidates.push(fromNpm, path.join(path.dirname(fromNpm), 'npm-cli.js'));
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const npm = path.join(dir, 'npm');
    if (fs.existsSync(npm)) candidates.push(fs.realpathSync(npm));
  }
  const found = candidates.find((file) => path.basename(file) === 'npm-cli.js' && fs.existsSync(file));
  if (!found) throw new Error('Cannot find npm (npm-cli.js) on PATH.');
  return found;
}

/** The machine's npm has `nodedir=/usr` set globally; every install here overrides it. */
function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  // When we run under `npm run`/`npx`, the parent npm exported its own settings; its user agent
  // ("node/v20") would be taken as config by the child npm and fail code-server's version check.
  for (const key of Object.keys(env)) {
    if (/^npm_(config_(user_agent|prefix|local_prefix)$|node_execpath$|package_|lifecycle_)/i.test(key)) delete env[key];
  }
  return {
    ...env,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}

export function ensureNode24(): string {
  if (process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch)) {
    throw new Error(`The code-server harness supports Linux x64/arm64, not ${process.platform}/${process.arch}.`);
  }
  const spec = `${nodePackage}@${NODE_MAJOR}`;
  if (readMarker(nodeDir)?.spec !== spec || !fs.existsSync(nodeBinary)) {
    npmInstallCached(nodeDir, spec, npmEnv({ npm_config_nodedir: '' }));
  }
  return nodeBinary;
}

export function ensureCodeServer(): string {
  ensureNode24();
  const spec = `code-server@${CODE_SERVER_VERSION}`;
  if (readMarker(codeServerDir)?.spec === spec && fs.existsSync(codeServerEntry)) return codeServerEntry;
  requireSystemPackages([KRB5_DEV]);
  npmInstallCached(
    codeServerDir,
    spec,
    npmEnv({
      // code-server's postinstall builds native modules: against Node 24, not the machine's Node 20.
      PATH: `${path.dirname(nodeBinary)}${path.delimiter}${process.env.PATH ?? ''}`,
      npm_config_nodedir: nodePackageDir,
    }),
    // npm itself runs on Node 24 too: code-server's postinstall reads the Node version from
    // npm's user agent and refuses anything but 24.
    nodeBinary,
  );
  return codeServerEntry;
}

export function isSetUp(): boolean {
  return (
    readMarker(nodeDir)?.spec === `${nodePackage}@${NODE_MAJOR}` &&
    readMarker(codeServerDir)?.spec === `code-server@${CODE_SERVER_VERSION}`
  );
}

// ---------------------------------------------------------------------------------------------
// Installing the built extension

interface ExtensionManifest {
  publisher: string;
  name: string;
  version: string;
  files?: string[];
}

export function readManifest(): ExtensionManifest {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as ExtensionManifest;
}

/** What `vsce package` would ship when package.json has no `files` list. */
const DEFAULT_EXTENSION_FILES = [
  'package.json',
  'package.nls.json',
  'package.nls.zh-cn.json',
  'language-configuration.json',
  'dist',
  'syntaxes',
  'media',
  'schemas',
  'l10n',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
];

/** Folders never packaged and too big to walk. */
const NEVER_PACKAGED = new Set(['.git', 'node_modules', '.vscode-test', '.tmp', 'out', 'test-results']);

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern naming a folder covers what is inside it, as in vsce.
  return new RegExp(`^${source}(/.*)?$`);
}

/**
 * The files `vsce package` would put in the .vsix, by `.vscodeignore` (later lines win, `!`
 * lets a file back in) — so the tests load exactly what users install. Covers the glob
 * forms a .vscodeignore uses (`**`, `*`, `?`); undefined when there is no .vscodeignore.
 */
function packagedByVscodeignore(): string[] | undefined {
  const ignoreFile = path.join(repoRoot, '.vscodeignore');
  if (!fs.existsSync(ignoreFile)) return undefined;
  const rules = fs
    .readFileSync(ignoreFile, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => ({ include: line.startsWith('!'), pattern: globToRegExp(line.replace(/^!/, '').replace(/^\//, '')) }));
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const file = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!NEVER_PACKAGED.has(entry.name)) walk(file);
        continue;
      }
      let included = true;
      for (const rule of rules) if (rule.pattern.test(file)) included = rule.include;
      if (included && !file.endsWith('.vsix')) files.push(file);
    }
  };
  walk('');
  return files;
}

/**
 * Unpacks the built extension into `extensionsDir` as `publisher.name-version`, the folder name
 * VS Code gives an installed extension, so it loads exactly as a user's install would.
 */
export function installBuiltExtension(extensionsDir: string): string {
  const manifest = readManifest();
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first.');
  }
  const target = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const files = new Set(['package.json', ...(packagedByVscodeignore() ?? manifest.files ?? DEFAULT_EXTENSION_FILES)]);
  for (const file of files) {
    const source = path.join(repoRoot, file);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(target, file), { recursive: true });
  }
  return target;
}

// ---------------------------------------------------------------------------------------------
// Running it

export interface CodeServerOptions {
  workspace: string;
  extensionsDir: string;
  userDataDir: string;
  /** User settings for the fresh profile. */
  settings?: Record<string, unknown>;
  /** Extra environment for the server and so for its extension host. */
  env?: NodeJS.ProcessEnv;
  port?: number;
  host?: string;
  /** Where the server's output goes; defaults to test-results/logs/code-server-<port>.log. */
  logFile?: string;
  /** More code-server flags, e.g. `--vscode-option enable-smoke-test-driver`. */
  extraArgs?: string[];
  /**
   * Leave workspace trust on (no `--disable-workspace-trust`, `security.workspace.trust.enabled`
   * true, no start-up prompt): a fresh profile then opens the folder in Restricted Mode.
   */
  restrictedMode?: boolean;
}

export interface RunningCodeServer {
  url: string;
  /** The URL that opens `workspace` as the window's folder. */
  workspaceUrl: string;
  port: number;
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/** Settings that keep a fresh profile quiet: no welcome page, tips, trust prompt or AI panel. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
};

/**
 * Workspace trust on, and a folder nobody has trusted stays in Restricted Mode: no modal asks
 * at start-up (it would wait for a click), the banner says so instead.
 */
export const RESTRICTED_MODE_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
  'security.workspace.trust.emptyWindow': false,
};

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealthz(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode} before it was ready; see ${logFile}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000}s; see ${logFile}`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const entry = ensureCodeServer();
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  const logFile = options.logFile ?? path.join(resultsDir, 'logs', `code-server-${port}.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.mkdirSync(options.extensionsDir, { recursive: true });
  const settingsFile = path.join(options.userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  // A fresh profile gets quiet settings; a kept one (npm start) keeps what its user changed.
  if (!fs.existsSync(settingsFile)) {
    const trust = options.restrictedMode ? RESTRICTED_MODE_SETTINGS : {};
    fs.writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...trust, ...options.settings }, null, 2));
  }

  const configFile = path.join(options.userDataDir, 'code-server.yaml');
  fs.writeFileSync(configFile, '# every option is passed on the command line\nauth: none\n');

  const out = fs.openSync(logFile, 'w');
  const child = spawn(
    nodeBinary,
    [
      entry,
      '--auth',
      'none',
      '--bind-addr',
      `${host}:${port}`,
      '--extensions-dir',
      options.extensionsDir,
      '--user-data-dir',
      options.userDataDir,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.restrictedMode ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      // Our own (empty) config file: code-server would otherwise write one into ~/.config.
      '--config',
      configFile,
      ...(options.extraArgs ?? []),
      options.workspace,
    ],
    {
      stdio: ['ignore', out, out],
      env: { ...process.env, ...options.env },
    },
  );
  fs.closeSync(out);

  const url = `http://${host}:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealthz(url, child, logFile, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    workspaceUrl: `${url}/?folder=${encodeURIComponent(options.workspace)}`,
    port,
    process: child,
    logFile,
    stop,
  };
}

/** The extension host logs of a code-server profile (one per window/reload). */
export function extensionHostLogs(userDataDir: string): string[] {
  const logs: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'remoteexthost.log') logs.push(full);
    }
  };
  const logsDir = path.join(userDataDir, 'logs');
  if (fs.existsSync(logsDir)) walk(logsDir);
  return logs;
}

/**
 * Errors the extension host logged about Postlint (a failed activation, an exception in a
 * listener), with their stack lines: what a failing test run should show first.
 */
export function postlintHostErrors(userDataDir: string): string[] {
  const errors: string[] = [];
  for (const log of extensionHostLogs(userDataDir)) {
    const lines = fs.readFileSync(log, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.includes('[error]')) continue;
      const block = [lines[i]!];
      while (i + 1 < lines.length && !/^\d{4}-\d\d-\d\d /.test(lines[i + 1]!)) block.push(lines[++i]!);
      const text = block.join('\n');
      if (/postlint/i.test(text) && !text.includes('code-server-ipc.sock')) errors.push(text);
    }
  }
  return errors;
}
