// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const adDensity: Rule = {
  id: 'ad-density',
  description: { zh: 'ad-density', en: 'ad-density' },
  defaultSeverity: 'warning',
  docs: 'docs/rules/ad-density.md',
  check() {},
};
