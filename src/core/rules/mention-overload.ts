// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const mentionOverload: Rule = {
  id: 'mention-overload',
  description: { zh: 'mention-overload', en: 'mention-overload' },
  defaultSeverity: 'info',
  docs: 'docs/rules/mention-overload.md',
  check() {},
};
