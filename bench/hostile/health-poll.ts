import { performance } from 'node:perf_hooks';
import { request } from './transports';

/** Polls /healthz one request after another and keeps the slowest answer since the last reset. */
export function healthPoll(port: number) {
  let slowest = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        await request(port, 'GET', '/healthz');
      } catch {
        // a failed probe is as slow as the timeout that ended it
      }
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  return {
    takeSlowest(): number {
      const value = slowest;
      slowest = 0;
      return value;
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}

/** The poll's handle: the slowest answer since the last call, and a stop that waits for the loop. */
export type HealthPoll = ReturnType<typeof healthPoll>;
