import type { ApplicationKind } from '../../../workflows/definition';
import type { KindModule } from './kind-module';

/**
 * Every kind's GraphQL module (README "Adding a kind"): the schema registers their types and
 * resolvers, reads and views their applications through them, previews their actions'
 * mutations. The programme's kinds are registered in programme.ts; this file imports no kind,
 * so the read path (kinds/index.ts) can look kinds up without an import circle.
 */
const modules = new Map<ApplicationKind, KindModule>();
const byTypeName = new Map<string, KindModule>();
let sealed = false;

/** Registers a kind's module; only before the schema is built, which reads them once. */
export function registerKind(module: KindModule): void {
  if (sealed) throw new Error(`the ${module.kind} kind is registered after the schema was built: register every kind first`);
  if (modules.has(module.kind)) throw new Error(`the ${module.kind} kind is registered twice`);
  modules.set(module.kind, module);
  byTypeName.set(module.typeName, module);
}

/** Every registered kind's module, in the order they were registered; the schema is built from these. */
export function kindModules(): KindModule[] {
  sealed = true;
  return [...modules.values()];
}

/** The module of one kind. */
export function kindModule(kind: ApplicationKind): KindModule {
  const found = modules.get(kind);
  if (!found) throw new Error(`no GraphQL module is registered for the kind ${kind}`);
  return found;
}

/** The module of the kind whose GraphQL type is `typeName`, if that is a kind's type. */
export function kindModuleOfType(typeName: string): KindModule | undefined {
  return byTypeName.get(typeName);
}
