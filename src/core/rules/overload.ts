import type { Report, RuleContext } from '../rule';
import { excessGroups, type ExcessGroup } from '../rule';
import type { Localized } from '../types';

/**
 * What the three overload rules (emoji-, topic-, mention-overload) share: they count items,
 * and past a threshold report each of the first `MAX_ITEM_FINDINGS` extra items, then one
 * finding for the rest (`excessGroups`). Only the words differ, so the wording lives here once.
 */

/** Where a finding sits among the items: “(this is no. 7)” or, for the rest, “(975 more from no. 26 on)”. */
export function excessPosition(ctx: RuleContext, group: ExcessGroup): string {
  return group.items === 1
    ? ctx.t({ zh: `（这是第 ${group.position} 个）`, en: ` (this is no. ${group.position})` })
    : ctx.t({ zh: `（第 ${group.position} 个起，这里还有 ${group.items} 个）`, en: ` (${group.items} more from no. ${group.position} on)` });
}

/** The source of a suggested (not platform-imposed) threshold. */
export function suggestedLimitSource(ctx: RuleContext, max: number): string {
  const platform = ctx.t(ctx.platform.name);
  return ctx.t({
    zh: `Postlint 建议值（${platform} ${max} 个，可用规则选项 max 调整）`,
    en: `Postlint's suggested limit (${max} on ${platform}; rule option max)`,
  });
}

export interface ExcessTier {
  /** All the items counted, in document order: positions in messages are among all of them. */
  items: ReadonlyArray<{ start: number; end: number }>;
  /** Items past this many are reported… */
  threshold: number;
  /** …up to this index (exclusive; default all): a stricter tier may take over from there. */
  end?: number;
  /** Message, reason, source… of one finding; `start`/`end` come from the group. */
  finding(group: ExcessGroup): Omit<Report, 'start' | 'end'>;
}

/** Reports the items of `tier` past its threshold, grouped as `excessGroups` does. */
export function reportExcess(ctx: RuleContext, tier: ExcessTier): void {
  const items = tier.end === undefined ? tier.items : tier.items.slice(0, tier.end);
  for (const group of excessGroups(items, tier.threshold)) {
    ctx.report({ start: group.start, end: group.end, ...tier.finding(group) });
  }
}

/**
 * The common case: items past a suggested threshold, each finding worded
 * “<label>：共 N 个，超过<platform>建议的 M 个（…）”.
 */
export function reportOverSuggested(
  ctx: RuleContext,
  items: ReadonlyArray<{ start: number; end: number }>,
  max: number,
  words: { label: Localized; reason: Localized },
  end?: number,
): void {
  const platform = ctx.t(ctx.platform.name);
  const total = items.length;
  const label = ctx.t(words.label);
  const reason = ctx.t(words.reason);
  const source = suggestedLimitSource(ctx, max);
  reportExcess(ctx, {
    items,
    threshold: max,
    end,
    finding: (group) => ({
      message:
        ctx.t({ zh: `${label}：共 ${total} 个，超过${platform}建议的 ${max} 个`, en: `${label}: ${total}, more than the ${max} suggested for ${platform}` }) +
        excessPosition(ctx, group),
      reason,
      source,
      fixes: [],
      data: { word: group.items === 1 ? ctx.draft.text.slice(group.start, group.end) : undefined, count: total, max },
    }),
  });
}
