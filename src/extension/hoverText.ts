// The hover's Markdown for a finding: message, why, the law article or platform rule,
// alternatives, the quick fixes and, for ad-density, the breakdown. Findings quote the draft,
// so every piece of text is escaped: a draft can never add links, images or HTML to a hover.
// No `vscode` here; the unit tests read the Markdown source.

import type { AdDensityReport, Finding } from '../core/types';
import type { Translate } from './statusText';

/**
 * Backslash-escapes every ASCII punctuation character CommonMark gives a meaning to, and turns
 * line breaks into spaces so quoted text cannot start a heading, list or table row.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|~&"'$%=:;,?@^/]/g, '\\$&');
}

export interface HoverOptions {
  /** Link for the rule id (its docs page), or undefined for none. */
  docsUrl?: string;
}

export function findingMarkdown(finding: Finding, t: Translate, options: HoverOptions = {}): string {
  const rule = options.docsUrl ? `[${finding.rule}](${options.docsUrl})` : `\`${finding.rule}\``;
  const lines: string[] = [`**${escapeMarkdown(finding.message)}** · Postlint ${rule}`];
  if (finding.reason) lines.push('', escapeMarkdown(finding.reason));
  if (finding.source) lines.push('', t('Source: {0}', escapeMarkdown(finding.source)));
  if (finding.alternatives?.length) {
    lines.push('', t('Alternatives: {0}', finding.alternatives.map((a) => `“${escapeMarkdown(a)}”`).join(' / ')));
  }
  if (finding.fixes.length) {
    lines.push('', t('Quick fixes: {0}', finding.fixes.map((f) => escapeMarkdown(f.title)).join(t('; '))));
  }
  const report = finding.data?.adDensity;
  if (report) lines.push('', ...adDensityTable(report, t));
  return lines.join('\n');
}

/** signals × weights = points, then the score against the platform's threshold. */
export function adDensityTable(report: AdDensityReport, t: Translate): string[] {
  const rows = report.signals
    .filter((s) => s.count > 0)
    .map((s) => `| ${escapeMarkdown(s.label)} | ${s.count} | ${formatNumber(s.weight)} | ${formatNumber(s.count * s.weight)} |`);
  const points = report.signals.reduce((sum, s) => sum + s.count * s.weight, 0);
  return [
    `| ${t('Signal')} | ${t('Count')} | ${t('Weight')} | ${t('Points')} |`,
    '| --- | ---: | ---: | ---: |',
    ...rows,
    `| **${t('Total')}** | | | **${formatNumber(points)}** |`,
    '',
    t(
      'Score: {0} points per 100 characters ({1} points, {2} characters); threshold {3}.',
      formatNumber(report.score),
      formatNumber(points),
      report.chars,
      formatNumber(report.threshold),
    ),
  ];
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
