import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { persist, replay, type LoggedEvent } from '../../workflows/definition';
import type { ApplicationKind } from '../../workflows/definition';
import { workflowFor } from '../../workflows/registry';

/**
 * Stored v1 applications keep working: transition logs and their persisted snapshots recorded
 * with the v1 machines as they were before the workflow kit (the demo data's and the bench data
 * set's paths, and seeded random walks: test/support/workflow-samples.ts) replay through today's
 * machines to the very same snapshot — state names, context and persisted shape, key order included.
 */
interface Recorded {
  path: string;
  kind: ApplicationKind;
  version: number;
  log: LoggedEvent[];
  snapshot: unknown;
}

const fixture = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'v1-replay.json'), 'utf8')) as { recordedFrom: string; entries: Recorded[] };

describe(`replay of v1 logs recorded before the workflow kit (${fixture.recordedFrom})`, () => {
  it('covers every kind and every final state', () => {
    const ends = new Set(fixture.entries.map((e) => `${e.kind}:${e.log.at(-1)!.toState}`));
    for (const end of ['grant:closed', 'grant:rejected', 'grant:withdrawn', 'grant:ineligible', 'microcredit:closed', 'microcredit:cancelled', 'microcredit:writtenOff', 'lifting:closed', 'lifting:rejected']) {
      expect(ends).toContain(end);
    }
  });

  it.each(fixture.entries.map((e, i) => [`${e.kind} #${i} (${e.path}) → ${e.log.at(-1)!.toState}`, e] as const))('%s', (_, entry) => {
    const def = workflowFor(entry.kind, entry.version);
    const snapshot = replay(def, entry.log);
    expect(JSON.stringify(persist(def, snapshot))).toBe(JSON.stringify(entry.snapshot));
  });
});
