import type { CountOptions } from '../counting/options';
import type { PostSyntax } from '../text/syntax';
import type { CountResult, Localized, PlatformId, RuleId, Severity } from '../types';

/**
 * Everything Postlint knows about one platform, as data plus its counter: the single source of
 * platform facts (issue 12). Nothing outside `platforms/` and `counting/` names a platform;
 * draft detection, the rules, the card, the CLI's messages, the status bar, the preview
 * commands and the settings in package.json all read the profiles. A new platform is a new file
 * here (and its counter in `counting/`); `npm run generate` lists it in `platforms/index.ts`.
 */
export interface PlatformProfile {
  id: PlatformId;
  /** As messages name it: `超出微博 2000 字上限`, `WeChat Moments folds this post…`. */
  name: Localized;
  /** Where room is short: the status bar, the preview's commands and title, the card's header. */
  shortName: Localized;
  /** One line for the platform setting's choice (package.json): its counting, fold and limits. */
  summary: Localized;
  /** The platform of drafts that nothing names (DESIGN.md: Weibo); exactly one profile has it. */
  isDefault?: true;
  /** Other words for it in front matter (`platform: 朋友圈`) and `--platform`, lower case. */
  aliases: readonly string[];
  /** File endings that name it (`.weibo`); `.post` names none (draft.ts). */
  fileEndings: readonly string[];
  /** Counts the post body the way the platform does. */
  count(body: string, options?: CountOptions): CountResult;
  /** Counts a title, for platforms that have one (Xiaohongshu). */
  countTitle?(title: string): CountResult;
  /** Maximum images per post, or null when unknown. */
  maxImages: number | null;
  /** Maximum #topics# / tags per post, or null when the platform sets none. */
  maxTopics: number | null;
  /** How posts write topics, mentions and emoticons here (text/syntax.ts). */
  syntax: PostSyntax;
  /** Thresholds the style rules use; users override them per rule in `.postlintrc.json`. */
  thresholds: {
    /** ad-density: weighted selling signals per 100 characters above which a draft reads as an ad. */
    adDensity: number;
    emoji: number;
    topics: number;
    mentions: number;
  };
  /** The platform rule the ad-density threshold answers to (the score itself is Postlint's). */
  adDensitySource: Localized;
  /**
   * How hard the platform itself enforces a rule, when that differs from the rule's default
   * (WeChat stops links and bans share interfaces for induced sharing on Moments: `error`);
   * `off` where the rule does not apply. A team's severity in `.postlintrc.json` still wins.
   */
  ruleSeverity?: Partial<Record<RuleId, Severity | 'off'>>;
  /**
   * What the platform's own rules say about rewarding interactions, where they differ from
   * WeChat's ban on induced sharing, which induced-sharing applies everywhere else.
   */
  sharing?: SharingRules;
  /** The preview card, for platforms that have one (X has none). */
  card?: CardProfile;
  /** Where the numbers above come from, each entry starting with what it backs (`count:`, `fold:`…). */
  sources: string[];
}

/** A platform's own rules on rewarding interactions, for induced-sharing (its action names). */
export interface SharingRules {
  /**
   * Prize activities (有奖活动) for these interactions are allowed when their rules, prizes and
   * draw date are stated (Weibo): such a lottery is noted (info), asking for them.
   */
  prizeActivities?: { interactions: readonly string[]; source: Localized; reason: Localized; example: string };
  /** Rewarding these interactions is against the platform's own rules (Xiaohongshu): the finding cites them. */
  inducements?: { interactions: readonly string[]; source: Localized; reason: Localized };
}

/** How the platform draws a post, for the preview card (card.ts). */
export interface CardProfile {
  /** The platform's own words around the post, as it shows them (always Chinese). */
  chrome: CardChrome;
  /** What every web link shows as (Weibo: `网页链接`); the link itself when absent. */
  linkLabel?: string;
  /** Whether @names in the text are links (Moments does not link them). */
  linksMentions: boolean;
  /**
   * How `images:` show: `grid` up to nine tiles, `grid-more` the same with `+N` on the ninth
   * when there are more, `cover` one swipeable cover image.
   */
  images: 'grid' | 'grid-more' | 'cover';
}

/** The platform's own words around the post, as the platform shows them (always Chinese). */
export interface CardChrome {
  time: string;
  expand: string;
  collapse: string;
  /** Weibo puts `...` before `全文`. */
  ellipsis: string;
  footer: string[];
  /** Moments' `··` button. */
  more?: string;
  /** Xiaohongshu's comment box placeholder and follow button. */
  commentPlaceholder?: string;
  follow?: string;
}
