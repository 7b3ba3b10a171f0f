/**
 * PostGraphile 4 runs on graphql 15 (no 4.x release accepts 16, and its HTTP handler calls
 * `execute` with the positional arguments graphql 16 removed). npm installs graphql 15 twice
 * for it — under `postgraphile/` and under `graphile-build-pg/`, since the root holds the
 * gateway's graphql 16 — and two copies of graphql refuse each other's types ("from another
 * module or realm"). This process never loads the gateway's GraphQL, so every `graphql` import
 * in it resolves to PostGraphile's own copy: one graphql 15, installed by the same `npm ci`
 * from the same lock file. Imported first, before PostGraphile is required.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

const own = path.dirname(require.resolve('graphql/package.json', { paths: [path.dirname(require.resolve('postgraphile/package.json'))] }));
const major = Number((JSON.parse(readFileSync(path.join(own, 'package.json'), 'utf8')) as { version: string }).version.split('.')[0]);
if (major !== 15) throw new Error(`PostGraphile's graphql is ${major}.x at ${own}, expected 15.x`);

type Resolve = (request: string, parent: unknown, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (request, parent, ...rest) {
  const redirected = request === 'graphql' || request.startsWith('graphql/') ? own + request.slice('graphql'.length) : request;
  return resolve.call(this, redirected, parent, ...rest);
};
