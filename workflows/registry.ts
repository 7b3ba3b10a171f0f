import type { ApplicationKind, WorkflowDefinition } from './definition';
import { grantWorkflowV1 } from './grant/v1';
import { liftingWorkflowV1 } from './lifting/v1';
import { microcreditWorkflowV1 } from './microcredit/v1';

/**
 * Every released machine version, per kind. New submissions start on the latest version;
 * an application keeps the version it started on for its whole life, so an entry is never
 * edited or removed once released — a change is a new version.
 */
const registry: Record<ApplicationKind, readonly WorkflowDefinition[]> = {
  grant: [grantWorkflowV1],
  microcredit: [microcreditWorkflowV1],
  lifting: [liftingWorkflowV1],
};

export function latestWorkflow(kind: ApplicationKind): WorkflowDefinition {
  const versions = registry[kind];
  const latest = versions[versions.length - 1];
  if (!latest) throw new Error(`no workflow is registered for ${kind} applications`);
  return latest;
}

export function workflowFor(kind: ApplicationKind, version: number): WorkflowDefinition {
  const def = registry[kind].find((d) => d.version === version);
  if (!def) throw new Error(`no ${kind} workflow version ${version} is registered`);
  return def;
}

export function allWorkflows(): WorkflowDefinition[] {
  return Object.values(registry).flat();
}
