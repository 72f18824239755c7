// Debian's Chromium driven by playwright-core (never `npx playwright install`: only the npm
// registry and Debian are reachable). The flags are the ones ../shared/REAL_VSCODE.md tried.

import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath, CHROMIUM, requireSystemPackages } from './system';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(): Promise<Browser> {
  requireSystemPackages([CHROMIUM]);
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens the workbench and waits until it is usable. The extension host only starts once a
 * browser client connects, so this is also what starts the extensions.
 */
export async function openWorkbench(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return page;
}
