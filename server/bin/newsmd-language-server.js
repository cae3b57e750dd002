#!/usr/bin/env node
'use strict';
// Thin launcher for the bundled language server (dist/server.js); pass --stdio or --node-ipc.
const path = require('node:path');
require(path.join(__dirname, '..', '..', 'dist', 'server.js'));
