// Screenshots of the demo in headless Chromium (Debian's), at phone, tablet and desktop widths,
// light and dark, into screenshots/ (`npm run screenshot [-- dir]`), and README's pictures into docs/.
// screenshots/editions/ holds every edition × full/compact × light/dark × 320/768/1280 px, each
// card cropped from the editions page, and one sheet of the six per combination, to look at.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const readmeDir = 'docs/screenshots'; // committed: the pictures in README
const reviewDir = process.argv[2] ?? 'screenshots'; // not committed: the whole demo, for a look
const port = 8765;
const shots = [
  // file, path, width, colour scheme, selector to crop to (none: the full page)
  ...[320, 768, 1280].flatMap((width) =>
    ['light', 'dark'].map((scheme) => [`${reviewDir}/demo-${width}-${scheme}.png`, '/demo/', width, scheme]),
  ),
  [`${readmeDir}/widget-fr.png`, '/demo/', 720, 'light', '.inline-box'],
  [`${readmeDir}/widget-ru.png`, '/demo/editions/', 720, 'light', '#ru'],
  [`${readmeDir}/widget-fa.png`, '/demo/editions/', 720, 'light', '#fa'],
  [
    `${readmeDir}/widget-ps-dark-compact.png`,
    '/demo/galerie.html',
    1280,
    'dark',
    '.gallery figure:last-child kz-af-trade',
  ],
  ...(process.env.KZ_EXTRA_SHOTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((spec) => spec.split(':')),
];

for (const dir of [readmeDir, reviewDir]) mkdirSync(dir, { recursive: true });
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'pipe',
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await puppeteerCore.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--hide-scrollbars'],
});
const editions = ['fr', 'en', 'ru', 'kk', 'fa', 'ps'];
mkdirSync(`${reviewDir}/editions`, { recursive: true });
try {
  for (const width of [320, 768, 1280])
    for (const scheme of ['light', 'dark'])
      for (const variant of ['full', 'compact']) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`http://127.0.0.1:${port}/demo/editions/`, { waitUntil: 'networkidle0' });
        await page.evaluate(async (variant) => {
          const cards = [...document.querySelectorAll('kz-af-trade')];
          for (const card of cards) card.setAttribute('variant', variant);
          await Promise.all(cards.map((card) => card.updateComplete));
        }, variant);
        const name = `${width}-${scheme}-${variant}`;
        for (const edition of editions)
          await (await page.$(`#${edition}`)).screenshot({ path: `${reviewDir}/editions/${edition}-${name}.png` });
        await (await page.$('.editions-grid')).screenshot({ path: `${reviewDir}/editions/sheet-${name}.png` });
        console.log(`${reviewDir}/editions/*-${name}.png`);
        await page.close();
      }
  for (const [file, path, width, scheme, selector] of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle0' });
    await page.evaluate(() =>
      Promise.all([...document.querySelectorAll('kz-af-trade')].map((el) => el.updateComplete)),
    );
    if (selector) await (await page.$(selector)).screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
