import { MIGRATIONS } from '../../../migrations';
import { registerKind } from '../../../src/graphql/kinds/registry';
import { registerWorkflow } from '../../../workflows/registry';
import { practiceModule } from './graphql';
import { Migration20261202120000_practice_kind } from './migration';
import { practiceWorkflowV1 } from './workflow';

/**
 * Registers the test kind as the README's "Adding a kind" asks of a real one: its machine in
 * the workflow registry, its GraphQL module in the kinds' registry, its migration in the list.
 * A real kind writes these as one line in each file; the test kind, which lives outside the
 * tree, adds them at run time, before the gateway starts.
 */
export function registerPracticeKind(): void {
  registerWorkflow(practiceWorkflowV1);
  registerKind(practiceModule);
  MIGRATIONS.push({ name: 'Migration20261202120000_practice_kind', class: Migration20261202120000_practice_kind });
}
