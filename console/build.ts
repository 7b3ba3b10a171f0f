import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run build` (and so `npm start`): builds the console unless dist/console is newer than
 * everything it is built from, since a full build (GraphiQL's editor included) takes a while and
 * a restart should not pay for it again. `npm run console:build` always builds.
 */
const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist', 'console');
const stamp = path.join(out, '.built');
const sources = ['console', 'schema/client', 'package-lock.json'].map((p) => path.join(root, p));

function newest(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

if (existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...sources.map(newest))) {
  console.log('console: up to date in dist/console');
} else {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--config', path.join(root, 'console', 'vite.config.mts'), '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}
