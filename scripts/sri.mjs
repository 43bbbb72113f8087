// Subresource Integrity for what we ship: writes dist/sri.json, the sha384 of every file in
// dist/ (path relative to dist/ → "sha384-<base64>"), so a newsroom loading the widget from a
// CDN can pin the exact bytes it reviewed with integrity="…" crossorigin="anonymous".
// Runs last in `npm run build`, after every step that writes into dist/.
//
//   node scripts/sri.mjs           write dist/sri.json
//   node scripts/sri.mjs --check   recompute; exit 1 if dist/sri.json is missing, stale or incomplete
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifestName = 'sri.json';

export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function hashes() {
  const files = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((path) => path !== manifestName && statSync(join(dist, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
  return Object.fromEntries(files.map((path) => [path, integrity(readFileSync(join(dist, path)))]));
}

const expected = hashes();
if (Object.keys(expected).length === 0) {
  console.error('sri: dist/ is empty; run the build first');
  process.exit(1);
}

if (process.argv.includes('--check')) {
  let written;
  try {
    written = JSON.parse(readFileSync(join(dist, manifestName), 'utf8'));
  } catch (error) {
    console.error(`sri: cannot read dist/${manifestName}: ${error.message}`);
    process.exit(1);
  }
  const problems = [];
  for (const [path, hash] of Object.entries(expected)) {
    if (!(path in written)) problems.push(`${path}: missing from ${manifestName}`);
    else if (written[path] !== hash)
      problems.push(`${path}: ${manifestName} says ${written[path]}, the file is ${hash}`);
  }
  for (const path of Object.keys(written)) {
    if (!(path in expected)) problems.push(`${path}: listed in ${manifestName} but not in dist/`);
  }
  if (problems.length) {
    console.error(`sri: dist/${manifestName} does not match dist/:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`sri: dist/${manifestName} matches all ${Object.keys(expected).length} files`);
} else {
  writeFileSync(join(dist, manifestName), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`sri: dist/${manifestName}: sha384 of ${Object.keys(expected).length} files`);
}
