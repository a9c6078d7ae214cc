/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
// Worker threads start with a fresh module system: register tsx's CommonJS loader, then load the TypeScript worker.
require('tsx/cjs');
module.exports = require('./worker.ts').default;
