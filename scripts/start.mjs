// `npm start` (after the build): the demo on 127.0.0.1. Started from here rather than with
// the `wds` command so that its banner, which would list a network address the server
// does not listen on, is not printed.
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

await startDevServer({ config, readCliArgs: false, readFileConfig: false, logStartMessage: false });
