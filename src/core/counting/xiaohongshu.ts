import type { CountOptions } from './options';
import type { CountResult } from '../types';
import { addTextBytes, halfByteCount, halfByteTracker, resolveOptions } from './shared';

/**
 * Xiaohongshu's count: every UTF-16 unit above U+007F is 2 bytes, ASCII 1, and the count is
 * `ceil(bytes / 2)` — so a Chinese character is 1, an emoji (a surrogate pair) 2, ASCII ½.
 * Source: xpzouying/xiaohongshu-mcp `pkg/xhsutil/title.go` (`CalcTitleLength`, read in the
 * liaogx/xiaohongshu-mcp distribution), README "标题不超过 20 个字 / 正文不能超过 1000 个字".
 *
 * One difference, on purpose: `\r\n` counts as one line break. The app never sees a CRLF (a
 * draft saved on Windows has them, the pasted post does not), and the same draft should not
 * count differently by the file's line endings.
 */
export const XIAOHONGSHU_DEFAULTS = {
  /** Body limit. Notes do not fold: the feed shows the title and cover, the note page the whole body. */
  limit: 1000,
  foldAt: null,
} as const;

export const XIAOHONGSHU_TITLE_DEFAULTS = {
  limit: 20,
  foldAt: null,
} as const;

export function countXiaohongshu(text: string, options?: CountOptions): CountResult {
  return count(text, resolveOptions(options, XIAOHONGSHU_DEFAULTS));
}

/** The note title, by the same rule with its own limit of 20. */
export function countXiaohongshuTitle(title: string, options?: CountOptions): CountResult {
  return count(title, resolveOptions(options, XIAOHONGSHU_TITLE_DEFAULTS));
}

/** CalcTitleLength: a UTF-16 unit above U+007F is 2 bytes, ASCII 1. */
const XIAOHONGSHU_NARROW_MAX = 0x7f;

function count(text: string, resolved: { limit: number | null; foldAt: number | null }): CountResult {
  const tracker = halfByteTracker(resolved);
  addTextBytes(tracker, text, 0, text.length, XIAOHONGSHU_NARROW_MAX);
  return halfByteCount('xiaohongshu', tracker, resolved);
}
