import http from 'node:http';
import pg from 'pg';

/**
 * The whole reviewer's page as one statement: the 50 applications of a region and state (and
 * kind), newest first, each with its applicant, its region and its last five log rows (a
 * LATERAL subquery on the log's (application_id, seq) key), built as JSON by PostgreSQL and
 * sent on as it comes. What the page costs when nothing but the database works.
 */
export const FLOOR_SQL = `
select coalesce(json_agg(json_build_object(
         'id', a.id, 'kind', a.kind, 'state', a.state, 'version', a.version,
         'requestedAmount', a.requested_amount::text, 'submittedAt', a.submitted_at,
         'applicant', json_build_object('fullName', p.full_name, 'iin', p.iin),
         'region', json_build_object('code', r.code, 'name', r.name),
         'history', h.entries)
       order by a.submitted_at desc, a.id desc), '[]')::text as page
  from (select id, kind, state, version, requested_amount, submitted_at, applicant_id, region_code
          from application
         where region_code = $1 and state = $2 and ($3::application_kind is null or kind = $3::application_kind)
         order by submitted_at desc, id desc
         limit 50) a
  join applicant p on p.id = a.applicant_id
  join region r on r.code = a.region_code
  cross join lateral (
    select json_agg(json_build_object('seq', l.seq, 'action', l.event_type, 'fromState', l.from_state, 'toState', l.to_state,
                                      'at', l.at, 'actor', json_build_object('id', l.actor_id)) order by l.seq) as entries
      from (select seq, event_type, from_state, to_state, at, actor_id from transition_log
             where application_id = a.id order by seq desc limit 5) l) h`;

/** POST /page {region, state, kind}: `{"data":{"applications":[…]}}`. A minimal node:http server, a `pg` pool, a prepared statement. */
export function floorServer(databaseUrl: string, poolSize: number): { server: http.Server; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c default_transaction_read_only=on' });
  pool.on('error', () => {});
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        try {
          const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { region: string; state: string; kind: string | null };
          const { rows } = await pool.query<{ page: string }>({ name: 'floor_page', text: FLOOR_SQL, values: [input.region, input.state, input.kind] });
          const body = `{"data":{"applications":${rows[0]!.page}}}`;
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
        } catch (error) {
          const body = JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error), extensions: { code: 'FLOOR' } }] });
          res.writeHead(500, { 'content-type': 'application/json' }).end(body);
        }
      })();
    });
  });
  return { server, pool };
}
