// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const falseUrgency: Rule = {
  id: 'false-urgency',
  description: { zh: 'false-urgency', en: 'false-urgency' },
  defaultSeverity: 'warning',
  docs: 'docs/rules/false-urgency.md',
  check() {},
};
