// ESLint flat config: typescript-eslint for the TypeScript, eslint-plugin-lit and
// eslint-plugin-lit-a11y for the templates, no-only-tests so a stray `.only` never reaches CI.
// Formatting is prettier's job (`prettier --check .`), so no stylistic rules here.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'tmp/',
      'screenshots/',
      'examples/*/dist/',
      'custom-elements.json',
      'src/generated/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'examples/**/*.{ts,tsx}'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'examples/**/*.{ts,tsx}'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/**/*.js', 'demo/**/*.js', 'examples/**/*.{ts,tsx,js}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.js'],
    languageOptions: { globals: globals.mocha },
    plugins: { 'no-only-tests': noOnlyTests },
    rules: {
      'no-only-tests/no-only-tests': 'error',
      // chai's property assertions: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '*.js', 'test/launchers/**', 'test/plugins/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node scripts whose callbacks run in a browser page (puppeteer/WebDriver `evaluate`)
    files: ['scripts/screenshot.mjs', 'test/launchers/webkit.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // `_`-prefixed names are deliberately unused (e.g. a destructured value skipped)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
