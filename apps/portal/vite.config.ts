// The portal: a single-page app served on its own port; /graphql is proxied to the api
// (GONGKAI_API_URL, default http://127.0.0.1:3000), so the browser talks to one origin.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env['GONGKAI_API_URL'] ?? 'http://127.0.0.1:3000';
// The api's statistics downloads (/statistics/<agency code>/<file>) go through the same origin.
const proxy = {
  '/graphql': { target: api, changeOrigin: false },
  '^/statistics/[^/]+/[^/]+$': { target: api, changeOrigin: false },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    // libs/rules is pure TypeScript: the portal validates with the server's own rules.
    alias: {
      '@gongkai/rules': fileURLToPath(new URL('../../libs/rules/src/index.ts', import.meta.url)),
    },
  },
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
