import http from 'node:http';

export interface HttpResult {
  status: number;
  body: string;
}

/**
 * A lean HTTP/1.1 client over one keep-alive agent, for the bench's single requests and checks
 * (set-up, statement counts, the pages compared, pagination, the race check): no fetch streams,
 * no JSON parse unless an error must be read. The loads go through autocannon (load.ts).
 */
export class HttpClient {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(baseUrl: string, sockets = 256) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  async request(method: 'GET' | 'POST', path: string, body: string | null, headers: Record<string, string> = {}): Promise<HttpResult> {
    try {
      return await this.once(method, path, body, headers);
    } catch (error) {
      // a kept-alive socket the server closed as it went idle: the request never reached it
      if ((error as { reusedSocket?: boolean }).reusedSocket) return this.once(method, path, body, headers);
      throw error;
    }
  }

  private once(method: 'GET' | 'POST', path: string, body: string | null, headers: Record<string, string>): Promise<HttpResult> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.host,
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: body === null ? headers : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        const reused = req.reusedSocket && (error.code === 'ECONNRESET' || error.message === 'socket hang up');
        reject(Object.assign(error, { reusedSocket: reused }));
      });
      req.end(body ?? undefined);
    });
  }

  /** POSTs one GraphQL operation to /graphql. */
  graphql(query: string, variables: Record<string, unknown> | undefined, token: string | null): Promise<HttpResult> {
    return this.request('POST', '/graphql', JSON.stringify(variables ? { query, variables } : { query }), token ? { authorization: `Bearer ${token}` } : {});
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The error codes of a GraphQL response (empty when it has none); parses only when there are errors. */
export function errorCodes(result: HttpResult): string[] {
  if (result.status !== 200 && !result.body.startsWith('{')) return [`HTTP_${result.status}`];
  if (!result.body.includes('"errors"')) return result.status === 200 ? [] : [`HTTP_${result.status}`];
  try {
    const parsed = JSON.parse(result.body) as { errors?: Array<{ extensions?: { code?: string } }> };
    return (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN');
  } catch {
    return [`HTTP_${result.status}`];
  }
}

/** The data of a GraphQL response, or an error naming its codes. */
export function dataOf<T>(result: HttpResult): T {
  const parsed = JSON.parse(result.body) as { data?: T; errors?: unknown[] };
  if (parsed.errors?.length || !parsed.data) throw new Error(`GraphQL errors: ${JSON.stringify(parsed.errors ?? result.body).slice(0, 500)}`);
  return parsed.data;
}
