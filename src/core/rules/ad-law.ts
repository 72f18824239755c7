// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const adLaw: Rule = {
  id: 'ad-law',
  description: { zh: 'ad-law', en: 'ad-law' },
  defaultSeverity: 'error',
  docs: 'docs/rules/ad-law.md',
  check() {},
};
