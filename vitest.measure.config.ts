import base from './vitest.config';

/** In-process measurements of the request path (`npx vitest run -c vitest.measure.config.ts`): figures, not assertions. */
export default { ...base, test: { ...base.test, include: ['test/measure/**/*.measure.ts'], testTimeout: 600_000 } };
