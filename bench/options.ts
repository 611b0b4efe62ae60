import { parseArgs } from 'node:util';

/** What one `npm run bench` measures, from its command line. */
export interface BenchOptions {
  users: number;
  tenants: number;
  /** Seconds each load measurement runs (the baseline gets the same). */
  durationSec: number;
  /** Seconds of discarded load before each measurement, so both servers are warm. */
  warmupSec: number;
  connections: number;
  batchConnections: number;
  /** Admin changes timed for propagation. */
  propagationRounds: number;
  /** Members of the group the group-assignment work assigns a plan to. */
  bigGroupMembers: number;
  /** Seconds each piece of admin work runs beside the check load (database faults: 30 s). */
  workSec: number;
  /** Skip the section that measures checks beside admin work and through database faults. */
  skipWork: boolean;
  /** Run LicenseHub from dist/ (after `npm run build:server`) instead of from source with tsx. */
  built: boolean;
  /** Write a V8 CPU profile of the server during the check load and print where its time goes. */
  cpuProf: boolean;
  quick: boolean;
  postgresUrl: string | null;
  /** Which databases to run on, in order. */
  databases: ('embedded' | 'postgres')[];
}

const USAGE = `npm run bench -- [--quick] [--users N] [--tenants N] [--duration S] [--connections N] [--built] [--cpu-prof]
  --quick         a small smoke run: 10,000 users in 100 tenants, 3 s per measurement
  --users N       directory size (default 200,000; --users 1000000 for the large run)
  --tenants N     customer tenants (default: one per 100 users)
  --duration S    seconds per load measurement (default 10)
  --connections N concurrent connections for single checks (default 50)
  --built         run node dist/src/main.js (build it first with npm run build:server) instead of tsx
  --cpu-prof      profile the server during the check load and print its hottest functions
  --only D        run on one database only: embedded or postgres
  --skip-work     skip the checks measured beside admin work and through database faults
  --local-sdk     only the SDK local-mode section (snapshot, local decisions, change → SDK)
BENCH_DATABASE_URL=postgres://… also runs everything on PostgreSQL, including the two-server propagation.`;

export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      users: { type: 'string' },
      tenants: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      built: { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      'skip-work': { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const quick = values.quick;
  const users = positive('--users', values.users, quick ? 10_000 : 200_000);
  const tenants = positive('--tenants', values.tenants, Math.max(1, Math.round(users / 100)));
  if (tenants * 4 > users) throw new Error('--tenants must be at most a quarter of --users (each tenant needs an admin and three members)');
  const durationSec = positive('--duration', values.duration, quick ? 3 : 10);
  const postgresUrl = env.BENCH_DATABASE_URL?.trim() || null;
  const databases = databasesToRun(values.only, postgresUrl);
  return {
    users,
    tenants,
    durationSec,
    // LicenseHub's JIT keeps compiling for ~8 s of load (its code paths are many more than the bare server's).
    warmupSec: quick ? 2 : 8,
    connections: positive('--connections', values.connections, 50),
    batchConnections: 8,
    propagationRounds: quick ? 10 : 30,
    bigGroupMembers: quick ? 2_000 : 10_000,
    workSec: quick ? 5 : 10,
    skipWork: values['skip-work'],
    built: values.built,
    cpuProf: values['cpu-prof'],
    quick,
    postgresUrl,
    databases,
  };
}

function positive(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${flag} must be a whole number ≥ 1, got "${raw}"\n\n${USAGE}`);
  return value;
}

function databasesToRun(only: string | undefined, postgresUrl: string | null): BenchOptions['databases'] {
  if (only === undefined) return postgresUrl ? ['embedded', 'postgres'] : ['embedded'];
  if (only === 'embedded') return ['embedded'];
  if (only === 'postgres') {
    if (!postgresUrl) throw new Error('--only postgres needs BENCH_DATABASE_URL=postgres://…');
    return ['postgres'];
  }
  throw new Error(`--only must be embedded or postgres, got "${only}"\n\n${USAGE}`);
}
