import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import type { Logger } from 'pino';
import type { GatewayMetrics } from '../observability/metrics';

/** The probes and the metrics, without a token: to be reachable from the internal network only. */
export function probes(dependencies: { orm: MikroORM; metrics: GatewayMetrics; log: Logger }): Router {
  const { orm, metrics, log } = dependencies;
  const router = Router();
  // liveness: the process answers
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // readiness: the database answers and every committed migration is applied
  router.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length > 0) {
        res.status(503).json({ status: 'not ready', reason: 'migrations pending', pending: pending.map((m) => m.name) });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'not ready', reason: 'database unreachable' });
    }
  });
  // Prometheus' text format
  router.get('/metrics', metrics.handler);
  return router;
}
