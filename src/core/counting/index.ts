/** One counter per platform; the profiles in `platforms/` wire them up. */
export { classifyWeiboLink, countWeibo, findWeiboLinks, WEIBO_DEFAULTS } from './weibo';
export type { WeiboLink } from './weibo';
export { countMoments, isFullWidthCodePoint, MOMENTS_DEFAULTS, MOMENTS_LINE_WIDTH } from './moments';
export { countXiaohongshu, countXiaohongshuTitle, XIAOHONGSHU_DEFAULTS, XIAOHONGSHU_TITLE_DEFAULTS } from './xiaohongshu';
export { countX, X_DEFAULTS } from './x';
export type { CountOptions } from './options';
export { countOptionsFor } from './options';
