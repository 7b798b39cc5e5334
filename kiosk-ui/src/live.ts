import { io } from 'socket.io-client'
import type { Socket } from 'socket.io-client'
import type {
  ClientToServerEvents,
  OfficeState,
  PrinterChanged,
  PrintFailed,
  QueueChanged,
  ServerToClientEvents,
  SocketAuth,
} from '@luot/server/contract'
import type { Connection } from './store.ts'

export interface LiveHandlers {
  onConnection(connection: Connection): void
  onState(state: OfficeState): void
  onQueueChanged(event: QueueChanged): void
  onPrinterChanged(event: PrinterChanged): void
  onPrintFailed(event: PrintFailed): void
}

export type ConnectLive = (kioskId: string | null, handlers: LiveHandlers) => () => void

/** Same origin, path /socket.io; socket.io reconnects by itself, forever, with backoff. */
export const connectLive: ConnectLive = (kioskId, handlers) => {
  const auth: SocketAuth = kioskId === null ? { role: 'kiosk' } : { role: 'kiosk', kioskId }
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
    path: '/socket.io',
    auth,
    reconnectionDelayMax: 5000,
  })
  let retry: ReturnType<typeof setTimeout> | undefined
  // A refusal by the server (or its middleware) stops socket.io's own retries: keep trying anyway,
  // since a kiosk has nobody to press reload.
  const retryLater = () => {
    if (socket.active) return
    clearTimeout(retry)
    retry = setTimeout(() => socket.connect(), 5000)
  }
  socket.on('connect', () => handlers.onConnection('up'))
  socket.on('disconnect', () => {
    handlers.onConnection('down')
    retryLater()
  })
  socket.on('connect_error', () => {
    handlers.onConnection('down')
    retryLater()
  })
  socket.on('state', handlers.onState)
  socket.on('queue:changed', handlers.onQueueChanged)
  socket.on('printer:changed', handlers.onPrinterChanged)
  socket.on('print:failed', handlers.onPrintFailed)
  return () => {
    clearTimeout(retry)
    socket.removeAllListeners()
    socket.disconnect()
  }
}
