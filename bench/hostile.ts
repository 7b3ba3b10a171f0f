/**
 * Hostile documents against the built gateway (a child process), over HTTP and graphql-ws, with
 * and without a token. For each it prints the round trip, the refusal (code and limit) and the
 * slowest /healthz answer seen meanwhile by a poll running beside it. It exits non-zero only when
 * the gateway answers 5xx, exits, or leaves a request unanswered for 30 s — never on speed.
 *
 *   npm run bench:hostile [-- --smoke]     (--smoke: each shape once instead of three times)
 */
import { startHostileGateway } from './hostile/gateway';
import { healthPoll } from './hostile/health-poll';
import { printHeader, probeShape, summarise } from './hostile/probe';
import { SHAPES } from './hostile/shapes';

async function main(): Promise<number> {
  const rounds = process.argv.includes('--smoke') ? 1 : 3;
  const gateway = await startHostileGateway();
  const health = healthPoll(gateway.server.port);
  const failures: string[] = [];
  printHeader();
  try {
    for (const shape of SHAPES) {
      failures.push(...(await probeShape(gateway, health, shape, rounds)));
      if (gateway.exited()) {
        failures.push(`the gateway exited during "${shape.name}"`);
        break;
      }
    }
  } finally {
    await health.stop();
    await gateway.stop();
  }
  return summarise(failures);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
