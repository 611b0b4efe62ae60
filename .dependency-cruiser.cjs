/**
 * The walls of the house: what each room of LicenseHub may import. `npm run lint:walls` checks them
 * (dependency-cruiser), and CI fails on any violation. The rooms and the "never" arrows are the ones in
 * the architecture picture (ENGINEERING.md's architecture.json); the README's "Architecture" section says
 * the same in prose. A failing rule names the two files; its comment says why the wall is there.
 *
 * Rooms (folders under src/): domain, store, policies, commands, runtime, identity, http, jobs, demo,
 * cli, workers, control, serverCli, and the entry files directly in src/ (main, server, app, config…);
 * web/ (the SPA) and sdk/ (the package publishers' apps install).
 */
const ours = '^(src|web|sdk)/';
const room = (name) => `^src/${name}/`;
const rooms = (...names) => `^src/(${names.join('|')})/`;
/** The entry files that wire everything (src/clock.ts, workerThreads.ts and installation.ts are basics any room may use). */
const entry = '^src/(main|server|app|bootstrap|config|prepareDatabase)\\.ts$';
const tests = '\\.(test|e2e)\\.tsx?$';

module.exports = {
  forbidden: [
    // ── domain: pure rules ───────────────────────────────────────────────────────────────────────
    {
      name: 'domain-is-pure',
      comment: 'src/domain is pure logic: it imports nothing of ours but the domain (value types such as roles and states live in the domain too).',
      severity: 'error',
      from: { path: room('domain') },
      to: { path: ours, pathNot: room('domain') },
    },
    {
      name: 'domain-does-no-io',
      comment: 'src/domain does no I/O: no database driver, web framework, file system, network or child processes.',
      severity: 'error',
      from: { path: room('domain'), pathNot: tests },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|dgram|dns|child_process|cluster|worker_threads)$|^(kysely|pg|@electric-sql/pglite|fastify|@fastify/.*|piscina|pino|nodemailer)$',
      },
    },
    // ── policies: rules about actors, not rows ─────────────────────────────────────────────────
    {
      name: 'policies-know-actors-not-rows',
      comment: 'src/policies decides who may do what from the actor alone: it imports only the domain (never the store, commands or the edge).',
      severity: 'error',
      from: { path: room('policies') },
      to: { path: ours, pathNot: rooms('policies', 'domain') },
    },
    // ── commands: one use case per file, no HTTP ────────────────────────────────────────────────
    {
      name: 'commands-know-no-http',
      comment:
        'src/commands are use cases: they run in the transaction the use-case runner (commands/runUseCase.ts) gives them and know nothing of HTTP, jobs, the demo or the command lines. They may use the domain, the store, policies (tenant scopes), identity (hashing) and runtime types (entitlement changes).',
      severity: 'error',
      from: { path: room('commands') },
      to: { path: `${rooms('http', 'jobs', 'demo', 'cli', 'serverCli', 'control')}|^web/|^sdk/|${entry}` },
    },
    {
      name: 'commands-use-no-web-framework',
      comment: 'Use cases do no HTTP: no Fastify in src/commands.',
      severity: 'error',
      from: { path: room('commands') },
      to: { path: '^(fastify|@fastify/.*|fastify-plugin|fastify-type-provider-zod)$' },
    },
    // ── store: below the use cases and the edge ────────────────────────────────────────────────
    {
      name: 'store-is-below-the-use-cases',
      comment: 'src/store is the database: it never imports commands, the edge, the runtime index, jobs or the command lines.',
      severity: 'error',
      from: { path: room('store') },
      to: { path: `${rooms('commands', 'http', 'runtime', 'jobs', 'demo', 'cli', 'serverCli', 'control')}|^web/|^sdk/|${entry}` },
    },
    {
      name: 'store-takes-policy-types-only',
      comment: "The store takes the caller's TenantScope (minted only by authorize()) and actor types, as types: it never calls a policy.",
      severity: 'error',
      from: { path: room('store') },
      to: { path: room('policies'), dependencyTypesNot: ['type-only'] },
    },
    // ── runtime: the in-memory entitlement index ───────────────────────────────────────────────
    {
      name: 'runtime-is-below-the-use-cases',
      comment: 'src/runtime (the entitlement index the license check reads) knows no use cases, no HTTP, no jobs: commands record changes into it, not the reverse.',
      severity: 'error',
      from: { path: room('runtime') },
      to: { path: `${rooms('commands', 'http', 'jobs', 'demo', 'cli', 'serverCli', 'control')}|^web/|^sdk/|${entry}` },
    },
    // ── identity: secrets, passwords, the token cache ──────────────────────────────────────────
    {
      name: 'identity-is-a-leaf',
      comment: 'src/identity (hashing, sealing, TOTP, the token cache) uses only the domain, and the store and policies for types.',
      severity: 'error',
      from: { path: room('identity') },
      to: { path: ours, pathNot: `${rooms('identity', 'domain', 'store', 'policies')}|^src/(clock|workerThreads|installation)\\.ts$` },
    },
    {
      name: 'identity-takes-store-types-only',
      comment: 'src/identity may name store row types and the actor type, never query or authorize.',
      severity: 'error',
      from: { path: room('identity') },
      to: { path: rooms('store', 'policies'), dependencyTypesNot: ['type-only'] },
    },
    // ── jobs, demo: use cases without a request ────────────────────────────────────────────────
    {
      name: 'jobs-are-not-requests',
      comment: 'src/jobs run use cases through commands/runUseCase.ts like routes do, but never import the HTTP edge.',
      severity: 'error',
      from: { path: room('jobs') },
      to: { path: `${rooms('http', 'demo', 'cli', 'serverCli', 'control')}|^web/|^sdk/` },
    },
    {
      name: 'demo-is-not-a-request',
      comment: 'The demo loader runs the same use cases as the product (commands/runUseCase.ts), never through the HTTP edge.',
      severity: 'error',
      from: { path: room('demo') },
      to: { path: `${rooms('http', 'jobs', 'cli', 'serverCli', 'control')}|^web/|^sdk/` },
    },
    // ── http: the edge; nothing below imports it ───────────────────────────────────────────────
    {
      name: 'only-the-entry-imports-the-edge',
      comment: 'src/http is the edge: only the entry files (src/*.ts) and the edge itself import it, never a room below.',
      severity: 'error',
      from: { path: '^src/', pathNot: `${room('http')}|${entry}|${tests}` },
      to: { path: room('http') },
    },
    // ── the command lines and the SPA talk HTTP ────────────────────────────────────────────────
    {
      name: 'cli-talks-http-only',
      comment: "The publisher CLI (src/cli) talks to the server's HTTP API only: it may use the domain (package validation), the API's types generated from the OpenAPI document (web/src/api/openapi.d.ts), and nothing of the server's insides.",
      severity: 'error',
      from: { path: room('cli') },
      to: { path: ours, pathNot: [rooms('cli', 'domain'), '^web/src/api/openapi[.]d[.]ts$'].flat() },
    },
    {
      name: 'web-talks-http-only',
      comment: 'The SPA (web/) talks HTTP only: it never imports the server (src/) or the SDK.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(src|sdk)/' },
    },
    {
      name: 'sdk-stands-alone',
      comment: 'The SDK (sdk/) is published on its own: it imports nothing of the server or the SPA.',
      severity: 'error',
      from: { path: '^sdk/' },
      to: { path: '^(src|web)/' },
    },
    // ── general hygiene ────────────────────────────────────────────────────────────────────────
    {
      name: 'no-circular',
      comment: 'Import cycles (other than through types) make the layering meaningless and start-up order fragile.',
      severity: 'error',
      from: { path: '^(src|sdk)/', pathNot: tests },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-web',
      comment: 'The SPA has a few page ↔ tab cycles (web/src/faces/partner/offers); new ones should not be added.',
      severity: 'warn',
      from: { path: '^web/', pathNot: tests },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing.',
      severity: 'error',
      from: { path: ours },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
