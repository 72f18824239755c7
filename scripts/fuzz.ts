/**
 * `npm run fuzz [-- --minutes N] [-- --seed N]`: the robustness properties of
 * test/fuzz/properties.ts (also run, bounded, by test/unit/robustness.test.ts) for a time budget,
 * split evenly between them, with a random seed printed so a failure can be replayed. The last
 * one is the size property: drafts with 10^0 … 10^6 findings through every output of the CLI.
 * Exits 1 with the counterexample when a property fails, 2 on a usage error.
 */
import fc from 'fast-check';
import { manyFindingsProperty, PROPERTIES } from '../test/fuzz/properties';

/** The size property, named like the others; 10^6 findings is a draft of 2–3 MB. */
const SIZE_PROPERTY = { name: 'every output of the CLI reports drafts with 10^0 … 10^6 findings', property: manyFindingsProperty(6) };

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: npm run fuzz -- [--minutes N] [--seed N]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { minutes: number; seed: number } {
  let minutes = 5;
  let seed = (Math.random() * 2 ** 31) | 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if (arg === '--minutes' || arg === '--seed') {
      const n = Number(value);
      if (value === undefined || !Number.isFinite(n) || (arg === '--seed' && !Number.isInteger(n)) || (arg === '--minutes' && n <= 0)) {
        usage(`${arg} needs a ${arg === '--seed' ? 'whole number' : 'positive number'}, got ${value ?? 'nothing'}`);
      }
      if (arg === '--minutes') minutes = n;
      else seed = n;
      i++;
    } else usage(`unknown argument ${arg}`);
  }
  return { minutes, seed };
}

async function main(): Promise<number> {
  const { minutes, seed } = parseArgs(process.argv.slice(2));
  const all = [...PROPERTIES, SIZE_PROPERTY];
  const perProperty = (minutes * 60_000) / all.length;
  process.stdout.write(`fuzz: seed ${seed}, ${minutes} min over ${all.length} properties (replay with --seed ${seed})\n`);
  let total = 0;
  for (const { name, property } of all) {
    const started = Date.now();
    // The size property is asynchronous (it runs the CLI), the others are not.
    const details = await fc.check(property as fc.IRawProperty<unknown[]>, {
      seed,
      numRuns: Number.MAX_SAFE_INTEGER,
      interruptAfterTimeLimit: perProperty,
      markInterruptAsFailure: false,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    total += details.numRuns;
    if (details.failed) {
      process.stdout.write(`FAIL ${name} after ${details.numRuns} runs (${seconds} s)\n`);
      process.stdout.write(`${fc.defaultReportMessage(details) ?? ''}\n`);
      // The same counterexample as JSON with every non-ASCII code unit escaped (RTL marks, lone
      // surrogates and controls are invisible or mangled otherwise): [text, forced platform].
      const json = JSON.stringify(details.counterexample ?? null).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      process.stdout.write(`counterexample (JSON): ${json}\n`);
      process.stdout.write(`replay: npm run fuzz -- --seed ${seed} --minutes ${minutes}\n`);
      return 1;
    }
    process.stdout.write(`ok   ${name}: ${details.numRuns} runs (${seconds} s)\n`);
  }
  process.stdout.write(`fuzz: all ${all.length} properties held, ${total} runs, seed ${seed}\n`);
  return 0;
}

void main().then((code) => (process.exitCode = code));
