import type { CountOptions } from './options';
import type { CountResult } from '../types';
import { findUrls } from '../text/urls';
import type { TextToken } from '../text/token';
import { addTextBytes, halfByteCount, halfByteTracker, resolveOptions } from './shared';

/**
 * Weibo's count, as Sina's web client computed it (STK `utils.count` and `utils.str.bLength`,
 * annalihan/steelProj `src/js/utils/count.js`, `src/js/utils/str/bLength.js`):
 *
 * - `\r\n` becomes `\n` first;
 * - bytes = UTF-16 units, plus one more for every unit outside `\x00-\xff` (so a Chinese
 *   character is 2 bytes, an emoji's surrogate pair 4, `é` 1);
 * - each link costs 20 bytes when it is at most 140 bytes long, `len - 140 + 20` when longer;
 *   a link on weibo.com, weibo.cn, t.sina.com.cn or t.sina.cn of at most 41 bytes costs its
 *   real length; a `t.cn` short link is not treated as a link and counts as text;
 * - the count is `ceil(bytes / 2)`.
 *
 * Sina's pattern only knew `http://`; `https://` is treated the same (DESIGN.md §1). Hosts
 * are compared whole: Sina tested a prefix, so `weibo.com.example.org` passed for Weibo's own
 * and `t.cnn.com` for a short link; Postlint does not copy that slip.
 */
export const WEIBO_DEFAULTS = {
  /** The timeline shows the first 140 characters, then `...全文`. */
  foldAt: 140,
  /** Posting limit. */
  limit: 2000,
} as const;

/** count.js: `min = 41, max = 140, surl = 20`. */
const SHORT_URL_BYTES = 20;
const URL_FREE_BYTES = 140;
const OWN_DOMAIN_REAL_LENGTH_MAX = 41;
const OWN_DOMAINS = new Set(['weibo.com', 'weibo.cn', 't.sina.com.cn', 't.sina.cn']);
const SHORT_LINK_HOST = 't.cn';

export interface WeiboLink {
  start: number;
  end: number;
  /** Lower-cased host, e.g. `weibo.com`. */
  host: string;
  /** What the link costs in bytes; for a `t.cn` link its real length, since it counts as text. */
  bytes: number;
  /** `t.cn` links are not links to Sina's counter: they count character by character. */
  countsAsText: boolean;
}

/**
 * What a link found by Sina's pattern (`findUrls`, shared with the preview and the topic and
 * mention finders) costs. The host is the run of `label.label…` after the scheme.
 */
export function classifyWeiboLink(link: TextToken): WeiboLink {
  const text = link.text;
  const hostStart = text.indexOf('//') + 2;
  // Sina's host: letters and digits in labels joined by single dots.
  let hostEnd = hostStart;
  while (hostEnd < text.length) {
    const c = text.charCodeAt(hostEnd);
    if (isAlnum(c) || (c === 46 && isAlnum(text.charCodeAt(hostEnd + 1)))) hostEnd++;
    else break;
  }
  const host = text.slice(hostStart, hostEnd).toLowerCase();
  const length = link.end - link.start;
  let bytes: number;
  if (host === SHORT_LINK_HOST || (OWN_DOMAINS.has(host) && length <= OWN_DOMAIN_REAL_LENGTH_MAX)) bytes = length;
  else bytes = length <= URL_FREE_BYTES ? SHORT_URL_BYTES : length - URL_FREE_BYTES + SHORT_URL_BYTES;
  return { start: link.start, end: link.end, host, bytes, countsAsText: host === SHORT_LINK_HOST };
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Every link in the text as Weibo's counter sees it (for the preview's `网页链接` and for rules). */
export function findWeiboLinks(text: string): WeiboLink[] {
  return findUrls(text).map(classifyWeiboLink);
}

/** bLength.js: a UTF-16 unit is one byte, plus one when outside `\x00-\xff`. */
const WEIBO_NARROW_MAX = 0xff;

/**
 * Counts a Weibo post. Offsets are UTF-16 offsets into `text` as given (before `\r\n` is
 * folded), and point at the first atom that does not fit: a link, a surrogate pair or a
 * `\r\n` is never split, so a link that straddles the fold or the limit counts as past it.
 */
export function countWeibo(text: string, options?: CountOptions): CountResult {
  const resolved = resolveOptions(options, WEIBO_DEFAULTS);
  const tracker = halfByteTracker(resolved);
  let i = 0;
  for (const link of findWeiboLinks(text)) {
    i = addTextBytes(tracker, text, i, link.start, WEIBO_NARROW_MAX);
    // A link opens with `http`, so no atom before it runs into it; one that did would count as text.
    if (i !== link.start) continue;
    // A t.cn link costs the text it is, but is still one unit for where the fold falls.
    tracker.add(i, link.bytes);
    i = link.end;
  }
  addTextBytes(tracker, text, i, text.length, WEIBO_NARROW_MAX);
  return halfByteCount('weibo', tracker, resolved);
}
