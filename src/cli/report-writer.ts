import type { FormatContext, LintedFile, StreamingFormatter } from './formatters/types';
import { Tally } from './formatters/types';
import type { Output } from './io';

/**
 * Report text is written in pieces of about this many characters: far fewer writes than one per
 * file, and little text held. (Text held across garbage collections is copied by each one and
 * makes V8 grow its young generation: at 64 K characters `lint` over 7,774 files peaked ~8 MB
 * higher.)
 */
const REPORT_CHUNK = 8 * 1024;

/**
 * A report written as the files are linted: only the text not yet written is held, never the
 * results. Nothing is written before the first file, so a run that lints nothing prints only its
 * error. When the reader has gone away (EPIPE) the text is no longer made, but the totals still
 * count every file: the exit code does not depend on who reads.
 */
export class ReportWriter {
  readonly totals = new Tally();
  files = 0;
  private begun = false;
  private pending = '';

  constructor(
    private readonly out: Output,
    private readonly formatter: StreamingFormatter,
    private readonly context: FormatContext,
  ) {}

  async add(file: LintedFile): Promise<void> {
    this.files++;
    this.totals.add(file);
    if (this.out.closed) return;
    this.begin();
    for (const piece of this.formatter.file(file, this.context)) {
      this.pending += piece;
      // Within a file too: a draft's part of the report can be hundreds of megabytes.
      if (this.pending.length >= REPORT_CHUNK) {
        await this.flush();
        if (this.out.closed) return;
      }
    }
  }

  async finish(): Promise<void> {
    this.begin();
    this.pending += this.formatter.end(this.totals, this.context);
    await this.flush();
  }

  private begin(): void {
    if (this.begun) return;
    this.begun = true;
    this.pending += this.formatter.begin(this.context);
  }

  private async flush(): Promise<void> {
    const text = this.pending;
    this.pending = '';
    await this.out.write(text);
  }
}
