import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { withStartupLock } from '../db/startup-lock';
import { WorkflowEngine } from '../engine/engine';
import { programmeSettings } from '../engine/facts';
import { runImport, type ImportSummary } from '../import/importer';
import { setBackEntry } from '../db/back-entry';
import { createLogger } from '../observability/logger';
import { prepareAsOwner } from '../startup/owner-setup';
import type { Actor } from '../../workflows/rules/roles';

const USAGE = `usage: npm run import -- <file.jsonl> [--open-back-entry <year>[,<year>]] [--admin <id>] [--concurrency 4] [--json]
Imports applications with their past events through the engine (README, section "Import").
  --open-back-entry 2020   opens the fiscal year for back-entry first, as the administrator's act
                           (the import never opens a year by itself: dates beyond the back-entry
                           window into a closed year are refused, with the reason)
  --admin <id>             who runs the import (kept on every row and every reference change);
                           default: import:admin:<the operating-system user>
  --concurrency <n>        applications imported at a time, each in its own transaction (1–8, default 4)
  --json                   print the whole summary as JSON (every refused row with its reason)
Uses DATABASE_URL, or the embedded database in the data folder (as npm start does).`;

function print(summary: ImportSummary, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  console.log(
    `${summary.source}: ${summary.imported} imported, ${summary.skipped} already imported, ${summary.refused} refused; ` +
      `reference data: ${summary.referenceApplied} set, ${summary.referenceUnchanged} unchanged, ${summary.referenceRefused} refused (${(summary.durationMs / 1000).toFixed(1)} s)`,
  );
  const refused = summary.rows.filter((row) => row.status === 'REFUSED' && row.reason);
  // a file refused for one reason (a closed year) says it once per reason, with the first lines
  const perRule = new Map<string, number>();
  const shown = refused.filter((row) => {
    const rule = row.reason?.rule ?? row.reason?.code ?? '';
    perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
    return perRule.get(rule)! <= 5;
  });
  for (const row of shown) {
    if (!row.reason) continue;
    const where = row.reason.event ? ` at event ${row.reason.event.index + 1} (${row.reason.event.type})` : '';
    console.log(`  line ${row.line}${row.externalId ? ` ${row.externalId}` : ''}: refused${where}: ${row.reason.code}${row.reason.rule ? `/${row.reason.rule}` : ''} — ${row.reason.message}`);
  }
  if (shown.length < refused.length) console.log(`  … and ${refused.length - shown.length} more refused lines (--json lists every one)`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'open-back-entry': { type: 'string' },
      admin: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const file = positionals[0]!;
  const years = (values['open-back-entry'] ?? '')
    .split(',')
    .filter((y) => y.trim() !== '')
    .map((y) => Number(y));
  if (years.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100)) {
    console.error(`--open-back-entry takes years, e.g. 2020\n${USAGE}`);
    process.exit(2);
  }
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) {
    console.error(`--concurrency is 1 to 8\n${USAGE}`);
    process.exit(2);
  }
  const text = readFileSync(file, 'utf8');
  const administrator: Actor = { id: values.admin ? `import:admin:${values.admin}` : `import:admin:${process.env.USER ?? 'cli'}`, roles: ['admin'] };
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openDatabase(config);
  try {
    // the same owner's preparation as a start: migrations, reference data, the runtime role
    await withStartupLock(database.ownerUrl, () => prepareAsOwner(database, log));
    // the import then runs as the gateway runs: the runtime role, through the engine
    // a bulk load need not wait for the disk at every commit: a crash may lose the last rows, and
    // importing the file again brings exactly those in (idempotent on the external id)
    const orm = await openOrm(database.url, { driverOptions: { connection: { options: '-c synchronous_commit=off' } } });
    try {
      for (const year of years) {
        // the administrator's act, kept as a revision with who and when (as setFiscalYearBackEntry keeps it)
        await setBackEntry(orm.em.fork(), { year, open: true, by: administrator.id, note: `npm run import -- ${basename(file)} --open-back-entry ${year}` });
        console.log(`${year} is open for back-entry (by ${administrator.id})`);
      }
      const engine = new WorkflowEngine(orm, undefined, programmeSettings(config));
      const summary = await runImport({ em: orm.em.fork(), engine }, text, { source: basename(file), administrator, concurrency });
      print(summary, values.json === true);
      if (summary.refused > 0 || summary.referenceRefused > 0) process.exitCode = 1;
    } finally {
      await orm.close();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
