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
const isStr = (v: unknown, max = 1_000_000): v is string => typeof v === 'string' && v.length <= max;

/** The message if it is one the webview may send, else undefined. */
export function parseFromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'ready') return { type: 'ready' };
  if (m.type !== 'rendered' || typeof m.state !== 'object' || m.state === null) return undefined;
  const s = m.state as Record<string, unknown>;
  const ok =
    isStr(s.uri, 10_000) &&
    isInt(s.version) &&
    isStr(s.platform, 20) &&
    typeof s.hasFold === 'boolean' &&
    typeof s.expanded === 'boolean' &&
    isInt(s.visibleEnd) &&
    (s.hiddenStart === null || isInt(s.hiddenStart)) &&
    isStr(s.visibleText) &&
    isInt(s.segments) &&
    isInt(s.visibleSegments) &&
    isInt(s.marks) &&
    isInt(s.images) &&
    isInt(s.scripts) &&
    isInt(s.foreignElements) &&
    isInt(s.cspViolations);
  if (!ok) return undefined;
  const state: RenderedState = {
    uri: s.uri as string,
    version: s.version as number,
    platform: s.platform as string,
    hasFold: s.hasFold as boolean,
    expanded: s.expanded as boolean,
    visibleEnd: s.visibleEnd as number,
    hiddenStart: s.hiddenStart as number | null,
    visibleText: s.visibleText as string,
    segments: s.segments as number,
    visibleSegments: s.visibleSegments as number,
    marks: s.marks as number,
    images: s.images as number,
    scripts: s.scripts as number,
    foreignElements: s.foreignElements as number,
    cspViolations: s.cspViolations as number,
  };
  return { type: 'rendered', state };
}
