/**
 * How a platform's posts write what the platform links or draws: topics, mentions and picture
 * emoticons. Each platform profile declares its syntax (platforms/<id>.ts); the tokenizers here
 * read the syntax, never a platform's name, so a new platform with a known syntax needs nothing
 * in this folder.
 */
export interface PostSyntax {
  /**
   * - `pair`: `#话题#` on one line (Weibo);
   * - `typed`: `#名称`, ending at a space or punctuation, a `#` right after closing it (Moments);
   * - `picked-or-typed`: `#名称[话题]#` as the app writes a picked topic, or typed (Xiaohongshu);
   * - `twitter`: hashtags by twitter-text's rules (X).
   */
  topics: 'pair' | 'typed' | 'picked-or-typed' | 'twitter';
  /**
   * - `nickname`: `@` and a nickname of Chinese characters, letters, digits, `_` and `-` (Weibo's
   *   rule, which Moments and Xiaohongshu drafts follow closely enough);
   * - `twitter`: ASCII handles by twitter-text's rules (X).
   */
  mentions: 'nickname' | 'twitter';
  /** Whether `[哈哈]`-style codes are drawn as picture emoticons (X shows them as text). */
  emoticonCodes: boolean;
}

export type TopicSyntax = PostSyntax['topics'];
export type MentionSyntax = PostSyntax['mentions'];
