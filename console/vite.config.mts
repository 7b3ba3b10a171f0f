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
    chunkSizeWarningLimit: 1500,
  },
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
