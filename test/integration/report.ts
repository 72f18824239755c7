// The integration suite's results as JSON lines, written by the reporter inside the extension
// host and read by the driver outside it (code-server's extension host has no terminal of its
// own). Both sides print them the way mocha's spec reporter does.

export interface ReportedError {
  message: string;
  stack?: string;
}

export type ReportEvent =
  | { event: 'start'; total: number; host: string }
  | { event: 'suite'; title: string; depth: number }
  | { event: 'pass'; title: string; fullTitle: string; depth: number; duration: number }
  | { event: 'fail'; title: string; fullTitle: string; depth: number; error: ReportedError }
  | { event: 'pending'; title: string; fullTitle: string; depth: number }
  | { event: 'end'; passes: number; failures: number; pending: number; duration: number };

const indent = (depth: number): string => '  '.repeat(depth + 1);

/** Turns the events into mocha-spec-like lines; keeps the failures for the summary. */
export class SpecPrinter {
  private readonly failures: Array<Extract<ReportEvent, { event: 'fail' }>> = [];

  constructor(private readonly write: (line: string) => void) {}

  print(event: ReportEvent): void {
    switch (event.event) {
      case 'start':
        this.write(`Running ${event.total} integration test(s) in ${event.host}`);
        break;
      case 'suite':
        this.write(`${event.depth === 0 ? '\n' : ''}${indent(event.depth)}${event.title}`);
        break;
      case 'pass':
        this.write(`${indent(event.depth)}✔ ${event.title} (${event.duration}ms)`);
        break;
      case 'fail':
        this.failures.push(event);
        this.write(`${indent(event.depth)}${this.failures.length}) ${event.title}`);
        break;
      case 'pending':
        this.write(`${indent(event.depth)}- ${event.title}`);
        break;
      case 'end':
        this.write('');
        this.write(`  ${event.passes} passing (${(event.duration / 1000).toFixed(1)}s)`);
        if (event.pending) this.write(`  ${event.pending} pending`);
        if (event.failures) this.write(`  ${event.failures} failing`);
        this.failures.forEach((failure, index) => {
          this.write('');
          this.write(`  ${index + 1}) ${failure.fullTitle}:`);
          const detail = failure.error.stack ?? failure.error.message;
          const text = detail.includes(failure.error.message) ? detail : `${failure.error.message}\n${detail}`;
          for (const line of text.split('\n')) this.write(`     ${line}`);
        });
        break;
    }
  }
}
