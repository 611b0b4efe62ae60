import type { CliIo } from '../cli/io.js';
import { systemClock } from '../clock.js';
import { LicenseTokenService } from '../runtime/licenseTokens.js';
import { openDatabase } from '../store/database.js';
import { SecretBox } from '../identity/secretBox.js';
import { loadSecretKey } from '../identity/secretKey.js';
import { askServer, assertEmbeddedDatabase, configFrom, runningServer, type DatabaseOptions } from './target.js';

/**
 * `licensehub-server rotate-signing-key`: a new key signs license tokens from
 * now on; the previous one stays published at /.well-known/jwks.json until
 * every token it signed has expired, so nothing already issued breaks.
 */
export async function rotateSigningKey(options: DatabaseOptions, io: CliIo): Promise<number> {
  const config = configFrom(io, options);
  let kid: string;
  if (config.database.kind === 'embedded' && config.database.dataDir) {
    const server = await runningServer(io, config.database.dataDir);
    if (server) {
      kid = ((await askServer(server, 'POST', '/signing-keys/rotate')) as { kid: string }).kid;
      io.stdout.write(`New signing key ${kid}, made by the running server (pid ${server.pid}); it signs from now on.\n`);
      return 0;
    }
    assertEmbeddedDatabase(config.database.dataDir);
  }
  const database = await openDatabase(config.database);
  try {
    // The new key is sealed with the server's secret key, as a running server would seal it.
    const box = new SecretBox(loadSecretKey(config.secretKey).key);
    kid = await new LicenseTokenService(database.db, systemClock, config.publicUrl, box).rotate();
  } finally {
    await database.close();
  }
  io.stdout.write(`New signing key ${kid}. Running servers sign with it within 10 seconds; tokens signed earlier stay verifiable until they expire.\n`);
  return 0;
}
