import type { ParsedTweet, ParseTweetOptions } from 'twitter-text';
import type { CountOptions } from './options';
import type { CountResult } from '../types';
import { twitterText } from '../text/twitter';
import { countResult, resolveOptions, snapOffset } from './shared';

/**
 * X counts with the official `twitter-text` package (`parseTweet`, config v3): weighted length
 * 280, CJK and emoji weigh 2, every URL 23. Source: twitter/twitter-text `config/v3.json`.
 *
 * What Postlint adds around it: `\r\n` counts as one line break (a draft saved with Windows
 * line endings should not count more than the post), and the offsets twitter-text reports in
 * its NFC-normalised text are mapped back to the draft as written.
 */
/** The package ships its configs but @types/twitter-text does not declare them. */
function v3(): ParseTweetOptions {
  return (twitterText() as unknown as { configs: { version3: ParseTweetOptions } }).configs.version3;
}

function parseTweet(text: string, options: ParseTweetOptions): ParsedTweet {
  return twitterText().parseTweet(text, options);
}

export const X_DEFAULTS = {
  /**
   * twitter-text config v3 `maxWeightedTweetLength`, written out so that nothing loads
   * twitter-text before an X draft needs it (test/unit/fast-paths checks it is the package's).
   */
  limit: 280,
  /** X shows a post whole in the timeline. */
  foldAt: null,
} as const;

export function countX(text: string, options?: CountOptions): CountResult {
  const { limit, foldAt } = resolveOptions(options, X_DEFAULTS);
  const lf = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  const nfc = lf.normalize('NFC');
  const parsed = parseTweet(nfc, limit === null ? { ...v3(), maxWeightedTweetLength: Number.MAX_SAFE_INTEGER } : { ...v3(), maxWeightedTweetLength: limit });
  const length = parsed.weightedLength;
  const over = limit !== null && length > limit;
  const folded = foldAt !== null && length > foldAt;

  const toOriginal = (nfcOffset: number) => fromLf(text, fromNfc(lf, nfc, nfcOffset));
  const limitOffset = over ? toOriginal(firstPast(nfc, parsed.validRangeEnd, limit)) : null;
  let foldOffset: number | null = null;
  if (folded) {
    const atFold = parseTweet(nfc, { ...v3(), maxWeightedTweetLength: foldAt });
    foldOffset = toOriginal(firstPast(nfc, atFold.validRangeEnd, foldAt));
  }

  return { ...countResult('x', 'weighted', { limit, foldAt }, { length, foldOffset, limitOffset }), valid: parsed.valid };
}

/**
 * `validRangeEnd` is the inclusive index of the last character that fits, so the first one past
 * is the next. It is 0 both when only the first character fits and when nothing does: tell
 * those apart by weighing the first character alone.
 */
function firstPast(nfc: string, validRangeEnd: number, max: number): number {
  const next = snapOffset(nfc, validRangeEnd + 1);
  if (validRangeEnd === 0 && parseTweet(nfc.slice(0, next), { ...v3(), maxWeightedTweetLength: max }).weightedLength > max) return 0;
  return next;
}

/** Maps an offset in `nfc` (= `lf.normalize()`) back to `lf`: the longest prefix that normalises within it. */
function fromNfc(lf: string, nfc: string, offset: number): number {
  if (lf === nfc) return offset;
  let lo = 0;
  let hi = lf.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (lf.slice(0, mid).normalize('NFC').length <= offset) lo = mid;
    else hi = mid - 1;
  }
  return snapOffset(lf, lo);
}

/** Maps an offset in the `\r\n`-folded text back to the text as written. */
function fromLf(text: string, lfOffset: number): number {
  if (!text.includes('\r\n')) return lfOffset;
  let lfPos = 0;
  for (let i = 0; i < text.length; i++) {
    if (lfPos === lfOffset) return snapOffset(text, i);
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
    lfPos++;
  }
  return text.length;
}
