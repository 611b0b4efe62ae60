import { Command, CommanderError } from 'commander';
import { CliError } from './cliError.js';
import type { CommandRunner } from './commandRunner.js';
import { processIo, type CliIo } from './io.js';
import { registerServerCommands } from './server/index.js';
import { registerSolutionCommands } from './solution/index.js';
import { cliVersion } from './version.js';

/**
 * The `licensehub` CLI. Commands never exit the process: they return an exit
 * code, which runCli hands back (bin/licensehub.js sets process.exitCode), so
 * tests run the real CLI in-process with their own output streams and folder.
 */

export interface CliState {
  io: CliIo;
  exitCode: number;
}

export function buildCli(state: CliState): Command {
  const { io } = state;
  const program = new Command('licensehub')
    .description('LicenseHub publisher CLI: solution packages with license metadata, offers, plans and publishing')
    .version(cliVersion())
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
    });

  const run: CommandRunner = async (command) => {
    state.exitCode = await command(io);
  };
  registerSolutionCommands(program, run);
  registerServerCommands(program, run);
  return program;
}

/** Runs the CLI on arguments without the node and script names; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const state: CliState = { io: { ...processIo(), ...io }, exitCode: 0 };
  const program = buildCli(state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    // Commander has already printed usage errors and help; it only tells us the code.
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      state.io.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    state.io.stderr.write(`error: ${message}\n`);
    if (process.env.LICENSEHUB_DEBUG && error instanceof Error && error.stack) state.io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
