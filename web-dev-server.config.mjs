// `npm start`: serves the demo page on 127.0.0.1, compiling src/ on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);

/**
 * @web/dev-server listens on every network interface when told 127.0.0.1 (on purpose, for
 * remote test browsers). These servers hand out the whole project folder, so they keep to
 * this machine: listen again on the loopback address alone before the first request.
 */
export function loopbackOnly() {
  return {
    name: 'loopback-only',
    async serverStart({ server, config }) {
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: config.port, host: '127.0.0.1' }, resolve);
      });
    },
  };
}

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port,
  nodeResolve: true,
  appIndex: 'demo/index.html',
  open: false,
  watch: false,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    loopbackOnly(),
    {
      name: 'print-url',
      serverStart() {
        console.log(`\nhaven-widgets demo: http://127.0.0.1:${port}/demo/ (this machine only; Ctrl+C stops it)\n`);
      },
    },
  ],
};
