import type { MentionSyntax } from './syntax';
import type { TextToken } from './token';
import { eachMatch, overlapsAnyOf, rememberLast } from './token';
import { twitterText } from './twitter';
import { findUrls } from './urls';

export interface Mention extends TextToken {
  /** The nickname without `@`. */
  name: string;
  /**
   * `//@name:` (also `// @name :`) — Weibo's repost chain quoting who said what, and `回复@name:` — a reply.
   * They are attribution the platform writes, not people the author calls on.
   */
  attribution: boolean;
}

/**
 * Weibo nicknames are Chinese characters, letters, digits, `_` and `-` (Weibo's nickname rule;
 * Sina's @-suggest in STK `utils/module/at.js` matches `[a-zA-Z0-9\u4e00-\u9fa5_]`), so a
 * mention runs from `@` to the first other character: a space, punctuation, an emoji or
 * the next `@` (`@甲@乙` is two mentions). Up to 30 characters, the longest nickname Weibo
 * takes. `@` right after an ASCII letter or digit is an e-mail address, not a mention.
 */
const NICK = /@([\p{Script=Han}A-Za-z0-9_-]{1,30})/gu;
const ASCII_WORD = /[A-Za-z0-9_.]/;

/**
 * @mentions in post text. By twitter-text's rules (`extractMentionsWithIndices`: ASCII handles
 * of up to 15 characters) for the `twitter` syntax (X); else Weibo's nicknames, which
 * Xiaohongshu and Moments drafts follow closely enough for counting.
 */
export function findMentions(text: string, syntax: MentionSyntax = 'nickname'): Mention[] {
  if (text.indexOf('@') < 0) return [];
  return mentionsOf(text, syntax);
}

const mentionsOf = rememberLast((text, syntax) => mentions(text, syntax as MentionSyntax));

function mentions(text: string, syntax: MentionSyntax): Mention[] {
  if (syntax === 'twitter') {
    return twitterText().extractMentionsWithIndices(text).map((m) => {
      const [start, end] = m.indices;
      return { start, end, text: text.slice(start, end), name: m.screenName, attribution: false };
    });
  }
  const inLink = overlapsAnyOf(findUrls(text));
  const out: Mention[] = [];
  eachMatch(NICK, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && ASCII_WORD.test(text[start - 1]!)) return;
    if (inLink(start, end)) return;
    out.push({ start, end, text: m[0], name: m[1]!, attribution: isAttribution(text, start) });
  });
  return out;
}

/** Whether the `@` at `at` follows `//` (a repost chain, spaces allowed between) or `回复`. */
function isAttribution(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u3000')) i--;
  return text.slice(Math.max(0, i - 2), i) === '//' || text.slice(Math.max(0, at - 2), at) === '回复';
}

const REPOST_CHAIN = /\/\/[ \u3000]*@[\p{Script=Han}A-Za-z0-9_-]/u;

/**
 * Where a Weibo repost chain begins: the first `//@name` (the earlier posters' comments the
 * platform appends after the author's own words), or the text's length when there is none.
 * Counting rules look only at the author's part before it.
 */
export function repostChainStart(text: string): number {
  if (text.indexOf('//') < 0) return text.length;
  const m = REPOST_CHAIN.exec(text);
  return m ? m.index : text.length;
}
