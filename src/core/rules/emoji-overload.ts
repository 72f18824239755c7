// PLACEHOLDER — replaced by the rule work (issue 2).
import type { Rule } from '../rule';

export const emojiOverload: Rule = {
  id: 'emoji-overload',
  description: { zh: 'emoji-overload', en: 'emoji-overload' },
  defaultSeverity: 'info',
  docs: 'docs/rules/emoji-overload.md',
  check() {},
};
