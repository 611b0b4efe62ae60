import { runServerCli } from './main.js';

// The program itself: bin/licensehub-server.js runs the compiled copy, tests run this file through tsx.
process.exitCode = await runServerCli(process.argv.slice(2));
