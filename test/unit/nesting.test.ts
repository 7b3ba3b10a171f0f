import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingOf, nestingRefusalFor } from '../../src/graphql/limits';

describe('nestingOf: how deep a document nests, read from its text', () => {
  it('counts selection sets, argument lists, lists and input objects', () => {
    expect(nestingOf('{ a }')).toBe(1);
    expect(nestingOf('{ a(x: { y: [1, [2]] }) { b } }')).toBe(5);
    expect(nestingOf('query Q($v: [Int!]) { a { b { c } } }')).toBe(3);
  });

  it('skips brackets inside strings, block strings and comments, as the lexer does', () => {
    expect(nestingOf('{ a(s: "{{{{[[[(((") }')).toBe(2);
    expect(nestingOf('{ a(s: "say \\"{{{\\" here") }')).toBe(2);
    expect(nestingOf('{ a(s: """ {{{ \\""" [[[ """) }')).toBe(2);
    expect(nestingOf('{ a # {{{{{{\n b }')).toBe(1);
  });

  it('stops reading once it passes the limit', () => {
    const deep = `{ ${'a { '.repeat(100_000)}b${' }'.repeat(100_000)} }`;
    expect(nestingOf(deep)).toBe(MAX_NESTING + 1);
    expect(nestingRefusalFor(deep)?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'DEPTH' });
    expect(nestingRefusalFor('{ regions { code } }')).toBeNull();
  });
});
