import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import type { Progress } from './progress';
import { round, summarise, type LatencySummary } from './stats';

/** What one request of a load came to. */
export type Outcome =
  /** done as intended */
  | { kind: 'ok' }
  /** refused as the scenario expects (a lost race): counted apart from errors */
  | { kind: 'conflict'; code: string }
  | { kind: 'error'; code: string };

export interface LoadResult {
  concurrency: number;
  /** seconds measured (after the warm-up) */
  seconds: number;
  ok: number;
  perSecond: number;
  latencyMs: LatencySummary;
  conflicts: Record<string, number>;
  errors: Record<string, number>;
  /** a worker ran out of work before the end */
  exhausted: boolean;
  /** the server's peak resident memory (VmHWM) when this level ended */
  serverPeakRssMb?: number | null;
}

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** JSON */
  body?: string;
}

/** One client of a load: one keep-alive connection, sending its next request when the last is answered. */
export interface Worker {
  /** the next request, or null when the worker has nothing left to do (the load then ends) */
  next(): LoadRequest | null;
  /** what the answer to the last request means */
  outcome(status: number, body: string): Outcome;
}

/**
 * A closed loop driven by autocannon: `concurrency` connections, each a Worker sending its next
 * request as soon as the last one is answered, for a warm-up and then `seconds`, in one run.
 * The requests answered within those seconds count; their latencies are autocannon's.
 */
export function runLoad(options: {
  url: string;
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
  worker: (index: number) => Worker;
  progress?: Progress;
}): Promise<LoadResult> {
  const { concurrency } = options;
  const workers = Array.from({ length: concurrency }, (_, i) => options.worker(i));
  const latencies: number[] = [];
  const conflicts: Record<string, number> = {};
  const errors: Record<string, number> = {};
  let ok = 0;
  let exhausted = false;
  let connected = 0;
  let began = 0;
  let measureFrom = 0;
  let until = 0;
  let lastEnd = 0;
  const count = (record: Record<string, number>, code: string) => (record[code] = (record[code] ?? 0) + 1);
  const inWindow = () => {
    const now = performance.now();
    return now >= measureFrom && now <= until ? now : null;
  };
  return new Promise<LoadResult>((resolve, reject) => {
    const ticker = setInterval(() => {
      const now = performance.now();
      if (began > 0) options.progress?.update(Math.min(now, until) - began, `${concurrency} clients, ${latencies.length} done`);
    }, 200);
    let instance: autocannon.Instance | undefined;
    try {
      instance = autocannon(
        {
          url: options.url,
          connections: concurrency,
          duration: options.warmupSeconds + options.seconds,
          // the run ends at the first sample after its duration
          sampleInt: 50,
          timeout: 120,
          setupClient: (client) => {
            const worker = workers[connected++]!;
            let idle = false;
            let counted: Outcome | null = null;
            client.setRequests([
              {
                setupRequest: (request) => {
                  const next = idle ? null : worker.next();
                  if (next === null) {
                    // nothing left: the whole load ends (at the next sample); until then this
                    // connection asks for nothing that counts
                    idle = true;
                    exhausted = true;
                    instance?.stop();
                    return { ...request, method: 'GET', path: '/healthz', headers: {}, body: '' };
                  }
                  return {
                    ...request,
                    method: next.method ?? 'POST',
                    path: next.path,
                    headers: next.body === undefined ? (next.headers ?? {}) : { 'content-type': 'application/json', ...next.headers },
                    body: next.body ?? '',
                  };
                },
                onResponse: (status, body) => {
                  counted = idle ? null : worker.outcome(status, body);
                },
              },
            ]);
            client.on('response', (_status, _bytes, durationMs) => {
              const outcome = counted;
              counted = null;
              if (!outcome) return;
              const now = inWindow();
              if (now === null) return;
              lastEnd = now;
              latencies.push(durationMs);
              if (outcome.kind === 'ok') ok += 1;
              else count(outcome.kind === 'conflict' ? conflicts : errors, outcome.code);
            });
          },
        },
        (error) => {
          clearInterval(ticker);
          if (error) return reject(error);
          const seconds = Math.max(0.001, (exhausted ? Math.min(Math.max(lastEnd, measureFrom), until) : until) - measureFrom) / 1000;
          resolve({
            concurrency,
            seconds: round(seconds, 3),
            ok,
            perSecond: round(ok / seconds, 1),
            latencyMs: summarise(latencies),
            conflicts,
            errors,
            exhausted,
          });
        },
      );
    } catch (error) {
      clearInterval(ticker);
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (exhausted) instance.stop();
    began = performance.now();
    measureFrom = began + options.warmupSeconds * 1000;
    until = measureFrom + options.seconds * 1000;
    // a connection refused, reset or timed out: an error of the level, not of the run
    instance.on('reqError', (error) => {
      if (inWindow() !== null) count(errors, `CONNECTION ${error.message.slice(0, 60)}`);
    });
  });
}
