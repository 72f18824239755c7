// Writes schemas/postlintrc.schema.json from the zod schema in src/core/config.ts, so the JSON
// Schema VS Code uses for `.postlintrc.json` completion can never drift from what the linter
// accepts. Run by `npm run build`; `--check` only compares (exit 1 when the file is stale).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema } from '../src/core/config';

const file = path.join(__dirname, '..', 'schemas', 'postlintrc.schema.json');
const text = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(process.cwd(), file)} is stale: run \`npm run build\` (or \`tsx scripts/gen-schema.ts\`)`);
    process.exit(1);
  }
} else {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
