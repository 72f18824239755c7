// PLACEHOLDER — replaced by the tone work (issue 2).
import type { WordList, WordMatch } from '../lexicon/types';
import type { AdDensityReport, Draft, Locale, ToneSummary } from '../types';

export const TONE_LISTS: readonly WordList[] = [];

export interface ToneInput {
  draft: Draft;
  matchesOf(list: WordList): readonly WordMatch[];
  adDensity: AdDensityReport;
  locale: Locale;
}

export function summarizeTone(input: ToneInput): ToneSummary {
  return { label: '中性', labelText: input.locale === 'zh' ? '中性' : 'neutral', signals: [] };
}
