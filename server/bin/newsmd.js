#!/usr/bin/env node
'use strict';
// Thin launcher for the command line, bundled with all its dependencies into ../dist/cli.js (by
// `npm run build` in the repository; shipped in the `newsmd` package).
const path = require('node:path');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
let cli;
try {
  cli = require(bundle);
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('cli.js')) {
    process.stderr.write('newsmd: not built yet; run `npm run build` in the project first\n');
    process.exit(2);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
