import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { ValidationError, type Violation } from '../../workflows/errors';

/**
 * Characters no input may carry: the C0 controls but tab, line feed and carriage return, DEL,
 * and UTF-16 surrogates without their pair. PostgreSQL refuses U+0000 in `text` and `jsonb`
 * (the driver then fails with the statement in its message), the others have no business in a
 * name, a note or an id, and a lone surrogate cannot be stored as UTF-8 at all. Tab and the line
 * breaks are allowed everywhere: free text (notes, descriptions) needs them and they harm nothing.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHARACTER_RULE = 'CONTROL_CHARACTER';

/**
 * Sizes no input reaches: the longest free text a field takes is 5,000 characters and the
 * longest list 20 (applicant categories), so these refuse only what no form sends — a 900 KB
 * string or a list of 100,000 filter states would otherwise be carried into the resolvers and
 * SQL, and keep the process busy for a fifth of a second each.
 */
export const INPUT_BOUNDS = { maxTextLength: 10_000, maxListLength: 1_000 } as const;

/** Whether a string holds a character no input may carry. */
export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** At most this many violations are reported: a hostile input may have thousands. */
const MAX_REPORTED = 20;

function tooLong(field: string, what: 'text' | 'list'): Violation {
  return what === 'text'
    ? { field, rule: 'TEXT_TOO_LONG', message: `text is at most ${INPUT_BOUNDS.maxTextLength} characters` }
    : { field, rule: 'LIST_TOO_LONG', message: `a list holds at most ${INPUT_BOUNDS.maxListLength} items` };
}

function violation(field: string, where: 'key' | 'value'): Violation {
  return {
    field,
    rule: CONTROL_CHARACTER_RULE,
    message:
      where === 'key'
        ? 'a field name holds a control character or an unpaired surrogate'
        : 'text may not hold control characters (other than tab and line breaks) or unpaired surrogates',
  };
}

/**
 * Every string in the variables, keys included, walked without recursion: a JSON value as deep
 * as the body allows (express parses 1 MB of `[[[…`) must not overflow the stack here.
 */
function variableViolations(variables: Record<string, unknown>): Violation[] {
  const found: Violation[] = [];
  const stack: Array<[unknown, string]> = [[variables, '']];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > INPUT_BOUNDS.maxTextLength) found.push(tooLong(path, 'text'));
      else if (hasForbiddenCharacter(value)) found.push(violation(path, 'value'));
    } else if (Array.isArray(value)) {
      if (value.length > INPUT_BOUNDS.maxListLength) found.push(tooLong(path, 'list'));
      else for (let index = value.length - 1; index >= 0; index -= 1) stack.push([value[index], `${path}.${index}`]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (hasForbiddenCharacter(key)) found.push(violation(path || 'variables', 'key'));
        stack.push([child, childPath]);
      }
    }
  }
  return found;
}

/** A document's literals do not change: Apollo's document store hands the same parsed document to each request of the same text. */
const literalsChecked = new WeakMap<DocumentNode, readonly Violation[]>();

function literalViolations(document: DocumentNode): readonly Violation[] {
  const known = literalsChecked.get(document);
  if (known) return known;
  const found = walkLiterals(document);
  literalsChecked.set(document, found);
  return found;
}

/** Every string literal of the document (arguments, input objects, lists, defaults), with the argument path it is under. */
function walkLiterals(document: DocumentNode): Violation[] {
  const found: Violation[] = [];
  const walk = (root: ValueNode, rootPath: string) => {
    const stack: Array<[ValueNode, string]> = [[root, rootPath]];
    while (stack.length > 0 && found.length < MAX_REPORTED) {
      const [node, path] = stack.pop()!;
      if (node.kind === Kind.STRING) {
        if (node.value.length > INPUT_BOUNDS.maxTextLength) found.push(tooLong(path, 'text'));
        else if (hasForbiddenCharacter(node.value)) found.push(violation(path, 'value'));
      } else if (node.kind === Kind.LIST) {
        if (node.values.length > INPUT_BOUNDS.maxListLength) found.push(tooLong(path, 'list'));
        else node.values.forEach((item, index) => stack.push([item, `${path}.${index}`]));
      } else if (node.kind === Kind.OBJECT) {
        for (const field of node.fields) stack.push([field.value, `${path}.${field.name.value}`]);
      }
    }
  };
  visit(document, {
    Argument(node) {
      walk(node.value, node.name.value);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) walk(node.defaultValue, node.variable.name.value);
      return false;
    },
  });
  return found;
}

/**
 * Refuses an operation whose variables or literals carry a control character or an unpaired
 * surrogate, or text or a list beyond {@link INPUT_BOUNDS}, before anything runs: one check for
 * every field of every operation, so a new argument is covered without anyone remembering it.
 * A VALIDATION error (HTTP 400) with a `CONTROL_CHARACTER`, `TEXT_TOO_LONG` or `LIST_TOO_LONG`
 * violation per offending value.
 */
export function assertSafeInput(document: DocumentNode, variables: Record<string, unknown> | null | undefined): void {
  const violations = [...literalViolations(document), ...(variables ? variableViolations(variables) : [])].slice(0, MAX_REPORTED);
  if (violations.length === 0) return;
  const refusal = new ValidationError(violations);
  throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { code: refusal.code, http: { status: 400 } } });
}
