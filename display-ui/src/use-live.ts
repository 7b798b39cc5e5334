import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { ServerToClientEvents, SocketAuth } from '@luot/server/contract'
import { createLive } from './live.ts'
import type { Live, LiveSnapshot } from './live.ts'

const NOT_CONNECTED: LiveSnapshot = { status: 'connecting', refusedCode: null, office: null, clockOffsetMs: 0 }
const subscribeNothing = () => () => {}
const notConnected = () => NOT_CONNECTED

/** The screen's socket for as long as it is mounted (or until `auth` changes; null: none yet). */
export const useLive = (auth: SocketAuth | null): { live: Live | null; snap: LiveSnapshot } => {
  const key = auth ? JSON.stringify(auth) : ''
  const [live, setLive] = useState<Live | null>(null)
  useEffect(() => {
    if (!key) return undefined
    const created = createLive(JSON.parse(key) as SocketAuth)
    setLive(created)
    return () => {
      created.close()
      setLive(null)
    }
  }, [key])
  const snap = useSyncExternalStore(live?.subscribe ?? subscribeNothing, live?.getSnapshot ?? notConnected)
  return { live, snap }
}

type EventName = keyof ServerToClientEvents

/** Calls the latest `handler` for each `event`, without resubscribing on every render. */
export const useLiveEvent = <E extends EventName>(
  live: Live | null,
  event: E,
  handler: (payload: Parameters<ServerToClientEvents[E]>[0]) => void,
): void => {
  const ref = useRef(handler)
  useEffect(() => {
    ref.current = handler
  })
  useEffect(() => (live ? live.on(event, (p) => ref.current(p)) : undefined), [live, event])
}

/** Runs `handler` on every (re)connect: screens fed over HTTP fetch afresh after a drop. */
export const useOnConnect = (live: Live | null, handler: () => void): void => {
  const ref = useRef(handler)
  useEffect(() => {
    ref.current = handler
  })
  useEffect(() => (live ? live.onConnect(() => ref.current()) : undefined), [live])
}
