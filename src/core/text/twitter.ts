import type * as TwitterText from 'twitter-text';

let loaded: typeof TwitterText | undefined;

/**
 * The `twitter-text` package, loaded on first use. Loading it builds its large expressions and
 * core-js polyfills (about 30 ms, a third of the extension's start-up), and only X drafts need
 * it: Weibo, Moments and Xiaohongshu drafts never pay for it.
 */
export function twitterText(): typeof TwitterText {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('twitter-text') as typeof TwitterText);
}
