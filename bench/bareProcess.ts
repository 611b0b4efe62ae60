import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, startChild, type ChildServer } from './childProcess.js';

/** Starts bench/bareServer.ts as a child, answering each path with the body given for it. */
export async function startBareServer(workDir: string, answers: Record<string, string>): Promise<ChildServer> {
  const port = await freePort();
  const routes = Object.entries(answers).map(([path, body], i) => {
    const file = join(workDir, `bare-answer-${i}.json`);
    writeFileSync(file, body);
    return `${path}=${file}`;
  });
  return startChild({
    name: 'bare http server',
    args: ['--import', 'tsx', 'bench/bareServer.ts', String(port), ...routes],
    env: {},
    port,
    logFile: join(workDir, 'bare-server.log'),
    readyPath: '/healthz',
    timeoutMs: 30_000,
  });
}
