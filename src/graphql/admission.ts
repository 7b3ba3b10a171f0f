import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import { OPERATIONS_DIR } from '../paths';
import { OperationAllowList } from './allowlist';
import { assertWithinCost } from './cost';
import { assertSafeInput } from './input-text';
import { documentLimits } from './limits';

/** The checks every operation passes, over HTTP and websockets alike. */
export interface Admission {
  /** the document limits, run with graphql-js's own rules */
  validationRules: ValidationRule[];
  /** what an operation must pass once it is parsed and its variables are known; throws the refusal */
  admit(document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined): void;
}

/** The input checks, the allow-list (when configured) and the cost limit, which needs the variables (`first: $first`). */
export function createAdmission(schema: GraphQLSchema, options: { operationAllowList: boolean }, log: Logger): Admission {
  const allowList = options.operationAllowList ? OperationAllowList.fromDirectory(OPERATIONS_DIR) : null;
  if (allowList) log.info({ operations: allowList.operationNames.length }, 'only the allow-listed operations are accepted');
  return {
    validationRules: [documentLimits],
    admit(document, variables, operationName) {
      assertSafeInput(document, variables);
      allowList?.assertAllowed(document);
      assertWithinCost(schema, document, variables, operationName);
    },
  };
}
