import type { Draft, TextSpan } from '../types';
import { repostChainStart } from './mentions';

/** The parts of a draft that are post text: the Xiaohongshu title (when there is one), then the body. */
export function postSpans(draft: Draft): TextSpan[] {
  return draft.title ? [draft.title, draft.body] : [draft.body];
}

/**
 * The post text the author wrote: as `postSpans`, with a Weibo repost chain (`//@甲:…//@乙:…`,
 * the earlier posters' comments) cut off the body. Style counts (emoji, topics, mentions,
 * shouting) judge the author's words, not what they repost.
 */
export function authoredSpans(draft: Draft): TextSpan[] {
  const cut = repostChainStart(draft.body.text);
  const body = cut === draft.body.text.length ? draft.body : { text: draft.body.text.slice(0, cut), start: draft.body.start };
  return draft.title ? [draft.title, body] : [body];
}

/** The span that holds a document offset, if any. */
export function spanAt(spans: readonly TextSpan[], offset: number): TextSpan | undefined {
  return spans.find((s) => s.start <= offset && offset <= s.start + s.text.length);
}
