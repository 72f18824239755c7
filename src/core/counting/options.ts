import type { ResolvedConfig } from '../config';

/** What a team may change about a count (`.postlintrc.json`), in the counter's own unit. */
export interface CountOptions {
  /** Overrides the hard limit (for platforms whose limit is unverified, e.g. Moments). */
  limit?: number | null;
  /** Overrides where the fold falls. */
  foldAt?: number | null;
}

/**
 * The count options a config sets: `rules.length.options.limit` and `rules.fold.options.foldAt`
 * (positive numbers; anything else leaves the platform's own). Undefined when it sets neither,
 * the common case.
 */
export function countOptionsFor(config: ResolvedConfig): CountOptions | undefined {
  const limit = config.rules.length?.options.limit;
  const foldAt = config.rules.fold?.options.foldAt;
  if (typeof limit !== 'number' && typeof foldAt !== 'number') return undefined;
  return {
    limit: typeof limit === 'number' && limit > 0 ? limit : undefined,
    foldAt: typeof foldAt === 'number' && foldAt > 0 ? foldAt : undefined,
  };
}
