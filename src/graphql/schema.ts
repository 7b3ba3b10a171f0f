import { GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema, type GraphQLFieldResolver } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import { hasRole, isRole } from '../../workflows/rules/roles';
import { ForbiddenError, UnauthenticatedError } from '../../workflows/errors';
import type { GraphQLContext } from './context';
// the programme's kinds register themselves with the registry before the schema reads it
import './kinds/programme';
import { kindModules } from './kinds/registry';
import { completeRegistryEnums } from './types/enums';
import { ActionResolver } from './resolvers/action.resolver';
import { ApplicationResolver, resolveHistory } from './resolvers/application.resolver';
import { BudgetResolver } from './resolvers/budget.resolver';
import { BackEntryResolver } from './back-entry/back-entry.resolver';
import { PreviewResolver } from './resolvers/preview.resolver';
import { ReferenceResolver } from './resolvers/reference.resolver';
import { FiscalYearRevisionsResolver, ResettlementQuotaRevisionsResolver } from './resolvers/revision.resolver';
import { SubscriptionResolver } from './resolvers/subscription.resolver';
import { WorkflowResolver } from './resolvers/workflow.resolver';

/** `@Authorized()` needs a signed-in caller; `@Authorized('admin')` also one of the roles. */
const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  if (!context.actor) throw new UnauthenticatedError('sign in: this needs a bearer token');
  const wanted = roles.filter(isRole);
  if (wanted.length > 0 && !hasRole(context.actor, ...wanted)) {
    throw new ForbiddenError(`only ${wanted.join(' or ')} may do this`);
  }
  return true;
};

/**
 * Fields of every application type that graphql-js runs as written here rather than through
 * type-graphql's resolver: type-graphql 2.0-rc validates arguments asynchronously, so a field
 * with an argument is always a promise, and a page of 50 applications waited on 50 of them
 * (and graphql-js built each row as a promise of an object) although the page's statement had
 * read every history already. The decorated resolver still declares the field, its argument and
 * description, and calls the same function.
 */
const SYNCHRONOUS_FIELDS: Record<string, GraphQLFieldResolver<never, GraphQLContext, never>> = {
  history: resolveHistory as GraphQLFieldResolver<never, GraphQLContext, never>,
};

function resolveSynchronously(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Application')) continue;
    const fields = type.getFields();
    for (const [name, resolve] of Object.entries(SYNCHRONOUS_FIELDS)) {
      const field = fields[name];
      if (!field) throw new Error(`${type.name} has no field ${name}`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process: type-graphql keeps its metadata in a global store. */
export function gatewaySchema(): Promise<GraphQLSchema> {
  built ??= buildGatewaySchema();
  return built;
}

/** Builds the schema of the registered kinds: each kind's type and resolver, the enums listing them. */
async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const kinds = kindModules();
  completeRegistryEnums();
  return resolveSynchronously(await buildSchema({
    resolvers: [
      ApplicationResolver,
      ActionResolver,
      ...kinds.map((module) => module.resolver),
      ReferenceResolver,
      BudgetResolver,
      BackEntryResolver,
      PreviewResolver,
      WorkflowResolver,
      SubscriptionResolver,
      FiscalYearRevisionsResolver,
      ResettlementQuotaRevisionsResolver,
    ],
    orphanedTypes: kinds.map((module) => module.type),
    authChecker,
    // every subscription brings its own `subscribe` (the change feed, db/change-feed.ts); type-graphql
    // insists on a topic pub/sub all the same, so it gets one that refuses to be used
    pubSub: {
      publish: () => {
        throw new Error('publish through the change feed: the engine notifies inside each transaction');
      },
      subscribe: () => {
        throw new Error('every subscription here has its own subscribe function');
      },
    },
    validate: { forbidUnknownValues: false },
  }));
}

/** The SDL committed as schema/schema.graphql, sorted so it diffs cleanly. */
export async function printGatewaySchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await gatewaySchema()))}\n`;
}
