import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * web/src/boot/early.ts is its own entry, loaded by the first script tag of index.html: a few
 * kilobytes that start the session, the face's code and the page's data while the main bundle
 * still downloads (index.html's own module scripts would be bundled into one). main.tsx imports
 * the same chunk, so both share its module instance.
 */
function earlyEntry(): Plugin {
  return {
    name: 'licensehub-early-entry',
    apply: 'build',
    config: () => ({ build: { rollupOptions: { input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), early: fileURLToPath(new URL('./src/boot/early.ts', import.meta.url)) } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const early = Object.values(context.bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'early');
        if (!early) throw new Error('The early entry (web/src/boot/early.ts) is missing from the build');
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src: `/${early.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

/** The LicenseHub SPA. `npm run build:web` writes it to dist/web, where the server serves it. */
export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    earlyEntry(),
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
