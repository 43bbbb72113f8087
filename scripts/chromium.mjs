// Debian's Chromium, headless, as every script and the test runner launch it. As root it needs
// --no-sandbox; without the networking flags it keeps trying to reach Google's hosts, and this
// machine has no network but loopback.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
