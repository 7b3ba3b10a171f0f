import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './dist';
import type { Progress } from './progress';
import { SEED_FORMAT } from './seed';

/** The file that says the folder is the bench's own, so it may be emptied. */
const OWNED = 'bench-owned';
/** The file that says at which size and format the folder's database was seeded. */
const SEEDED = 'bench-seed.json';

/** Makes the data folder ready: kept when seeded at this size, emptied (only if the bench made it) otherwise. */
export function prepareDataDir(options: { dataDir: string; size: number; fresh: boolean }, progress: Progress): { reuse: boolean } {
  const marker = path.join(options.dataDir, SEEDED);
  const seeded = existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { format: number; size: number }) : null;
  if (!options.fresh && seeded?.size === options.size && seeded.format === SEED_FORMAT) return { reuse: true };
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0) {
    if (!existsSync(path.join(options.dataDir, OWNED))) {
      throw new Error(`${options.dataDir} is not empty and was not made by the bench; give another --data-dir`);
    }
    progress.note(`data folder ${path.relative(ROOT, options.dataDir)}: ${seeded ? `seeded at ${seeded.size}` : 'not seeded'}, seeding it again at ${options.size}`);
    rmSync(options.dataDir, { recursive: true, force: true });
  }
  mkdirSync(options.dataDir, { recursive: true });
  // as root, PostgreSQL runs as a `postgres` user that must be able to enter the folder
  chmodSync(options.dataDir, 0o755);
  writeFileSync(path.join(options.dataDir, OWNED), 'made by npm run bench; deleted and seeded again when the size changes\n');
  return { reuse: false };
}

/** Records that the folder's database is seeded at `size`: the next run of that size reuses it. */
export function markSeeded(dataDir: string, size: number): void {
  writeFileSync(path.join(dataDir, SEEDED), JSON.stringify({ format: SEED_FORMAT, size }));
}
