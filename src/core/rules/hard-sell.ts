// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const hardSell: Rule = {
  id: 'hard-sell',
  description: { zh: 'hard-sell', en: 'hard-sell' },
  defaultSeverity: 'warning',
  docs: 'docs/rules/hard-sell.md',
  check() {},
};
