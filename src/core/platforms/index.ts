import type { PlatformId } from '../types';
import type { PlatformProfile } from './profile';
import { moments } from './moments';
import { weibo } from './weibo';
import { x } from './x';
import { xiaohongshu } from './xiaohongshu';

export const PLATFORMS: Readonly<Record<PlatformId, PlatformProfile>> = { weibo, moments, xiaohongshu, x };

export function platformProfile(id: PlatformId): PlatformProfile {
  return PLATFORMS[id];
}
