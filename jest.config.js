// Jest runs every tests/**/*.test.ts file; TypeScript is stripped by SWC (type-checking is `npm run typecheck`'s job,
// so the transform stays fast). Each test file gets its own module registry, and files run in parallel workers.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/helpers/jest.setup.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  // Prisma's generated client imports its TypeScript siblings as `./x.js` (nodenext style): map them to the .ts files.
  // The tests' node:assert/strict gets a realm-tolerant deep equality (see tests/helpers/assertStrict.ts).
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^node:assert/strict$': '<rootDir>/tests/helpers/assertStrict.ts' },
  // content-disposition 3 (under @fastify/static) is ESM-only; Node 20 loads it through require(esm), which jest's
  // module runtime does not support before Node 24.9, so SWC turns it into CommonJS like the project's own files.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  // Database-backed files start a PGlite or a Postgres schema each; a slow shared machine needs room.
  testTimeout: 120_000,
  maxWorkers: process.env.TEST_CONCURRENCY ?? '100%',
  reporters: ['default', '<rootDir>/tests/helpers/summaryReporter.js'],
  collectCoverageFrom: ['src/**/*.ts', '!src/**/generated/**'],
  coverageDirectory: 'coverage',
};
