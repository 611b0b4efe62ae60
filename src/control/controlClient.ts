import { request } from 'node:http';

export interface ControlAnswer {
  status: number;
  /** Parsed JSON, or the raw bytes of anything else (a backup). */
  body: unknown;
}

/** One request to a server's control socket (see controlSocket.ts). Rejects when nothing listens there. */
export function controlRequest(socketPath: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<ControlAnswer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = request(
      {
        socketPath,
        method,
        path,
        headers: payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const isJson = (response.headers['content-type'] ?? '').startsWith('application/json');
          try {
            resolve({ status: response.statusCode ?? 0, body: isJson ? JSON.parse(bytes.toString('utf8')) : bytes });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}
