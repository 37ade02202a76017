import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web application lives in src/web; the server serves dist/web itself (falling back to
 * index.html for client routes), so in development only /api needs forwarding to it.
 */
export default defineConfig({
  root: `${repoRoot}src/web`,
  plugins: [react()],
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    rolldownOptions: {
      // Every domain's texts are needed from the first page (src/web/domains.ts joins them): one
      // chunk of their own, cached apart from the code, keeps the entry chunk the size of the code.
      output: { codeSplitting: { groups: [{ name: 'messages', test: /\.messages\.ts$/ }] } },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
