#!/usr/bin/env node
// The `netmodel` command. TypeScript sources run through tsx's CommonJS loader, so no build step is needed.
'use strict';
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
