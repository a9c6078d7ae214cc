#!/usr/bin/env node
// The `netmodel` command. TypeScript sources run through tsx's CommonJS loader, so no build step is needed.
'use strict';
// The server runs with production settings unless told otherwise: graphql-js checks NODE_ENV once, when it is loaded,
// and in development mode it adds an instanceOf check to every type test (11% of a GraphQL trace's CPU).
if (process.argv[2] === 'serve' && process.env.NODE_ENV === undefined) process.env.NODE_ENV = 'production';
require('tsx/cjs');
const { runCli } = require('../src/cli/main.ts');

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 70;
  },
);
