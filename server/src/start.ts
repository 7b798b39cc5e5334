import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// `npm start`: build the screens once if they are not built (a fresh clone), then run the server.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const builds: [workspace: string, marker: string][] = [
  ['kiosk-ui', 'kiosk-ui/dist/index.html'],
  ['display-ui', 'display-ui/dist/display.html'],
]
for (const [workspace, marker] of builds) {
  if (existsSync(join(ROOT, marker))) continue
  console.log(`Building ${workspace} (first start)…`)
  const r = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) {
    console.error(`Could not build ${workspace}; run "npm run build" to see why.`)
    process.exit(1)
  }
}
await import('./main.ts')
