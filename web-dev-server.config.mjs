// `npm start`: serves the demo page on 127.0.0.1, compiling src/ on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);

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
    {
      name: 'print-url',
      serverStart() {
        console.log(`\nhaven-widgets demo: http://127.0.0.1:${port}/demo/\n`);
      },
    },
  ],
};
