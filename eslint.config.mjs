// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import graphql from '@graphql-eslint/eslint-plugin';

/**
 * The schema and the sample operations are linted like code (README "Schema checks"). The
 * schema is the emitted schema/schema.graphql: a finding is fixed in the TypeScript sources
 * (type-graphql `description` options and names), then `npm run schema:emit`.
 */
const graphQLConfig = { schema: 'schema/schema.graphql', documents: 'schema/operations/*.graphql' };

/**
 * Enums whose values are lower case from before the casing rule: renaming a value breaks every
 * client that sends or compares it. Each has an UPPER_CASE twin (UserRole, Gender) on new fields
 * beside the deprecated ones (README "Deprecations"); an enum leaves this list when a release
 * removes its last deprecated field, and with it the enum.
 */
const LOWER_CASE_ENUMS = ['Role', 'Sex'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'schema/client/graphql.ts', 'schema/client/possible-types.ts', 'coverage/**'] },
  { files: ['**/*.{js,mjs,cjs,ts}'], ...eslint.configs.recommended },
  ...tseslint.configs.recommended.map((config) => ({ files: ['**/*.{js,mjs,cjs,ts}'], ...config })),
  {
    files: ['schema/schema.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: 'PascalCase',
          FieldDefinition: 'camelCase',
          InputValueDefinition: 'camelCase',
          Argument: 'camelCase',
          DirectiveDefinition: 'camelCase',
          [`EnumTypeDefinition[name.value!=/^(${LOWER_CASE_ENUMS.join('|')})$/] EnumValueDefinition`]: 'UPPER_CASE',
          'FieldDefinition[parent.name.value=Query]': { forbiddenPrefixes: ['query', 'get'], forbiddenSuffixes: ['Query'] },
          'FieldDefinition[parent.name.value=Mutation]': { forbiddenPrefixes: ['mutation'], forbiddenSuffixes: ['Mutation'] },
          'FieldDefinition[parent.name.value=Subscription]': { forbiddenPrefixes: ['subscription'], forbiddenSuffixes: ['Subscription'] },
          EnumTypeDefinition: { forbiddenPrefixes: ['Enum'], forbiddenSuffixes: ['Enum'] },
          InterfaceTypeDefinition: { forbiddenPrefixes: ['Interface'], forbiddenSuffixes: ['Interface'] },
          UnionTypeDefinition: { forbiddenPrefixes: ['Union'], forbiddenSuffixes: ['Union'] },
          ObjectTypeDefinition: { forbiddenPrefixes: ['Type'], forbiddenSuffixes: ['Type'] },
          // orders are named like GitHub's (`IssueOrder`): ApplicationOrder
          InputObjectTypeDefinition: { requiredSuffixes: ['Input'], ignorePattern: 'Order$' },
        },
      ],
      // every type, field, argument and input field (enum values where they need it): what a frontend reads in its IDE
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          ignoredSelectors: [
            // type-graphql cannot describe the root types; their fields are described
            '[type=ObjectTypeDefinition][name.value=/^(Query|Mutation|Subscription)$/]',
            // a mutation's one `input` argument: its input type carries the description
            'ObjectTypeDefinition[name.value=Mutation] > FieldDefinition > InputValueDefinition[name.value=input]',
          ],
        },
      ],
      // a mutation takes one argument, `input`, of its own input type
      // (actions share input types such as ActionInput on purpose: no type name per mutation)
      '@graphql-eslint/input-name': ['error', { checkInputType: false, checkQueries: false }],
      // lists of plain objects (regions, history entries) are not connections
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
      '@graphql-eslint/require-deprecation-reason': 'error',
      '@graphql-eslint/no-hashtag-description': 'error',
      // embedded value objects (stamps, decisions, terms) have no identity of their own; the entities
      // (applications, applicants, regions) carry `id: ID!` and applications are Relay nodes
      '@graphql-eslint/strict-id-in-types': 'off',
    },
  },
  {
    files: ['schema/operations/*.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
    },
  },
  {
    // the names kept for older clients, used on purpose: the tests prove they still answer
    files: ['schema/operations/deprecated.graphql'],
    rules: { '@graphql-eslint/no-deprecated': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs,ts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'type-graphql',
              importNames: ['ObjectType'],
              message: "use src/graphql/types/object-type.ts: its object types have simple resolvers (no wrapper per field)",
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS on purpose: a require hook loaded with `node -r` (src/cli/swc-hook.cjs)
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/graphql/types/object-type.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['workflows/definition.ts', 'test/**/*.ts'],
    rules: {
      // workflow definitions are registered side by side whatever their context type; tests read loose JSON
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
