import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** where `npm run console:dev` sends the API (the gateway of `npm start` or `npm run dev`) */
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

/**
 * The operator console (README "Console"): built into dist/console, which the gateway serves at
 * /console; `npm run console:dev` serves it with hot reload and sends the API to the gateway.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: process.env.CONSOLE_OUT_DIR ?? fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    // the console runs on staff machines on a closed network: no source maps served to them
    sourcemap: false,
    // GraphiQL's editor (Monaco) is large; it is loaded by its own page only
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      // @graphiql/react marks its modules "use no memo" (React Compiler): a bundle drops it, as it should
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      // CONSOLE_PAGES=console leaves GraphiQL out (the browser test does not need it)
      input: {
        console: fileURLToPath(new URL('index.html', import.meta.url)),
        ...(process.env.CONSOLE_PAGES === 'console' ? {} : { graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)) }),
      },
    },
  },
  // Monaco's workers (GraphiQL's editor) are split into chunks, which needs ES module workers
  worker: { format: 'es' },
  server: {
    port: Number(process.env.CONSOLE_DEV_PORT ?? 5173),
    strictPort: false,
    proxy: {
      '/graphql': { target: gateway, ws: true, changeOrigin: true },
      '/reports': { target: gateway, changeOrigin: true },
      '/console/demo': { target: gateway, changeOrigin: true },
    },
  },
});
