import { Hono } from 'hono'
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import type { Auth } from '../auth/create-auth.ts'
import type { Commands } from '../commands/create-commands.ts'
import { AppError } from '../errors.ts'
import { errorBody, makeOnError } from './on-error.ts'
import type { Log } from './on-error.ts'
import { makeJsonBodyGuard } from './middleware/json-body.ts'
import { authRoutes } from './routes/auth.ts'
import { counterRoutes } from './routes/counters.ts'
import { officeRoutes } from './routes/office.ts'
import { reportRoutes } from './routes/reports.ts'
import { screenRoutes } from './routes/screens.ts'
import type { ScreenDirs } from './routes/screens.ts'
import { ticketRoutes } from './routes/tickets.ts'
import { liveRoutes } from './routes/live.ts'

export interface HttpDeps {
  commands: Commands
  auth: Auth
  log: Log
  now: () => number
  screens: ScreenDirs
  counterIds: string[]
  users: readonly { username: string; name: string; counterId?: string }[]
  /** Remembers the answers of login, logout and reprint for their Idempotency-Key. */
  idempotent: MiddlewareHandler
}

export function createHttpApp(deps: HttpDeps) {
  const { commands: cmd, auth } = deps
  const api = new Hono()
    .route('/', officeRoutes(cmd.queries))
    .route('/auth', authRoutes(auth, cmd.counters, deps.now, deps.idempotent))
    .route('/tickets', ticketRoutes({ auth, issue: cmd.issueTicket, actions: cmd.tickets, rate: cmd.rate, queries: cmd.queries, reprint: cmd.printing.reprint, now: deps.now, idempotent: deps.idempotent }))
    .route('/counters', counterRoutes({ auth, counters: cmd.counters, rate: cmd.rate, queries: cmd.queries, counterIds: deps.counterIds }))
    .route('/reports', reportRoutes(auth, cmd.reports))
    .route('/office', liveRoutes(auth, cmd.queries, deps.users))

  const app = new Hono()
  app.use(requestId())
  app.use(
    secureHeaders({
      // Screens load their own bundles, fonts and clips; QR codes are drawn as data: images.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
      },
    }),
  )
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE')
      },
    }),
  )
  app.use('/api/*', makeJsonBodyGuard())
  app.use('/api/*', async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })
  app.route('/api', api)
  app.route('/', screenRoutes(deps.screens))
  app.notFound((c) => c.json(errorBody('NOT_FOUND', c.get('requestId') as string | undefined), 404))
  app.onError(makeOnError(deps.log))
  return app
}

export type AppType = ReturnType<typeof createHttpApp>
