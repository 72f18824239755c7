import {
  ACTION_FORMS,
  BLESSING_FORMS,
  CALL_FORM,
  DISCUSSION_CONTEXT,
  GROUP_QUOTA,
  NEARBY_LOTTERY,
  NEGATION_BEFORE,
  PERSON_QUOTA,
  PRESSURE_FORMS,
  REPORT_CONTEXT,
  REWARD_FORMS,
  COLLECTION_TASK,
  SENTENCE_HINT,
  type CueForm,
} from '../lexicon/induced-sharing';
import type { WordMatch } from '../lexicon/types';
import { findQuotedRanges, insideAny } from '../text';
import { passingView, type SpellingView } from '../text/view';
import type { TextSpan } from '../types';

/**
 * The grammar of induced sharing (issue 11): in each sentence that holds a seed, an action the
 * reader is asked to take joined to a reward it earns, or a pressure formula. Only sentences with
 * a seed are read, each once, through their own spelling view (转*发 and 轉發 read as 转发), so
 * the cost follows the number and length of candidate sentences, not the length of the draft.
 */

/** One kind of finding: what the message says and which platform rule applies. */
export type InducementKind = 'lottery' | 'reward' | 'quota' | 'unlock' | 'referral' | 'assist' | 'checkin' | 'collect' | 'pressure';

export interface Inducement {
  start: number;
  end: number;
  kind: InducementKind;
  /** The actions asked for (repost, tag, like …), in order of appearance. */
  actions: string[];
  /** For pressure: identity, curse, chain, exaggeration or blessing. */
  pressure?: string;
  evasive: boolean;
}

interface Cue {
  kind: string;
  /** Document offsets. */
  start: number;
  end: number;
  /** Offsets in the sentence's spelling view. */
  viewStart: number;
  viewEnd: number;
  evasive: boolean;
}

/** Patterns of one family joined into one expression, one capturing group per form. */
class CueFamily {
  private readonly re: RegExp;
  constructor(private readonly forms: readonly CueForm[]) {
    this.re = new RegExp(forms.map((f) => `(${f.source})`).join('|'), 'g');
  }
  /** Cues in a sentence of a spelling view. */
  find(view: SpellingView, sentence: Sentence): Cue[] {
    const out: Cue[] = [];
    const text = view.text.slice(sentence.start, sentence.end);
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let g = 1;
      while (m[g] === undefined) g++;
      const viewStart = sentence.start + m.index;
      const viewEnd = viewStart + m[0].length;
      const [start, end] = view.toDocument(viewStart, viewEnd);
      out.push({ kind: this.forms[g - 1]!.kind, start, end, viewStart, viewEnd, evasive: view.isEvasive(viewStart, viewEnd) });
    }
    return out;
  }
}

// Quotas first: where one starts, it is the longer reading (转发到3个群, not 转发).
const ACTIONS = new CueFamily([{ kind: 'quota', source: PERSON_QUOTA }, { kind: 'quota', source: GROUP_QUOTA }, ...ACTION_FORMS]);
const REWARDS = new CueFamily([...REWARD_FORMS, ...BLESSING_FORMS]);
const PRESSURE = new CueFamily(PRESSURE_FORMS);
const GROUP_QUOTA_ALONE = new RegExp(GROUP_QUOTA);
const CALL = new CueFamily([{ kind: 'call', source: CALL_FORM }]);
const NEARBY_LOTTERY_RE = new RegExp(NEARBY_LOTTERY);
const REPORT_RE = new RegExp(REPORT_CONTEXT);
const DISCUSSION_RE = new RegExp(DISCUSSION_CONTEXT);

/** Actions whose blessing or curse makes a chain letter (a like or a follow does not). */
const PASSING_ON = new Set(['repost', 'share', 'quota']);
/** Actions people also narrate (晒出年夜饭、参与讨论、发微博): they need a reward that is plainly offered. */
const WEAK_ACTIONS = new Set(['post', 'quiz', 'discuss']);
/** How far a reward may stand after the action it pays for (in view units). */
const MAX_GAP = 40;
/** How far a sentence is read on each side of a seed: long unpunctuated text is cut into windows (a reward stands within MAX_GAP of its action). */
const MAX_REACH = 100;
/** How far the sentence before or after a bare call may be for its lottery to count. */
const NEIGHBOUR_REACH = 80;

/** Sentence marks: 。 ! ？ (full-width or not) and a line break. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f || c === 0x0a;
}
/** 转发了、关注过: what someone did. But 转发过500、点赞过千 is a threshold to reach. */
const NARRATED_AFTER = /^(?:了|过(?!\s*(?:\d|[xX一二两三四五六七八九十百千万几])))/;

/** A sentence in view offsets. */
interface Sentence {
  start: number;
  end: number;
  /** Whether the neighbouring sentence on each side belongs to the same post (not across `//@`, a line or a cut). */
  openBefore: boolean;
  openAfter: boolean;
}

/** Whether `//` (then spaces) and `@` start at `i`: Weibo's repost chain, where one poster's words end. */
function chainAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2f || text.charCodeAt(i + 1) !== 0x2f) return false;
  let j = i + 2;
  while (text[j] === ' ' || text[j] === '\u3000') j++;
  return text[j] === '@';
}

/** The sentence around `at` inside `[from, to)` of a view's text. */
function sentenceAt(text: string, at: number, from: number, to: number): Sentence {
  let start = at;
  let openBefore = false;
  const left = Math.max(from, at - MAX_REACH);
  while (start > left) {
    const c = text.charCodeAt(start - 1);
    if (isSentenceEnd(c)) {
      openBefore = c !== 0x0a;
      break;
    }
    if (c === 0x2f && (chainAt(text, start - 2) || chainAt(text, start - 1))) break;
    start--;
  }
  let end = at;
  let openAfter = false;
  const right = Math.min(to, at + MAX_REACH);
  while (end < right) {
    const c = text.charCodeAt(end);
    if (isSentenceEnd(c)) {
      openAfter = c !== 0x0a;
      break;
    }
    if (c === 0x2f && chainAt(text, end)) break;
    end++;
  }
  return { start, end, openBefore, openAfter };
}

/** Findings of one sentence, and whether it holds a bare call to repost. */
interface SentenceReading {
  found: Inducement[];
  call: Cue | null;
}

function readSentence(view: SpellingView, sentence: Sentence, seeds: readonly WordMatch[]): SentenceReading {
  const read = view.text.slice(sentence.start, sentence.end);
  if (!SENTENCE_HINT.test(read)) {
    const maybeCall = /转|分享|扩散/.test(read) && !REPORT_RE.test(read) && !DISCUSSION_RE.test(read);
    return { found: [], call: maybeCall ? (CALL.find(view, sentence)[0] ?? null) : null };
  }
  if (DISCUSSION_RE.test(read)) return { found: [], call: null };
  const quoted = findQuotedRanges(read).map(([a, b]) => view.toDocument(sentence.start + a, sentence.start + b));
  const inQuote = (a: number, b: number) => insideAny(a, b, quoted);
  const found: Inducement[] = [];

  for (const p of PRESSURE.find(view, sentence)) {
    if (inQuote(p.start, p.end)) continue;
    found.push({ start: p.start, end: p.end, kind: 'pressure', pressure: p.kind, actions: ['repost'], evasive: p.evasive });
  }

  // Not an action asked for: refused (不需要转发) or narrated (我转发了、关注过).
  const actions = ACTIONS.find(view, sentence).filter(
    (a) => !NEGATION_BEFORE.test(view.text.slice(Math.max(sentence.start, a.viewStart - 5), a.viewStart)) && !NARRATED_AFTER.test(view.text.slice(a.viewEnd, a.viewEnd + 3)),
  );
  // Spellings the patterns cannot read (zhuan发, 砖发, zf) stand for the action they spell.
  for (const m of seeds) {
    const spelled = m.entry.category?.startsWith('spelling/') || (m.evasive && /[A-Za-z]/.test(m.text) && !/^[A-Za-z]+$/.test(m.entry.word));
    if (!spelled || actions.some((a) => a.start < m.end && m.start < a.end)) continue;
    const kind = m.entry.category!.replace('spelling/', '');
    if (kind !== 'pressure') actions.push({ kind, start: m.start, end: m.end, viewStart: view.fromDocument(m.start), viewEnd: view.fromDocument(m.end), evasive: true });
  }
  actions.sort((a, b) => a.start - b.start);
  // A result or a thank-you reports a lottery (恭喜…获得、已经送出); a yes-no question asks about a reward (…就能领到退款了吗): neither offers one.
  const report = REPORT_RE.test(read) || /吗\s*$/.test(read);
  const rewards = actions.length > 0 && !report ? REWARDS.find(view, sentence) : [];
  const paidLater = new Set(actions.filter((a) => rewards.some((r) => r.viewStart >= a.viewEnd && r.viewStart - a.viewEnd <= MAX_GAP)));

  for (const r of rewards) {
    const paid = actions.filter(
      (a) =>
        (r.kind !== 'blessing' || PASSING_ON.has(a.kind)) &&
        !(r.kind === 'gain/weak' && WEAK_ACTIONS.has(a.kind)) &&
        !(inQuote(a.start, a.end) && inQuote(r.start, r.end)) &&
        ((a.viewStart < r.viewStart && r.viewStart - a.viewEnd <= MAX_GAP) ||
          // 有奖转发; 老带新 and 转介绍 name a referral scheme, whose reward may come first when none follows.
          (r.viewEnd === a.viewStart && /^有[奖礼]/.test(view.text.slice(r.viewStart, r.viewEnd))) ||
          (r.kind !== 'blessing' && a.kind === 'invite' && a.viewStart >= r.viewEnd && a.viewStart - r.viewEnd <= 8 && !paidLater.has(a))),
    );
    if (paid.length === 0) continue;
    const start = Math.min(r.start, ...paid.map((a) => a.start));
    const end = Math.max(r.end, ...paid.map((a) => a.end));
    const kinds = paid.map((a) => a.kind);
    found.push({ start, end, kind: kindOf(kinds, r.kind), pressure: r.kind === 'blessing' ? 'blessing' : undefined, actions: kinds, evasive: r.evasive || paid.some((a) => a.evasive) });
  }

  // A quota of groups is never narration, and a collection task implies its prize: they stand alone.
  actions.forEach((a, k) => {
    const read = view.text.slice(a.viewStart, a.viewEnd);
    if (a.kind === 'quota' && GROUP_QUOTA_ALONE.test(read)) {
      found.push({ start: a.start, end: a.end, kind: 'quota', actions: ['quota'], evasive: a.evasive });
    } else if ((a.kind === 'like' || a.kind === 'collect-task') && COLLECTION_TASK.test(read) && !report && !inQuote(a.start, a.end)) {
      // With the actions written right before it: 转发集赞、分享朋友圈集赞.
      let start = a.start;
      let viewStart = a.viewStart;
      for (let b = k - 1; b >= 0 && actions[b]!.viewEnd <= viewStart && viewStart - actions[b]!.viewEnd <= 2; b--) ({ start, viewStart } = actions[b]!);
      found.push({ start, end: a.end, kind: 'collect', actions: [a.kind], evasive: a.evasive });
    }
  });

  const merged = mergeOverlapping(found);
  const call = merged.length === 0 && !report ? (CALL.find(view, sentence)[0] ?? null) : null;
  return { found: merged, call };
}

function kindOf(actions: readonly string[], reward: string): InducementKind {
  if (reward === 'blessing') return 'pressure';
  if (actions.includes('quota')) return 'quota';
  if (reward === 'unlock') return 'unlock';
  if (actions.includes('invite')) return 'referral';
  if (actions.includes('assist')) return 'assist';
  if (actions.includes('checkin')) return 'checkin';
  if (actions.includes('collect-task')) return 'collect';
  return reward === 'lottery' ? 'lottery' : 'reward';
}

/** Overlapping findings of one sentence become one, the strongest kind first (pressure and quotas name the most). */
function mergeOverlapping(found: Inducement[]): Inducement[] {
  if (found.length < 2) return found;
  const rank = (k: InducementKind) => ['pressure', 'quota', 'unlock', 'referral', 'assist', 'checkin', 'collect', 'lottery', 'reward'].indexOf(k);
  found.sort((a, b) => a.start - b.start);
  const out: Inducement[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.actions = [...new Set([...last.actions, ...f.actions])];
      last.evasive ||= f.evasive;
      if (rank(f.kind) < rank(last.kind)) {
        last.kind = f.kind;
        last.pressure = f.pressure;
      }
      continue;
    }
    out.push({ ...f, actions: [...f.actions] });
  }
  return out;
}

/**
 * Every inducement in the spans: the sentences around the seeds read once each, and a bare call
 * to repost (继续转发) reported when the sentence before or after it in the same post announces
 * a lottery (Weibo posts often put the two apart). Each sentence gets a view of its own: cheaper
 * than the whole span's when only a few sentences hold a seed, which is nearly always.
 */
export function findInducements(spans: readonly TextSpan[], seeds: readonly WordMatch[]): Inducement[] {
  const out: Inducement[] = [];
  let i = 0;
  for (const span of spans) {
    const text = span.text;
    const to = span.start + text.length;
    let readUpTo = 0;
    while (i < seeds.length && seeds[i]!.start < to) {
      const at = seeds[i]!.start - span.start;
      if (at < readUpTo) {
        i++;
        continue;
      }
      const written = sentenceAt(text, at, 0, text.length);
      // The sentence read as a filter reads it (转*发 → 转发, 轉發 → 转发).
      const view = passingView({ text: text.slice(written.start, written.end), start: span.start + written.start });
      const sentence: Sentence = { start: 0, end: view.text.length, openBefore: written.openBefore, openAfter: written.openAfter };
      const sentenceEnd = span.start + written.end;
      let j = i;
      while (j < seeds.length && seeds[j]!.start < sentenceEnd) j++;
      const { found, call } = readSentence(view, sentence, seeds.slice(i, Math.max(j, i + 1)));
      out.push(...found);
      if (call && lotteryNearby(text, written)) out.push({ start: call.start, end: call.end, kind: 'lottery', actions: ['repost'], evasive: call.evasive });
      readUpTo = Math.max(written.end, at + 1);
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

/** Whether the sentence before or after a bare call, in the same post, announces a lottery. */
function lotteryNearby(text: string, sentence: Sentence): boolean {
  const near = (s: Sentence) => {
    const t = text.slice(s.start, s.end);
    return s.end > s.start && NEARBY_LOTTERY_RE.test(t) && !REPORT_RE.test(t);
  };
  if (sentence.openBefore && sentence.start >= 2) {
    const before = sentenceAt(text, sentence.start - 2, Math.max(0, sentence.start - NEIGHBOUR_REACH), text.length);
    if (near(before)) return true;
  }
  if (sentence.openAfter && sentence.end + 1 < text.length) {
    const after = sentenceAt(text, sentence.end + 1, 0, Math.min(text.length, sentence.end + 1 + NEIGHBOUR_REACH));
    if (near(after)) return true;
  }
  return false;
}
