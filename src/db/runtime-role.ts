import { createHmac } from 'node:crypto';
import { Client, type DatabaseError } from 'pg';

/**
 * The role the running gateway connects as, made by the migration `runtime_role`: it may read
 * and write the rows the gateway needs, owns no table and is no superuser, so its connections
 * cannot alter a table, disable the transition log's trigger or set `session_replication_role`.
 */
export const RUNTIME_ROLE = 'gateway_runtime';

/**
 * The runtime's URL when only the owner's is given: the same server and database as the
 * runtime role, with a password derived from the owner's (HMAC-SHA256), so every replica
 * started with the same owner URL derives the same one and none needs a second secret.
 * Whoever has the owner's password can compute it; the runtime's does not reveal the owner's.
 */
export function derivedRuntimeUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  const ownerPassword = decodeURIComponent(url.password);
  url.username = RUNTIME_ROLE;
  url.password = ownerPassword ? createHmac('sha256', ownerPassword).update(RUNTIME_ROLE).digest('hex') : '';
  return url.toString();
}

/** A connection refused for its credentials (wrong password, or a role that may not log in). */
function isAuthenticationFailure(error: unknown): boolean {
  const code = (error as Partial<DatabaseError>).code;
  return code === '28P01' || code === '28000';
}

async function connect(url: string, applicationName: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: applicationName });
  await client.connect();
  return client;
}

/**
 * Makes sure the runtime role can log in with the derived password: the owner sets it when a
 * connection with it is refused (the first start on a server, or a changed owner password).
 * Roles are shared by every database of the server, so two gateways may set it at once; the
 * loser of that race retries.
 */
async function ensureDerivedLogin(ownerUrl: string, runtimeUrl: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await (await connect(runtimeUrl, 'gateway-startup')).end();
      return;
    } catch (error) {
      if (!isAuthenticationFailure(error) || attempt > 3) throw error;
    }
    const owner = await connect(ownerUrl, 'gateway-startup');
    try {
      const password = decodeURIComponent(new URL(runtimeUrl).password);
      await owner.query(`alter role ${RUNTIME_ROLE} with login password ${owner.escapeLiteral(password)}`);
    } catch (error) {
      // "tuple concurrently updated": another gateway set the same password at the same moment
      if ((error as Partial<DatabaseError>).code !== 'XX000') throw error;
    } finally {
      await owner.end();
    }
  }
}

/** Why a runtime connection is not the least-privileged role it should be, or null when it is. */
export async function privilegeProblem(client: Client): Promise<string | null> {
  const { rows } = await client.query<{ role: string; superuser: boolean; bypassrls: boolean; owns_tables: boolean }>(
    `select current_user as role, r.rolsuper as superuser, r.rolbypassrls as bypassrls,
            pg_has_role(current_user, c.relowner, 'USAGE') as owns_tables
       from pg_roles r, pg_class c
      where r.rolname = current_user and c.oid = 'transition_log'::regclass`,
  );
  const row = rows[0];
  if (!row) return 'the transition log is missing';
  if (row.superuser) return `the role ${row.role} is a superuser`;
  if (row.bypassrls) return `the role ${row.role} bypasses row-level security`;
  if (row.owns_tables) return `the role ${row.role} owns the tables (or is a member of their owner)`;
  return null;
}

/**
 * Run after the migrations, as the owner: the runtime role can log in, and a runtime URL given
 * by the operator does not connect as the owner or a superuser (which would let the gateway
 * rewrite the append-only log). Throws with the reason otherwise, so the start stops.
 */
export async function prepareRuntimeRole(ownerUrl: string, runtimeUrl: string, derived: boolean): Promise<void> {
  if (derived) await ensureDerivedLogin(ownerUrl, runtimeUrl);
  const runtime = await connect(runtimeUrl, 'gateway-startup');
  try {
    const problem = await privilegeProblem(runtime);
    if (problem) {
      throw new Error(
        `DATABASE_RUNTIME_URL: ${problem}; the gateway must run as a role that cannot alter tables or disable triggers (${RUNTIME_ROLE}, or a role granted it)`,
      );
    }
  } finally {
    await runtime.end();
  }
}
