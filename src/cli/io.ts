/**
 * Everything a command touches outside its arguments, passed in so tests can
 * run the CLI in-process on a temp folder and read what it printed.
 */

export interface OutputStream {
  write(text: string): void;
  /** True for a terminal: progress bars are drawn only then. */
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Relative paths in arguments are resolved against this folder. */
  cwd: string;
  /** Environment variables (LICENSEHUB_SERVER, LICENSEHUB_TOKEN, LICENSEHUB_CONFIG_DIR, HOME…). */
  env: Readonly<Record<string, string | undefined>>;
}

export function processIo(): CliIo {
  return {
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true, columns: process.stdout.columns },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true, columns: process.stderr.columns },
    cwd: process.cwd(),
    env: process.env,
  };
}
