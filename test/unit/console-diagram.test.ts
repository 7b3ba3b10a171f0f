import { describe, expect, it } from 'vitest';
import { BOX, layoutWorkflow, parseDiagram } from '../../console/src/diagram';

const MERMAID = `stateDiagram-v2
  [*] --> screening
  screening --> awaitingReview: [eligible]
  screening --> ineligible
  awaitingReview --> underReview: START_REVIEW (reviewer)
  underReview --> underReview: RECORD_SITE_VISIT (reviewer)
  underReview --> changesRequested: REQUEST_CHANGES (reviewer)
  changesRequested --> underReview: RESUBMIT (applicant)
  underReview --> recommended: RECOMMEND (reviewer) [siteVisitDone]
  underReview --> recommended: RECOMMEND_AGAIN (reviewer)
  recommended --> rejected: REJECT (approver)
  ineligible --> [*]
  rejected --> [*]
  classDef current fill:#fde68a,stroke:#b45309,stroke-width:2px
  class underReview current`;

describe('the console draws the workflow (console/src/diagram.ts)', () => {
  it('reads the current state, the transitions and the end states from the API\'s Mermaid text', () => {
    const workflow = parseDiagram(MERMAID);
    expect(workflow.current).toBe('underReview');
    expect(workflow.states[0]).toBe('screening');
    expect(workflow.finals).toEqual(['ineligible', 'rejected']);
    expect(workflow.transitions.find((t) => t.event === 'RECOMMEND')).toMatchObject({ from: 'underReview', to: 'recommended', roles: ['reviewer'], guard: 'siteVisitDone' });
  });

  it('lays the states out in rows by their distance from the start, without overlaps, inside the picture', () => {
    const layout = layoutWorkflow(parseDiagram(MERMAID));
    const row = Object.fromEntries(layout.nodes.map((n) => [n.state, n.layer]));
    expect(row).toMatchObject({ screening: 0, awaitingReview: 1, ineligible: 1, underReview: 2, changesRequested: 3, recommended: 3, rejected: 4 });
    for (const a of layout.nodes) {
      expect(a.x - BOX.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + BOX.width / 2).toBeLessThanOrEqual(layout.width);
      expect(a.y + BOX.height / 2).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) if (a !== b && a.layer === b.layer) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(BOX.width);
    }
    // one arrow per pair of states, naming every event along it; a loop for the site visit
    const recommend = layout.edges.filter((e) => e.from === 'underReview' && e.to === 'recommended');
    expect(recommend).toHaveLength(1);
    expect(recommend[0]!.events).toEqual(['RECOMMEND', 'RECOMMEND_AGAIN']);
    expect(layout.edges.find((e) => e.from === 'underReview' && e.to === 'underReview')?.path).toMatch(/^M .* C /);
    expect(layout.edges.find((e) => e.from === 'screening' && e.to === 'ineligible')?.events).toEqual(['automatically']);
  });
});
