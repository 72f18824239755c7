// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const shouting: Rule = {
  id: 'shouting',
  description: { zh: 'shouting', en: 'shouting' },
  defaultSeverity: 'info',
  docs: 'docs/rules/shouting.md',
  check() {},
};
