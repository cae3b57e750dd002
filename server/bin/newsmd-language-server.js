#!/usr/bin/env node
'use strict';
// Thin launcher for the language server, bundled with all its dependencies into ../dist/server.js
// (by `npm run build` in the repository; shipped in the `newsmd` package). Pass --stdio or --node-ipc.
const path = require('node:path');
const bundle = path.join(__dirname, '..', 'dist', 'server.js');
try {
  require.resolve(bundle);
} catch {
  process.stderr.write('newsmd-language-server: not built yet; run `npm run build` in the project first\n');
  process.exit(2);
}
require(bundle);
