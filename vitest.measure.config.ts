import base, { DATABASE_SETUP } from './vitest.config';

// one project of its own rather than the test projects
const { projects: _projects, ...test } = base.test ?? {};

/** In-process measurements of the request path (`npx vitest run -c vitest.measure.config.ts`): figures, not assertions. */
export default { ...base, test: { ...test, include: ['test/measure/**/*.measure.ts'], globalSetup: [DATABASE_SETUP], testTimeout: 600_000 } };
