import type { TextToken } from './token';
import { eachMatch, rememberLast } from './token';

export interface EmoticonCode extends TextToken {
  /** The name between the brackets, e.g. `哈哈` for `[哈哈]`. */
  name: string;
}

/**
 * Bracket codes that Weibo, WeChat and Xiaohongshu render as picture emoticons: `[哈哈]`,
 * `[doge]`, `[笑cry]`, `[微笑]`, `[派对R]`. A code is 1–8 Han characters, ASCII letters and
 * digits (Weibo's own codes mix them: `[din推撞]`, `[lxhx喵]`) and must hold a Han character
 * or at least two letters, so footnotes `[1]`, task boxes `[x]` and Markdown links
 * `[text](url)` are left alone. `[话题]` is Xiaohongshu's topic marker (`#tag[话题]#`), not
 * an emoticon.
 */
const CODE = /\[([\p{Script=Han}A-Za-z0-9_]{1,8})\](?!\()/gu;
const HAN = /\p{Script=Han}/u;
const TWO_LETTERS = /[A-Za-z].*[A-Za-z]/;
const NOT_EMOTICONS = new Set(['话题']);

export function findEmoticonCodes(text: string): EmoticonCode[] {
  return text.indexOf('[') < 0 ? [] : codesOf(text, '');
}

const codesOf = rememberLast(emoticonCodes);

function emoticonCodes(text: string): EmoticonCode[] {
  const out: EmoticonCode[] = [];
  eachMatch(CODE, text, (m) => {
    const name = m[1]!;
    if (NOT_EMOTICONS.has(name)) return;
    if (!HAN.test(name) && !TWO_LETTERS.test(name)) return;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], name });
  });
  return out;
}
