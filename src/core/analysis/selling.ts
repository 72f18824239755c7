import type { WordMatch } from '../lexicon/types';
import { platformProfile } from '../platforms';
import { findMentions, findUrls, overlapsAnyOf } from '../text';
import type { AdDensityReport, Draft, Localized } from '../types';
import { enoughSelling, sellingSignalCount } from './ad-density';

/**
 * Whether a draft promotes something (issue 11): the law rules judge a claim by it. 《广告法》
 * binds commercial ads — "商品经营者或者服务提供者通过一定媒介和形式直接或者间接地介绍自己所推销
 * 的商品或者服务" (art. 2) — and the market regulator's guideline on absolute terms (2023, art. 8)
 * asks enforcement to read "广告内容、具体语境": 最好的一天 in a diary claims nothing, 最舒服的面料
 * in a dress's description is a claim.
 *
 * - `selling`: the draft reads as an ad — ad-density's selling signals are enough for one (two
 *   kinds, three signals, or payment details; `enoughSelling`), or it pitches goods (two pitch
 *   words, or one beside a selling signal: lexicon/pitch.ts), or its front matter names a
 *   `product`;
 * - `unclear`: one selling signal or one pitch word: a reader could take it either way;
 * - `none`: news, a diary, a notice, a chat: nothing is offered.
 *
 * Ad-density's signals are used as they are (not a second copy of them): a price, a discount, a
 * call to buy, a way to reach the seller.
 */
export type SellingLevel = 'selling' | 'unclear' | 'none';

export interface SellingCue {
  /** An ad-density signal id (price, cta, contact …), 'pitch/<group>', or 'product' (front matter). */
  id: string;
  start: number;
  end: number;
}

export interface SellingContext {
  level: SellingLevel;
  /** What the verdict rests on, in document order (at most a few of each kind). */
  cues: SellingCue[];
}

const MAX_CUES_PER_KIND = 3;

export function judgeSelling(draft: Draft, report: AdDensityReport, pitch: readonly WordMatch[]): SellingContext {
  const cues: SellingCue[] = [];
  const productField = draft.product ? draft.frontMatter?.fields.get('product') : undefined;
  if (productField) cues.push({ id: 'product', start: productField.start, end: productField.end });
  for (const s of report.signals) {
    if (s.id === 'exclaim' || s.id === 'emoji' || s.count === 0) continue;
    for (const [start, end] of s.ranges.slice(0, MAX_CUES_PER_KIND)) cues.push({ id: s.id, start, end });
  }
  const pitchWords = new Set<string>();
  const body = draft.body;
  // A pitch word inside an @name or a link is part of a name (@独立配方师), not a description.
  let inName: ((start: number, end: number) => boolean) | null = null;
  for (const m of pitch) {
    if (m.start < body.start || m.end > body.start + body.text.length) continue;
    inName ??= overlapsAnyOf([...findMentions(body.text, platformProfile(draft.platform).syntax.mentions), ...findUrls(body.text)].map((t) => [body.start + t.start, body.start + t.end] as [number, number]));
    if (inName(m.start, m.end)) continue;
    if (!pitchWords.has(m.entry.word) && pitchWords.size < MAX_CUES_PER_KIND * 2) cues.push({ id: `pitch/${m.entry.category ?? 'word'}`, start: m.start, end: m.end });
    pitchWords.add(m.entry.word);
  }
  cues.sort((a, b) => a.start - b.start);
  const signals = sellingSignalCount(report);
  let level: SellingLevel = 'none';
  if (productField || enoughSelling(report) || pitchWords.size >= 2 || (pitchWords.size >= 1 && signals >= 1)) level = 'selling';
  else if (signals >= 1 || pitchWords.size >= 1) level = 'unclear';
  return { level, cues };
}

/** Kinds of selling cue present, for messages: 价格、联系方式 … (ad-density's labels), 商品描述. */
export function sellingCueKinds(context: SellingContext, report: AdDensityReport, t: (s: Localized) => string): string[] {
  const kinds: string[] = [];
  for (const cue of context.cues) {
    const label =
      cue.id === 'product'
        ? t({ zh: 'front matter 的 product', en: 'the front matter’s product' })
        : cue.id.startsWith('pitch/')
          ? t({ zh: '商品描述', en: 'a product description' })
          : report.signals.find((s) => s.id === cue.id)?.label;
    if (label && !kinds.includes(label)) kinds.push(label);
  }
  return kinds;
}
