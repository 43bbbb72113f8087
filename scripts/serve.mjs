// Serves the demo on loopback with @web/dev-server and prints its URL, under the strict
// Content-Security-Policy the README recommends, so the demo shows the widget working under it.
//
//   node scripts/serve.mjs   serves demo/, examples/ and the release build dist/ as /dist/
//                            (after `npm run build`: `npm run screenshot` and `npm run examples`)
//   npm start                scripts/start.mjs: the same server, /dist/ from its own watch build
//
// Only GET and HEAD of /demo/, /examples/ and /dist/ are answered: no dotfile (.git/, .ci/, …), no
// node_modules/, no sources, nothing outside the repository. A URL that does not decode is a 400,
// not a crash. The pages load nothing but the bundles in /dist/ and their own files in demo/.
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { strictPolicy } from './csp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The demo loads the CDN files (their Lit's policy is "kz-af-trade"); the examples bundle the npm
// entry with the app's own Lit ("lit-html").
const policyOf = (path) => strictPolicy(path.startsWith('/examples/') ? 'lit-html' : undefined);

/** First path segments that are served; everything else in the repository is a 404. */
const served = new Set(['demo', 'dist', 'examples']);

const isDirectory = (path) =>
  stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );

/**
 * Koa middleware, first in the dev server's chain: refuses what is not served, sends the policy,
 * and maps /dist/ to `distDir` (a folder inside the repository).
 */
function guard(distDir, missing) {
  const distPrefix = `/${relative(root, distDir).split(sep).join('/')}/`; // `/dist/` for dist/ itself
  return async (ctx, next) => {
    const refuse = (status, message) => {
      ctx.status = status;
      ctx.type = 'text/plain';
      ctx.body = `${message}\n`;
    };
    ctx.set({ 'Content-Security-Policy': policyOf(ctx.path), 'Cache-Control': 'no-store' });
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return refuse(405, 'Method not allowed');
    let path;
    try {
      path = decodeURIComponent(ctx.path);
    } catch {
      return refuse(400, 'Bad request: the URL does not decode');
    }
    if (path === '/') return ctx.redirect('/demo/');
    const segments = path.split('/').slice(1);
    // `..`, `.git`, `.env`…: any segment starting with a dot; backslashes and NUL never name a file here.
    if (
      !served.has(segments[0]) ||
      segments.some((segment) => segment.startsWith('.')) ||
      /[\\\0]/.test(path) ||
      segments.includes('node_modules')
    ) {
      return refuse(404, 'Not found');
    }
    const inDist = segments[0] === 'dist';
    // A folder without its slash: redirect, so the page's relative links resolve.
    const file = inDist ? join(distDir, ...segments.slice(1)) : join(root, path);
    if (!path.endsWith('/') && (await isDirectory(file))) return ctx.redirect(`${ctx.path}/`);
    // Still encoded as requested: the static server decodes it, once.
    if (inDist) ctx.path = `${distPrefix}${ctx.path.slice('/dist/'.length)}`;
    await next();
    if (inDist && ctx.status === 404 && missing) refuse(404, missing);
    // The static server's own `no-cache` would let a browser revalidate a stale bundle; never cache.
    ctx.set('Cache-Control', 'no-store');
  };
}

/**
 * Starts the server on 127.0.0.1; resolves once it listens, to `{ url, stop() }`.
 * @param {{ port?: number, distDir?: string, missing?: string }} [options] `distDir`: the folder
 *   served as /dist/ (default dist/), inside the repository; `missing`: the text of a 404 there.
 */
export async function serve({
  port = Number(process.env.PORT ?? 8000),
  distDir = `${root}dist`,
  missing = 'Not found in dist/ (run `npm run build` first?)',
} = {}) {
  if (relative(root, distDir).startsWith('..')) throw new Error(`${distDir} is outside ${root}`);
  // Middleware mode: the dev server's own listener binds every interface even when told
  // 127.0.0.1 (so that remote browsers reach it); this one stays on loopback.
  const devServer = await startDevServer({
    config: {
      rootDir: root,
      middlewareMode: true,
      middleware: [guard(distDir, missing)],
      // The live-reload client is an inline script, which the policy forbids: reload by hand.
      injectWebSocket: false,
      watch: false,
      // It only tells that client what changed, and drops transforms cached for it (there are none).
      disableFileWatcher: true,
      nodeResolve: false,
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const server = createServer(devServer.koaApp.callback());
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  } catch (error) {
    await devServer.stop();
    if (error.code === 'EADDRINUSE')
      error.message = `Port ${port} is in use: set PORT to another (PORT=8001 npm start)`;
    throw error;
  }
  const stop = async () => {
    server.closeAllConnections();
    await Promise.all([new Promise((resolve) => server.close(resolve)), devServer.stop()]);
  };
  return { url: `http://127.0.0.1:${port}/demo/`, stop };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url, stop } = await serve().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  console.log(`Demo: ${url}  (Ctrl-C to stop)`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await stop();
      process.exit(0);
    });
  }
}
