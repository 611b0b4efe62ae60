#!/usr/bin/env node
// The compiled CLI lives in dist/ (npm run build:server); this shim only runs it.
import { runCli } from '../dist/src/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2));
