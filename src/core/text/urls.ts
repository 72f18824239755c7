import type { TextToken } from './token';
import { matchAll, rememberLast } from './token';

/**
 * Web links as Sina's web client recognises them (STK `utils/count.js`, annalihan/steelProj):
 * `http://`, a host of ASCII letters and digits in at least two dot-separated labels, then any
 * run of `A-Za-z0-9-_$.+!*()/,:;@&=?~#%`, so a link stops at a space or a Chinese character.
 * Postlint accepts `https://` the same way (DESIGN.md §1). The Weibo counter, the preview's
 * 网页链接 rewriting and the topic/mention finders (which skip what is inside a link) all use
 * this one pattern.
 */
const URL_PATTERN = /https?:\/\/[a-z0-9]+(?:\.[a-z0-9]+)+[-a-z0-9_$.+!*()/,:;@&=?~#%]*/gi;

const urlsOf = rememberLast((text) => matchAll(URL_PATTERN, text));

export function findUrls(text: string): TextToken[] {
  if (text.indexOf('://') < 0) return [];
  return urlsOf(text, '');
}
