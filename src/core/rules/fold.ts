import type { Rule } from '../rule';
import { isHighSurrogate, isLowSurrogate } from '../counting/shared';
import { amount, sourcesFor } from './length';

/**
 * `fold`: the timeline will fold this draft. The finding marks the first words the reader no
 * longer sees (to the end of that line, at most MARKER_MAX characters, so it reads as a marker
 * rather than a wall of underlines) and quotes what the reader sees last before `全文`.
 */
export const fold: Rule = {
  id: 'fold',
  description: { zh: '正文会在时间线上被折叠', en: 'The post will fold in the timeline' },
  defaultSeverity: 'info',
  options: {
    foldAt: { type: 'number', description: "Where the timeline folds, in the platform's unit (lines on Moments), replacing the platform's" },
  },
  check(ctx) {
    const { count, draft, platform } = ctx;
    if (!count.folded || count.foldOffset === null || count.foldAt === null) return;
    const body = draft.body.text;
    const [start, end] = markerRange(body, count.foldOffset);
    const tail = visibleTail(body, count.foldOffset);
    const name = ctx.t(platform.name);
    const where =
      count.unit === 'lines'
        ? ctx.t({ zh: `${name}在第 ${count.foldAt} 行后折叠`, en: `${name} folds this post after ${amount(ctx, 'lines', count.foldAt)}` })
        : ctx.t({
            zh: `${name}时间线在第 ${count.foldAt} ${count.unit === 'weighted' ? '字符' : '字'}处折叠`,
            en: `${name}’s timeline folds this post at ${amount(ctx, count.unit, count.foldAt)}`,
          });
    const moreLink = count.unit === 'lines' ? '全文' : '...全文';
    const sees = tail
      ? ctx.t({ zh: `，读者只看到「${tail}」${moreLink}`, en: `: readers see “${tail}” and then “${moreLink}”` })
      : ctx.t({ zh: `，折叠前没有可读的文字`, en: `: nothing readable comes before the fold` });

    ctx.report({
      message: where + sees,
      start: draft.body.start + start,
      end: draft.body.start + end,
      reason:
        count.unit === 'lines'
          ? ctx.t({
              zh: '朋友圈只显示前几行，之后是「全文」链接，多数人不会点开；从别处粘贴的长文还可能被折叠成一行。把最想让朋友看到的话放在前几行。',
              en: 'Moments shows the first few lines and then a “全文” (full text) link that most friends never tap; pasted long text may even collapse to a single line. Put what matters most in the first lines.',
            })
          : ctx.t({
              zh: `时间线只显示折叠前的部分，其余要点「全文」才能看到，多数读者不会点开。把最想让人看到的话（利益点、行动、链接）放在前 ${count.foldAt} ${count.unit === 'weighted' ? '字符' : '字'}内。`,
              en: `The timeline shows only the text before the fold; the rest needs a tap on “全文” that most readers never make. Put what matters most (the benefit, the call to action, the link) in the first ${amount(ctx, count.unit, count.foldAt)}.`,
            }),
      source: typeof ctx.options.foldAt === 'number' ? '.postlintrc.json rules.fold.options.foldAt' : sourcesFor(platform, 'fold'),
      data: { foldAt: count.foldAt, unit: count.unit, foldOffset: count.foldOffset, visibleTail: tail },
    });
  },
};

/** Longest marker, in code points. */
const MARKER_MAX = 20;
/** Code points of visible text quoted before the fold. */
const TAIL_LENGTH = 10;

function isBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function isSpace(code: number): boolean {
  return isBreak(code) || code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/** Offset after one code point at `i`. */
function step(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
}

/**
 * From the first hidden non-blank character to the end of its line, at most MARKER_MAX code
 * points. When only blanks follow the fold, the marker is those blanks.
 */
export function markerRange(body: string, foldOffset: number): [number, number] {
  let start = foldOffset;
  while (start < body.length && isSpace(body.charCodeAt(start))) start++;
  if (start >= body.length) return [foldOffset, body.length];
  let end = start;
  for (let n = 0; n < MARKER_MAX && end < body.length && !isBreak(body.charCodeAt(end)); n++) end = step(body, end);
  return [start, end];
}

/** The last few characters the reader sees before the fold, white space collapsed, "…" when cut. */
export function visibleTail(body: string, foldOffset: number): string {
  let end = foldOffset;
  while (end > 0 && isSpace(body.charCodeAt(end - 1))) end--;
  // TAIL_LENGTH code points are at most 2 × TAIL_LENGTH units; look further back for collapsed space.
  let from = Math.max(0, end - TAIL_LENGTH * 4);
  if (from > 0 && isLowSurrogate(body.charCodeAt(from))) from++;
  const chars = Array.from(body.slice(from, end).replace(/\s+/g, ' '));
  const cut = from > 0 || chars.length > TAIL_LENGTH;
  const kept = chars.slice(-TAIL_LENGTH).join('').trimStart();
  return kept && cut ? `…${kept}` : kept;
}
