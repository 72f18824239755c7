// The preview's commands, one per platform with a card: `postlint.previewWeibo` … Derived from
// the platform profiles here, for the extension (preview.ts, statusText.ts) and for
// scripts/generate.ts, which declares them in package.json. No `vscode` here.

import { PLATFORM_IDS, platformProfile } from '../core/platforms';
import type { PlatformProfile } from '../core/platforms/profile';
import type { PlatformId } from '../core/types';

/** The command that opens the preview as this platform's card, or undefined when it has none (X). */
export function previewCommand(profile: PlatformProfile): string | undefined {
  if (!profile.card) return undefined;
  return `postlint.preview${profile.id.replace(/(^|-)([a-z])/g, (_, _sep: string, c: string) => c.toUpperCase())}`;
}

/** The platforms with a card, each with its command, in registry order. */
export function previewCommands(): Array<{ platform: PlatformId; command: string }> {
  return PLATFORM_IDS.flatMap((platform) => {
    const command = previewCommand(platformProfile(platform));
    return command ? [{ platform, command }] : [];
  });
}
