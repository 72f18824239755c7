import type { CountResult, Localized, PlatformId } from '../types';

/**
 * Everything Postlint knows about one platform, as data plus its counter. A new platform is a
 * new file exporting one of these (and an entry in `platforms/index.ts`).
 */
export interface PlatformProfile {
  id: PlatformId;
  name: Localized;
  /** Counts the post body the way the platform does. */
  count(body: string, options?: CountOptions): CountResult;
  /** Counts a title, for platforms that have one (Xiaohongshu). */
  countTitle?(title: string): CountResult;
  /** Maximum images per post, or null when unknown. */
  maxImages: number | null;
  /** Maximum #topics# / tags per post, or null when the platform sets none. */
  maxTopics: number | null;
  /** Thresholds the style rules use; users override them per rule in `.postlintrc.json`. */
  thresholds: {
    /** ad-density: weighted selling signals per 100 characters above which a draft reads as an ad. */
    adDensity: number;
    emoji: number;
    topics: number;
    mentions: number;
  };
  /** Where the numbers above come from. */
  sources: string[];
}

export interface CountOptions {
  /** Overrides the hard limit (for platforms whose limit is unverified, e.g. Moments). */
  limit?: number | null;
  /** Overrides where the fold falls, in the counter's unit. */
  foldAt?: number | null;
}
