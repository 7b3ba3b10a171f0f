/** The part of autocannon 9's programmatic API the bench uses (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    /** builds the next request; returning null ends the connection's run */
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
  }

  interface Client extends EventEmitter {
    setRequests(requests: Request[]): void;
    on(event: 'response', listener: (status: number, bytes: number, durationMs: number) => void): this;
  }

  interface Options {
    url: string;
    connections: number;
    duration: number;
    /** milliseconds between samples; the run stops at the first sample after `duration` */
    sampleInt?: number;
    /** seconds */
    timeout?: number;
    setupClient?: (client: Client) => void;
  }

  interface Result {
    errors: number;
    timeouts: number;
    duration: number;
  }

  interface Instance extends EventEmitter {
    stop(): void;
    on(event: 'reqError', listener: (error: Error) => void): this;
  }

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  namespace autocannon {
    export type { Client, Instance, Options, Request, Result };
  }
  export = autocannon;
}
