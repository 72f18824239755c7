import type { Localized } from '../types';

/** One phrase of a word list. Lists are data: a rule file names its lists and a message. */
export interface WordEntry {
  word: string;
  /** Compliant rewrites, best first; the first ones become quick fixes. */
  replacements?: string[];
  /** A sub-group inside a list (e.g. ad-law's 'superlative', 'first', 'authority'). */
  category?: string;
  /** Extra explanation for this phrase, shown in the hover. */
  note?: Localized;
  /**
   * An ordinary-sense phrase that must NOT fire (最近、第一次、最佳食用时间): any match of the
   * same list that overlaps it is dropped.
   */
  exempt?: boolean;
}

export interface WordList {
  /** Unique across the project, e.g. 'ad-law/superlatives'. */
  id: string;
  /** Where the words come from: law article, platform rule, public list. */
  source: string;
  entries: WordEntry[];
  /**
   * Whether its words are found however they are spelled to slip past a filter (issue 11): with
   * spaces, marks, emoji or zero-width characters between their characters, or one character in
   * pinyin (lexicon/spellings.ts). Every list folds case, width, look-alike digits and
   * traditional characters; the law rules' lists read through the rest too.
   */
  readsThroughSpellings?: boolean;
}

/** A phrase found in the text, after exemptions and the user's `allow` list were applied. */
export interface WordMatch {
  /** Offsets into the whole document. */
  start: number;
  end: number;
  /** The phrase as written in the draft (original case and width). */
  text: string;
  entry: WordEntry;
  list: WordList;
  /** The phrase is spelled to evade a filter (split, pinyin, look-alike or traditional characters). */
  evasive?: boolean;
}
