import type { Server as HttpServer } from 'node:http'
import { Server } from 'socket.io'
import type { ClientToServerEvents, OfficeState, ServerToClientEvents, SocketAuth, TicketChanged, UserView } from '../contract/index.ts'
import type { Auth } from '../auth/create-auth.ts'
import { AppError } from '../errors.ts'
import type { Log } from '../http/on-error.ts'
import { ERROR_MESSAGES } from '../http/messages.ts'
import { ROOMS } from './rooms.ts'

export type TypedIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>
export interface SocketData {
  role: SocketAuth['role']
  user?: UserView
  tokenHash?: string
}

export interface RealtimeDeps {
  auth: Auth
  snapshot: () => OfficeState
  ticketExists: (id: string) => boolean
  ticketChanged: (id: string) => TicketChanged | null
  kioskExists: (id: string) => boolean
  log: Log
}

const ROLES = new Set(['display', 'kiosk', 'staff', 'manager', 'ticket'])

export function attachRealtime(server: HttpServer, deps: RealtimeDeps): TypedIo {
  const io: TypedIo = new Server(server, {
    path: '/socket.io',
    serveClient: false,
    // Short drops only; the full `state` sent on every connect is the real guarantee.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  })

  io.use((socket, next) => {
    try {
      const a = (socket.handshake.auth ?? {}) as Partial<SocketAuth>
      if (typeof a.role !== 'string' || !ROLES.has(a.role)) throw new AppError('VALIDATION')
      socket.data.role = a.role
      if (a.role === 'staff' || a.role === 'manager') {
        const user = deps.auth.verify(typeof a.token === 'string' ? a.token : undefined)
        if (user.role !== a.role) throw new AppError('FORBIDDEN')
        socket.data.user = user
        socket.data.tokenHash = deps.auth.hashToken(a.token as string)
      }
      if (a.role === 'ticket' && (typeof a.ticketId !== 'string' || !deps.ticketExists(a.ticketId)))
        throw new AppError('NOT_FOUND')
      if (a.role === 'kiosk' && typeof a.kioskId === 'string' && !deps.kioskExists(a.kioskId)) throw new AppError('NOT_FOUND')
      next()
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'INTERNAL'
      const e = new Error(ERROR_MESSAGES[code]) as Error & { data: { code: string } }
      e.data = { code }
      next(e)
    }
  })

  io.on('connection', (socket) => {
    const a = socket.handshake.auth as SocketAuth
    const rooms: string[] = [ROOMS.public]
    if (a.role === 'ticket' && a.ticketId) rooms.splice(0, 1, ROOMS.ticket(a.ticketId)) // a phone gets only its ticket
    if (a.role === 'staff' || a.role === 'manager') rooms.push(ROOMS.staff)
    if (a.role === 'kiosk' && a.kioskId) rooms.push(ROOMS.kiosk(a.kioskId))
    if (socket.data.tokenHash) rooms.push(ROOMS.token(socket.data.tokenHash))
    void socket.join(rooms)
    socket.emit('state', deps.snapshot())
    const own = a.role === 'ticket' && a.ticketId ? deps.ticketChanged(a.ticketId) : null
    if (own) socket.emit('ticket:changed', own)
  })

  deps.auth.onLogout((tokenHash) => io.in(ROOMS.token(tokenHash)).disconnectSockets(true))
  return io
}
