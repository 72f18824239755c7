import type { Rule } from '../core/rule';

/**
 * What the CLI touches of the process, passed in so that tests run `main()` in-process with
 * captured streams, a chosen environment and a temporary working folder.
 */
export interface CliIo {
  /** The rules to run; all of them (ALL_RULES) by default. Tests pass their own. */
  rules?: readonly Rule[];
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/**
 * A stream the CLI writes to. When the reader goes away (`postlint … | head`, EPIPE) it turns
 * quiet: later writes are dropped and `closed` tells long loops (--jsonl) to stop.
 */
export class Output {
  closed = false;
  /** A write error other than the reader going away (disk full …), for main() to report. */
  failure: NodeJS.ErrnoException | undefined;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.closed = true;
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') this.failure ??= error;
    });
  }

  /** Writes, waiting for the stream to drain when its buffer is full (large --jsonl batches). */
  async write(text: string): Promise<void> {
    if (this.closed || text === '') return;
    if (this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.removeListener('drain', done);
        this.stream.removeListener('error', done);
        this.stream.removeListener('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }
}

/** Reads a whole stream into one buffer (--stdin). */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
