import type { Rule } from '../rule';
import { adDensity } from './ad-density';
import { adLaw } from './ad-law';
import { deny } from './deny';
import { emojiOverload } from './emoji-overload';
import { falseUrgency } from './false-urgency';
import { fold } from './fold';
import { hardSell } from './hard-sell';
import { inducedSharing } from './induced-sharing';
import { length } from './length';
import { medicalClaim } from './medical-claim';
import { mentionOverload } from './mention-overload';
import { officialese } from './officialese';
import { shouting } from './shouting';
import { topicOverload } from './topic-overload';

/** Every rule, in the order findings on the same range are listed. */
export const ALL_RULES: readonly Rule[] = [
  length,
  fold,
  adLaw,
  medicalClaim,
  inducedSharing,
  falseUrgency,
  adDensity,
  hardSell,
  officialese,
  shouting,
  emojiOverload,
  topicOverload,
  mentionOverload,
  deny,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
