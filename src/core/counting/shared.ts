import type { CountOptions } from './options';
import type { CountResult, PlatformId } from '../types';

/**
 * What the counters share: reading the limit/fold overrides, and finding the UTF-16 offset
 * where a running total first passes a threshold.
 */

/**
 * The limit or fold point a count uses: an override from `.postlintrc.json` when it is a
 * positive number, `null` when the override explicitly says "none", the platform's own
 * number otherwise.
 */
export function resolveThreshold(override: number | null | undefined, fallback: number | null): number | null {
  if (override === null) return null;
  if (typeof override === 'number' && Number.isFinite(override) && override > 0) return override;
  return fallback;
}

export function resolveOptions(options: CountOptions | undefined, defaults: { limit: number | null; foldAt: number | null }) {
  return {
    limit: resolveThreshold(options?.limit, defaults.limit),
    foldAt: resolveThreshold(options?.foldAt, defaults.foldAt),
  };
}

/**
 * Adds up costs of atoms (a character, a surrogate pair, a `\r\n`, a whole URL) in text order
 * and remembers the offset of the first atom that takes the total past each threshold. Atoms
 * are never split, so an offset never lands inside a surrogate pair, a `\r\n` or a link.
 */
export class CrossingTracker {
  total = 0;
  foldOffset: number | null = null;
  limitOffset: number | null = null;

  /** Thresholds in the tracker's own unit (bytes for Weibo/Xiaohongshu, lines for Moments). */
  constructor(
    private readonly foldAt: number | null,
    private readonly limit: number | null,
  ) {}

  add(start: number, cost: number): void {
    this.total += cost;
    if (this.foldOffset === null && this.foldAt !== null && this.total > this.foldAt) this.foldOffset = start;
    if (this.limitOffset === null && this.limit !== null && this.total > this.limit) this.limitOffset = start;
  }

  /** The highest threshold whose offset is still unknown (-1: none): once the total passes it, only the total changes. */
  lastOpenThreshold(): number {
    const fold = this.foldOffset === null && this.foldAt !== null ? this.foldAt : -1;
    const limit = this.limitOffset === null && this.limit !== null ? this.limit : -1;
    return Math.max(fold, limit);
  }
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Adds the bytes of `text[from, to)` to `tracker`, an atom at a time, by the byte rule Weibo and
 * Xiaohongshu share: a `\r\n` is one line break (1 byte), a surrogate pair 4 bytes, any other
 * UTF-16 unit 2 bytes above `narrowMax` and 1 at or below it (Weibo: `0xff`, Xiaohongshu: `0x7f`).
 * An atom that starts before `to` is taken whole; returns the offset after the last one.
 * The platforms' only other difference, Weibo's links, stays with its caller: it walks the text
 * between two links here, so no byte goes through a callback.
 */
export function addTextBytes(tracker: CrossingTracker, text: string, from: number, to: number, narrowMax: number): number {
  let i = from;
  const last = tracker.lastOpenThreshold();
  while (i < to && tracker.total <= last) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) {
      tracker.add(i, 1);
      i += 2;
    } else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      tracker.add(i, 4);
      i += 2;
    } else {
      tracker.add(i, code > narrowMax ? 2 : 1);
      i += 1;
    }
  }
  // Past the fold and the limit (most of a long document) only the sum is left, a unit at a
  // time without a branch on its width: both halves of a surrogate pair are wide (2 + 2 bytes),
  // and the \n of a \r\n is skipped.
  const sumFrom = i;
  let bytes = 0;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    bytes += 1 + ((narrowMax - code) >>> 31);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
  }
  // An atom that starts before `to` is taken whole: a pair whose second half lies at `to`.
  if (i === to && to > sumFrom && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) {
    bytes += 2;
    i++;
  }
  tracker.total += bytes;
  return i;
}

/** What a counter found: its length in its unit, and where its text first passed the fold and the limit. */
export interface Counted {
  length: number;
  foldOffset: number | null;
  limitOffset: number | null;
}

/**
 * The result every counter returns. A draft folds when its length passes `foldAt` and is over
 * when it passes `limit`; an offset is kept only then (Moments may pass the fold on a line that
 * holds nothing but blanks, which is not counted).
 */
export function countResult(
  platform: PlatformId,
  unit: CountResult['unit'],
  { limit, foldAt }: { limit: number | null; foldAt: number | null },
  { length, foldOffset, limitOffset }: Counted,
): CountResult {
  const folded = foldAt !== null && length > foldAt;
  const over = limit !== null && length > limit;
  return {
    platform,
    unit,
    length,
    limit,
    foldAt,
    folded,
    over,
    foldOffset: folded ? foldOffset : null,
    limitOffset: over ? limitOffset : null,
  };
}

/** A count in characters of `ceil(bytes / 2)`, from a tracker made by `halfByteTracker`. */
export function halfByteCount(platform: PlatformId, tracker: CrossingTracker, resolved: { limit: number | null; foldAt: number | null }): CountResult {
  const { foldOffset, limitOffset } = tracker;
  return countResult(platform, 'chars', resolved, { length: Math.ceil(tracker.total / 2), foldOffset, limitOffset });
}

/** A tracker of bytes for a count of `ceil(bytes / 2)`: `ceil(bytes / 2) > n` exactly when `bytes > 2n`. */
export function halfByteTracker({ limit, foldAt }: { limit: number | null; foldAt: number | null }): CrossingTracker {
  return new CrossingTracker(foldAt === null ? null : foldAt * 2, limit === null ? null : limit * 2);
}

/** Moves an offset back to the start of a surrogate pair or `\r\n` it would otherwise split. */
export function snapOffset(text: string, offset: number): number {
  const at = Math.max(0, Math.min(offset, text.length));
  if (at > 0 && at < text.length) {
    const prev = text.charCodeAt(at - 1);
    const here = text.charCodeAt(at);
    if ((isHighSurrogate(prev) && isLowSurrogate(here)) || (prev === 13 && here === 10)) return at - 1;
  }
  return at;
}
