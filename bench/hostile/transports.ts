/** One hostile document sent once, over HTTP or graphql-ws, and what came back. */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Shape } from './shapes';

/** a request left unanswered this long is a failure */
export const TIMEOUT_MS = 30_000;

export interface Outcome {
  ms: number;
  status: number | 'ws';
  refusal: string;
  failure?: string;
}

export function request(port: number, method: 'GET' | 'POST', pathName: string, body?: string, token?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {};
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request({ host: '127.0.0.1', port, method, path: pathName, headers, timeout: TIMEOUT_MS }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

function refusalOf(errors: Array<{ extensions?: { code?: string; limit?: string } }> | undefined): string {
  if (!errors?.length) return 'answered';
  const first = errors[0]!.extensions ?? {};
  return `${first.code ?? '?'}${first.limit ? ` ${first.limit}` : ''}${errors.length > 1 ? ` (+${errors.length - 1})` : ''}`;
}

export async function overHttp(port: number, shape: Shape, token: string | undefined): Promise<Outcome> {
  const started = performance.now();
  try {
    const { status, text } = await request(port, 'POST', '/graphql', JSON.stringify({ query: shape.query, variables: shape.variables }), token);
    const ms = performance.now() - started;
    let refusal: string;
    try {
      const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string; limit?: string } }> };
      refusal = refusalOf(body.errors);
    } catch {
      refusal = 'not JSON';
    }
    return { ms, status, refusal, ...(status >= 500 ? { failure: `HTTP ${status}` } : {}) };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, refusal: '-', failure: (error as Error).message };
  }
}

export async function overWebSocket(port: number, shape: Shape, token: string | undefined): Promise<Outcome> {
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  const started = performance.now();
  try {
    const outcome = await new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => resolve({ ms: TIMEOUT_MS, status: 'ws', refusal: '-', failure: `no answer within ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS);
      let errors: Array<{ extensions?: { code?: string; limit?: string } }> | undefined;
      client.subscribe(
        { query: shape.query, variables: shape.variables },
        {
          next: (result) => (errors ??= result.errors as typeof errors),
          error: (error) => {
            clearTimeout(timer);
            const ms = performance.now() - started;
            if (Array.isArray(error)) resolve({ ms, status: 'ws', refusal: refusalOf(error as typeof errors) });
            else {
              // a closed socket: 1009 (message too big) is the body limit, anything else a failure
              const code = (error as { code?: number }).code;
              resolve({ ms, status: 'ws', refusal: `closed ${code ?? '?'}`, ...(code === 1009 || code === 4401 || code === 4403 ? {} : { failure: `socket closed (${code ?? String(error)})` }) });
            }
          },
          complete: () => {
            clearTimeout(timer);
            resolve({ ms: performance.now() - started, status: 'ws', refusal: refusalOf(errors) });
          },
        },
      );
    });
    return outcome;
  } finally {
    await client.dispose();
  }
}
