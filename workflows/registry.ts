import type { ApplicationKind, WorkflowDefinition } from './definition';
import { grantWorkflowV1 } from './grant/v1';
import { grantWorkflowV2 } from './grant/v2';
import { liftingWorkflowV1 } from './lifting/v1';
import { microcreditWorkflowV1 } from './microcredit/v1';

/**
 * Every released machine version, per kind. New submissions start on the latest version;
 * an application keeps the version it started on for its whole life, so an entry is never
 * edited or removed once released — a change is a new version.
 */
const registry = new Map<ApplicationKind, WorkflowDefinition[]>();

/**
 * Registers a released machine version (README "Adding a kind"): a new kind is its folder and
 * one line below; a kind that lives outside this tree (the test kind under `test/kinds`)
 * registers itself the same way before the gateway starts.
 */
export function registerWorkflow(def: WorkflowDefinition): void {
  const versions = registry.get(def.kind) ?? [];
  const latest = versions[versions.length - 1];
  if (latest && latest.version >= def.version) {
    throw new Error(`${def.kind} workflow version ${def.version} is registered after version ${latest.version}: versions are only added, in order`);
  }
  registry.set(def.kind, [...versions, def]);
}

// the programme's kinds, one line each
registerWorkflow(grantWorkflowV1);
// grants above a share of the cap need a site visit; applications opened on v1 stay on it unless migrated
registerWorkflow(grantWorkflowV2);
registerWorkflow(microcreditWorkflowV1);
registerWorkflow(liftingWorkflowV1);

export function latestWorkflow(kind: ApplicationKind): WorkflowDefinition {
  const latest = registry.get(kind)?.at(-1);
  if (!latest) throw new Error(`no workflow is registered for ${kind} applications`);
  return latest;
}

export function workflowFor(kind: ApplicationKind, version: number): WorkflowDefinition {
  const def = registry.get(kind)?.find((d) => d.version === version);
  if (!def) throw new Error(`no ${kind} workflow version ${version} is registered`);
  return def;
}

export function allWorkflows(): WorkflowDefinition[] {
  return [...registry.values()].flat();
}

/** The registered kinds, in the order they were registered. */
export function registeredKinds(): ApplicationKind[] {
  return [...registry.keys()];
}
