// `npm start`: build, then the demo on 127.0.0.1. The build runs from here, not chained in
// package.json, so that one process owns everything: Ctrl+C, or a `kill -INT` of the npm
// process (which npm passes on to this one), stops the build or the server and leaves
// nothing running. The server starts from here rather than with the `wds` command so that
// its banner, which would list a network address it does not listen on, is not printed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

let build;
let server;
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  // The build runs in a process group of its own (rollup under npm under sh): end it whole.
  if (build) process.kill(-build.pid, signal);
  await server?.stop();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

/**
 * Whether another program already listens on `port`. The probe listens as the dev server
 * first does, on every interface, so anything that would stop the server stops the probe.
 */
function portTaken(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)));
    probe.listen(port, () => probe.close(() => resolve(false)));
  });
}

/** Says which port is taken and how to choose another, instead of a stack trace. */
function sayPortTaken() {
  console.error(
    `\nPort ${config.port} is taken: another program on this machine (another \`npm start\`, say) is listening on it.\n` +
      `Stop that one, or choose another port: PORT=${config.port + 1} npm start\n`,
  );
  process.exit(1);
}

// Checked before the build, so nobody waits for a build to learn that the port is busy.
if (await portTaken(config.port)) sayPortTaken();

// HAVEN_START_NO_BUILD=1 serves what is built already (the test of this script uses it).
const code = process.env.HAVEN_START_NO_BUILD === '1' ? 0 : await new Promise((resolve) => {
  build = spawn('npm', ['run', 'build'], { stdio: 'inherit', detached: true });
  build.on('exit', (status, signal) => resolve(signal ? 1 : status));
});
build = undefined;
if (code !== 0 || stopping) process.exit(code || 1);
try {
  server = await startDevServer({ config, readCliArgs: false, readFileConfig: false, logStartMessage: false });
} catch (error) {
  // Taken while the build ran.
  if (error?.code === 'EADDRINUSE') sayPortTaken();
  throw error;
}
