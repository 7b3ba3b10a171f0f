// @ts-check
/**
 * The import arrows of README "Layers and arrows"; `npm run lint` runs this, so a wrong arrow
 * fails CI. Type-only imports count: a type is a dependency too.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: break it by moving what both sides need to the lower one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-server',
      severity: 'error',
      comment: 'workflows/ is the pure core: it imports nothing of src/, migrations/, test/ or bench/ (type imports included).',
      from: { path: '^workflows/' },
      to: { path: '^(src|migrations|test|bench)/' },
    },
    {
      name: 'core-imports-only-xstate',
      severity: 'error',
      comment: 'workflows/ is pure: of the outside world it uses xstate and nothing else (no database, no network, no node builtins).',
      from: { path: '^workflows/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'], pathNot: '^node_modules/xstate/' },
    },
    {
      name: 'migrations-are-frozen',
      severity: 'error',
      comment: 'A migration must not change meaning when the code changes: it imports only the ORM and other migrations.',
      from: { path: '^migrations/' },
      to: { path: '^(src|workflows|test|bench)/' },
    },
    {
      name: 'server-imports-no-tests',
      severity: 'error',
      comment: 'src/ ships; test/ and bench/ do not.',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
    {
      name: 'db-does-not-look-up',
      severity: 'error',
      comment: 'graphql → engine → db: the database layer knows nothing of the layers that use it.',
      from: { path: '^src/db/' },
      to: { path: '^src/(engine|graphql|jobs|payments|reports|seed|auth|observability|cli)/|^src/(server|main)\\.ts$' },
    },
    {
      name: 'engine-does-not-look-up',
      severity: 'error',
      comment: 'graphql → engine → db: the engine knows nothing of GraphQL, the jobs that call it, or the composition.',
      from: { path: '^src/engine/' },
      to: { path: '^src/(graphql|jobs|payments|reports|seed|observability|cli)/|^src/(server|main)\\.ts$' },
    },
    {
      name: 'only-the-composition-imports-graphql',
      severity: 'error',
      comment: 'Nothing imports the GraphQL layer but the server\'s composition (src/server.ts, the HTTP routes it mounts in src/http/, src/main.ts, src/cli/).',
      from: { path: '^src/', pathNot: '^src/(graphql/|http/|cli/|server\\.ts$|main\\.ts$)' },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'client-package-stands-alone',
      severity: 'error',
      comment: 'schema/client/ is what a frontend imports as it is: nothing of the server, the tests or the generator.',
      from: { path: '^schema/client/' },
      to: { path: '^(src|workflows|migrations|test|bench|schema/codegen)/' },
    },
    {
      name: 'client-package-few-packages',
      severity: 'error',
      comment: 'schema/client/ needs of packages only the typed-document-node types and Apollo Client (its type policies): a frontend installs nothing else for it.',
      from: { path: '^schema/client/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'],
        pathNot: '^node_modules/(@apollo/client|@graphql-typed-document-node/core)/',
      },
    },
    {
      name: 'console-is-a-client',
      severity: 'error',
      comment: 'console/ is a frontend: of the project it imports only the client package (schema/client/), as any frontend would.',
      from: { path: '^console/' },
      to: { path: '^(src|workflows|migrations|test|bench|schema/codegen)/' },
    },
    {
      name: 'nothing-imports-the-console',
      severity: 'error',
      comment: 'The gateway serves the console\'s built files; no code of the server, the core or the tests imports its sources.',
      from: { path: '^(src|workflows|migrations|schema|bench)/' },
      to: { path: '^console/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: '^node_modules/' },
    exclude: { path: '^(dist|coverage|\\.data)/' },
  },
};
