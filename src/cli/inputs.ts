import * as fs from 'node:fs';
import * as path from 'node:path';
import { DRAFT_FILE_ENDINGS } from '../core/draft';

/** Endings that mark a file as a draft (DESIGN.md §1); folders are searched for these. */
export const DRAFT_EXTENSIONS: readonly string[] = DRAFT_FILE_ENDINGS;
/** Linted only when named on the command line: a folder of notes is not a folder of drafts. */
export const NAMED_ONLY_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

export type InputProblem =
  /** Exit code 2: something the user asked for could not be linted. */
  | { kind: 'not-found'; path: string }
  | { kind: 'no-drafts'; path: string }
  | { kind: 'unreadable'; path: string; why: string }
  | { kind: 'binary' | 'utf16' | 'not-utf8'; path: string }
  /** Warnings only. */
  | { kind: 'not-a-draft'; path: string }
  | { kind: 'skipped-others'; path: string; count: number; kinds: string };

export function isFatal(problem: InputProblem): boolean {
  return problem.kind !== 'not-a-draft' && problem.kind !== 'skipped-others';
}

export interface CollectedFiles {
  /** Absolute paths, in the order the arguments named them, folders sorted, no duplicates. */
  files: string[];
  problems: InputProblem[];
}

/** Folders never searched: dependencies and tool folders (.git, .vscode, …). */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Expands the command line's paths into draft files. A named file is linted if it is a draft or
 * Markdown/plain text; a folder is searched recursively for drafts only. `display` is the path as
 * the user wrote it, used in messages.
 */
export function collectFiles(paths: readonly string[], cwd: string): CollectedFiles {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: InputProblem[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute, { throwIfNoEntry: false });
    } catch (error) {
      problems.push({ kind: 'unreadable', path: given, why: errorCode(error) });
      continue;
    }
    if (!stat) {
      problems.push({ kind: 'not-found', path: given });
    } else if (stat.isDirectory()) {
      const found: string[] = [];
      const others = new Map<string, number>();
      walk(absolute, found, others, new Set(), problems, cwd);
      if (found.length === 0) problems.push({ kind: 'no-drafts', path: given });
      for (const f of found) add(f);
      const skipped = [...others.values()].reduce((a, b) => a + b, 0);
      if (skipped > 0) {
        const kinds = [...others.entries()]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, 5)
          .map(([ext, n]) => `${ext || '(no ending)'} ×${n}`)
          .join(', ');
        problems.push({ kind: 'skipped-others', path: given, count: skipped, kinds: skipped > 5 && others.size > 5 ? `${kinds}, …` : kinds });
      }
    } else {
      const ext = path.extname(absolute).toLowerCase();
      if (DRAFT_EXTENSIONS.includes(ext) || NAMED_ONLY_EXTENSIONS.includes(ext)) add(absolute);
      else problems.push({ kind: 'not-a-draft', path: given });
    }
  }
  return { files, problems };
}

function walk(dir: string, found: string[], others: Map<string, number>, visited: Set<string>, problems: InputProblem[], cwd: string): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ kind: 'unreadable', path: path.relative(cwd, dir) || '.', why: errorCode(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = fs.statSync(full, { throwIfNoEntry: false });
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) {
      if (!skipFolder(entry.name)) walk(full, found, others, visited, problems, cwd);
    } else if (isFile) {
      const ext = path.extname(entry.name).toLowerCase();
      if (DRAFT_EXTENSIONS.includes(ext)) found.push(full);
      else others.set(ext, (others.get(ext) ?? 0) + 1);
    }
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

export type DecodedDraft = { ok: true; text: string; bom: boolean } | { ok: false; kind: 'binary' | 'utf16' | 'not-utf8' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes → draft text. Drafts are UTF-8; a UTF-8 BOM is removed (and restored by `--fix`) so that
 * columns match what editors show. UTF-16 files, files with NUL bytes and invalid UTF-8 (most
 * often a GBK/GB18030 export) are refused with a reason instead of being linted as mojibake.
 */
export function decodeDraft(bytes: Uint8Array): DecodedDraft {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, kind: 'utf16' };
  }
  if (bytes.indexOf(0) >= 0) return { ok: false, kind: 'binary' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, kind: 'not-utf8' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/**
 * Reads files into one buffer that grows as needed, instead of a new buffer (and a stat) per
 * file: the bytes are decoded before the next read, so they never need to outlive it.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  /** The file's bytes, valid until the next call. */
  read(file: string): Uint8Array {
    const fd = fs.openSync(file, 'r');
    try {
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) {
          const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
          this.buffer.copy(bigger, 0, 0, length);
          this.buffer = bigger;
        }
        const n = fs.readSync(fd, this.buffer, length, this.buffer.length - length, null);
        if (n === 0) return this.buffer.subarray(0, length);
        length += n;
      }
    } finally {
      fs.closeSync(fd);
    }
  }
}
