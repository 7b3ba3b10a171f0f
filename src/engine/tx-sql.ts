import type { EntityManager, Knex } from '@mikro-orm/postgresql';

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

/**
 * The SQL of one action, sent on the connection of the ORM transaction it runs in: parameters
 * bound by PostgreSQL (not formatted into the text, as `em.execute` does), no entity built, no
 * query builder. Each statement is logged through the ORM's logger like the ORM's own (the
 * statement counts of the tests and the bench see it), and a database error comes out as the
 * ORM's typed exception (a unique violation stays a `UniqueConstraintViolationException`).
 */
export class TransactionSql {
  private constructor(
    private readonly em: EntityManager,
    private readonly connection: PgConnection,
  ) {}

  /** The SQL of the transaction `em` runs in (inside `em.transactional`). */
  static async of(em: EntityManager): Promise<TransactionSql> {
    const trx = em.getTransactionContext<Knex.Transaction>();
    if (!trx) throw new Error('the engine sends its statements inside a transaction');
    // a knex transaction's client always hands out the transaction's own connection
    const connection = (await trx.client.acquireConnection()) as PgConnection;
    return new TransactionSql(em, connection);
  }

  async query<R>(statement: Statement, values: unknown[]): Promise<R[]> {
    const logger = this.em.config.getLogger();
    const started = Date.now();
    try {
      const result = await this.connection.query({ ...(statement.name ? { name: statement.name } : {}), text: statement.text, values });
      logger.logQuery({ level: 'info', query: statement.text, took: Date.now() - started, results: result.rows.length, affected: result.rowCount ?? undefined });
      return result.rows as R[];
    } catch (error) {
      logger.logQuery({ level: 'error', query: statement.text, took: Date.now() - started });
      throw error instanceof Error ? this.em.getDriver().convertException(error) : error;
    }
  }
}
