import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { networkInterfaces } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getRequestListener } from '@hono/node-server'
import { createPrinter, createRenderWorker } from '@luot/printers'
import type { Printer } from '@luot/printers'
import { accountsWithDemoPassword, createAuth } from './auth/create-auth.ts'
import type { Clock } from './clock.ts'
import { monotonicFrom } from './clock.ts'
import { createCommands } from './commands/create-commands.ts'
import type { Commands } from './commands/create-commands.ts'
import { createTicketPrinting } from './commands/print-ticket.ts'
import { currentState } from './commands/run-rule.ts'
import type { OfficeConfig } from './config/schema.ts'
import type { RuntimeEnv } from './config/load.ts'
import { createHttpApp } from './http/app.ts'
import type { Log } from './http/on-error.ts'
import type { Ids } from './ids.ts'
import { emptyState } from './queue/day.ts'
import { localDate } from './queue/office-time.ts'
import { recentCalls } from './queue/office-figures.ts'
import { toOfficeState, toTicketChanged } from './queue/views.ts'
import { attachRealtime } from './realtime/attach-realtime.ts'
import type { TypedIo } from './realtime/attach-realtime.ts'
import { createPublisher, emitPrinterChanged } from './realtime/publisher.ts'
import { ROOMS } from './realtime/rooms.ts'
import { openSessionFile } from './store/session-file.ts'
import { openReplyMemo } from './store/reply-memo-file.ts'
import { makeIdempotentReply } from './http/middleware/idempotent-reply.ts'
import { openStore } from './store/open-store.ts'
import type { Store } from './store/open-store.ts'

// Wiring of every part: main.ts calls it with the real clock; integration tests with a fixed one.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** How long a stop waits for tickets still printing; systemd's default stop timeout is 90 s. */
const PRINT_DRAIN_MS = 3_000

export interface Luot {
  server: Server
  io: TypedIo
  store: Store
  commands: Commands
  clock: Clock
  url: string
  port: number
  /** Stops accepting, waits for queued writes, releases the data folder. */
  close(): Promise<void>
}

export async function composeLuot(opts: {
  config: Readonly<OfficeConfig>
  env: Readonly<RuntimeEnv>
  clock: Clock
  ids: Ids
  log: Log
}): Promise<Luot> {
  const { config, env, ids, log } = opts
  const tz = config.office.timeZone
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
  const store = await openStore({
    dataDir: env.dataDir,
    initialState: () => emptyState(config, localDate(opts.clock.now(), tz)),
    log: { info: (m) => log('info', m), warn: (m) => log('warn', m) },
  })
  // A restarted demo clock (LUOT_CLOCK_START) must never run behind what is already saved.
  const clock = monotonicFrom(opts.clock, store.state().lastInstant)
  const auth = createAuth({
    users: config.users,
    now: clock.now,
    newToken: ids.token,
    isDemoOffice: env.isDemoOffice,
    persistence: await openSessionFile(env.dataDir),
  })

  if (!env.isDemoOffice) {
    const demoAccounts = await accountsWithDemoPassword(config.users)
    if (demoAccounts.length > 0)
      log(
        'warn',
        `${env.configPath}: các tài khoản ${demoAccounts.join(', ')} vẫn dùng mật khẩu mẫu "demo" nên không đăng nhập được ở văn phòng thật; ` +
          `hãy đặt mật khẩu mới bằng npm run hash-password rồi sửa passwordHash. ` +
          `(These accounts still have the demo password "demo" and cannot log in at a real office; set new ones with npm run hash-password.)`,
        { accounts: demoAccounts },
      )
  }

  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end()
  const server = createServer((req, res) => handle(req, res))
  const today = () => currentState({ config, store }, clock.now())
  const snapshot = () => {
    const s = today()
    return toOfficeState(s, config, clock.now(), recentCalls(s, config))
  }
  const io = attachRealtime(server, {
    auth,
    snapshot,
    ticketExists: (id) => today().tickets.some((t) => t.id === id),
    ticketChanged: (id) => {
      const s = today()
      const t = s.tickets.find((x) => x.id === id)
      return t ? toTicketChanged(s, config, t, clock.now()) : null
    },
    kioskExists: (id) => config.kiosks.some((k) => k.id === id),
    log,
  })
  const publisher = createPublisher(io, { config, now: clock.now })

  // One render thread for all printers: drawing a ticket takes ~100 ms of CPU, which must not hold up issuing.
  const renderer = createRenderWorker()
  const printers = new Map<string, Printer>()
  for (const k of config.kiosks) {
    if (k.printer.type === 'none') continue
    const p = createPrinter(k.id, k.printer, {
      dataDir: env.dataDir,
      log: (m: string, x?: unknown) => log('info', m, { printer: k.id, detail: x }),
      now: clock.now,
      renderer,
    })
    p.onStateChange((state) => emitPrinterChanged(io, k.id, state))
    printers.set(k.id, p)
    // Asked once at start so /api/health shows the printer's real state before the first ticket.
    void p.checkStatus().catch((err: unknown) => log('warn', 'printer status check failed', { printer: k.id, err: String(err) }))
  }
  // The QR's address needs the real port, known only once listening (PORT=0 in tests).
  let listeningPort = env.port
  const deps = { config, store, clock, ids, publisher, log }
  const publicBaseUrl = () => config.office.publicBaseUrl ?? lanUrl(listeningPort)
  const commands = createCommands(deps, {
    version,
    publicBaseUrl,
    makePrinting: (runRule) => createTicketPrinting(deps, runRule, printers, publicBaseUrl),
  })
  const app = createHttpApp({
    commands,
    auth,
    log,
    now: clock.now,
    counterIds: config.counters.map((c) => c.id),
    users: config.users,
    idempotent: makeIdempotentReply(await openReplyMemo(env.dataDir), () => localDate(clock.now(), tz)),
    screens: {
      kiosk: join(ROOT, 'kiosk-ui/dist'),
      display: join(ROOT, 'display-ui/dist'),
      voice: [join(env.configDir, 'voice'), join(ROOT, 'display-ui/voice')],
    },
  })
  handle = getRequestListener(app.fetch)

  // Slots start and days roll over with no one pressing anything: refresh the screens every 30 s.
  let lastDate = store.state().date
  const tick = setInterval(() => {
    const date = localDate(clock.now(), tz)
    if (date !== lastDate) {
      lastDate = date
      void commands.runRule((s) => ({ state: s, events: [], result: undefined }), () => ({ status: 200, body: null }))
    }
    io.to(ROOMS.public).emit('state', snapshot())
    // A printer whose paper was refilled or that was switched back on says so without waiting for a
    // ticket: staff and the kiosk stop warning (a printer busy with a job keeps its state current itself).
    for (const [id, p] of printers) void p.checkStatus().catch((err: unknown) => log('warn', 'printer status check failed', { printer: id, err: String(err) }))
  }, 30_000)
  tick.unref()

  await new Promise<void>((ok, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      void store.close()
      const taken = err.code === 'EADDRINUSE'
      fail(taken ? new Error(`cổng ${env.port} đang được chương trình khác dùng; đặt PORT khác (port ${env.port} is in use; set another PORT)`, { cause: err }) : err)
    })
    server.listen(env.port, env.host, ok)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.port
  listeningPort = port
  // After listening, so the QR of a resumed print carries the real port.
  await commands.printing.resume()
  const shown = env.host === '0.0.0.0' || env.host === '::' ? 'localhost' : env.host
  return {
    server,
    io,
    store,
    commands,
    clock,
    port,
    url: `http://${shown}:${port}`,
    async close() {
      clearInterval(tick)
      await new Promise<void>((ok) => io.close(() => ok()))
      server.closeAllConnections()
      // A ticket issued just before the stop still gets its paper if the printer answers soon.
      await commands.printing.drain(PRINT_DRAIN_MS)
      await Promise.all([...printers.values()].map((p) => p.close()))
      await renderer.close()
      await commands.printing.settle()
      await store.close()
    },
  }
}

function lanUrl(port: number): string {
  const nets = Object.values(networkInterfaces()).flat()
  const lan = nets.find((n) => n && n.family === 'IPv4' && !n.internal)
  return `http://${lan?.address ?? 'localhost'}:${port}`
}
