// Bundles the framework examples (examples/react, examples/vue, and examples/frameworks: Preact 10
// and 11, Svelte 5, Solid, Alpine) with esbuild into each one's dist/,
// from the package exactly as npm publishes it: `npm pack` (of the current build, so run
// `npm run build` first), unpacked into a temporary folder that 'kz-af-trade' resolves to. web-test-runner.config.mjs calls this
// before the tests start; `node scripts/build-examples.mjs` builds them for a look in a browser
// (npm start, then /examples/react/ or /examples/vue/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export const examples = {
  react: 'examples/react/main.tsx',
  vue: 'examples/vue/main.ts',
  // the browser half of the server-rendering recipe (examples/ssr/server.mjs)
  ssr: 'examples/ssr/client.js',
};

// Compiles .svelte files with Svelte's own compiler API (no plugin package): the client build of
// the component, whose imports (svelte/internal/…) esbuild then bundles.
const svelte = {
  name: 'svelte',
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { compile } = await import('svelte/compiler');
      const { js, warnings } = compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client' });
      return { contents: js.code, loader: 'js', warnings: warnings.map(({ message }) => ({ text: message })) };
    });
  },
};

// Solid's JSX, as Solid's README sets it up: babel-preset-solid compiles it to DOM code. esbuild
// strips the TypeScript first and keeps the JSX, so Babel needs no TypeScript preset.
const solid = {
  name: 'solid',
  setup(build) {
    build.onLoad({ filter: /[\\/]examples[\\/]frameworks[\\/]solid[\\/].*\.tsx$/ }, async ({ path }) => {
      const [{ transformAsync }, { default: solidPreset }] = await Promise.all([
        import('@babel/core'),
        import('babel-preset-solid'),
      ]);
      const { code } = await transform(readFileSync(path, 'utf8'), {
        loader: 'tsx',
        jsx: 'preserve',
        sourcefile: path,
      });
      const compiled = await transformAsync(code, {
        filename: path,
        presets: [[solidPreset, { generate: 'dom' }]],
        babelrc: false,
        configFile: false,
      });
      return { contents: compiled.code, loader: 'js' };
    });
  },
};

// The outside compatibility check (test/examples/frameworks-*.test.ts): the element in frameworks
// the package does not document, each page written the way that framework's users write it.
// Bundled to examples/frameworks/dist/<name>.js; per bundle, the esbuild options it adds.
export const frameworkExamples = {
  preact: { entryPoints: ['examples/frameworks/preact/main.tsx'], jsxImportSource: 'preact' },
  // the same source against Preact 10 (the devDependency preact10, an alias of preact@10)
  preact10: {
    entryPoints: ['examples/frameworks/preact/main.tsx'],
    jsxImportSource: 'preact',
    alias: { preact: 'preact10' },
  },
  svelte: { entryPoints: ['examples/frameworks/svelte/main.ts'], plugins: [svelte] },
  'svelte-late': { entryPoints: ['examples/frameworks/svelte/late.ts'], plugins: [svelte] },
  solid: { entryPoints: ['examples/frameworks/solid/main.tsx'], plugins: [solid] },
  alpine: { entryPoints: ['examples/frameworks/alpine/main.js'] },
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
    await renderOnServer(join(packDir, 'package'), quiet);
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}

async function bundle(packagePath, quiet) {
  const bundles = [
    ...Object.entries(examples).map(([name, entry]) => ({
      entryPoints: [entry],
      outfile: `examples/${name}/dist/${name === 'ssr' ? 'client' : 'main'}.js`,
    })),
    ...Object.entries(frameworkExamples).map(([name, options]) => ({
      ...options,
      outfile: `examples/frameworks/dist/${name}.js`,
    })),
  ];
  await Promise.all(
    bundles.map(({ alias, ...options }) =>
      build({
        ...options,
        absWorkingDir: root,
        bundle: true,
        format: 'esm',
        target: 'es2021',
        minify: true,
        jsx: 'automatic',
        // not examples/tsconfig.json: its `paths` map 'kz-af-trade' to the sources for type checks
        tsconfigRaw: {},
        alias: { 'kz-af-trade': packagePath, ...alias },
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

/**
 * The server-rendering recipe, as a newsroom's Node server runs it: examples/ssr/server.mjs
 * against the packed package (Lit itself left to Node, which picks its server build), then run
 * to write examples/ssr/dist/<lang>.html for the tests.
 */
async function renderOnServer(packagePath, quiet) {
  const script = join(root, 'examples/ssr/dist/render.js');
  await build({
    entryPoints: ['examples/ssr/render.mjs'],
    outfile: script,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*'],
    alias: { 'kz-af-trade': packagePath },
    logLevel: quiet ? 'warning' : 'info',
  });
  execFileSync(process.execPath, [script, 'fr', 'fa'], { cwd: root, stdio: quiet ? 'ignore' : 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExamples();
}
