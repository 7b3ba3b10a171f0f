import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { ChangeType, CriticalityLevel, DiffRule, diff, type Change } from '@graphql-inspector/core';
import { PROJECT_ROOT } from '../paths';

/** The changes between the released schema and the current one, sorted by what they do to a client. */
export interface SchemaComparison {
  /** fail the check: a client of the release would break */
  breaking: Change[];
  /** removals of what the release had already deprecated: allowed, listed */
  deprecatedRemoved: Change[];
  /** may change a client's behaviour (a new enum value, a new optional argument with a default): allowed, listed */
  dangerous: Change[];
  safe: Change[];
}

const REMOVALS_OF_DEPRECATED: ReadonlySet<string> = new Set([
  ChangeType.FieldRemoved,
  ChangeType.EnumValueRemoved,
  ChangeType.InputFieldRemoved,
  ChangeType.FieldArgumentRemoved,
  ChangeType.TypeRemoved,
]);

/** Whether every field, argument and input field of the release that returns or takes `typeName` was deprecated. */
function onlyDeprecatedUses(released: GraphQLSchema, typeName: string): boolean {
  let used = false;
  for (const type of Object.values(released.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      if (type.getInterfaces().some((i) => i.name === typeName)) return false; // an implementation has no deprecation of its own
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === typeName) {
          used = true;
          if (!field.deprecationReason) return false;
        }
        for (const arg of field.args) {
          if (getNamedType(arg.type).name === typeName) {
            used = true;
            if (!arg.deprecationReason) return false;
          }
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === typeName) {
          used = true;
          if (!field.deprecationReason) return false;
        }
      }
    }
  }
  return used;
}

/** Whether the argument at `path` ("Type.field.arg") was deprecated in the release. */
function argumentDeprecated(released: GraphQLSchema, changePath: string): boolean {
  const [typeName, fieldName, argName] = changePath.split('.');
  const type = released.getType(typeName ?? '');
  if (!(isObjectType(type) || isInterfaceType(type))) return false;
  const arg = type.getFields()[fieldName ?? '']?.args.find((a) => a.name === argName);
  return Boolean(arg?.deprecationReason);
}

/**
 * Compares the current schema with the released one (graphql-inspector). A breaking change is
 * allowed only as the removal of something the release had already marked `@deprecated`: a field,
 * an argument, an input field, an enum value, or a type whose every use in the release was
 * deprecated. Anything else a client of the release relies on may not break.
 */
export async function compareSchemas(releasedSdl: string, currentSdl: string): Promise<SchemaComparison> {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  // suppressRemovalOfDeprecatedField marks removed deprecated fields, input fields and enum values
  // as dangerous, and every removed type too: the type rule is ours (below), so start from the raw diff
  const raw = await diff(released, current);
  const suppressed = await diff(released, current, [DiffRule.suppressRemovalOfDeprecatedField]);
  const result: SchemaComparison = { breaking: [], deprecatedRemoved: [], dangerous: [], safe: [] };
  raw.forEach((change, i) => {
    const level = change.criticality.level;
    if (level === CriticalityLevel.NonBreaking) return void result.safe.push(change);
    if (level === CriticalityLevel.Dangerous) return void result.dangerous.push(change);
    const allowed =
      REMOVALS_OF_DEPRECATED.has(change.type) &&
      change.path !== undefined &&
      (change.type === ChangeType.TypeRemoved
        ? onlyDeprecatedUses(released, change.path)
        : change.type === ChangeType.FieldArgumentRemoved
          ? argumentDeprecated(released, change.path)
          : suppressed[i]?.path === change.path && suppressed[i]?.criticality.level !== CriticalityLevel.Breaking);
    (allowed ? result.deprecatedRemoved : result.breaking).push(change);
  });
  return result;
}

const RELEASED = path.join(PROJECT_ROOT, 'schema', 'released.graphql');
const CURRENT = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

/**
 * `npm run schema:breaking`: fails when schema/schema.graphql breaks a client of
 * schema/released.graphql. `--release` makes the current schema the released one (a release does
 * it, README "Schema checks").
 */
async function main(): Promise<void> {
  if (process.argv.includes('--release')) {
    copyFileSync(CURRENT, RELEASED);
    console.log('schema/released.graphql is now schema/schema.graphql: commit it with the release');
    return;
  }
  const result = await compareSchemas(readFileSync(RELEASED, 'utf8'), readFileSync(CURRENT, 'utf8'));
  const list = (title: string, changes: Change[]) => {
    if (changes.length === 0) return;
    console.log(`${title}:`);
    for (const change of changes) console.log(`  ${change.type} ${change.path ?? ''}: ${change.message}`);
  };
  list('removed after deprecation in the release (allowed)', result.deprecatedRemoved);
  list('dangerous (allowed; a client may behave differently)', result.dangerous);
  console.log(`${result.safe.length} safe changes since schema/released.graphql`);
  if (result.breaking.length > 0) {
    list('BREAKING (deprecate in a release first, remove in a later one)', result.breaking);
    process.exit(1);
  }
  console.log('no breaking change against schema/released.graphql');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
