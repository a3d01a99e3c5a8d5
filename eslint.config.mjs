// ESLint for everything written by hand: the library, the demo, the tests, the build and
// test scripts, the benchmarks and the WordPress editor script. Formatting is Prettier's job
// (.prettierrc.json); template bindings are lit-analyzer's (tsconfig.json, "plugins").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

const browser = [
  'src/**/*.ts',
  'demo/**/*.ts',
  'test/**/*.ts',
  'test/pages/**/*.js',
  'wordpress/src/**/*.ts',
  'wordpress/assets/**/*.js',
  'bench/page.js',
];
const node = [
  '*.mjs',
  'scripts/**/*.mjs',
  'bench/**/*.mjs',
  'demo/**/*.mjs',
  'test/node/**/*.mjs',
  'test/wordpress/**/*.mjs',
];
// Node scripts that drive a browser: the functions they pass to page.evaluate() run in the page.
const drivingBrowser = [
  'scripts/screenshots.mjs',
  'scripts/audit.mjs',
  'scripts/wordpress/**/*.mjs',
  'test/wordpress/**/*.mjs',
  'bench/bench.mjs',
  'demo/measure-shift.mjs',
];

export default tseslint.config(
  { ignores: ['dist/', '.cache/', '.tmp/', 'node_modules/', 'src/react/index.ts', 'test/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    // The widgets' and the demo's templates are what visitors meet; the tests' templates
    // include broken markup on purpose (hostile pages, bad content), so they are not held to it.
    files: ['src/**/*.ts', 'demo/**/*.ts', 'wordpress/src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  { files: browser, languageOptions: { globals: globals.browser } },
  { files: node, languageOptions: { globals: globals.node } },
  { files: drivingBrowser, languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      // `_name` marks a private member or a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Empty interfaces here are declaration-merging points a site's code augments
      // (HavenStrings, HavenContent), not types meaning "anything".
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'always' }],
      // A cleanup that may fail (a process already gone, a preference the editor lacks).
      'no-empty': ['error', { allowEmptyCatch: true }],
      // The widgets restore roles that WebKit drops when CSS changes a list's or a table's
      // display (<ul role="list">, <thead role="rowgroup">): redundant on purpose.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
