/** Sends one shape over every transport, with and without a token, and prints a row for each. */
import type { HostileGateway } from './gateway';
import type { HealthPoll } from './health-poll';
import type { Shape } from './shapes';
import { overHttp, overWebSocket, type Outcome } from './transports';

const TRANSPORTS = ['http', 'ws'] as const;

export function printHeader(): void {
  console.log(`${'shape'.padEnd(48)} ${'transport'.padEnd(11)} ${'ms'.padStart(7)} ${'healthz max'.padStart(11)}  answer`);
}

/** The slowest of `rounds` sends (or the first that failed); null when the gateway had exited. */
async function worstOf(gateway: HostileGateway, shape: Shape, transport: (typeof TRANSPORTS)[number], token: string | undefined, rounds: number): Promise<Outcome | null> {
  let worst: Outcome | null = null;
  for (let round = 0; round < rounds && !gateway.exited(); round += 1) {
    const outcome = transport === 'http' ? await overHttp(gateway.server.port, shape, token) : await overWebSocket(gateway.server.port, shape, token);
    if (!worst || outcome.ms > worst.ms || outcome.failure) worst = outcome;
    if (outcome.failure) break;
  }
  return worst;
}

/** Probes one shape; returns its failures (a 5xx, a closed socket, no answer). */
export async function probeShape(gateway: HostileGateway, health: HealthPoll, shape: Shape, rounds: number): Promise<string[]> {
  const failures: string[] = [];
  const bytes = Buffer.byteLength(JSON.stringify({ query: shape.query, variables: shape.variables }));
  for (const transport of TRANSPORTS) {
    for (const withToken of [false, true]) {
      health.takeSlowest();
      const worst = await worstOf(gateway, shape, transport, withToken ? gateway.token : undefined, rounds);
      const slowestHealth = health.takeSlowest();
      if (!worst) return failures;
      const label = `${transport}${withToken ? '+token' : ''}`;
      const answer = `${worst.status === 'ws' ? '' : `${worst.status} `}${worst.refusal}${worst.failure ? `  FAILED: ${worst.failure}` : ''}`;
      console.log(
        `${`${shape.name} (${Math.round(bytes / 1024)} KB)`.padEnd(48)} ${label.padEnd(11)} ${worst.ms.toFixed(1).padStart(7)} ${`${slowestHealth.toFixed(1)}${slowestHealth > 50 ? '!' : ''}`.padStart(11)}  ${answer}`,
      );
      if (worst.failure) failures.push(`${shape.name} over ${label}: ${worst.failure}`);
    }
  }
  return failures;
}

/** Prints the legend and the failures; the exit code. */
export function summarise(failures: readonly string[]): number {
  console.log('\nhealthz max: the slowest /healthz answer while the shape ran (! above 50 ms); ms: the slowest of the rounds.');
  if (failures.length > 0) {
    console.log(`\n${failures.length} failure(s):\n${failures.map((f) => `  ${f}`).join('\n')}`);
    return 1;
  }
  console.log('no 5xx, no crash, no hang');
  return 0;
}
