// Writes every file derived from the rules and the platforms (scripts/lib/generated.ts): the
// registry src/core/rules/index.ts, schemas/postlintrc.schema.json, and package.json's settings
// with their translations in package.nls*.json. Run by `npm run build` (and `npm run generate`);
// `--check` only compares and exits 1 when a file is stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedFiles } from './lib/generated';

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, text } of generatedFiles()) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  const name = path.relative(process.cwd(), file);
  if (check) {
    console.error(`${name} is stale: run \`npm run generate\` (or \`npm run build\`)`);
    stale++;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${name}`);
  }
}
if (stale) process.exit(1);
