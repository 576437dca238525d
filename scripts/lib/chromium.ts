/** The one way the tests and the scripts start a browser: Debian's Chromium, headless, driven by playwright-core. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/** Launches Debian's Chromium; a missing browser is a failure with the fix, never a silent skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the browser tests need it. Install it with\n  apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-core\n(or point CHROMIUM_PATH at a Chromium binary).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 120_000 });
}
