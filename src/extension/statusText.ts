// What the status bar says about a draft, e.g. `微博 132/140 · 广告度 18% · 语气 亲切`, as a
// plain function of the core's lint result (no `vscode` here; `t` is vscode.l10n.t in the
// extension and a formatter in the unit tests).

import type { LintResult } from '../core/engine';
import { platformProfile } from '../core/platforms';
import type { CountResult, PlatformId } from '../core/types';
import { previewCommand } from './previewCommands';

/** vscode.l10n.t's shape: an English source string with `{0}`-style placeholders. */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** `over` (past the hard limit) outranks `folded` (the timeline hides the rest). */
export type StatusState = 'ok' | 'folded' | 'over';

export interface StatusSummary {
  text: string;
  tooltip: string;
  state: StatusState;
  /** The preview command a click runs; none for X, which has no card. */
  command: string | undefined;
}

/**
 * The platform's short name in the editor's language: the English one through `t`, whose zh-cn
 * bundle has every platform's (scripts/generate.ts writes them from the profiles).
 */
export function platformLabel(platform: PlatformId, t: Translate): string {
  return t(platformProfile(platform).shortName.en);
}

/**
 * The figure a writer watches: while the draft still fits above the fold, length against the
 * fold (what the timeline shows); once it folds, length against the hard limit (whether it can
 * be posted at all). A platform without a fold (Xiaohongshu, X) is measured against its limit.
 */
export function countFigure(count: CountResult): { length: number; max: number | null } {
  if (count.foldAt !== null && !count.folded) return { length: count.length, max: count.foldAt };
  if (count.limit !== null) return { length: count.length, max: count.limit };
  return { length: count.length, max: count.foldAt };
}

function ratio(count: CountResult, t: Translate): string {
  const { length, max } = countFigure(count);
  const shown = max === null ? String(length) : `${length}/${max}`;
  return count.unit === 'lines' ? t('{0} lines', shown) : shown;
}

export function stateOf(result: LintResult): StatusState {
  if (result.count.over || result.titleCount?.over) return 'over';
  if (result.count.folded) return 'folded';
  return 'ok';
}

export function summarizeStatus(result: LintResult, t: Translate): StatusSummary {
  const platform = platformLabel(result.platform, t);
  const { count, titleCount, adDensity, tone } = result;
  const adPercent = Math.round(adDensity.score);

  const parts =
    titleCount !== null
      ? [`${platform} ${t('title {0}', ratio(titleCount, t))}`, t('body {0}', ratio(count, t))]
      : [`${platform} ${ratio(count, t)}`];
  parts.push(t('ad density {0}%', adPercent), t('tone {0}', tone.labelText));

  const tooltip: string[] = [t('Postlint · {0} ({1})', platform, platformSourceText(result, t))];
  if (titleCount) tooltip.push(countLine(titleCount, t('Title'), t));
  tooltip.push(countLine(count, titleCount ? t('Body') : t('Length'), t));
  tooltip.push(
    t('Ad density: {0} points per 100 characters; the {1} threshold is {2}.', round1(adDensity.score), platform, round1(adDensity.threshold)),
    t('Tone: {0}', tone.labelText),
  );
  const command = previewCommand(platformProfile(result.platform));
  tooltip.push(command ? t('Click to open the preview.') : t('There is no card preview for {0}.', platform));

  return { text: parts.join(' · '), tooltip: tooltip.join('\n'), state: stateOf(result), command };
}

function countLine(count: CountResult, what: string, t: Translate): string {
  const unit = count.unit === 'lines' ? t('lines') : t('characters');
  const pieces = [t('{0}: {1} {2}', what, count.length, unit)];
  if (count.foldAt !== null) {
    pieces.push(count.folded ? t('folded after {0}', count.foldAt) : t('folds after {0}', count.foldAt));
  }
  if (count.limit !== null) {
    pieces.push(count.over ? t('over the limit of {0} by {1}', count.limit, count.length - count.limit) : t('limit {0}', count.limit));
  }
  return pieces.join(t(', '));
}

function platformSourceText(result: LintResult, t: Translate): string {
  switch (result.draft.platformSource) {
    case 'front-matter':
      return t('from the front matter');
    case 'file-extension':
      return t('from the file ending');
    case 'option':
      return t('chosen for this view');
    case 'default':
      return t('default platform');
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
