import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** The LicenseHub SPA. `npm run build:web` writes it to dist/web, where the server serves it. */
export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    // Brotli and gzip copies beside each file, made once at build time: the server sends the one
    // the browser accepts (@fastify/static preCompressed) without compressing per request.
    // index.html is left out: the server answers it from memory for every deep link.
    compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|mjs|css|json|svg)$/, threshold: 1024 }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // One bundle of React, Fluent UI and the pages: ~270 kB gzipped, loaded once per visit.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
