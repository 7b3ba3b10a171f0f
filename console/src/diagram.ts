/** A transition of a workflow, as the API's Mermaid diagram writes it. */
export interface Transition {
  from: string;
  to: string;
  /** null for an automatic transition (screening, a repayment that clears arrears) */
  event: string | null;
  roles: string[];
  guard: string | null;
}

export interface Workflow {
  states: string[];
  transitions: Transition[];
  current: string | null;
  /** the states the workflow ends in (`state --> [*]`) */
  finals: string[];
}

const LINE = /^\s*(\[\*\]|\w+) --> (\[\*\]|\w+)(?::\s*(.*))?$/;
const LABEL = /^(?:([A-Z_]+))?\s*(?:\(([^)]*)\))?\s*(?:\[(\w+)\])?$/;

/**
 * Reads `Application.diagram` (a Mermaid stateDiagram generated from the machine, the current
 * state marked with `class <state> current`): the states in the order the diagram meets them,
 * the transitions, and the current state.
 */
export function parseDiagram(mermaid: string): Workflow {
  const states: string[] = [];
  const transitions: Transition[] = [];
  let current: string | null = null;
  const finals: string[] = [];
  const see = (state: string) => {
    if (state !== '[*]' && !states.includes(state)) states.push(state);
  };
  for (const line of mermaid.split('\n')) {
    const marked = /^\s*class (\w+) current$/.exec(line);
    if (marked) {
      current = marked[1]!;
      continue;
    }
    const match = LINE.exec(line);
    if (!match) continue;
    const [, from, to, label] = match as unknown as [string, string, string, string | undefined];
    see(from);
    see(to);
    if (to === '[*]' && from !== '[*]') finals.push(from);
    if (from === '[*]' || to === '[*]') continue;
    const parts = LABEL.exec((label ?? '').trim());
    transitions.push({
      from,
      to,
      event: parts?.[1] ?? null,
      roles: parts?.[2] ? parts[2].split(',').map((r) => r.trim()) : [],
      guard: parts?.[3] ?? null,
    });
  }
  return { states, transitions, current, finals };
}

/** A state's box in the drawn diagram (its centre), by layer from the initial state. */
export interface PlacedState {
  state: string;
  x: number;
  y: number;
  layer: number;
}

/** An arrow of the drawn diagram: one per pair of states, whatever events lead along it. */
export interface PlacedEdge {
  from: string;
  to: string;
  events: string[];
  /** an SVG path from the edge of one box to the edge of the other */
  path: string;
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedState[];
  edges: PlacedEdge[];
}

export const BOX = { width: 148, height: 30 };
const COLUMN = 168;
const ROW = 66;
/** room on the left for a state's loop to itself */
const MARGIN = 40;
const TOP = 16;
/** room on the right for the arrows that go back up */
const BACK_ROOM = 72;

/**
 * Lays a workflow out top to bottom: each state on the row of its shortest distance from the
 * initial state (unreachable ones below), a row ordered by where the states it comes from sit,
 * arrows down straight, arrows back up or along a row as curves on the right, a state's arrow to
 * itself as a loop. Small enough to read, no layout library to ship.
 */
export function layoutWorkflow(workflow: Pick<Workflow, 'states' | 'transitions'>): Layout {
  const { states, transitions } = workflow;
  const layer = new Map<string, number>();
  if (states[0]) layer.set(states[0], 0);
  const queue = states[0] ? [states[0]] : [];
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const t of transitions) {
      if (t.from === state && !layer.has(t.to)) {
        layer.set(t.to, layer.get(state)! + 1);
        queue.push(t.to);
      }
    }
  }
  const reached = Math.max(-1, ...layer.values());
  for (const state of states) if (!layer.has(state)) layer.set(state, reached + 1);
  const rows: string[][] = [];
  for (const state of states) (rows[layer.get(state)!] ??= []).push(state);

  // a row ordered by the mean position of the states that lead into it (one pass, top down)
  const column = new Map<string, number>();
  rows.forEach((row, index) => {
    if (index > 0) {
      const weight = (state: string) => {
        const from = transitions.filter((t) => t.to === state && t.from !== state && column.has(t.from)).map((t) => column.get(t.from)!);
        return from.length > 0 ? from.reduce((a, b) => a + b, 0) / from.length : Number.MAX_SAFE_INTEGER;
      };
      const weights = new Map(row.map((state) => [state, weight(state)]));
      row.sort((a, b) => weights.get(a)! - weights.get(b)!);
    }
    row.forEach((state, i) => column.set(state, i - (row.length - 1) / 2));
  });

  const widest = Math.max(1, ...rows.map((row) => row.length));
  const centre = MARGIN + (widest * COLUMN) / 2;
  const nodes: PlacedState[] = states.map((state) => ({
    state,
    layer: layer.get(state)!,
    x: centre + column.get(state)! * COLUMN,
    y: TOP + BOX.height / 2 + layer.get(state)! * ROW,
  }));
  const at = new Map(nodes.map((node) => [node.state, node]));

  const pairs = new Map<string, PlacedEdge>();
  for (const t of transitions) {
    const key = `${t.from}->${t.to}`;
    const known = pairs.get(key);
    const event = t.event ?? 'automatically';
    if (known) {
      if (!known.events.includes(event)) known.events.push(event);
      continue;
    }
    const a = at.get(t.from);
    const b = at.get(t.to);
    if (!a || !b) continue;
    pairs.set(key, { from: t.from, to: t.to, events: [event], path: edgePath(a, b) });
  }
  const rightmost = Math.max(...nodes.map((node) => node.x + BOX.width / 2), 0);
  return {
    width: Math.ceil(Math.max(rightmost, centre + (widest * COLUMN) / 2) + BACK_ROOM),
    height: Math.ceil(TOP * 2 + BOX.height + Math.max(0, rows.length - 1) * ROW),
    nodes,
    edges: [...pairs.values()],
  };
}

const r = (n: number) => Math.round(n * 10) / 10;

function edgePath(a: PlacedState, b: PlacedState): string {
  const halfW = BOX.width / 2;
  const halfH = BOX.height / 2;
  if (a.state === b.state) {
    // on the left: the right side is where the arrows back up arrive
    const x = a.x - halfW;
    return `M ${r(x)} ${r(a.y - 7)} C ${r(x - 34)} ${r(a.y - 24)} ${r(x - 34)} ${r(a.y + 24)} ${r(x)} ${r(a.y + 7)}`;
  }
  if (b.layer > a.layer) {
    // down: from the bottom of one box to the top of the other, bowed a little when it skips rows
    const start = { x: a.x, y: a.y + halfH };
    const end = { x: b.x, y: b.y - halfH };
    const bow = b.layer - a.layer > 1 ? COLUMN / 3 : 0;
    const cx = (start.x + end.x) / 2 + bow;
    const cy = (start.y + end.y) / 2;
    return `M ${r(start.x)} ${r(start.y)} Q ${r(cx)} ${r(cy)} ${r(end.x)} ${r(end.y)}`;
  }
  if (b.layer === a.layer) {
    // along a row: over the top
    const start = { x: a.x + (b.x > a.x ? halfW / 2 : -halfW / 2), y: a.y - halfH };
    const end = { x: b.x + (b.x > a.x ? -halfW / 2 : halfW / 2), y: b.y - halfH };
    return `M ${r(start.x)} ${r(start.y)} Q ${r((start.x + end.x) / 2)} ${r(start.y - 28)} ${r(end.x)} ${r(end.y)}`;
  }
  // back up: out of the right side of one box into the right side of the other, bulging right
  const start = { x: a.x + halfW, y: a.y + 4 };
  const end = { x: b.x + halfW, y: b.y - 4 };
  const bulge = Math.max(start.x, end.x) + 24 + 8 * (a.layer - b.layer);
  return `M ${r(start.x)} ${r(start.y)} C ${r(bulge)} ${r(start.y)} ${r(bulge)} ${r(end.y)} ${r(end.x)} ${r(end.y)}`;
}
