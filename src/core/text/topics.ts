import type { TopicSyntax } from './syntax';
import type { TextToken } from './token';
import { eachMatch, overlapsAnyOf, rememberLast } from './token';
import { twitterText } from './twitter';
import { findUrls } from './urls';

export interface Topic extends TextToken {
  /** The topic's name, without `#` and markers: `话题` for `#话题#` and `#话题[话题]#`. */
  name: string;
  /** Picked in Xiaohongshu's app, written `#名称[话题]#` (its card shows `#名称`). */
  picked?: boolean;
}

/**
 * Weibo: a topic is a `#…#` pair on one line (the pattern Weibo clients use, e.g.
 * qii/weiciyuan `WeiboPatterns.TOPIC_URL`, with spaces allowed inside as in `#Sweet Morning#`),
 * not starting or ending with a space and without `@` inside.
 */
const WEIBO_TOPIC = /#([^#@\r\n]{1,64})#/g;

/**
 * Xiaohongshu: a topic picked in the app is written `#名称[话题]#`; a typed one is `#名称`,
 * ending at a space or punctuation. A `#` right after the name closes it, Weibo-style
 * (`#通勤#上班` is one tag and the word 上班): writers carry the `#话题#` habit across
 * platforms. WeChat Moments (since WeChat 8.0) links typed `#名称` the same way.
 */
const XHS_PICKED = /#([^#\s[\]]{1,64})\[话题\]#/gu;
const TYPED_TAG = /#([^\s#@[\]，。！？、；：,.!?;:（）()【】「」『』“”"'‘’《》<>~～…]{1,64})#?/gu;

/** Topics (hashtags) as a platform of this syntax links them. */
export function findTopics(text: string, syntax: TopicSyntax): Topic[] {
  if (text.indexOf('#') < 0) return [];
  return topicsOf(text, syntax);
}

const topicsOf = rememberLast((text, syntax) => topics(text, syntax as TopicSyntax));

function topics(text: string, syntax: TopicSyntax): Topic[] {
  const inLink = overlapsAnyOf(findUrls(text));
  const outsideLinks = (t: Topic) => !inLink(t.start, t.end);
  // `# postlint-disable …` lines are Postlint's own comments, not topics.
  const notDirective = (t: Topic) => !t.name.startsWith('postlint-');
  switch (syntax) {
    case 'pair':
      return weiboTopics(text).filter(outsideLinks);
    case 'picked-or-typed':
      return xiaohongshuTopics(text).filter(outsideLinks).filter(notDirective);
    case 'typed':
      return typedTags(text, []).filter(outsideLinks).filter(notDirective);
    case 'twitter':
      return twitterText().extractHashtagsWithIndices(text).map((h) => {
        const [start, end] = h.indices;
        return { start, end, text: text.slice(start, end), name: h.hashtag };
      });
  }
}

function weiboTopics(text: string): Topic[] {
  const out: Topic[] = [];
  WEIBO_TOPIC.lastIndex = 0;
  for (let m = WEIBO_TOPIC.exec(text); m; m = WEIBO_TOPIC.exec(text)) {
    const name = m[1]!;
    if (/^\s|\s$/.test(name)) {
      // `C# 和 F#`: not a topic; the second `#` may still open one.
      WEIBO_TOPIC.lastIndex = m.index + 1 + name.length;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], name });
  }
  return out;
}

function xiaohongshuTopics(text: string): Topic[] {
  const picked: Topic[] = [];
  eachMatch(XHS_PICKED, text, (m) => picked.push({ start: m.index, end: m.index + m[0].length, text: m[0], name: m[1]!, picked: true }));
  return [...picked, ...typedTags(text, picked)].sort((a, b) => a.start - b.start);
}

function typedTags(text: string, taken: readonly Topic[]): Topic[] {
  const out: Topic[] = [];
  const isTaken = overlapsAnyOf(taken);
  eachMatch(TYPED_TAG, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (isTaken(start, end)) return;
    out.push({ start, end, text: m[0], name: m[1]! });
  });
  return out;
}
