// PLACEHOLDER — replaced by the counting work (issue 2).
import type { PlatformProfile } from './profile';

export const moments: PlatformProfile = {
  id: 'moments',
  name: { zh: 'moments', en: 'moments' },
  count: (body) => ({ platform: 'moments', unit: 'chars', length: body.length, limit: null, foldAt: null, folded: false, over: false, foldOffset: null, limitOffset: null }),
  maxImages: null,
  maxTopics: null,
  thresholds: { adDensity: 10, emoji: 10, topics: 5, mentions: 5 },
  sources: [],
};
