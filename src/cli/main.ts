// The `postlint` executable (bundled to dist/cli.js by esbuild.js). Everything it does lives in
// program.ts as `main(argv, io)`; this file only connects it to the real process.
import { main } from './program';

const stdoutBroken = () => process.stdout.writableEnded || process.stdout.destroyed;

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
    // The reader of stdout left (`| head`): stop now rather than wait on stdin.
    if (stdoutBroken()) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`postlint: internal error (a bug, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
