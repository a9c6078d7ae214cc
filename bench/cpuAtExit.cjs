// Preloaded (node -r) into each process bench/cli.bench.ts starts: reports the process's own CPU time (user + system,
// from its start) on stderr's last line, since Node cannot read a child's resource usage. Same for every process measured.
// The line before it is the peak resident set size (bench/import.bench.ts reads it).
/* global require, process */
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeSync(2, `\nmaxrss-kb ${process.resourceUsage().maxRSS}\ncpu-ms ${(user + system) / 1000}\n`);
});
