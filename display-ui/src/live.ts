import { io } from 'socket.io-client'
import type { Socket } from 'socket.io-client'
import type {
  ClientToServerEvents,
  CounterChanged,
  OfficeState,
  QueueChanged,
  ServerToClientEvents,
  SocketAuth,
  TicketCalled,
} from '@luot/server/contract'

/** `down`: lost, socket.io keeps retrying. `refused`: the server said no (bad token, unknown ticket). */
export type LinkStatus = 'connecting' | 'up' | 'down' | 'refused'

export interface LiveSnapshot {
  status: LinkStatus
  /** Why the server refused the connection: the contract's error code. */
  refusedCode: string | null
  office: OfficeState | null
  /** Server clock minus device clock, from the last `state`: clocks show office time. */
  clockOffsetMs: number
}

type EventName = keyof ServerToClientEvents
type Payload<E extends EventName> = Parameters<ServerToClientEvents[E]>[0]
type Handler<E extends EventName> = (payload: Payload<E>) => void

export interface Live {
  getSnapshot: () => LiveSnapshot
  subscribe: (listener: () => void) => () => void
  /** Raw events, for what is not state: the voice, a flash, a rating request. */
  on: <E extends EventName>(event: E, handler: Handler<E>) => () => void
  onConnect: (handler: () => void) => () => void
  close: () => void
}

const RECENT_CALLS_KEPT = 10

const withCounter = (s: OfficeState, c: CounterChanged): OfficeState => {
  const known = s.counters.some((x) => x.id === c.id)
  return { ...s, counters: known ? s.counters.map((x) => (x.id === c.id ? c : x)) : [...s.counters, c] }
}

const withQueue = (s: OfficeState, q: QueueChanged): OfficeState => {
  const entry = { serviceId: q.serviceId, count: q.waiting, booked: q.booked, next: q.next }
  const known = s.waiting.some((w) => w.serviceId === q.serviceId)
  return {
    ...s,
    waiting: known ? s.waiting.map((w) => (w.serviceId === q.serviceId ? entry : w)) : [...s.waiting, entry],
  }
}

const withCall = (s: OfficeState, call: TicketCalled): OfficeState => {
  const counters = s.counters.map((c) =>
    c.id === call.counterId ? { ...c, ticket: { number: call.number, serviceId: call.serviceId } } : c,
  )
  const others = s.recentCalls.filter((r) => !(r.number === call.number && r.calledAt === call.calledAt))
  return { ...s, counters, recentCalls: [call, ...others].slice(0, RECENT_CALLS_KEPT) }
}

const refusalCode = (err: Error & { data?: unknown }): string => {
  const data = err.data as { code?: unknown; error?: { code?: unknown } } | undefined
  const code = data?.code ?? data?.error?.code ?? err.message
  return typeof code === 'string' ? code : 'INTERNAL'
}

/**
 * One socket and the state it feeds. Each `state` (sent on every connect) REPLACES what we had:
 * after a restart or a long drop, patching old state with new events would show stale numbers.
 */
export const createLive = (auth: SocketAuth): Live => {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
    path: '/socket.io',
    auth: { ...auth },
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
  })
  let snap: LiveSnapshot = { status: 'connecting', refusedCode: null, office: null, clockOffsetMs: 0 }
  const listeners = new Set<() => void>()
  const set = (next: Partial<LiveSnapshot>) => {
    snap = { ...snap, ...next }
    listeners.forEach((l) => l())
  }
  const patch = (fn: (s: OfficeState) => OfficeState) => {
    if (snap.office) set({ office: fn(snap.office) })
  }

  socket.on('connect', () => set({ status: 'up', refusedCode: null }))
  socket.on('disconnect', () => set({ status: socket.active ? 'down' : 'refused' }))
  socket.on('connect_error', (err) => {
    // An inactive socket after connect_error means the server's middleware refused us: no retry.
    set(socket.active ? { status: 'down' } : { status: 'refused', refusedCode: refusalCode(err) })
  })
  socket.on('state', (office) => {
    const serverMs = Date.parse(office.serverNow)
    set({
      status: 'up',
      office,
      clockOffsetMs: Number.isFinite(serverMs) ? serverMs - Date.now() : snap.clockOffsetMs,
    })
  })
  socket.on('counter:changed', (c) => patch((s) => withCounter(s, c)))
  socket.on('queue:changed', (q) => patch((s) => withQueue(s, q)))
  socket.on('ticket:called', (call) => patch((s) => withCall(s, call)))

  return {
    getSnapshot: () => snap,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    on: (event, handler) => {
      // socket.io's typed overloads cannot follow a generic event name; the map above keeps it sound.
      const s = socket as unknown as Socket
      const name: string = event
      const listener = handler as (p: unknown) => void
      s.on(name, listener)
      return () => void s.off(name, listener)
    },
    onConnect: (handler) => {
      socket.on('connect', handler)
      return () => void socket.off('connect', handler)
    },
    close: () => {
      socket.close()
      listeners.clear()
    },
  }
}
