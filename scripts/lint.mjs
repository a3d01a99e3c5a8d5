// `npm run lint`: Prettier (formatting), ESLint (with the Lit and Lit a11y plugins) and
// lit-analyzer (template bindings: types, attributes, events), each run to the end, then one
// line per tool; exits 1 if any failed. `npm run format` (`--fix`): Prettier writes, ESLint
// fixes what it can. Configuration: .prettierrc.json and .prettierignore, eslint.config.mjs,
// and lit-analyzer's in tsconfig.json ("plugins").
import { spawnSync } from 'node:child_process';

// What is written by hand; .prettierignore and eslint.config.mjs leave out what is generated.
const PRETTIER_FILES = ['src', 'demo', 'test', 'scripts', 'bench', 'wordpress/src', '*.mjs'];
// Templates that ship. The tests' templates pass loosely typed content on purpose, and the
// analyzer cannot read attributes declared in a `static properties` field (only in a getter),
// so on the tests it reports mostly that.
const TEMPLATE_FILES = ['src', 'demo', 'wordpress/src'];

const fix = process.argv.includes('--fix');
const tools = fix
  ? [
      ['prettier', ['--write', '--log-level=warn', ...PRETTIER_FILES]],
      ['eslint', ['--fix', '.']],
    ]
  : [
      ['prettier', ['--check', ...PRETTIER_FILES]],
      ['eslint', ['.']],
      ['lit-analyzer', [...TEMPLATE_FILES, '--format', 'list']],
    ];

const results = tools.map(([tool, args]) => {
  console.log(`\n$ ${tool} ${args.join(' ')}`);
  const { status } = spawnSync('npx', ['--no-install', tool, ...args], { stdio: 'inherit' });
  return [tool, status];
});
console.log('');
for (const [tool, status] of results)
  console.log(`${tool}: ${status === 0 ? 'ok' : `failed (exit ${status})`}`);
if (results.some(([, status]) => status !== 0)) process.exitCode = 1;
