// Flat config: typescript-eslint's recommended rules, plus the one architectural rule that matters most:
// src/engine is pure (DESIGN.md) and may import nothing outside itself — no Prisma, no node:*, no I/O.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jestPlugin from 'eslint-plugin-jest';

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
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'src/engine is pure: no Node built-ins.' },
            { group: ['../../store/*', '../../api/*', '../../cli/*', '../../io/*', '../../questions/*', '@prisma/*', 'pg', 'fastify', 'graphql'], message: 'src/engine imports nothing outside itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/engine reads no env.' }, { name: 'Date', message: 'src/engine has no clock.' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'src/engine is deterministic.' }],
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
