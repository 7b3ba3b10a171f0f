import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';

/**
 * One statement the engine sends. With a `name` it is a named prepared statement: PostgreSQL
 * parses and plans it once per connection and afterwards only binds and executes it. The name
 * must belong to one text only (node-pg refuses a name reused with another text).
 */
export interface Statement {
  readonly name?: string;
  readonly text: string;
}

/** What the engine needs of the transaction's pg connection. */
interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** Where the statements are reported: the ORM's logger (the statement counts of the tests and the bench read it) and its typed exceptions. */
interface Reporting {
  logger: ReturnType<EntityManager['config']['getLogger']>;
  convert(error: Error): Error;
}

function reportingOf(em: EntityManager): Reporting {
  return { logger: em.config.getLogger(), convert: (error) => em.getDriver().convertException(error) };
}

/** What the statements need of the ORM's knex pool: a connection out and back in. */
interface ConnectionPool {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<void>;
}

/**
 * SQL on one pg connection — an action's transaction, or a page's one read: parameters bound by
 * PostgreSQL (not formatted into the text, as `em.execute` does), no entity built, no query
 * builder. Each statement is
 * logged through the ORM's logger like the ORM's own (the statement counts of the tests and the
 * bench see it), and a database error comes out as the ORM's typed exception (a unique
 * violation stays a `UniqueConstraintViolationException`).
 */
export class TransactionSql {
  constructor(
    private readonly reporting: Reporting,
    private readonly connection: PgConnection,
  ) {}

  /** The SQL of the ORM transaction `em` runs in (inside `em.transactional`). */
  static async of(em: EntityManager): Promise<TransactionSql> {
    const trx = em.getTransactionContext<Knex.Transaction>();
    if (!trx) throw new Error('the engine sends its statements inside a transaction');
    // a knex transaction's client always hands out the transaction's own connection
    const connection = (await trx.client.acquireConnection()) as PgConnection;
    return new TransactionSql(reportingOf(em), connection);
  }

  /**
   * Runs `work` in a transaction of its own on a connection of the ORM's pool, without the ORM's
   * unit of work or knex's transaction machinery: `begin`, the work's statements, `commit` —
   * `rollback` when the work throws, and the work's error is what the caller sees. An action
   * builds no entity, so the ORM's transaction had nothing to flush; the fork, knex's transaction
   * and its pool were about a fifth of `engine.send`'s CPU (`npm run bench -- --profile`).
   */
  static async transaction<T>(orm: MikroORM, work: (sql: TransactionSql) => Promise<T>): Promise<T> {
    const em = orm.em;
    const pool = poolOf(em);
    const connection = (await pool.acquireConnection()) as PgConnection;
    const sql = new TransactionSql(reportingOf(em), connection);
    try {
      await sql.control('begin');
      let result: T;
      try {
        result = await work(sql);
      } catch (error) {
        await sql.control('rollback').catch(() => {
          // a connection that cannot roll back is broken: the pool drops it, and PostgreSQL ends the transaction
        });
        throw error;
      }
      await sql.control('commit');
      return result;
    } finally {
      await pool.releaseConnection(connection);
    }
  }

  /** `begin`, `commit` or `rollback`, logged as the ORM logs its own (no timing). */
  private async control(command: 'begin' | 'commit' | 'rollback'): Promise<void> {
    try {
      await this.connection.query({ text: command, values: [] });
      this.reporting.logger.logQuery({ level: 'info', query: command });
    } catch (error) {
      this.reporting.logger.logQuery({ level: 'error', query: command });
      throw error instanceof Error ? this.reporting.convert(error) : error;
    }
  }

  async query<R>(statement: Statement, values: unknown[]): Promise<R[]> {
    const { logger } = this.reporting;
    const started = Date.now();
    try {
      const result = await this.connection.query({ ...(statement.name ? { name: statement.name } : {}), text: statement.text, values });
      logger.logQuery({ level: 'info', query: statement.text, took: Date.now() - started, results: result.rows.length, affected: result.rowCount ?? undefined });
      return result.rows as R[];
    } catch (error) {
      logger.logQuery({ level: 'error', query: statement.text, took: Date.now() - started });
      throw error instanceof Error ? this.reporting.convert(error) : error;
    }
  }
}

function poolOf(em: EntityManager): ConnectionPool {
  return em.getConnection().getKnex().client as ConnectionPool;
}

/**
 * One read on a connection of the ORM's pool, outside any transaction: parameters bound by
 * PostgreSQL, the rows as the ORM's connections hand them (json and jsonb parsed, timestamps and
 * numerics as text), logged and converted as the engine's statements are. A page's one statement goes this way: MikroORM's
 * `execute` and knex's `raw` around it were a twentieth of a page's CPU.
 */
export async function readOnce<R>(em: EntityManager, statement: Statement, values: unknown[]): Promise<R[]> {
  const pool = poolOf(em);
  const connection = (await pool.acquireConnection()) as PgConnection;
  try {
    return await new TransactionSql(reportingOf(em), connection).query<R>(statement, values);
  } finally {
    await pool.releaseConnection(connection);
  }
}
