// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const deny: Rule = {
  id: 'deny',
  description: { zh: 'deny', en: 'deny' },
  defaultSeverity: 'warning',
  docs: 'docs/rules/deny.md',
  check() {},
};
