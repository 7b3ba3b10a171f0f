// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'schema/client/graphql.ts', 'schema/client/possible-types.ts', 'coverage/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
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
