import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What a websocket client saw of one subscription. */
export interface Subscribed<R> {
  /** every `next` payload so far, in order */
  results: ExecutionResult<R>[];
  /** resolves with the n-th result (1-based) once it has arrived */
  nth(n: number, timeoutMs?: number): Promise<ExecutionResult<R>>;
  /** resolves when the server completed the subscription (or rejects with the socket's error) */
  ended: Promise<void>;
  unsubscribe(): void;
}

/** A graphql-ws client for the gateway at `httpUrl` (its /graphql URL), with an optional bearer token. */
export function wsClient(httpUrl: string, token?: string | null, options: { retry?: boolean } = {}): Client & { closed: Promise<{ code: number; reason: string }> } {
  let closedWith!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: options.retry ? 5 : 0,
    lazy: false,
    on: { closed: (event) => closedWith(event as { code: number; reason: string }) },
    // errors surface through the subscription or `closed`, not as unhandled rejections
    onNonLazyError: () => {},
  });
  return Object.assign(client, { closed });
}

export function subscribe<R, V>(client: Client, document: TypedDocumentNode<R, V>, variables: V): Subscribed<R> {
  const results: ExecutionResult<R>[] = [];
  const waiters: Array<{ n: number; resolve: (r: ExecutionResult<R>) => void }> = [];
  let endedResolve!: () => void;
  let endedReject!: (error: unknown) => void;
  const ended = new Promise<void>((resolve, reject) => {
    endedResolve = resolve;
    endedReject = reject;
  });
  // a test that never awaits `ended` must not see an unhandled rejection
  ended.catch(() => {});
  const unsubscribe = client.subscribe<R>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        results.push(result as ExecutionResult<R>);
        for (const waiter of waiters.filter((w) => w.n <= results.length)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(results[waiter.n - 1]!);
        }
      },
      error: (error) => endedReject(error),
      complete: () => endedResolve(),
    },
  );
  return {
    results,
    ended,
    unsubscribe,
    nth(n, timeoutMs = 10_000) {
      if (results.length >= n) return Promise.resolve(results[n - 1]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`result ${n} did not arrive within ${timeoutMs} ms (got ${results.length})`)), timeoutMs);
        waiters.push({
          n,
          resolve: (result) => {
            clearTimeout(timer);
            resolve(result);
          },
        });
      });
    },
  };
}

/** Waits until `count()` reaches `n`: e.g. until the gateway has registered the subscriptions. */
export async function until(count: () => number, n: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (count() < n) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${n}, have ${count()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
