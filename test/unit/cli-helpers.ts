import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/program';
import type { WordList } from '../../src/core/lexicon/types';
import type { Rule } from '../../src/core/rule';
import { replaceFix } from '../../src/core/rule';
import type { RuleId, Severity } from '../../src/core/types';

/**
 * A word rule made for the CLI tests, so they assert exact output whatever the real rules say
 * today: it flags `word` with the given severity and offers `replacement` as its fix.
 */
export function wordRule(id: RuleId, severity: Severity, word: string, replacement?: string): Rule {
  const list: WordList = { id: `test/${id}`, source: 'test', entries: [{ word }] };
  return {
    id,
    description: { zh: `测试规则 ${id}`, en: `test rule ${id}` },
    defaultSeverity: severity,
    lists: [list],
    check(ctx) {
      for (const m of ctx.matches()) {
        ctx.report({
          message: ctx.t({ zh: `不要用“${m.text}”`, en: `do not write “${m.text}”` }),
          start: m.start,
          end: m.end,
          fixes: replacement !== undefined ? [replaceFix(ctx, m, replacement)] : [],
        });
      }
    },
  };
}

/** 最好 → error with a fix to 很好; 快来买 → warning without a fix. */
export const TEST_RULES: readonly Rule[] = [wordRule('ad-law', 'error', '最好', '很好'), wordRule('hard-sell', 'warning', '快来买')];

/** A stdout/stderr that keeps what is written, optionally pretending to be a terminal. */
export class Capture extends Writable {
  chunks: Buffer[] = [];
  isTTY?: boolean;
  constructor(tty = false) {
    super();
    if (tty) this.isTTY = true;
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    callback();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export interface RunOptions {
  cwd: string;
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  /** The real rule set instead of TEST_RULES. */
  realRules?: boolean;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with TEST_RULES; the locale is English unless the test sets LANG. */
export async function run(argv: string[], options: RunOptions): Promise<RunResult> {
  const stdout = new Capture(options.tty);
  const stderr = new Capture();
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const rules = options.realRules ? undefined : TEST_RULES;
  const code = await main(argv, { stdin, stdout, stderr, env: { LANG: 'en_US.UTF-8', ...options.env }, cwd: options.cwd, rules });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A fresh folder with the given files (paths → contents); removed by the returned cleanup. */
export function tempTree(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-cli-')));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
