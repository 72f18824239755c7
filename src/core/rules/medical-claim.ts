// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const medicalClaim: Rule = {
  id: 'medical-claim',
  description: { zh: 'medical-claim', en: 'medical-claim' },
  defaultSeverity: 'warning',
  docs: 'docs/rules/medical-claim.md',
  check() {},
};
