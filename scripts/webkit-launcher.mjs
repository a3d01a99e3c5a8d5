// WebKit for @web/test-runner: Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver.
// MiniBrowser has no headless mode, so it draws on a private Xvfb display. startWebkitDriver()
// starts the display and the driver (for the WordPress tests too, test/wordpress/webkit.test.mjs);
// the launcher calls it when the runner first needs the browser, and stops
// both when the runner stops, when it fails, and when the process is interrupted: nothing
// is left running. The WebDriver session is closed before the driver, because killing the
// driver under an open session leaves MiniBrowser behind.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const MINIBROWSER =
  process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';

/** What is missing for WebKit on this machine, as the apt packages that bring it. */
export function missingForWebkit() {
  const missing = [];
  if (!existsSync(MINIBROWSER) || !existsSync(WEBKIT_DRIVER)) missing.push('webkit2gtk-driver');
  if (!process.env.DISPLAY && !existsSync(XVFB)) missing.push('xvfb');
  return missing;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with ':N'. */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
    xvfb.on('error', reject);
  });
}

/** Resolves once something accepts connections on the port. */
async function waitForPort(port, child, timeoutMs = 20000) {
  const { connect } = await import('node:net');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    const ok = await new Promise((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.end(), done(true)));
      socket.once('error', () => done(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on ${port} within ${timeoutMs} ms`);
}

/**
 * Starts the display (unless DISPLAY is set) and WebKitWebDriver on a free port, and resolves
 * with { port, stop }. stop() kills both and resolves once they have exited; it also runs
 * when the process exits or is interrupted. Close any WebDriver session before stop().
 */
export async function startWebkitDriver() {
  const children = [];
  const kill = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  const onSignal = () => {
    kill();
    process.exit(130);
  };
  process.once('exit', kill);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, onSignal);
  const stop = async () => {
    const exited = children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => new Promise((done) => child.once('exit', done)));
    kill();
    await Promise.all(exited);
    process.off('exit', kill);
    for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, onSignal);
  };
  try {
    const env = { ...process.env };
    if (!env.DISPLAY) env.DISPLAY = await startXvfb(children);
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(driver);
    // The driver logs each session to stderr; keep only what explains a failure to start.
    let log = '';
    driver.stderr.on('data', (chunk) => (log = (log + chunk).slice(-2000)));
    try {
      await waitForPort(port, driver);
    } catch (error) {
      throw new Error(`${error.message}\n${log}`);
    }
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The capabilities that start MiniBrowser under WebKitWebDriver, with more of its arguments. */
export function webkitCapabilities(args = []) {
  return {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] },
    'wdio:enforceWebDriverClassic': true,
  };
}

class WebkitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: webkitCapabilities() });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    this._driver = await startWebkitDriver();
    Object.assign(this.options, { hostname: '127.0.0.1', port: this._driver.port, path: '/', logLevel: 'error' });
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      await this._driver?.stop();
    }
  }
}

export function webkitLauncher() {
  return new WebkitLauncher();
}
