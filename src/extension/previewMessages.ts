// The messages between the preview panel and its webview (media/preview.js), and the checks on
// what comes back. The webview is ours, but whatever it sends is still read as untrusted input.
// Kept free of `vscode` so it is unit-tested.

import type { CardModel } from '../core/card';

/** Extension → webview. */
export type ToWebview =
  | {
      type: 'card';
      card: CardModel;
      /** The draft's file name (shown in the panel header, set with textContent). */
      fileName: string;
      uri: string;
      version: number;
    }
  | { type: 'empty'; message: string };

/** What the webview reports after drawing, measured from its DOM (for tests and the status). */
export interface RenderedState {
  uri: string;
  version: number;
  platform: string;
  /** Whether the card has a fold and whether the reader expanded it. */
  hasFold: boolean;
  expanded: boolean;
  /** Document offset just past the last body segment on screen. */
  visibleEnd: number;
  /** Document offset of the first body segment not on screen, or null when all are shown. */
  hiddenStart: number | null;
  /** The body text on screen, as the reader sees it (`网页链接`, emoji for codes). */
  visibleText: string;
  /** Body segments drawn, and how many are on screen. */
  segments: number;
  visibleSegments: number;
  /** Elements with a finding's message as hover text. */
  marks: number;
  /** `<img>` elements in the whole page: 0 unless a draft got in as markup. */
  images: number;
  /** `<script>` elements inside the card's container (ours is outside it): 0. */
  scripts: number;
  /** Elements in the card's container of a kind preview.js never creates: 0 unless markup got in. */
  foreignElements: number;
  /** `securitypolicyviolation` events the page saw. */
  cspViolations: number;
}

/** Webview → extension. */
export type FromWebview = { type: 'ready' } | { type: 'rendered'; state: RenderedState };

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStr = (max: number) => (v: unknown): v is string => typeof v === 'string' && v.length <= max;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/** One check a field: a field added to `RenderedState` does not compile until it has its check. */
const RENDERED_STATE_CHECKS: { [K in keyof RenderedState]-?: (v: unknown) => v is RenderedState[K] } = {
  uri: isStr(10_000),
  version: isInt,
  platform: isStr(20),
  hasFold: isBool,
  expanded: isBool,
  visibleEnd: isInt,
  hiddenStart: (v): v is number | null => v === null || isInt(v),
  visibleText: isStr(1_000_000),
  segments: isInt,
  visibleSegments: isInt,
  marks: isInt,
  images: isInt,
  scripts: isInt,
  foreignElements: isInt,
  cspViolations: isInt,
};
const RENDERED_STATE_FIELDS = Object.keys(RENDERED_STATE_CHECKS) as Array<keyof RenderedState>;

/** The message if it is one the webview may send, else undefined. Fields we do not know are dropped. */
export function parseFromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type !== 'rendered' || typeof m.state !== 'object' || m.state === null) return undefined;
  const s = m.state as Record<string, unknown>;
  const state: Record<string, unknown> = {};
  for (const field of RENDERED_STATE_FIELDS) {
    if (!RENDERED_STATE_CHECKS[field](s[field])) return undefined;
    state[field] = s[field];
  }
  return { type: 'rendered', state: state as unknown as RenderedState };
}
