// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const inducedSharing: Rule = {
  id: 'induced-sharing',
  description: { zh: 'induced-sharing', en: 'induced-sharing' },
  defaultSeverity: 'warning',
  docs: 'docs/rules/induced-sharing.md',
  check() {},
};
