// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const topicOverload: Rule = {
  id: 'topic-overload',
  description: { zh: 'topic-overload', en: 'topic-overload' },
  defaultSeverity: 'info',
  docs: 'docs/rules/topic-overload.md',
  check() {},
};
