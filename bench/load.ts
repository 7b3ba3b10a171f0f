import { performance } from 'node:perf_hooks';
import type { Progress } from './progress';
import { round, summarise, type LatencySummary } from './stats';

/** What one operation of a load came to. */
export type Outcome =
  /** done as intended */
  | { kind: 'ok' }
  /** refused as the scenario expects (a lost race): counted apart from errors */
  | { kind: 'conflict'; code: string }
  | { kind: 'error'; code: string }
  /** the worker has nothing left to do (its pool is used up) */
  | { kind: 'exhausted' };

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

/**
 * A closed loop: `concurrency` workers, each sending its next operation as soon as the last one
 * is answered, for a warm-up and then `seconds`. The operations completed within those seconds count.
 */
export async function runLoad(options: {
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
  operation: (worker: number) => Promise<Outcome>;
  progress?: Progress;
}): Promise<LoadResult> {
  const { concurrency } = options;
  const began = performance.now();
  const measureFrom = began + options.warmupSeconds * 1000;
  const until = measureFrom + options.seconds * 1000;
  const latencies: number[] = [];
  const conflicts: Record<string, number> = {};
  const errors: Record<string, number> = {};
  let ok = 0;
  let exhausted = false;
  let lastEnd = measureFrom;
  const ticker = setInterval(() => {
    const now = performance.now();
    options.progress?.update(Math.min(now, until) - began, `${concurrency} clients, ${latencies.length} done`);
  }, 200);
  const worker = async (index: number) => {
    for (;;) {
      const started = performance.now();
      if (started >= until) return;
      let outcome: Outcome;
      try {
        outcome = await options.operation(index);
      } catch (error) {
        outcome = { kind: 'error', code: error instanceof Error ? error.message.slice(0, 80) : 'THROWN' };
      }
      const ended = performance.now();
      if (outcome.kind === 'exhausted') {
        exhausted = true;
        return;
      }
      // what completes inside the window counts (a slow request started in the warm-up too)
      if (ended < measureFrom || ended > until) continue;
      lastEnd = Math.max(lastEnd, ended);
      latencies.push(ended - started);
      if (outcome.kind === 'ok') ok += 1;
      else if (outcome.kind === 'conflict') conflicts[outcome.code] = (conflicts[outcome.code] ?? 0) + 1;
      else errors[outcome.code] = (errors[outcome.code] ?? 0) + 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  } finally {
    clearInterval(ticker);
  }
  // an exhausted pool ends the measurement early: rate over the time actually measured
  const seconds = Math.max(0.001, (exhausted ? Math.min(lastEnd, until) : until) - measureFrom) / 1000;
  return {
    concurrency,
    seconds: round(seconds, 3),
    ok,
    perSecond: round(ok / seconds, 1),
    latencyMs: summarise(latencies),
    conflicts,
    errors,
    exhausted,
  };
}
