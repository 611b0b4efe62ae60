import { CliError } from '../cli/cliError.js';
import type { CliIo } from '../cli/io.js';
import { systemClock } from '../clock.js';
import { createOperator as createOperatorCommand } from '../commands/operator/createOperator.js';
import { DomainError } from '../domain/problems.js';
import { generatePassword } from '../identity/passwords.js';
import { openDatabase } from '../store/database.js';
import { runUseCase, withoutLocalIndex } from '../commands/runUseCase.js';
import { askServer, assertEmbeddedDatabase, configFrom, runningServer, type DatabaseOptions } from './target.js';

export interface CreateOperatorOptions extends DatabaseOptions {
  userPrincipalName: string;
  name?: string;
  passwordStdin?: boolean;
}

/**
 * `licensehub-server create-operator`: another operator account, for a second
 * person or when the first one's password is lost. The password comes from
 * standard input (--password-stdin) or LICENSEHUB_OPERATOR_PASSWORD, never
 * from the command line (where `ps` shows it); otherwise one is generated and
 * printed once.
 */
export async function createOperator(options: CreateOperatorOptions, io: CliIo, stdin: () => Promise<string>): Promise<number> {
  const config = configFrom(io, options);
  const given = options.passwordStdin ? (await stdin()).replace(/\r?\n$/, '') : io.env.LICENSEHUB_OPERATOR_PASSWORD || null;
  const password = given ?? generatePassword();
  const props = {
    userPrincipalName: options.userPrincipalName,
    displayName: options.name ?? options.userPrincipalName.split('@')[0]!,
    password,
  };
  if (config.database.kind === 'embedded' && config.database.dataDir) {
    const server = await runningServer(io, config.database.dataDir);
    if (server) {
      await askServer(server, 'POST', '/operators', props);
      return created(io, props.userPrincipalName, given ? null : password);
    }
    assertEmbeddedDatabase(config.database.dataDir);
  }
  const database = await openDatabase(config.database);
  try {
    await runUseCase(withoutLocalIndex(database.db, systemClock), 'system', (ctx) => createOperatorCommand(ctx, props));
  } catch (error) {
    if (error instanceof DomainError) throw new CliError(error.detail);
    throw error;
  } finally {
    await database.close();
  }
  return created(io, props.userPrincipalName, given ? null : password);
}

function created(io: CliIo, userPrincipalName: string, generatedPassword: string | null): number {
  io.stdout.write(`Operator ${userPrincipalName} created.\n`);
  if (generatedPassword) io.stdout.write(`Password (generated, shown only now): ${generatedPassword}\n`);
  return 0;
}
