import { Migration } from '@mikro-orm/migrations';

/**
 * The role the running gateway connects as. Migrations run as the owner of the tables; the
 * gateway runs as `gateway_runtime`, which may read and write the rows it needs and nothing
 * more: it owns no table, so it cannot ALTER a table, disable or drop the transition log's
 * trigger, or replace its function, and, being no superuser, cannot set
 * `session_replication_role` to skip triggers. The append-only tables (the transition log,
 * the budget ledger, the funding limit revisions, the treasury's payments) get SELECT and
 * INSERT only, so history cannot be rewritten even by a statement that slips past the code.
 *
 * Roles belong to the whole PostgreSQL cluster, privileges to one database: the role is made
 * once (the owner needs CREATEROLE for that, or a DBA makes it beforehand), the grants here.
 * A later migration that adds a table grants the runtime what it needs of it, explicitly.
 * pg-boss's schema is granted at every start, after pg-boss has installed it (src/jobs/job-schema.ts).
 */
export class Migration20261201120000_runtime_role extends Migration {

  override async up(): Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'gateway_runtime') then
        create role gateway_runtime login nosuperuser nocreatedb nocreaterole nobypassrls noreplication;
      end if;
      -- an owner that is no superuser hands pg-boss's schema to the role at start (src/jobs/job-schema.ts),
      -- which needs membership; the role gains nothing of the owner's by it
      if not (select rolsuper from pg_roles where rolname = current_user) and not pg_has_role(current_user, 'gateway_runtime', 'MEMBER') then
        execute format('grant gateway_runtime to %I', current_user);
      end if;
    end $$;`);
    this.addSql(`do $$ begin execute format('grant connect on database %I to gateway_runtime', current_database()); end $$;`);
    // PostgreSQL 15 and later already refuse CREATE in public to other roles; older ones do not
    this.addSql(`revoke create on schema public from public;`);
    this.addSql(`grant usage on schema public to gateway_runtime;`);
    this.addSql(`grant select, insert, update on "fiscal_year", "region", "applicant", "application", "microcredit_terms", "resettlement_quota", "funding_limit" to gateway_runtime;`);
    this.addSql(`grant select, insert on "transition_log", "budget_movement", "funding_limit_revision", "treasury_payment" to gateway_runtime;`);
    // the readiness probe compares the applied migrations with the committed ones
    this.addSql(`grant select on "mikro_orm_migrations" to gateway_runtime;`);
    this.addSql(`grant usage, select on all sequences in schema public to gateway_runtime;`);
  }

  override async down(): Promise<void> {
    this.addSql(`revoke all on all sequences in schema public from gateway_runtime;`);
    this.addSql(`revoke all on all tables in schema public from gateway_runtime;`);
    this.addSql(`revoke usage on schema public from gateway_runtime;`);
    this.addSql(`do $$ begin execute format('revoke connect on database %I from gateway_runtime', current_database()); end $$;`);
  }

}
