// The core's vocabulary. Nothing here knows about VS Code or the CLI: both shells turn these
// plain objects into diagnostics, code actions, text, JSON or SARIF.

import type { PLATFORM_IDS } from './platforms';
import type { RULE_IDS } from './rules';

/** A platform's id: one of the profiles in platforms/ (their registry, platforms/index.ts, is generated). */
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** A rule's id: one of the rules in rules/ (their registry, rules/index.ts, is generated). */
export type RuleId = (typeof RULE_IDS)[number];

/** `info` is DESIGN.md's "information"; the shells map it to their own word. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Locale = 'zh' | 'en';

/** A pair of strings, Chinese first: every user-facing text exists in both. */
export interface Localized {
  zh: string;
  en: string;
}

/** A replacement of `[start, end)` (UTF-16 code units of the whole document) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** e.g. "改为“很好”" / "Replace with “很好”" — already in the result's locale. */
  title: string;
  edits: TextEdit[];
}

/** One problem in a draft. Offsets are UTF-16 code units into the whole document text. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** Why it matters, for the hover: the reasoning behind the rule, in the result's locale. */
  reason?: string;
  /** The law article or platform rule, e.g. "《广告法》第九条第三项、第五十七条". */
  source?: string;
  /** Compliant alternatives to suggest (the fixes use the first ones). */
  alternatives?: string[];
  fixes: Fix[];
  /** Rule-specific detail the shells may show, e.g. the ad-density breakdown. */
  data?: FindingData;
}

export interface AdDensitySignal {
  /** Stable signal id: promo, price, discount, cta, link, contact, qr, exclaim, emoji … */
  id: string;
  label: string;
  count: number;
  weight: number;
  /** Where each occurrence is, so hovers and the preview can mark them. */
  ranges: Array<[number, number]>;
}

export interface AdDensityReport {
  /** Weighted signals per 100 characters of body. */
  score: number;
  threshold: number;
  signals: AdDensitySignal[];
  /** Characters of body text the score is normalised by. */
  chars: number;
}

export interface FindingData {
  /** The matched word, as written in the draft. */
  word?: string;
  adDensity?: AdDensityReport;
  [key: string]: unknown;
}

export type ToneLabel = '亲切' | '中性' | '生硬' | '强推销';

export interface ToneSignal {
  id: 'second-person' | 'question' | 'officialese' | 'hard-sell' | 'shouting' | 'first-person-plural' | string;
  label: string;
  count: number;
}

export interface ToneSummary {
  label: ToneLabel;
  /** English name of the label for the en locale. */
  labelText: string;
  signals: ToneSignal[];
}

/** What a platform counter returns. Lengths are in the platform's own unit. */
export interface CountResult {
  platform: PlatformId;
  /** 'chars' for Weibo/Xiaohongshu, 'weighted' for X (twitter-text), 'lines' for Moments. */
  unit: 'chars' | 'weighted' | 'lines';
  length: number;
  /** The hard limit, or null when the platform has none we can vouch for. */
  limit: number | null;
  /** Where the timeline folds, in the same unit as `length`; null if the platform never folds. */
  foldAt: number | null;
  folded: boolean;
  over: boolean;
  /** UTF-16 offset (into the counted text) of the first character hidden by the fold. */
  foldOffset: number | null;
  /** UTF-16 offset (into the counted text) of the first character past the limit. */
  limitOffset: number | null;
  /** X only: twitter-text's verdict. */
  valid?: boolean;
}

/** A `key: value` line of the front matter, with where its value sits in the document. */
export interface FrontMatterField {
  key: string;
  value: string;
  /** Offsets of the value in the document. */
  start: number;
  end: number;
  line: number;
}

export interface FrontMatter {
  fields: Map<string, FrontMatterField>;
  /** Offsets of the whole block, `---` lines included. */
  start: number;
  end: number;
}

export interface TextSpan {
  text: string;
  /** Offset of `text` in the document. */
  start: number;
}

export interface Draft {
  /** The document exactly as given. */
  text: string;
  frontMatter: FrontMatter | null;
  /** The post text after the front matter. */
  body: TextSpan;
  /** Xiaohongshu note title (front matter `title`). */
  title: TextSpan | null;
  platform: PlatformId;
  /** Where the platform came from, for messages and the status bar. */
  platformSource: 'front-matter' | 'file-extension' | 'option' | 'default';
  images: number | null;
  author: string | null;
  product: string | null;
}
