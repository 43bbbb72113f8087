// A test-runner command the stock `emulateMedia` lacks: Windows-style forced colours, through
// Chromium's DevTools protocol (`executeServerCommand('emulate-forced-colors', { active })`).
// Other engines have no such protocol here; the command throws there.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.name.startsWith('Chromium')) {
        throw new Error(`forced colours cannot be emulated in ${session.browser.name}`);
      }
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
