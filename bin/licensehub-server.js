#!/usr/bin/env node
// The compiled server CLI lives in dist/ (npm run build:server); this shim only runs it.
import '../dist/src/serverCli/bin.js';
