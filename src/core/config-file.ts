import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigLoad } from './config';
import { DEFAULT_CONFIG, MAX_CONFIG_BYTES, parseConfig } from './config';

/**
 * Finding and reading `.postlintrc.json` from disk, for the CLI and the extension host. The
 * rest of the core never touches the file system: it takes a `ResolvedConfig`.
 *
 * A draft uses the nearest `.postlintrc.json` in its own folder or any folder above it (no
 * merging: the nearest file is the whole config, as with `.prettierrc`). Lookups are cached
 * per folder, so linting a thousand drafts in one tree reads each config file once.
 */
export const CONFIG_FILE_NAME = '.postlintrc.json';

/** The slice of `node:fs` this module uses, so tests and the extension can substitute it. */
export interface ConfigFs {
  statSync(file: string, options: { throwIfNoEntry: false }): { isFile(): boolean; size: number } | undefined;
  readFileSync(file: string, encoding: 'utf8'): string;
}

const NO_CONFIG: ConfigLoad = Object.freeze({ config: DEFAULT_CONFIG, problems: Object.freeze([]) as unknown as ConfigLoad['problems'] });

export class ConfigResolver {
  /** Folder → the config file that governs it (null: none up to the root). */
  private readonly fileForDir = new Map<string, string | null>();
  /** Config file → what it says. */
  private readonly loads = new Map<string, ConfigLoad>();

  constructor(private readonly fsImpl: ConfigFs = fs) {}

  /** The config for a draft at `file` (need not exist: `--stdin-filename`, an unsaved buffer). */
  forFile(file: string): ConfigLoad {
    return this.forDirectory(path.dirname(path.resolve(file)));
  }

  /** The config governing drafts in `dir`: the nearest `.postlintrc.json` at or above it. */
  forDirectory(dir: string): ConfigLoad {
    const file = this.findConfigFile(dir);
    return file ? this.load(file) : NO_CONFIG;
  }

  /** Path of the nearest `.postlintrc.json` at or above `dir`, or null. */
  findConfigFile(dir: string): string | null {
    const start = path.resolve(dir);
    const visited: string[] = [];
    let found: string | null = null;
    for (let current = start; ; ) {
      const cached = this.fileForDir.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(current);
      const candidate = path.join(current, CONFIG_FILE_NAME);
      if (this.fsImpl.statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
        found = candidate;
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const dirVisited of visited) this.fileForDir.set(dirVisited, found);
    return found;
  }

  /** Reads and validates one config file (cached). Never throws: problems say what went wrong. */
  load(file: string): ConfigLoad {
    const key = path.resolve(file);
    let loaded = this.loads.get(key);
    if (!loaded) {
      loaded = readConfigFile(key, this.fsImpl);
      this.loads.set(key, loaded);
    }
    return loaded;
  }

  /**
   * Forgets cached answers: for one config file (it was edited), or everything (a config file
   * was created or deleted). Which file governs which folder is forgotten either way: a file
   * watcher may report a config deleted and created again in quick succession (a branch switch,
   * an editor that saves by replacing the file) as one change, and the folders that had no
   * config in between must find it again.
   */
  invalidate(file?: string): void {
    this.fileForDir.clear();
    if (file === undefined) this.loads.clear();
    else this.loads.delete(path.resolve(file));
  }
}

/** Reads one config file from disk; an unreadable file yields a problem and the defaults. */
export function readConfigFile(file: string, fsImpl: ConfigFs = fs): ConfigLoad {
  let text: string;
  try {
    const stat = fsImpl.statSync(file, { throwIfNoEntry: false });
    if (!stat) return unreadable(file, 'file not found');
    if (!stat.isFile()) return unreadable(file, 'not a file');
    if (stat.size > MAX_CONFIG_BYTES * 4) {
      return unreadable(file, `${(stat.size / 1048576).toFixed(1)} MB, larger than the 1 MB Postlint reads`);
    }
    text = fsImpl.readFileSync(file, 'utf8');
  } catch (error) {
    return unreadable(file, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  return parseConfig(text, file);
}

function unreadable(file: string, why: string): ConfigLoad {
  return { config: { ...DEFAULT_CONFIG, file }, problems: [{ file, path: '', message: `cannot read the config (${why}); defaults used` }] };
}
