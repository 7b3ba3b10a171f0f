import { Client } from 'pg';
import type { Logger } from 'pino';
import type { ApplicationKind } from '../../workflows/definition';
import { isDatabaseShuttingDown } from './database';

/**
 * Committed transitions, fanned out to every replica through PostgreSQL LISTEN/NOTIFY.
 *
 * The engine sends `pg_notify` on this channel inside each action's own transaction (in the same
 * statement as the row and the log row): PostgreSQL delivers a
 * notification only when that transaction commits, so a subscriber never hears of a transition
 * that was rolled back (or of a dry run), and never misses one that committed while its replica
 * was up. Every replica, the one that made the change included, hears it from the database;
 * there is one path, not a local shortcut beside a remote one.
 */
export const CHANGE_CHANNEL = 'gateway_application_changed';

/**
 * What happened, told to listeners after the transaction has committed, and to every replica's
 * subscribers through this feed (the engine sends it inside the transaction). It lives here,
 * beside the channel that carries it, so the engine imports the feed and not the other way.
 */
export interface TransitionCommitted {
  applicationId: string;
  kind: ApplicationKind;
  regionCode: string;
  eventType: string;
  fromState: string | null;
  toState: string;
  version: number;
  at: string;
}

/**
 * Writes to the reference tables (regions, fiscal years, microcredit terms): a trigger on each
 * notifies here in the writing transaction (migration reference_notify), with the table's name.
 */
export const REFERENCE_CHANNEL = 'gateway_reference_changed';

/** Called with the table a committed write changed, or '*' when changes may have been missed. */
export type ReferenceListener = (table: string) => void;

/** Events a subscriber has not read yet, beyond which it is cut off rather than let grow. */
const MAX_BUFFERED = 1000;

type Subscriber = {
  wants: (change: TransitionCommitted) => boolean;
  push: (change: TransitionCommitted) => void;
  end: () => void;
};

export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  private readonly referenceListeners = new Set<ReferenceListener>();
  private client: Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
    /** the database is the gateway's embedded one: its shutdown on Ctrl-C is expected (see isDatabaseShuttingDown) */
    private readonly ownsDatabase: boolean,
  ) {}

  /** Connects and listens; resolves once LISTEN is in place, so no commit after it is missed. */
  static async start(databaseUrl: string, log: Logger, options: { ownsDatabase?: boolean } = {}): Promise<ChangeFeed> {
    const feed = new ChangeFeed(databaseUrl, log.child({ component: 'change-feed' }), options.ownsDatabase ?? false);
    await feed.connect();
    return feed;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'gateway-change-feed' });
    client.on('notification', (message) => {
      if (message.channel === REFERENCE_CHANNEL) {
        this.referenceChanged(message.payload ?? '*');
        return;
      }
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      try {
        this.dispatch(JSON.parse(message.payload) as TransitionCommitted);
      } catch (error) {
        this.log.warn({ err: error }, 'unreadable change notification');
      }
    });
    client.on('error', (error) => {
      if (this.ownsDatabase && isDatabaseShuttingDown(error)) this.log.debug('change feed: the embedded database is stopping');
      else this.log.warn({ err: error }, 'change feed connection failed; reconnecting');
      this.connectionLost(client);
    });
    client.on('end', () => this.connectionLost(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANGE_CHANNEL}; listen ${REFERENCE_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners();
      await client.end().catch(() => {});
      throw error;
    }
    this.client = client;
  }

  /** A lost connection is re-opened with backoff; changes committed meanwhile are not replayed. */
  private connectionLost(client: Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.on('error', () => {});
    void client.end().catch(() => {});
    // notifications sent until the feed is back are lost: what was read of the reference data may be stale
    this.referenceChanged('*');
    this.scheduleConnect(1);
  }

  private scheduleConnect(attempt: number): void {
    const delay = Math.min(30_000, 250 * 2 ** attempt);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopped) return;
      this.connect().then(
        () => {
          this.log.info({ attempt }, 'change feed reconnected');
          this.referenceChanged('*');
        },
        (error: unknown) => {
          this.log.warn({ err: error, attempt }, 'change feed reconnect failed');
          this.scheduleConnect(attempt + 1);
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }

  private dispatch(change: TransitionCommitted): void {
    for (const subscriber of this.subscribers) {
      if (subscriber.wants(change)) subscriber.push(change);
    }
  }

  /**
   * The changes that pass `wants`, from now on, as an async iterator. Breaking out of a
   * `for await` (or the GraphQL subscription completing) unsubscribes.
   */
  subscribe(wants: (change: TransitionCommitted) => boolean): AsyncIterableIterator<TransitionCommitted> {
    const buffered: TransitionCommitted[] = [];
    let waiting: ((result: IteratorResult<TransitionCommitted>) => void) | null = null;
    let done = false;
    let overflowed = false;

    const finish = (): IteratorResult<TransitionCommitted> => {
      done = true;
      this.subscribers.delete(subscriber);
      buffered.length = 0;
      if (waiting) {
        waiting({ value: undefined, done: true });
        waiting = null;
      }
      return { value: undefined, done: true };
    };
    const subscriber: Subscriber = {
      wants,
      end: () => void finish(),
      push: (change) => {
        if (waiting) {
          const resolve = waiting;
          waiting = null;
          resolve({ value: change, done: false });
          return;
        }
        buffered.push(change);
        // a subscriber that cannot keep up is ended instead of holding the process's memory
        if (buffered.length > MAX_BUFFERED) {
          overflowed = true;
          finish();
        }
      },
    };
    this.subscribers.add(subscriber);

    const iterator: AsyncIterableIterator<TransitionCommitted> = {
      next: () => {
        if (buffered.length > 0) return Promise.resolve({ value: buffered.shift()!, done: false });
        if (done) {
          if (overflowed) this.log.warn('a subscriber fell more than %d changes behind and was ended', MAX_BUFFERED);
          overflowed = false;
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: () => Promise.resolve(finish()),
      throw: (error?: unknown) => {
        finish();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  private referenceChanged(table: string): void {
    for (const listener of this.referenceListeners) {
      try {
        listener(table);
      } catch (error) {
        this.log.warn({ err: error }, 'a reference data listener failed');
      }
    }
  }

  /** Calls `listener` for every committed write to the reference tables, of any replica; returns the unsubscribe. */
  onReferenceChange(listener: ReferenceListener): () => void {
    this.referenceListeners.add(listener);
    return () => this.referenceListeners.delete(listener);
  }

  /** Whether notifications are being heard now (false while the connection is re-opened). */
  get listening(): boolean {
    return this.client !== null;
  }

  /** How many subscriptions are open on this replica. */
  get size(): number {
    return this.subscribers.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    // open subscriptions complete, so their websockets can close
    for (const subscriber of [...this.subscribers]) subscriber.end();
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  }
}
