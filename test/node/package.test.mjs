// What `npm install haven-widgets` would bring, and what `npm start` leaves behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the package carries its MIT licence', () => {
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License/);
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
  const paths = files.map((f) => f.path);
  assert.ok(paths.includes('LICENSE'));
  assert.deepEqual(paths.filter((p) => p.endsWith('.map')), []);
});

test('an install brings lit and @lit/context only; React\'s part is an optional peer', () => {
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/context', 'lit']);
  for (const name of ['react', '@lit/react']) {
    assert.ok(pkg.peerDependencies[name], name);
    assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, name);
  }
});

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const answers = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

test('kill -INT on the `npm start` process stops its server', { timeout: 60000 }, async () => {
  const port = await freePort();
  // In a process group of its own, so that whatever it leaves can be cleaned up after.
  const npm = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, PORT: String(port), HAVEN_START_NO_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  try {
    await new Promise((resolve, reject) => {
      npm.stdout.on('data', (chunk) => String(chunk).includes('haven-widgets demo') && resolve());
      npm.once('exit', () => reject(new Error('npm start ended before serving')));
    });
    assert.equal(await answers(port), true);
    npm.kill('SIGINT');
    await new Promise((resolve) => {
      npm.once('exit', resolve);
      setTimeout(resolve, 5000);
    });
    // The server went with it: nothing answers on its port any more.
    let open = true;
    for (let i = 0; i < 20 && open; i++) {
      await new Promise((r) => setTimeout(r, 100));
      open = await answers(port);
    }
    assert.equal(open, false);
  } finally {
    try {
      process.kill(-npm.pid, 'SIGKILL');
    } catch {
      /* nothing left */
    }
    npm.stdout.destroy();
  }
});

test('`npm start` on a taken port says which port and how to choose another, before building, without a stack', { timeout: 120000 }, async () => {
  const port = await freePort();
  // Held as another program would hold it: on the loopback address alone.
  const holder = createServer().listen(port, '127.0.0.1');
  await new Promise((resolve) => holder.once('listening', resolve));
  // The build is left on: the port is checked first, so nothing is built.
  const npm = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  npm.stdout.on('data', (chunk) => (out += chunk));
  npm.stderr.on('data', (chunk) => (err += chunk));
  try {
    const code = await new Promise((resolve) => npm.once('exit', resolve));
    assert.equal(code, 1);
    assert.match(err, new RegExp(`Port ${port} is taken`));
    assert.ok(err.includes(`PORT=${port + 1} npm start`), err);
    assert.doesNotMatch(err, /EADDRINUSE|\n\s+at /, 'no stack trace');
    assert.doesNotMatch(out, /created|rollup|dist\//i, `nothing built: ${out}`);
  } finally {
    try {
      process.kill(-npm.pid, 'SIGKILL');
    } catch {
      /* nothing left */
    }
    holder.close();
  }
});
