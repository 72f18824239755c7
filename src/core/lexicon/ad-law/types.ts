import type { WordEntry } from '../types';

/**
 * The groups of the common 广告法极限词 lists. `authority` and `lure` are not art. 9(3) absolute
 * terms but sit on the same lists and are checked by the same rule, under their own articles.
 */
export type AdLawCategory = 'superlative' | 'first' | 'grade' | 'unique' | 'scope' | 'certainty' | 'authority' | 'lure';

/**
 * What follows a flagged phrase decides which rewrite reads well: `最好的` → `很好的`, but
 * `最强性能` needs `很强的性能`, and `效果最好。` takes `很好` again.
 * - `de`: the next character is 的;
 * - `end`: punctuation, a space, a particle (了、啊、呀 …) or the end of the text;
 * - `word`: a Chinese character or a letter (the phrase modifies what follows);
 * - `number`: a digit or a Chinese numeral.
 */
export type FollowingKind = 'de' | 'end' | 'word' | 'number';

export interface AdLawEntry extends WordEntry {
  category: AdLawCategory;
  /** Rewrites that fit only before one kind of character; `replacements` fit everywhere. */
  fit?: Partial<Record<FollowingKind, string[]>>;
  /** Suggestions for the hover only: they need the writer's judgement, so no fix applies them. */
  alternatives?: string[];
  /**
   * The phrase is ordinary, not a claim, when the text right after it (spaces skipped) starts with
   * one of these: 最好不要 ("had better not"), 第一次 (an ordinal), 100%纯棉 (a fibre content label).
   */
  ordinaryBefore?: readonly string[];
  /** Exceptions to `ordinaryBefore`: 本 makes 第一本书 an ordinal, but 第一本公司 is no book. */
  notOrdinaryBefore?: readonly string[];
  /** The same as a pattern, tested on the text right after the phrase: 100%<3 chars>棉. */
  ordinaryBeforePattern?: RegExp;
  /** Ordinary when the text right before it ends with one of these: 电量100%. */
  ordinaryAfter?: readonly string[];
  /** A claim only when what follows is `de` or `end`: 最好用的 is a claim, 最好用温水 is advice. */
  claimOnlyAtEnd?: boolean;
  /**
   * 最大/最高/最低 … state a specification, not a ranking, when a number follows within a few
   * characters: 最高可达50%, 最大功率3000W, 最快3天送达.
   */
  specBeforeNumber?: boolean;
  /**
   * An ordinal at the start of a clause that lists points (第一，… / 第一就是…) is not a
   * ranking; a ranking follows what it ranks (销量第一).
   */
  enumeration?: boolean;
  /** No fix after these characters: 是第一 → 是领先 reads wrong. */
  noFixAfter?: string;
  /**
   * The word is a seed whose claim runs on over what it governs (issue 11): 最 + any adjective or
   * verb phrase (最耐穿、最受年轻人欢迎), 绝对 + what it vouches for. The rule reads the phrase
   * after it, drops the ordinary senses (`lexicon/ad-law/governed.ts`) and reports seed and
   * phrase as one claim. `'degree'`: only a degree word may follow (醉 is a word of its own;
   * 醉好吃 spells 最好吃).
   */
  governs?: 'phrase' | 'degree';
  /** A scoped claim's claim without its scope (最低价 of 全网最低价): its rewrite is the claim's own. */
  claimPart?: string;
  /** The entry spells another word to slip past a filter (蕞 and 醉 for 最, zui): always evasive. */
  spellingOf?: string;
  /**
   * The words sell by themselves (最低价、销量第一、第一品牌、特供、全网最…): a claim even where the
   * draft shows no other sign of selling, reported as information there.
   */
  commercial?: boolean;
}

/** Shorthand for the list files: `entry('最佳', 'superlative', { replacements: ['理想'] })`. */
export function entry(word: string, category: AdLawCategory, more: Omit<AdLawEntry, 'word' | 'category'> = {}): AdLawEntry {
  return { word, category, ...more };
}

/** Ordinary-sense phrases of a list: they silence any overlapping match of that list. */
export function exempt(category: AdLawCategory, words: readonly string[]): AdLawEntry[] {
  return words.map((word) => ({ word, category, exempt: true }));
}

export function isAdLawEntry(e: WordEntry): e is AdLawEntry {
  return typeof (e as Partial<AdLawEntry>).category === 'string';
}
