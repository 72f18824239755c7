/**
 * Tokenizers for post text, shared by the rules, ad-density, the tone summary and the preview:
 * what the platforms themselves recognise in a post (links, #topics#, @mentions, [表情] codes)
 * and the emoji a reader sees. All offsets are UTF-16 code units into the string given.
 */
import { findEmoji } from './emoji';
import { findEmoticonCodes } from './emoticons';
import { findMentions } from './mentions';
import type { PostSyntax } from './syntax';
import type { TextToken } from './token';
import { findTopics } from './topics';
import { findUrls } from './urls';

export { findEmoji, countEmoji } from './emoji';
export { findEmoticonCodes, type EmoticonCode } from './emoticons';
export { findMentions, repostChainStart, type Mention } from './mentions';
export { findTopics, type Topic } from './topics';
export { findUrls } from './urls';
export type { PostSyntax, TopicSyntax, MentionSyntax } from './syntax';
export { type TextToken, shiftTokens, overlapsAnyToken, overlapsAnyOf, eachMatch } from './token';
export { standaloneClauseDeletion, findQuotedRanges, insideAny, insideAnyOf } from './clauses';
export { postSpans, authoredSpans, spanAt } from './spans';
export { type PhrasePattern, type PhraseHit, PatternFamily, findPatternHits, leftmostLongest } from './patterns';
export { allowedRanges, foldedAllowedWords } from './allow';

export type EntityKind = 'url' | 'topic' | 'mention' | 'emoticon' | 'emoji';

export interface Entity extends TextToken {
  kind: EntityKind;
}

/** Which entity wins where two overlap: a link swallows the `#` and `@` inside it, a topic its `[话题]`. */
const PRIORITY: readonly EntityKind[] = ['url', 'topic', 'mention', 'emoticon', 'emoji'];

/**
 * Every entity of the text, in document order and never overlapping, as the platform would
 * style it: what the preview colours and the grammar highlights.
 */
export function findEntities(text: string, syntax: PostSyntax): Entity[] {
  const found: Entity[] = [
    ...findUrls(text).map((t) => ({ ...t, kind: 'url' as const })),
    ...findTopics(text, syntax.topics).map((t) => ({ start: t.start, end: t.end, text: t.text, kind: 'topic' as const })),
    ...findMentions(text, syntax.mentions).map((t) => ({ start: t.start, end: t.end, text: t.text, kind: 'mention' as const })),
    ...(syntax.emoticonCodes ? findEmoticonCodes(text).map((t) => ({ start: t.start, end: t.end, text: t.text, kind: 'emoticon' as const })) : []),
    ...findEmoji(text).map((t) => ({ ...t, kind: 'emoji' as const })),
  ];
  found.sort((a, b) => a.start - b.start || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - a.end);
  const kept: Entity[] = [];
  for (const e of found) {
    const last = kept[kept.length - 1];
    if (last && e.start < last.end) {
      // Overlap: keep the higher-priority one.
      if (PRIORITY.indexOf(e.kind) < PRIORITY.indexOf(last.kind)) kept[kept.length - 1] = e;
      continue;
    }
    kept.push(e);
  }
  return kept;
}
