// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const fold: Rule = {
  id: 'fold',
  description: { zh: 'fold', en: 'fold' },
  defaultSeverity: 'info',
  docs: 'docs/rules/fold.md',
  check() {},
};
