// Flat config: typescript-eslint's recommended rules; the layer rules of docs/ARCHITECTURE.md ("Layers"):
// src/engine is pure and may import nothing outside itself at any depth — no package, no node:*, no I/O
// global — and no module takes part in an import cycle; type-aware promise rules for the async layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jestPlugin from 'eslint-plugin-jest';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Globals that reach the outside world (env, clocks, timers, network, process, modules, console). */
const ENGINE_FORBIDDEN_GLOBALS = [
  ['process', 'src/engine reads no env and owns no process.'],
  ['Date', 'src/engine has no clock.'],
  ['performance', 'src/engine has no clock.'],
  ['setTimeout', 'src/engine has no timers.'],
  ['setInterval', 'src/engine has no timers.'],
  ['setImmediate', 'src/engine has no timers.'],
  ['clearTimeout', 'src/engine has no timers.'],
  ['clearInterval', 'src/engine has no timers.'],
  ['queueMicrotask', 'src/engine is synchronous.'],
  ['fetch', 'src/engine does no I/O.'],
  ['WebSocket', 'src/engine does no I/O.'],
  ['console', 'src/engine returns its findings; adapters log.'],
  ['require', 'src/engine imports only from src/engine, statically.'],
  ['Buffer', 'src/engine does no I/O.'],
  ['__dirname', 'src/engine knows no files.'],
  ['__filename', 'src/engine knows no files.'],
  ['globalThis', 'src/engine reads no global state.'],
].map(([name, message]) => ({ name, message }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.netmodel/', 'src/store/generated/', 'src/api/graphql/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      // no-cycle parses the files it follows: without this it cannot read TypeScript and sees no imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // Imports point one way (docs/ARCHITECTURE.md "Layers"). import-x skips type-only imports (erased at
      // run time); keep those one-way by hand, as src/io/readDocuments.ts does for DocumentFormat.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      // Relative imports at any depth: whatever resolves outside src/engine is refused.
      'import-x/no-restricted-paths': [
        'error',
        { zones: [{ target: './src/engine', from: './', except: ['./src/engine'], message: 'src/engine imports nothing outside itself.' }] },
      ],
      // Every non-relative specifier is a package or a Node built-in.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.\\.?/)', message: 'src/engine is pure: no packages, no Node built-ins.' }] },
      ],
      'no-restricted-globals': ['error', ...ENGINE_FORBIDDEN_GLOBALS],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'src/engine is deterministic.' }],
    },
  },
  {
    // The async layers: a promise nobody awaits is a lost error or a race.
    files: ['src/api/**/*.ts', 'src/app/**/*.ts', 'src/store/**/*.ts', 'src/cli/**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Off on purpose: fastify plugins and hooks must be async functions (or take a done callback) even when
      // they await nothing, and an async function that does not await still turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Main carries no skipped, focused or empty tests, and every test states an expectation.
    files: ['tests/**/*.ts'],
    plugins: { jest: jestPlugin },
    rules: {
      'jest/no-disabled-tests': 'error',
      'jest/no-focused-tests': 'error',
      'jest/no-identical-title': 'error',
      'jest/no-done-callback': 'error',
    },
  },
  {
    files: ['**/*.mjs', 'bin/**/*.js', 'jest.config.js', 'tests/helpers/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', require: 'readonly', __dirname: 'readonly', module: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
