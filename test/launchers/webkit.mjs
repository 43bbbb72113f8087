// WebKit for web-test-runner, from Debian packages: `webkit2gtk-driver` (WebKitWebDriver, which
// drives MiniBrowser) and `xvfb`. MiniBrowser has no headless mode and without a display the
// WebDriver session request just hangs, so this launcher starts its own Xvfb (own display
// number via -displayfd, no TCP) and a WebKitWebDriver on a free loopback port, and stops both
// when the runner stops (also on Ctrl-C / SIGTERM / SIGHUP / process exit).
//
// Runs one page at a time (concurrency 1): only then does @web/test-runner-webdriver use its
// SessionManager, which supports sendKeys *and* sendMouse. With concurrency > 1 it would run
// tests in iframes of one page, where sendMouse throws. setViewport and emulateMedia are not
// supported for webdriver browsers by @web/test-runner-commands.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const DEFAULTS = {
  driverPath: '/usr/bin/WebKitWebDriver',
  xvfbPath: '/usr/bin/Xvfb',
  /** ms to wait for Xvfb's display number and for the driver's /status to be ready */
  startTimeout: 30_000,
};

const VIEWPORT = { width: 800, height: 600 };

function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tail(chunks) {
  return chunks.join('').trim().split('\n').slice(-15).join('\n');
}

/** Starts Xvfb on the first free display; resolves with ':N'. */
function startXvfb(xvfbPath, timeout, track) {
  return new Promise((resolve, reject) => {
    const stderr = [];
    // fd 3 is a pipe: with -displayfd 3 Xvfb picks a free display and writes its number there
    const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    track(xvfb);
    xvfb.stderr.on('data', (d) => stderr.push(String(d)));
    let out = '';
    const timer = setTimeout(() => {
      reject(new Error(`Xvfb did not report a display within ${timeout} ms\n${tail(stderr)}`));
    }, timeout);
    xvfb.stdio[3].on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve({ process: xvfb, display: `:${out.trim()}` });
      }
    });
    xvfb.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    xvfb.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with code ${code}\n${tail(stderr)}`));
    });
  });
}

async function startDriver(driverPath, display, timeout, track) {
  const port = await freeLoopbackPort();
  const output = [];
  const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DISPLAY: display,
      GDK_BACKEND: 'x11',
      WAYLAND_DISPLAY: '',
      // no accessibility bus in a bare Xvfb session; avoids waiting for one
      NO_AT_BRIDGE: '1',
    },
  });
  track(driver);
  driver.stdout.on('data', (d) => output.push(String(d)));
  driver.stderr.on('data', (d) => output.push(String(d)));
  let exited;
  driver.on('exit', (code) => (exited = code ?? 'signal'));
  driver.on('error', (e) => (exited = e.message));
  const deadline = Date.now() + timeout;
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`WebKitWebDriver exited (${exited})\n${tail(output)}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      const body = await res.json();
      if (body?.value?.ready) return { process: driver, port, output };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(`WebKitWebDriver not ready on port ${port} within ${timeout} ms\n${tail(output)}`);
    }
    await delay(50);
  }
}

const live = new Set();
let handlersInstalled = false;

function killAll() {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        child.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

function installProcessHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' is the fallback for every path: web-test-runner handles SIGINT itself by stopping
  // the runner (which calls stop() below) and then exiting.
  process.on('exit', killAll);
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killAll();
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

export class WebKitLauncher extends WebdriverLauncher {
  #opts;
  #started;
  #children = [];

  constructor(options = {}) {
    const { driverPath, xvfbPath, startTimeout, capabilities, ...rest } = { ...DEFAULTS, ...options };
    super({
      hostname: '127.0.0.1',
      port: 0, // replaced by the real port before the first session
      logLevel: 'error',
      ...rest,
      capabilities: {
        // WebKitWebDriver's default browser is MiniBrowser. To name another binary use
        // 'webkitgtk:browserOptions': { binary, args: ['--automation'] }.
        browserName: 'MiniBrowser',
        // WebKitGTK's WebDriver BiDi is incomplete; stay on classic WebDriver
        'wdio:enforceWebDriverClassic': true,
        ...capabilities,
      },
    });
    this.#opts = { driverPath, xvfbPath, startTimeout };
  }

  async initialize(config, testFiles) {
    // concurrency 1 -> SessionManager (real page, sendMouse works), see header comment
    this.concurrency = 1;
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  /** Starts Xvfb + WebKitWebDriver once; later calls reuse them. */
  start() {
    this.#started ??= (async () => {
      installProcessHandlers();
      const track = (child) => {
        this.#children.push(child);
        live.add(child);
        child.on('exit', () => live.delete(child));
      };
      const { startTimeout, xvfbPath, driverPath } = this.#opts;
      const { display } = await startXvfb(xvfbPath, startTimeout, track);
      const { port } = await startDriver(driverPath, display, startTimeout, track);
      this.options.port = port;
    })();
    return this.#started;
  }

  // Same 800x600 viewport that the Chromium/Firefox launchers set (MiniBrowser opens at
  // 1024x730): size the window so that its inner size is 800x600.
  async createDriverManager() {
    const manager = await super.createDriverManager();
    const { width, height } = VIEWPORT;
    for (let i = 0; i < 3; i++) {
      const [iw, ih] = await this.driver.execute(() => [window.innerWidth, window.innerHeight]);
      if (iw === width && ih === height) break;
      const rect = await this.driver.getWindowRect();
      await this.driver.setWindowRect(null, null, rect.width + width - iw, rect.height + height - ih);
    }
    return manager;
  }

  async startSession(id, url) {
    await this.start();
    return super.startSession(id, url);
  }

  async startDebugSession(id, url) {
    await this.start();
    return super.startDebugSession(id, url);
  }

  async stop() {
    await super.stop(); // deletes the WebDriver session, which closes MiniBrowser
    const children = this.#children.splice(0).reverse(); // driver first, then Xvfb
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timedOut = await Promise.race([exited.then(() => false), delay(5_000).then(() => true)]);
      if (timedOut) child.kill('SIGKILL');
    }
    this.#started = undefined;
  }
}

/** @param {ConstructorParameters<typeof WebKitLauncher>[0]} [options] */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
