import type { ApplicationKind } from '../../../workflows/definition';
import { grantModule } from './grant/grant.module';
import type { KindModule } from './kind-module';
import { liftingModule } from './lifting/lifting.module';
import { microcreditModule } from './microcredit/microcredit.module';

/**
 * Every kind's GraphQL module (README "Adding a kind"): the schema registers their types and
 * resolvers, previews their actions' mutations. A new kind is its folder and one line here.
 */
export const KIND_MODULES: readonly KindModule[] = [grantModule, microcreditModule, liftingModule];

/** The module of one kind. */
export function kindModule(kind: ApplicationKind): KindModule {
  const found = KIND_MODULES.find((module) => module.kind === kind);
  if (!found) throw new Error(`no GraphQL module is registered for the kind ${kind}`);
  return found;
}
