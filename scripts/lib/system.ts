// Debian packages the real-VS-Code harness needs. We only check and explain; installing system
// packages is `.ci/run`'s job (it runs as root on a fresh machine), never a test script's.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

export interface SystemPackage {
  /** The Debian package to `apt-get install`. */
  apt: string;
  /** What breaks without it, for the error message. */
  why: string;
  /** Fallback when dpkg is not there (another distro): a file the package provides. */
  probe: string[];
}

export const chromiumPath = process.env.POSTLINT_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM: SystemPackage = {
  apt: 'chromium',
  why: 'Playwright drives Debian’s Chromium to open code-server (the extension host starts only when a browser connects)',
  probe: [chromiumPath],
};

export const KRB5_DEV: SystemPackage = {
  apt: 'libkrb5-dev',
  why: 'installing code-server builds the native `kerberos` module against its headers',
  probe: ['/usr/include/gssapi/gssapi.h', '/usr/include/krb5.h'],
};

export const CJK_FONTS: SystemPackage = {
  apt: 'fonts-noto-cjk',
  why: 'without a CJK font Chinese drafts render as boxes in the screenshots',
  probe: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'],
};

export const EMOJI_FONT: SystemPackage = {
  apt: 'fonts-noto-color-emoji',
  why: 'without a colour emoji font, emoji in drafts render as boxes in the preview screenshots',
  probe: ['/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf'],
};

function dpkgInstalled(pkg: string): boolean | undefined {
  try {
    const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return status.trim().endsWith('install ok installed');
  } catch (error) {
    // dpkg-query exits 1 for an unknown package, and is missing on non-Debian systems.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return false;
  }
}

export function isInstalled(pkg: SystemPackage): boolean {
  // A file the package provides is the ground truth; dpkg's word covers a moved file.
  if (pkg.probe.some((file) => fs.existsSync(file))) return true;
  return dpkgInstalled(pkg.apt) === true;
}

export class MissingSystemPackagesError extends Error {
  constructor(readonly missing: SystemPackage[]) {
    const names = missing.map((pkg) => pkg.apt).join(' ');
    super(
      [
        `Missing Debian package${missing.length > 1 ? 's' : ''}: ${names}`,
        ...missing.map((pkg) => `  - ${pkg.apt}: ${pkg.why}`),
        'Install with:',
        `  sudo apt-get update && sudo apt-get install -y ${names}`,
        '(.ci/run does this on CI.)',
      ].join('\n'),
    );
    this.name = 'MissingSystemPackagesError';
  }
}

/** Throws one error naming every missing package, so a reader fixes them all in one go. */
export function requireSystemPackages(packages: SystemPackage[]): void {
  const missing = packages.filter((pkg) => !isInstalled(pkg));
  if (missing.length > 0) throw new MissingSystemPackagesError(missing);
}
