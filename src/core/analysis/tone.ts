import { HARD_SELL } from '../lexicon/hard-sell';
import { OFFICIALESE } from '../lexicon/officialese';
import { FIRST_PERSON_PLURAL, SECOND_PERSON } from '../lexicon/tone';
import type { WordList, WordMatch } from '../lexicon/types';
import { eachMatch, findUrls } from '../text';
import type { AdDensityReport, Draft, Locale, Localized, ToneLabel, ToneSignal, ToneSummary } from '../types';
import { blankControlComments } from '../text/comments';
import { readsAsAd } from './ad-density';

/**
 * How the draft sounds to a follower, in one word: 亲切 (warm), 中性 (neutral), 生硬 (stiff) or
 * 强推销 (hard-sell), with the counts behind it. Not a rule: the shells show it beside the
 * findings (status bar, hover, CLI). The decision rule is documented in docs/tone.md.
 */

/** The officialese and hard-sell lists are the rules' own: the summary counts the same phrases they flag. */
export const TONE_LISTS: readonly WordList[] = [SECOND_PERSON, FIRST_PERSON_PLURAL, OFFICIALESE, HARD_SELL];

export interface ToneInput {
  draft: Draft;
  matchesOf(list: WordList): readonly WordMatch[];
  adDensity: AdDensityReport;
  locale: Locale;
}

const LABEL_TEXT: Readonly<Record<ToneLabel, Localized>> = {
  亲切: { zh: '亲切', en: 'warm' },
  中性: { zh: '中性', en: 'neutral' },
  生硬: { zh: '生硬', en: 'stiff' },
  强推销: { zh: '强推销', en: 'hard-sell' },
};

const SIGNAL_LABELS: Readonly<Record<string, Localized>> = {
  'second-person': { zh: '称呼读者（你/你们/大家）', en: 'addressing the reader (你/你们/大家)' },
  'first-person-plural': { zh: '我们', en: 'first person plural (我们)' },
  question: { zh: '提问', en: 'questions' },
  officialese: { zh: '公文腔', en: 'officialese' },
  'hard-sell': { zh: '命令式推销', en: 'hard-sell phrases' },
  shouting: { zh: '连串感叹号', en: 'exclamation runs' },
  'ad-density': { zh: '广告感（每百字分）', en: 'ad density (points per 100 characters)' },
};

/** The counts the decision rule reads. */
export interface ToneCounts {
  secondPerson: number;
  firstPersonPlural: number;
  questions: number;
  officialese: number;
  hardSell: number;
  shouting: number;
  /** Whether the ad-density measurement says the draft reads as an ad. */
  readsAsAd: boolean;
}

export function summarizeTone(input: ToneInput): ToneSummary {
  const { draft, matchesOf, adDensity, locale } = input;
  const counts: ToneCounts = {
    secondPerson: matchesOf(SECOND_PERSON).length,
    firstPersonPlural: matchesOf(FIRST_PERSON_PLURAL).length,
    questions: countQuestions(draft),
    officialese: matchesOf(OFFICIALESE).length,
    hardSell: matchesOf(HARD_SELL).length,
    shouting: adDensity.signals.find((s) => s.id === 'exclaim')?.count ?? 0,
    readsAsAd: readsAsAd(adDensity),
  };
  const label = toneLabel(counts);
  const signal = (id: string, count: number): ToneSignal => ({ id, label: SIGNAL_LABELS[id]![locale], count });
  return {
    label,
    labelText: LABEL_TEXT[label][locale],
    signals: [
      signal('second-person', counts.secondPerson),
      signal('first-person-plural', counts.firstPersonPlural),
      signal('question', counts.questions),
      signal('officialese', counts.officialese),
      signal('hard-sell', counts.hardSell),
      signal('shouting', counts.shouting),
      signal('ad-density', adDensity.score),
    ],
  };
}

/**
 * The decision rule (docs/tone.md), first match wins:
 * 1. 强推销 — the draft reads as an ad (the ad-density verdict), or it orders the reader to
 *    buy (any hard-sell phrase: that is a salesman's voice, whatever else the post says).
 * 2. 生硬 — officialese that the warm markers do not outweigh (officialese ≥ warmth).
 * 3. 亲切 — at least two warm markers (你/我们/questions), at least one of which turns to the
 *    reader (second person or a question).
 * 4. 中性 — everything else. Shouting alone changes nothing: an excited post is not a sales pitch.
 */
export function toneLabel(c: ToneCounts): ToneLabel {
  if (c.readsAsAd || c.hardSell >= 1) return '强推销';
  const warmth = c.secondPerson + c.firstPersonPlural + c.questions;
  if (c.officialese > 0 && c.officialese >= warmth) return '生硬';
  if (warmth >= 2 && c.secondPerson + c.questions >= 1) return '亲切';
  return '中性';
}

const QUESTION_MARKS = /[?？]+/g;

/** Questions asked: runs of ？/? in the title and body (？？？ is one question), not the ? of a link. */
function countQuestions(draft: Draft): number {
  let n = 0;
  for (const span of draft.title ? [draft.title, draft.body] : [draft.body]) {
    if (span.text.indexOf('?') < 0 && span.text.indexOf('？') < 0) continue;
    const text = blankControlComments(span.text);
    // A link's characters count as blanks: a run of marks is cut where a link covers it.
    const urls = findUrls(text);
    let next = 0;
    eachMatch(QUESTION_MARKS, text, (m) => {
      let inRun = false;
      for (let i = m.index, end = m.index + m[0].length; i < end; i++) {
        while (next < urls.length && urls[next]!.end <= i) next++;
        const mark = !(next < urls.length && urls[next]!.start <= i);
        if (mark && !inRun) n++;
        inRun = mark;
      }
    });
  }
  return n;
}
