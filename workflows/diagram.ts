import type { AnyStateNode } from 'xstate';
import type { WorkflowDefinition } from './definition';

export interface WorkflowDescription {
  initialState: string;
  states: Array<{ name: string; final: boolean }>;
  events: Array<{ type: string; roles: string[] }>;
}

function guardLabel(guard: unknown): string | null {
  const name = typeof guard === 'string' ? guard : guard && typeof guard === 'object' && 'type' in guard ? String(guard.type) : null;
  return name && name !== 'byRole' ? name : null;
}

/** The states and events of a machine version, read from the machine itself. */
export function describeWorkflow(def: WorkflowDefinition): WorkflowDescription {
  const root = def.machine.root;
  const states = Object.values(root.states as Record<string, AnyStateNode>).map((node) => ({ name: node.key, final: node.type === 'final' }));
  const initial = (root.initial?.target?.[0] as AnyStateNode | undefined)?.key ?? states[0]!.name;
  return {
    initialState: initial,
    states,
    events: Object.entries(def.eventRoles)
      .map(([type, roles]) => ({ type, roles: [...roles] }))
      .sort((a, b) => a.type.localeCompare(b.type)),
  };
}

/**
 * A Mermaid state diagram of a machine version, generated from the machine (so it cannot drift):
 * each transition labelled with its event, the roles that may send it, and its guard.
 * `current` marks a state, for an application's own diagram.
 */
export function mermaidDiagram(def: WorkflowDefinition, current?: string): string {
  const root = def.machine.root;
  const { initialState } = describeWorkflow(def);
  const lines = ['stateDiagram-v2', `  [*] --> ${initialState}`];
  for (const node of Object.values(root.states as Record<string, AnyStateNode>)) {
    for (const transition of node.always ?? []) {
      for (const target of transition.target ?? []) {
        const guard = guardLabel(transition.guard);
        lines.push(`  ${node.key} --> ${target.key}${guard ? `: [${guard}]` : ''}`);
      }
    }
    for (const [eventType, transitions] of node.transitions) {
      for (const transition of transitions) {
        for (const target of transition.target ?? []) {
          const roles = def.eventRoles[eventType]?.join(', ');
          const guard = guardLabel(transition.guard);
          lines.push(`  ${node.key} --> ${target.key}: ${eventType}${roles ? ` (${roles})` : ''}${guard ? ` [${guard}]` : ''}`);
        }
      }
    }
    if (node.type === 'final') lines.push(`  ${node.key} --> [*]`);
  }
  if (current) lines.push('  classDef current fill:#fde68a,stroke:#b45309,stroke-width:2px', `  class ${current} current`);
  return lines.join('\n');
}
