import { Command, CommanderError, Option } from 'commander';
import { CliError } from '../cli/cliError.js';
import { processIo, type CliIo } from '../cli/io.js';
import { startFailed } from '../main.js';
import { installedVersion } from '../installation.js';
import { backup, type BackupOptions } from './backup.js';
import { createOperator, type CreateOperatorOptions } from './createOperator.js';
import { migrate } from './migrate.js';
import { restore } from './restore.js';
import { rotateSigningKey } from './rotateSigningKey.js';
import { start, type StartOptions } from './start.js';
import type { DatabaseOptions } from './target.js';

/**
 * `licensehub-server`: run and operate a LicenseHub installation. Every
 * setting comes from the environment, as for `npm start` (see
 * docs/operations.md); --data-dir and --database-url override where the data is.
 */
function databaseOptions(command: Command): Command {
  return command
    .addOption(new Option('--data-dir <folder>', 'embedded database folder (default: LICENSEHUB_DATA_DIR or ./data)'))
    .addOption(new Option('--database-url <url>', 'a postgres:// URL instead of the embedded database (default: DATABASE_URL)'));
}

export function buildServerCli(io: CliIo, done: (code: number) => void): Command {
  const program = new Command('licensehub-server')
    .description('Run and operate a LicenseHub server: start it, migrate, back up and restore its database, add operators, rotate the token-signing key')
    .version(installedVersion())
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  databaseOptions(
    program
      .command('start')
      .description('Start the server (migrates the database and, on an empty one, creates the operator and the demo data first)')
      .option('--port <port>', 'port to listen on (default: PORT or 8080)')
      .option('--host <address>', 'address to listen on (default: HOST or 0.0.0.0)'),
  ).action(async (options: StartOptions) => done(await start(options, io)));

  databaseOptions(program.command('migrate').description('Apply the migrations this version brings (forward only; a start does it too)')).action(
    async (options: DatabaseOptions) => done(await migrate(options, io)),
  );

  databaseOptions(
    program
      .command('backup')
      .description('Write a consistent backup: of the embedded database (through the running server, or from the folder), or of PostgreSQL with pg_dump')
      .option('-o, --output <file>', 'where to write it; - for standard output (default: licensehub-backup-<time>.tar.gz or .pgdump here)'),
  ).action(async (options: BackupOptions) => done(await backup(options, io, process.stdout)));

  databaseOptions(
    program
      .command('restore')
      .description('Restore a backup into a new data folder (--data-dir) or an empty PostgreSQL database (--database-url)')
      .argument('<file>', 'a file written by licensehub-server backup'),
  ).action(async (file: string, options: DatabaseOptions) => done(await restore(file, options, io)));

  databaseOptions(
    program
      .command('create-operator')
      .description('Add an operator account (a Global admin of the operator tenant with the operator role)')
      .requiredOption('-u, --user-principal-name <upn>', 'sign-in name, e.g. ops@licensehub.local (the operator tenant\'s domain)')
      .option('--name <display name>', 'display name (default: the part before @)')
      .option('--password-stdin', 'read the password from standard input (default: LICENSEHUB_OPERATOR_PASSWORD, else one is generated and printed)'),
  ).action(async (options: CreateOperatorOptions) => done(await createOperator(options, io, readStdin)));

  databaseOptions(
    program
      .command('rotate-signing-key')
      .description('Make a new license-token signing key; tokens signed by the previous one stay verifiable until they expire'),
  ).action(async (options: DatabaseOptions) => done(await rotateSigningKey(options, io)));

  return program;
}

/** Runs the CLI on arguments without the node and script names; resolves to the exit code. */
export async function runServerCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const program = buildServerCli(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (argv[0] === 'start') startFailed(error);
    if (error instanceof CliError) {
      io.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (io.env.LICENSEHUB_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
