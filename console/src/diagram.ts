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
  return { states, transitions, current };
}
