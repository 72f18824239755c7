import type { Format } from '../args';
import { createGithubReport } from './github';
import { createJsonReport } from './json';
import { createSarifReport } from './sarif';
import { createStylishReport } from './stylish';
import type { StreamingFormatter } from './types';

/** A new report in the given format, written file by file as the CLI lints. */
export function reportFor(format: Format): StreamingFormatter {
  switch (format) {
    case 'json':
      return createJsonReport();
    case 'sarif':
      return createSarifReport();
    case 'github':
      return createGithubReport();
    default:
      return createStylishReport();
  }
}
