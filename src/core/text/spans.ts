import type { Draft, TextSpan } from '../types';

/** The parts of a draft that are post text: the Xiaohongshu title (when there is one), then the body. */
export function postSpans(draft: Draft): TextSpan[] {
  return draft.title ? [draft.title, draft.body] : [draft.body];
}

/** The span that holds a document offset, if any. */
export function spanAt(spans: readonly TextSpan[], offset: number): TextSpan | undefined {
  return spans.find((s) => s.start <= offset && offset <= s.start + s.text.length);
}
