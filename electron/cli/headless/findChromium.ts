// Where a Chromium-family browser may live. The command line renders PDF, PNG and BPMN diagrams
// with it; it never downloads one (DESIGN.md, "Environment facts"), so it looks in the usual
// places and, when none is there, says exactly where it looked.

import { existsSync } from 'node:fs';

export const CHROMIUM_ENV = 'CONVERGENCE_CHROMIUM';

/** Flags for a headless, offline, quiet browser (DESIGN.md, "Environment facts"). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const COMMON_PATHS: Record<string, readonly string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};

export interface ChromiumSearch {
  /** The executable to start, when one was found. */
  found?: string;
  /** Every place looked at, in order, for the message when none was found. */
  lookedAt: string[];
}

export interface ChromiumSearchEnvironment {
  env: Record<string, string | undefined>;
  platform: string;
  exists: (file: string) => boolean;
}

const realEnvironment = (): ChromiumSearchEnvironment => ({
  env: process.env,
  platform: process.platform,
  exists: existsSync,
});

/**
 * CONVERGENCE_CHROMIUM wins when set (and must exist: a typo should not silently fall back to
 * another browser); otherwise the platform's common install paths, first existing one.
 */
export function findChromium(environment: ChromiumSearchEnvironment = realEnvironment()): ChromiumSearch {
  const fromEnv = environment.env[CHROMIUM_ENV]?.trim();
  if (fromEnv) {
    const lookedAt = [`${CHROMIUM_ENV}=${fromEnv}`];
    return environment.exists(fromEnv) ? { found: fromEnv, lookedAt } : { lookedAt };
  }
  const candidates = COMMON_PATHS[environment.platform] ?? COMMON_PATHS.linux ?? [];
  const found = candidates.find((candidate) => environment.exists(candidate));
  return found === undefined ? { lookedAt: [`${CHROMIUM_ENV} (not set)`, ...candidates] } : { found, lookedAt: [...candidates] };
}

/** The install advice for this platform, appended to every "no browser" message. */
export function installAdvice(platform: string): string {
  const how =
    platform === 'darwin'
      ? 'install Google Chrome or Chromium'
      : platform === 'win32'
        ? 'install Google Chrome or Microsoft Edge'
        : 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium)';
  return `To produce these, ${how}, or set ${CHROMIUM_ENV} to the path of a Chromium-based browser.`;
}
