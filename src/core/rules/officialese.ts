// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const officialese: Rule = {
  id: 'officialese',
  description: { zh: 'officialese', en: 'officialese' },
  defaultSeverity: 'info',
  docs: 'docs/rules/officialese.md',
  check() {},
};
