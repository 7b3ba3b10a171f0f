import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { RUNTIME_ROLE } from '../db/runtime-role';
import { JOBS_SCHEMA } from './jobs';

/** pg-boss's objects (schema, tables, partitions, types, functions) the runtime role does not own yet. */
const NOT_OWNED_BY_RUNTIME = `
  select count(*)::int as count from (
    select nspowner as owner from pg_namespace where nspname = $1
    union all
    select c.relowner from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm', 'S')
    union all
    select t.typowner from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where n.nspname = $1 and t.typtype in ('e', 'd')
    union all
    select p.proowner from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = $1
  ) objects where owner <> '${RUNTIME_ROLE}'::regrole`;

/**
 * Hands every pg-boss object to the runtime role. Sequences that belong to a column follow
 * their table; array types follow their element type.
 */
const HAND_OVER = `
do $$
declare
  item record;
begin
  execute format('alter schema %I owner to ${RUNTIME_ROLE}', '${JOBS_SCHEMA}');
  for item in
    select c.oid::regclass as name,
           case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view' else 'table' end as what
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = '${JOBS_SCHEMA}' and c.relkind in ('r', 'p', 'v', 'm', 'S')
       and c.relowner <> '${RUNTIME_ROLE}'::regrole
       and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                 where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')))
  loop
    execute format('alter %s %s owner to ${RUNTIME_ROLE}', item.what, item.name);
  end loop;
  for item in
    select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where n.nspname = '${JOBS_SCHEMA}' and t.typtype in ('e', 'd') and t.typowner <> '${RUNTIME_ROLE}'::regrole
  loop
    execute format('alter type %s owner to ${RUNTIME_ROLE}', item.name);
  end loop;
  for item in
    select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = '${JOBS_SCHEMA}' and p.proowner <> '${RUNTIME_ROLE}'::regrole
  loop
    execute format('alter function %s owner to ${RUNTIME_ROLE}', item.name);
  end loop;
end $$`;

/**
 * Run as the owner at start, after the migrations. pg-boss keeps its jobs in a schema of its
 * own, which it creates on first start and extends with a table per queue (`createQueue`),
 * so it needs to own that schema; the runtime role cannot create a schema in the database.
 * The owner therefore installs it when it is missing and hands the whole schema to the runtime
 * role. That gives the runtime no power over the application's tables or the transition log:
 * what it could do to a job table by DDL it can already do by DML (pg-boss deletes jobs itself).
 */
export async function prepareJobSchema(ownerUrl: string): Promise<void> {
  const owner = new Client({ connectionString: ownerUrl, application_name: 'gateway-startup' });
  await owner.connect();
  try {
    const installed = await owner.query<{ table: string | null }>(`select to_regclass($1) as table`, [`${JOBS_SCHEMA}.version`]);
    if (!installed.rows[0]?.table) {
      const boss = new PgBoss({ connectionString: ownerUrl, schema: JOBS_SCHEMA, supervise: false, schedule: false, max: 1, application_name: 'gateway-startup' });
      await boss.start();
      await boss.stop({ graceful: false, wait: true });
    }
    const { rows } = await owner.query<{ count: number }>(NOT_OWNED_BY_RUNTIME, [JOBS_SCHEMA]);
    if ((rows[0]?.count ?? 0) > 0) await owner.query(HAND_OVER);
  } finally {
    await owner.end();
  }
}
