import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The server serves this build at /kiosk/ on the same origin as /api and /socket.io.
export default defineConfig({
  base: '/kiosk/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', sourcemap: false },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'http://localhost:3000', ws: true } },
  },
})
