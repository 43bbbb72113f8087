// Writes dist/chunks.json: for each entry bundle, the edition chunks it can import on demand,
// so `scripts/size.mjs` counts what a reader of one edition downloads (entry + that edition's
// chunk) from rollup's own output rather than from guessed file names; and every file it may
// load (`loads`), which the configurator's import map pins.
import { basename, dirname } from 'node:path';

const editionOf = (moduleId) => /\/locales\/([a-z]{2})\.[jt]s$/.exec(moduleId ?? '')?.[1];

/** `start` and every chunk reached from it through `next(chunk)`'s file names, `start` first. */
function reachable(start, next, bundle) {
  const found = [start];
  for (const current of found) {
    for (const file of next(current)) if (bundle[file] && !found.includes(bundle[file])) found.push(bundle[file]);
  }
  return found;
}

/** @returns {import('rollup').Plugin} */
export function chunkManifest({ fileName = 'chunks.json' } = {}) {
  const entries = {};
  return {
    name: 'kz-chunk-manifest',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        // The entry and the chunks it imports statically: all of them load before the element renders.
        const loaded = reachable(chunk, (current) => current.imports, bundle);
        const editions = {};
        // Editions inlined in those cost nothing extra; the others are one dynamic import each.
        for (const id of loaded.flatMap((c) => c.moduleIds)) {
          const edition = editionOf(id);
          if (edition) editions[edition] = null;
        }
        for (const file of loaded.flatMap((c) => c.dynamicImports)) {
          const edition = editionOf(bundle[file]?.facadeModuleId);
          if (edition) editions[edition] = file;
        }
        // Every file the entry may ever load, on demand too (an import map pins them all: README).
        const all = reachable(chunk, (current) => [...current.imports, ...current.dynamicImports], bundle);
        entries[chunk.fileName] = {
          imports: loaded.slice(1).map((c) => c.fileName),
          editions,
          loads: all.slice(1).map((c) => c.fileName),
        };
      }
    },
    // Several rollup configs may share one manifest: merge into what an earlier one wrote.
    async writeBundle({ file, dir = dirname(file) }) {
      const { readFile, writeFile } = await import('node:fs/promises');
      const path = `${dir}/${fileName}`;
      let manifest = {};
      try {
        manifest = JSON.parse(await readFile(path, 'utf8'));
      } catch {
        // first config to write it
      }
      Object.assign(manifest, entries);
      await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
      console.log(`${basename(dir)}/${fileName}: ${Object.keys(entries).join(', ')}`);
    },
  };
}
