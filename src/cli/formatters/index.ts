import type { Format } from '../args';
import { github } from './github';
import { json } from './json';
import { createSarifFormatter } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export function formatterFor(format: Format, homepage?: string): Formatter {
  switch (format) {
    case 'json':
      return json;
    case 'sarif':
      return createSarifFormatter({ homepage });
    case 'github':
      return github;
    default:
      return stylish;
  }
}
