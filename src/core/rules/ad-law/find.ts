import type { SellingLevel } from '../../analysis/selling';
import type { AdLawCategory, AdLawEntry } from '../../lexicon/ad-law';
import { AD_LAW_LISTS, STATE_ENDORSEMENT, isAdLawEntry } from '../../lexicon/ad-law';
import type { WordEntry, WordList, WordMatch } from '../../lexicon/types';
import { allowedRanges, eachMatch, findMentions, findUrls, overlapsAnyOf, spanAt, type MentionSyntax } from '../../text';
import type { TextSpan } from '../../types';
import { COMPARED_WITH_ALL } from '../../lexicon/ad-law/governed';
import { judgeClaim, sentenceAround } from './judge';
import { rewritesFor, scopedClaimEnd, type Rewrite } from './rewrite';

/** One finding the rule will report, before it is turned into a `Report`. */
export interface AbsoluteTermMatch {
  start: number;
  end: number;
  text: string;
  entry: WordEntry | null;
  /** null for the user's own words and for 国家…推荐 found by pattern. */
  adLaw: AdLawEntry | null;
  category: AdLawCategory | 'user';
  /** Rewrites offered as fixes (emptied when a fix would unsettle a neighbour). */
  rewrites: Rewrite[];
  /** What the hover suggests: the rewrites that fit here and the entry's alternatives. */
  suggestions: string[];
  evasive?: boolean;
  /** Reported as information: the draft does not clearly sell (see `claimWeight`). */
  onlyNote?: boolean;
}

/**
 * How much a claim's own words say that something is sold, which decides how it is reported
 * outside a selling draft (issue 11, "Context"):
 * - `commercial`: a lowest price, a sales or brand rank, a risk-free promise, a prize lure (最低价、
 *   销量第一、第一品牌、零风险、恭喜您中奖): they sell by their words, so a note even where nothing
 *   else in the draft does;
 * - `listed`: a word of the 极限词 lists (最好、顶级、唯一、国家…推荐): a note where the draft
 *   might be selling (`unclear`), nothing where it plainly is not;
 * - `weak`: a seed read with what it governs (最 + any phrase, 绝对 + any phrase), which everyday
 *   talk is full of: a claim only where the draft sells;
 * - `user`: a word of the team's own list, reported wherever it stands.
 * In a selling draft every claim is reported at the rule's severity.
 */
type ClaimWeight = 'user' | 'commercial' | 'listed' | 'weak';

function claimWeight(e: AdLawEntry | null, category: AdLawCategory | 'user'): ClaimWeight {
  // The team listed the word itself (rules.ad-law.options.words): it is reported wherever it stands.
  if (category === 'user') return 'user';
  if (category === 'lure' || e?.commercial) return 'commercial';
  return e?.governs ? 'weak' : 'listed';
}

/**
 * Whether a claim is reported at all in a draft of this selling level, and whether only as a note:
 * where the draft might be selling (`unclear`), only a claim whose own sentence holds the selling
 * cue (a price, a call to buy, a product description) is noted, since the cue may belong to
 * another part of the post (全国收视第一！… 好消息：下周六…).
 */
function placeInContext(weight: ClaimWeight, level: SellingLevel, personal: boolean, cueInSentence: () => boolean): 'report' | 'note' | null {
  if (level === 'selling' || weight === 'user') return 'report';
  if (personal || weight === 'weak') return null;
  if (weight === 'commercial') return 'note';
  return level === 'unclear' && cueInSentence() ? 'note' : null;
}

/**
 * Ranges whose words are names, not the writer's claims: @mentions (@全球热门排行榜), links and
 * 《titles》 (《最强大脑》). #Topics# are not skipped: #全网最低价# is as much a claim as the text.
 */
export function nameRanges(span: TextSpan, mentions: MentionSyntax): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const t of findMentions(span.text, mentions)) out.push([span.start + t.start, span.start + t.end]);
  for (const t of findUrls(span.text)) out.push([span.start + t.start, span.start + t.end]);
  // A title closes on its own line; an unclosed 《 does not swallow the next line's 《title》.
  const text = span.text;
  for (let open = text.indexOf('《'); open >= 0; ) {
    let close = open + 1;
    while (close < text.length && text[close] !== '》' && text[close] !== '\n') close++;
    if (text[close] === '》') {
      out.push([span.start + open + 1, span.start + close]);
      open = text.indexOf('《', close + 1);
    } else {
      open = text.indexOf('《', close);
    }
  }
  return out;
}

/** What `findAbsoluteTerms` needs besides the text: where it is, how the platform writes @names, the allowed words, how the draft sells. */
export interface FindContext {
  spans: readonly TextSpan[];
  mentions: MentionSyntax;
  allow: readonly string[];
  selling: SellingLevel;
  /** Where the draft's selling cues are (analysis/selling.ts), in document offsets. */
  cues: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * Whether a selling cue stands in the sentence around `[start, end)`: another one than the claim
 * itself, unless the claim sells by its words alone (全网最低价 is its own cue; 最实惠 is not:
 * 还是食堂最实惠啊).
 */
function cueInSentence(text: string, start: number, end: number, span: TextSpan, cues: FindContext['cues'], ownCue: boolean): boolean {
  const [from, to] = sentenceAround(text, start, end, span);
  return cues.some((c) => c.start < to && from < c.end && (ownCue || c.end <= start || c.start >= end));
}

/**
 * Every absolute-term finding of a text. Each list's matches are judged first and merged after
 * (leftmost-longest), so that a longer phrase found to be ordinary (全国第一次) does not hide a
 * shorter claim another list found inside it.
 */
export function findAbsoluteTerms(text: string, c: FindContext, matches: readonly WordMatch[]): AbsoluteTermMatch[] {
  const { spans, mentions, allow, selling } = c;
  // Names are looked for only once something needs them; then each question is O(log n).
  let nameTest: ((start: number, end: number) => boolean) | null = null;
  const inName = (start: number, end: number) => (nameTest ??= overlapsAnyOf(spans.flatMap((s) => nameRanges(s, mentions))))(start, end);
  const judged: AbsoluteTermMatch[] = [];
  for (const m of matches) {
    const span = spanAt(spans, m.start);
    if (!span || m.end > span.start + span.text.length || inName(m.start, m.end)) continue;
    const e = isAdLawEntry(m.entry) ? m.entry : null;
    let verdict = e ? judgeClaim(text, m, e, span) : { end: m.end, governed: null, personal: false };
    if (!verdict) continue;
    if (e?.claimPart && !verdict.governed) verdict = { ...verdict, end: scopedClaimEnd(text, m, e, span.start + span.text.length) };
    const place = placeInContext(claimWeight(e, e?.category ?? 'user'), selling, verdict.personal, () => cueInSentence(text, m.start, verdict.end, span, c.cues, e?.commercial === true || e?.category === 'lure'));
    if (!place) continue;
    const rewrites = e ? rewritesFor(text, m, e, span, verdict) : [];
    judged.push({
      start: m.start,
      end: verdict.end,
      text: text.slice(m.start, verdict.end),
      entry: m.entry,
      adLaw: e,
      category: e?.category ?? 'user',
      rewrites,
      suggestions: [...new Set([...rewrites.map((r) => r.text).filter(Boolean), ...(e?.alternatives ?? [])])],
      evasive: m.evasive || e?.spellingOf !== undefined || undefined,
      onlyNote: place === 'note' || undefined,
    });
  }
  judged.sort((a, b) => a.start - b.start || b.end - a.end);

  const out: AbsoluteTermMatch[] = [];
  let lastEnd = -1;
  for (const found of judged) {
    if (found.start < lastEnd) continue;
    out.push(found);
    lastEnd = found.end;
  }

  // 国家卫健委推荐 and the like: state organ names a list cannot enumerate. (Hits of the pattern
  // never overlap one another, so checking them against the word-list findings is enough.)
  const inFound = overlapsAnyOf(out);
  // Comparisons with every rival (没有哪款面膜比它更补水): a claim by grammar, with no word of the lists.
  if (selling === 'selling') {
    for (const span of spans) {
      eachMatch(COMPARED_WITH_ALL, span.text, (found) => {
        const start = span.start + found.index;
        const end = start + found[0].length;
        if (inFound(start, end) || inName(start, end)) return;
        out.push({ start, end, text: found[0], entry: null, adLaw: null, category: 'superlative', rewrites: [], suggestions: ['写出可查证的对比数据和出处'] });
      });
    }
  }
  if (selling !== 'none') {
    for (const span of spans) {
      let allowed: ((start: number, end: number) => boolean) | null = null;
      eachMatch(STATE_ENDORSEMENT, span.text, (found) => {
        const start = span.start + found.index;
        const end = start + found[0].length;
        if (inFound(start, end) || inName(start, end) || (allowed ??= overlapsAnyOf(allowedRanges(text, allow, span.start, span.start + span.text.length)))(start, end)) return;
        const placed = placeInContext('listed', selling, false, () => cueInSentence(text, start, end, span, c.cues, false));
        if (!placed) return;
        out.push({ start, end, text: found[0], entry: null, adLaw: null, category: 'authority', rewrites: [], suggestions: [], onlyNote: placed === 'note' || undefined });
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const OWN_LISTS: ReadonlySet<WordList> = new Set(AD_LAW_LISTS);

/**
 * The matches ad-law judges: each of its lists' as found (a list's matches are judged before
 * they are merged, so that 全国第一次 found ordinary does not hide a claim inside it), then the
 * user's own words where they survive the merge of all the rule's lists. The first reading and
 * the reading after the fixes both take them this way, so a user's word that a list word hides
 * (第一 in 第一次) is not news to the second one.
 */
export function candidates(perList: (list: WordList) => readonly WordMatch[], merged: readonly WordMatch[]): WordMatch[] {
  return [...AD_LAW_LISTS.flatMap(perList), ...merged.filter((m) => !OWN_LISTS.has(m.list))];
}
