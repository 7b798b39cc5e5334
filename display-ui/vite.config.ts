import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

// One HTML entry per screen, so the phone page (/t/:id, weak 3G) loads only what it needs.
// The server serves dist/<entry>.html at the screen paths below and the assets under /ui/.
const ENTRIES = ['display', 'staff', 'rate', 'manager', 'phone'] as const
const ROUTES: [RegExp, (typeof ENTRIES)[number]][] = [
  [/^\/display(\/|$)/, 'display'],
  [/^\/staff(\/|$)/, 'staff'],
  [/^\/rate\//, 'rate'],
  [/^\/manager(\/|$)/, 'manager'],
  [/^\/t\//, 'phone'],
]

const file = (name: string): string => decodeURIComponent(new URL(`./${name}.html`, import.meta.url).pathname)

// Dev only: answer the screen paths with their entry, as the server does in production.
const screenRoutes = (): Plugin => ({
  name: 'luot-screen-routes',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      const path = (req.url ?? '').split('?')[0] ?? ''
      const hit = ROUTES.find(([re]) => re.test(path))
      if (hit) req.url = `/ui/${hit[1]}.html`
      next()
    })
  },
})

export default defineConfig({
  base: '/ui/',
  plugins: [react(), screenRoutes()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    rollupOptions: {
      input: Object.fromEntries(ENTRIES.map((e) => [e, file(e)])),
      output: {
        // Libraries in their own chunks: an app release does not make every phone fetch React again.
        manualChunks: (id: string) =>
          /node_modules\/(react|react-dom|scheduler)\//.test(id)
            ? 'react'
            : /node_modules\/(socket\.io-client|engine\.io-client|engine\.io-parser|socket\.io-parser|@socket\.io)\//.test(id)
              ? 'socket'
              : undefined,
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/voice': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
})
