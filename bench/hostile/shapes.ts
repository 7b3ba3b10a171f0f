/** The hostile documents: each pushes one limit (tokens, depth, aliases, directives, body size, variables). */

/** the gateway's body limit */
const BODY_LIMIT = 1024 * 1024;

const repeat = (text: string, n: number) => Array.from({ length: n }, () => text).join(' ');
/** as many copies of `text` as fit a JSON body under the 1 MB limit */
const toBodyLimit = (text: string) => repeat(text, Math.floor((BODY_LIMIT - 1024) / (text.length + 1)));
const fanOut = (n: number) =>
  `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === n - 1 ? '__typename' : `...F${i + 1} ...F${i + 1}`} }`).join(' ')}`;
/** `{ open open … leaf } } … }`: n levels */
const nested = (n: number, open: string, leaf: string) => `{ ${open.repeat(n)}${leaf}${' }'.repeat(n)} }`;

export interface Shape {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const SHAPES: Shape[] = [
  ...[10, 20, 30, 40].map((n) => ({ name: `fragment fan-out chain of ${n}`, query: fanOut(n) })),
  { name: '4,990 __typename (under the token limit)', query: `{ ${repeat('__typename', 4_990)} }` },
  { name: '60,000 __typename', query: `{ ${repeat('__typename', 60_000)} }` },
  { name: '__typename up to the body limit', query: `{ ${toBodyLimit('__typename')} }` },
  { name: '1,240 regions { code } (under the token limit)', query: `{ ${repeat('regions { code }', 1_240)} }` },
  { name: '600 inline fragments repeating a field', query: `{ ${repeat('... on Query { regions { code } }', 600)} }` },
  { name: '2,400 aliases', query: `{ ${Array.from({ length: 2_400 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
  { name: '1,200 directives on one field', query: `{ __typename ${repeat('@include(if: true)', 1_200)} }` },
  { name: 'directives up to the body limit', query: `{ __typename ${toBodyLimit('@include(if: true)')} }` },
  { name: 'nesting 2,400 levels deep', query: nested(2_400, 'a { ', 'b') },
  { name: 'inline fragments 2,000 deep', query: nested(2_000, '... on Query { ', '__typename') },
  { name: 'introspection ofType 40 deep', query: `{ __type(name: "Query") ${nested(40, 'ofType { ', 'name')} }` },
  { name: 'a 900 KB string variable', query: 'query($code: String) { resettlementQuotas(regionCode: $code, year: 2026) { regionCode } }', variables: { code: 'x'.repeat(900_000) } },
  {
    name: 'a list of 100,000 states in a variable',
    query: 'query($states: [String!]) { applications(first: 1, filter: { states: $states }) { pageInfo { hasNextPage } } }',
    variables: { states: Array.from({ length: 100_000 }, (_, i) => `s${i}`) },
  },
];
