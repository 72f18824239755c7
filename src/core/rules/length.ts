// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const length: Rule = {
  id: 'length',
  description: { zh: 'length', en: 'length' },
  defaultSeverity: 'error',
  docs: 'docs/rules/length.md',
  check() {},
};
