// PLACEHOLDER — replaced by the ad-density work (issue 2).
import type { WordList, WordMatch } from '../lexicon/types';
import type { PlatformProfile } from '../platforms/profile';
import type { AdDensityReport, Draft, Locale } from '../types';

export const AD_DENSITY_LISTS: readonly WordList[] = [];

export interface AdDensityInput {
  draft: Draft;
  platform: PlatformProfile;
  matchesOf(list: WordList): readonly WordMatch[];
  /** `rules.ad-density.options` from the config. */
  options: Readonly<Record<string, unknown>>;
  locale: Locale;
}

export function measureAdDensity(input: AdDensityInput): AdDensityReport {
  return { score: 0, threshold: input.platform.thresholds.adDensity, signals: [], chars: input.draft.body.text.length };
}
