import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedFiles, ROOT } from '../../scripts/lib/generated';

/**
 * The files derived from the rules and the platforms (issue 12) are what scripts/generate.ts
 * writes today: a rule or a platform added, changed or removed without `npm run build` (or
 * `npm run generate`) fails here, naming the file.
 */
describe('generated files', () => {
  for (const { file, text } of generatedFiles()) {
    const name = path.relative(ROOT, file);
    it(`${name} is up to date (npm run generate)`, () => {
      assert.ok(fs.readFileSync(file, 'utf8') === text, `${name} is stale: run \`npm run generate\``);
    });
  }
});
