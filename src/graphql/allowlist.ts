import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLError, Kind, parse, print, visit, type ASTNode, type DocumentNode } from 'graphql';

/**
 * A definition in the form the list compares: printed, without the `__typename` fields Apollo
 * Client and urql add to every selection for their caches (they read nothing a client may not
 * see, and a frontend generated from schema/operations sends them all the same).
 */
function comparable(definition: ASTNode): string {
  return print(
    visit(definition, {
      Field: (field) => (field.name.value === '__typename' && !field.alias && !field.directives?.length ? null : undefined),
    }),
  );
}

/**
 * The operations a deployment accepts when the allow-list is on: those in schema/operations/,
 * which the frontends are generated from. A request passes when every operation and fragment
 * in its document is one of them, compared in GraphQL's printed form — so whitespace, comments,
 * the order of definitions and the `__typename` a client cache adds do not matter, and a
 * hash-only (APQ) request is checked on the document its hash stands for.
 */
export class OperationAllowList {
  private constructor(
    private readonly definitions: ReadonlySet<string>,
    readonly operationNames: readonly string[],
  ) {}

  static fromDirectory(dir: string): OperationAllowList {
    const definitions = new Set<string>();
    const names: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.graphql')).sort()) {
      for (const definition of parse(readFileSync(path.join(dir, file), 'utf8')).definitions) {
        definitions.add(comparable(definition));
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.push(definition.name.value);
      }
    }
    if (names.length === 0) throw new Error(`the operation allow-list is on, but ${dir} holds no named operation`);
    return new OperationAllowList(definitions, names);
  }

  /** answers already given, by parsed document (Apollo's document store reuses one per text) */
  private readonly checked = new WeakMap<DocumentNode, boolean>();

  allows(document: DocumentNode): boolean {
    let allowed = this.checked.get(document);
    if (allowed === undefined) {
      allowed = document.definitions.every((definition) => this.definitions.has(comparable(definition)));
      this.checked.set(document, allowed);
    }
    return allowed;
  }

  /** Refuses a document that is not on the list. */
  assertAllowed(document: DocumentNode): void {
    if (this.allows(document)) return;
    throw new GraphQLError('this gateway runs only the operations of its allow-list (schema/operations); send one of them', {
      extensions: { code: 'OPERATION_NOT_ALLOWED', http: { status: 400 } },
    });
  }
}
