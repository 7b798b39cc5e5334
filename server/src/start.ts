import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// `npm start`: build the screens when they are not built (a fresh clone) or older than their sources
// (after an update), then run the server.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const builds: [workspace: string, marker: string][] = [
  ['kiosk-ui', 'kiosk-ui/dist/index.html'],
  ['display-ui', 'display-ui/dist/display.html'],
]

function newestUnder(path: string): number {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return readdirSync(path).reduce((m, name) => Math.max(m, newestUnder(join(path, name))), 0)
}

for (const [workspace, marker] of builds) {
  const markerPath = join(ROOT, marker)
  const dir = join(ROOT, workspace)
  const sources = ['src', 'vite.config.ts', ...readdirSync(dir).filter((f) => f.endsWith('.html'))].map((p) => join(dir, p)).filter(existsSync)
  const isFresh = existsSync(markerPath) && Math.max(...sources.map(newestUnder)) <= statSync(markerPath).mtimeMs
  if (isFresh) continue
  console.log(`Building ${workspace}…`)
  const r = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) {
    console.error(`Could not build ${workspace}; run "npm run build" to see why.`)
    process.exit(1)
  }
}
await import('./main.ts')
