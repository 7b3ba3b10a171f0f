import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request } from 'express';
import type { Logger } from 'pino';
import { reportScope } from '../auth/scope';
import { bearerTokenOf, type TokenService } from '../auth/tokens';
import { isCalendarDate } from '../../workflows/rules/calendar';
import { UnauthenticatedError, ValidationError } from '../../workflows/errors';
import { httpErrorOf } from '../graphql/errors';
import { programReport, programReportCsv } from '../reports/program-report';
import type { Config } from '../config';
import { assignRequestId } from './app';
import { corsPolicy } from './cors';

/** The report's parameters from the query string, each refused with its own violation. */
function reportQueryOf(req: Request): { year: string; asOf: string; region: string | null } {
  const year = String(req.query.year ?? '');
  const asOf = String(req.query.asOf ?? '');
  if (!/^\d{4}$/.test(year)) throw ValidationError.single('year', 'YEAR_FORMAT', 'year is four digits, e.g. year=2020');
  if (!isCalendarDate(asOf)) throw ValidationError.single('asOf', 'DATE_FORMAT', 'asOf is a date, e.g. asOf=2020-07-01');
  // regionCode, as the GraphQL field names it; region, the name of before, still works
  const name = req.query.regionCode !== undefined ? 'regionCode' : 'region';
  const given = req.query[name];
  const region = typeof given === 'string' ? given.trim().toUpperCase() : null;
  if (region !== null && !/^[A-Z]{3}$/.test(region)) {
    throw ValidationError.single(name, 'REGION_FORMAT', `${name} is a region code of three letters, e.g. ${name}=AKM`);
  }
  return { year, asOf, region };
}

/**
 * GET /reports/program.csv: the plan-versus-fact report as a spreadsheet, for the same callers as
 * the GraphQL field, with the same CORS and request id as /graphql (a browser fetches it with its
 * `Authorization` header, so it is preflighted).
 */
export function reportRoutes(dependencies: { orm: MikroORM; tokens: TokenService; log: Logger; corsOrigins: Config['corsOrigins'] }): Router {
  const { orm, tokens, log } = dependencies;
  const router = Router();
  router.use('/reports', assignRequestId, corsPolicy(dependencies.corsOrigins, ['GET']));
  router.get('/reports/program.csv', async (req, res) => {
    try {
      const token = bearerTokenOf(req.header('authorization'));
      if (!token) throw new UnauthenticatedError('send Authorization: Bearer <token>');
      const actor = await tokens.verify(token);
      const query = reportQueryOf(req);
      const region = reportScope(actor, query.region);
      const report = await programReport(orm.em.fork(), { year: Number(query.year), asOf: query.asOf, regionCode: region });
      res.type('text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="program-report-${query.year}-${query.asOf}${region ? `-${region}` : ''}.csv"`);
      res.send(programReportCsv(report));
    } catch (error) {
      const requestId = String(res.locals.requestId);
      const answer = httpErrorOf(error, (e) => log.error({ err: e, requestId }, 'report failed'));
      if (answer.status === 401) res.setHeader('www-authenticate', 'Bearer');
      res.status(answer.status).json({ error: { ...answer.body.error, requestId } });
    }
  });
  return router;
}
