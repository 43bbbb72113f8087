// A test-runner command that renders an SVG the way a renderer outside the browser does:
// librsvg's `rsvg-convert` (Debian package librsvg2-bin), which newsrooms' tools and many image
// pipelines use. `executeServerCommand('rsvg', { svg })` resolves to the PNG as base64, at the
// SVG's own size in pixels, for the test to decode in the browser (test/export-render.test.ts).
// Without rsvg-convert the command fails, saying how to install it: the test fails rather than
// skips (.ci/run installs the package).
import { execFile } from 'node:child_process';

const INSTALL_HINT = 'apt-get update && apt-get install -y librsvg2-bin';

/** @returns {Promise<{ version: string }>} */
function version() {
  return new Promise((resolve, reject) =>
    execFile('rsvg-convert', ['--version'], { timeout: 10_000 }, (error, stdout) =>
      error ? reject(error) : resolve({ version: stdout.trim() }),
    ),
  );
}

/** @returns {Promise<Buffer>} */
function convert(svg) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'rsvg-convert',
      ['--format', 'png'],
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error) {
          const message =
            error.code === 'ENOENT' ? missing() : `rsvg-convert failed: ${stderr.toString() || error.message}`;
          reject(new Error(message));
        } else resolve(stdout);
      },
    );
    // a failed start (no such program) closes stdin: the callback above reports it, not an EPIPE
    child.stdin.on('error', () => {});
    child.stdin.end(svg, 'utf8');
  });
}

const missing = () =>
  `rsvg-convert is not installed, so the SVG cannot be checked outside the browser. Install it with: ${INSTALL_HINT}`;

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function rsvgPlugin() {
  return {
    name: 'rsvg',
    async executeCommand({ command, payload }) {
      if (command === 'rsvg-version') {
        try {
          return await version();
        } catch (error) {
          throw new Error(error.code === 'ENOENT' ? missing() : `rsvg-convert --version failed: ${error.message}`);
        }
      }
      if (command !== 'rsvg') return undefined;
      if (typeof payload?.svg !== 'string') throw new Error('rsvg: payload { svg: string } expected');
      const png = await convert(payload.svg);
      return { png: png.toString('base64') };
    },
  };
}
