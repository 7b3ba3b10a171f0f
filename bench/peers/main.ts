/**
 * The bench's peers, in a process of their own (`node -r @swc-node/register bench/peers/main.ts`),
 * apart from the gateway and from the load generator: PostGraphile 4, the SQL floor and the
 * write peer, each on its own port of 127.0.0.1, on the gateway's database. Prints one line,
 * `PEERS {"postgraphile":port,"floor":port,"writer":port}`, once all three listen.
 * Environment: DATABASE_URL, PEER_POOL_SIZE (default 10, the gateway's own pool size).
 */
import './single-graphql';
import type http from 'node:http';
import { floorServer } from './floor';
import { postgraphileServer } from './postgraphile';
import { writerServer } from './writer';

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address === 'object' && address) resolve(address.port);
      else reject(new Error('no port'));
    });
  });
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const poolSize = Number(process.env.PEER_POOL_SIZE ?? 10);
  const peers = { postgraphile: postgraphileServer(databaseUrl, poolSize), floor: floorServer(databaseUrl, poolSize), writer: await writerServer(databaseUrl, poolSize) };
  // the read peers only read: their sessions say so, or the peers do not start
  for (const [name, peer] of [['postgraphile', peers.postgraphile], ['floor', peers.floor]] as const) {
    const { rows } = await peer.pool.query<{ default_transaction_read_only: string }>('show default_transaction_read_only');
    if (rows[0]?.default_transaction_read_only !== 'on') throw new Error(`${name}'s sessions are not read-only`);
  }
  const ports = {
    postgraphile: await listen(peers.postgraphile.server),
    floor: await listen(peers.floor.server),
    writer: await listen(peers.writer.server),
  };
  process.stdout.write(`PEERS ${JSON.stringify(ports)}\n`);
  const stop = () => {
    for (const peer of Object.values(peers)) {
      peer.server.closeAllConnections();
      peer.server.close();
    }
    void Promise.all(Object.values(peers).map((peer) => peer.pool.end())).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`peers failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
