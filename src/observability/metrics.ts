import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { WorkflowEngine } from '../engine/engine';

/** Operation names come from clients: only these become label values, anything else is "invalid". */
const LABEL_NAME = /^[A-Za-z0-9_]{1,64}$/;
/** Distinct operation names kept as labels; later new names are counted as "other". */
export const MAX_OPERATION_LABELS = 200;

export interface MetricsOptions {
  engine: WorkflowEngine;
  /** waiting jobs per queue, read at scrape time */
  queueSizes: () => Promise<Record<string, number>>;
  /** subscriptions open on this replica, read at scrape time */
  openSubscriptions: () => number;
  log: Logger;
}

/**
 * The gateway's Prometheus metrics, in a registry of its own (tests run several gateways in one
 * process, and the default registry is global).
 *
 * @example
 * const metrics = new GatewayMetrics({ engine, queueSizes: () => jobs.queueSizes(), log });
 * app.get('/metrics', metrics.handler);
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  private readonly requests = new Counter({
    name: 'gateway_graphql_requests_total',
    help: 'GraphQL requests by operation name and type (query, mutation, subscription; unknown when the document did not parse or validate)',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'gateway_graphql_errors_total',
    help: 'GraphQL errors in responses by operation name and extensions.code',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });
  private readonly requestDuration = new Histogram({
    name: 'gateway_graphql_request_duration_seconds',
    help: 'Time from the start of a GraphQL request to its response, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly transitions = new Counter({
    name: 'gateway_transitions_total',
    help: 'Committed workflow transitions (submissions included) by application kind and event',
    labelNames: ['kind', 'event'] as const,
    registers: [this.registry],
  });
  private readonly transitionDuration = new Histogram({
    name: 'gateway_transition_duration_seconds',
    help: 'Time from the call into the engine to the commit of a transition, by application kind',
    labelNames: ['kind'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(options: MetricsOptions) {
    const { engine, queueSizes, openSubscriptions, log } = options;
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'gateway_subscriptions_open',
      help: 'GraphQL subscriptions open on this replica (graphql-ws)',
      registers: [this.registry],
      collect() {
        this.set(openSubscriptions());
      },
    });
    new Gauge({
      name: 'gateway_job_queue_depth',
      help: 'Jobs waiting in each pg-boss queue (created or waiting for a retry), read at scrape time',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          for (const [queue, size] of Object.entries(await queueSizes())) this.set({ queue }, size);
        } catch (error) {
          // a scrape still answers with the other metrics; the gauge is absent until the queue answers
          log.warn({ err: error }, 'job queue depth could not be read');
        }
      },
    });
    engine.onCommitted((change) => {
      this.transitions.inc({ kind: change.kind, event: change.eventType });
      this.transitionDuration.observe({ kind: change.kind }, change.durationMs / 1000);
    });
  }

  /** An operation name as a label value: "anonymous", "invalid", "other" or the name itself. */
  operationLabel(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return 'anonymous';
    if (!LABEL_NAME.test(name)) return 'invalid';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  /**
   * Counts every GraphQL request, its errors by code and its duration. It reads no context, so it
   * is typed for any server and the metrics need nothing from the GraphQL layer.
   */
  readonly apolloPlugin: ApolloServerPlugin<BaseContext> = {
    requestDidStart: async () => {
      const started = performance.now();
      return {
        willSendResponse: async ({ response, request, operationName, operation }) => {
          const label = this.operationLabel(operationName ?? request.operationName);
          this.requests.inc({ operation: label, type: operation?.operation ?? 'unknown' });
          this.requestDuration.observe({ operation: label }, (performance.now() - started) / 1000);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) this.errors.inc({ operation: label, code: codeLabel(error.extensions?.code) });
        },
      };
    },
    // a bad token fails before any request hook runs: still a request and an error
    contextCreationDidFail: async ({ error }) => {
      this.requests.inc({ operation: 'unknown', type: 'unknown' });
      this.errors.inc({ operation: 'unknown', code: codeLabel((error as { extensions?: Record<string, unknown> }).extensions?.code) });
    },
  };

  /** Counts an operation that arrived over the websocket (Apollo's plugins see only HTTP). */
  countWebSocketOperation(operationName: string | null | undefined, type: string): void {
    this.requests.inc({ operation: this.operationLabel(operationName), type });
  }

  /** GET /metrics: the registry in Prometheus' text format. */
  readonly handler = async (_req: Request, res: Response): Promise<void> => {
    const body = await this.registry.metrics();
    // end, not send: express would rewrite the content type's parameters
    res.setHeader('content-type', this.registry.contentType);
    res.end(body);
  };
}

function codeLabel(code: unknown): string {
  if (code === undefined || code === null) return 'NONE';
  return typeof code === 'string' && LABEL_NAME.test(code) ? code : 'invalid';
}
