import type { CliIo } from './io.js';

/**
 * Commander discards what an action returns, so actions go through a runner
 * that records the command's exit code for runCli to return.
 */
export type CommandRunner = (command: (io: CliIo) => Promise<number>) => Promise<void>;
