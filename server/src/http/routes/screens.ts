import { Hono } from 'hono'
import { serveFrom } from '../static-files.ts'

export interface ScreenDirs {
  kiosk: string
  display: string
  /** Built-in voice clips, then the office's own in its config folder (the office's win). */
  voice: string[]
}

const PAGES: [prefix: string, html: string][] = [
  ['/display', 'display.html'],
  ['/staff', 'staff.html'],
  ['/rate', 'rate.html'],
  ['/manager', 'manager.html'],
  ['/t', 'phone.html'],
]

/** Every screen on the same origin as the API: the kiosk app, the display app's pages, voice clips. */
export function screenRoutes(dirs: ScreenDirs) {
  const app = new Hono()
    .get('/', (c) => c.redirect('/kiosk/'))
    .get('/kiosk', (c) => c.redirect('/kiosk/'))
    .get('/kiosk/', (c) => serveFrom(c, [dirs.kiosk], 'index.html'))
    .get('/kiosk/*', (c) => {
      const rel = decoded(c.req.path.slice('/kiosk/'.length))
      return rel === null ? c.notFound() : serveFrom(c, [dirs.kiosk], rel, rel.startsWith('assets/'))
    })
    .get('/ui/*', (c) => {
      const rel = decoded(c.req.path.slice('/ui/'.length))
      return rel === null ? c.notFound() : serveFrom(c, [dirs.display], rel, rel.startsWith('assets/'))
    })
    .get('/voice/:file', (c) => serveFrom(c, dirs.voice, c.req.param('file')))
  for (const [prefix, html] of PAGES) {
    app.get(prefix, (c) => c.redirect(`${prefix}/`))
    app.get(`${prefix}/*`, (c) => serveFrom(c, [dirs.display], html))
  }
  return app
}

/** A path with a broken escape (`%ZZ`) names no file: NOT_FOUND, not a 500. */
function decoded(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}
