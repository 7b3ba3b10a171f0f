import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';
import { printGatewaySchema } from '../graphql/schema';

/**
 * Writes schema/schema.graphql from the code; with --check, fails when the committed file
 * differs, so the contract frontends build on never drifts silently.
 */
async function main(): Promise<void> {
  const file = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
  const sdl = await printGatewaySchema();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // a missing file is a difference like any other
    }
    if (committed !== sdl) {
      console.error('schema/schema.graphql is out of date: run `npm run schema:emit` and commit it');
      process.exit(1);
    }
    console.log('schema/schema.graphql matches the code');
    return;
  }
  writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
