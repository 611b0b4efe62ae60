import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseTarget } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { generateDirectory, type BenchDirectory } from './generate.js';
import type { DatabaseEnv } from './licenseHubProcess.js';

/**
 * A fresh database for one part of the benchmark: an embedded data folder
 * under bench/.work/, or a new database on the PostgreSQL server named by
 * BENCH_DATABASE_URL (dropped afterwards). Migrated, then filled with the
 * generated directory unless `scale` is null (the empty baseline).
 */
export interface BenchDatabase {
  kind: 'embedded' | 'postgres';
  env: DatabaseEnv;
  directory: BenchDirectory | null;
  dispose(): Promise<void>;
}

type Scale = { users: number; tenants: number; bigGroupMembers: number } | null;

export async function prepareEmbedded(workDir: string, name: string, scale: Scale, log: (line: string) => void): Promise<BenchDatabase> {
  const dataDir = join(workDir, name);
  rmSync(dataDir, { recursive: true, force: true });
  const directory = await fill({ kind: 'embedded', dataDir }, scale, log);
  return { kind: 'embedded', env: { LICENSEHUB_DATA_DIR: dataDir }, directory, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

export async function preparePostgres(serverUrl: string, scale: Scale, log: (line: string) => void): Promise<BenchDatabase> {
  const name = `licensehub_bench_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const directory = await fill({ kind: 'postgres', url: url.toString() }, scale, log);
    return { kind: 'postgres', env: { DATABASE_URL: url.toString() }, directory, dispose: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
  } catch (error) {
    await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    throw error;
  }
}

async function fill(target: DatabaseTarget, scale: Scale, log: (line: string) => void): Promise<BenchDirectory | null> {
  const database = await openDatabase(target);
  try {
    await migrateToLatest(database.db);
    return scale ? await generateDirectory(database.db, scale, log) : null;
  } finally {
    await database.close();
  }
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
