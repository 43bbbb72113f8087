// The step of `npm run release` after `changeset version` has written the new version into
// package.json: src/version.ts (the version the element reports, `KzAfTrade.version`, which the
// configurator's CDN URLs name; test/version.test.ts checks they agree) and README's CDN URLs
// (`kz-af-trade@x.y.z/…`) say the same.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/version.ts', import.meta.url);
const source = readFileSync(file, 'utf8');
const updated = source.replace(/export const version = '[^']*';/, `export const version = '${version}';`);
if (updated === source && !source.includes(`'${version}'`)) throw new Error('src/version.ts has no version line');
writeFileSync(file, updated);
const readme = new URL('../README.md', import.meta.url);
writeFileSync(
  readme,
  readFileSync(readme, 'utf8').replace(/kz-af-trade@\d+\.\d+\.\d+[\w.-]*\//g, `kz-af-trade@${version}/`),
);
console.log(`src/version.ts and README's CDN URLs: ${version}`);
