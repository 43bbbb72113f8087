// Bundles the framework examples (examples/react, examples/vue) with esbuild into each one's dist/,
// from the package exactly as npm publishes it: `npm pack` (of the current build, so run
// `npm run build` first), unpacked into a temporary folder that 'kz-af-trade' resolves to. web-test-runner.config.mjs calls this
// before the tests start; `node scripts/build-examples.mjs` builds them for a look in a browser
// (npm start, then /examples/react/ or /examples/vue/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export const examples = {
  react: 'examples/react/main.tsx',
  vue: 'examples/vue/main.ts',
};

export async function buildExamples({ quiet = false } = {}) {
  if (!existsSync(`${root}dist/esm/index.js`)) {
    throw new Error('The examples bundle the built package (dist/esm): run `npm run build` first.');
  }
  // The tarball npm would publish, not the working tree: a file missing from `files` breaks the examples.
  const packDir = mkdtempSync(join(tmpdir(), 'kz-af-trade-pack-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  execFileSync('tar', ['-xzf', join(packDir, filename), '-C', packDir]);
  try {
    await bundle(join(packDir, 'package'), quiet);
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}

async function bundle(packagePath, quiet) {
  await Promise.all(
    Object.entries(examples).map(([name, entry]) =>
      build({
        absWorkingDir: root,
        entryPoints: [entry],
        outfile: `examples/${name}/dist/main.js`,
        bundle: true,
        format: 'esm',
        target: 'es2021',
        minify: true,
        jsx: 'automatic',
        // not examples/tsconfig.json: its `paths` map 'kz-af-trade' to the sources for type checks
        tsconfigRaw: {},
        alias: { 'kz-af-trade': packagePath },
        // the package's own dependency (lit), installed beside it as npm would
        nodePaths: [join(root, 'node_modules')],
        logLevel: quiet ? 'warning' : 'info',
        // the production builds of React and Vue, as an app's bundler would pick
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'false',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      }),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExamples();
}
