import type { PriorityClass, IssueTicketBody } from '@luot/server/contract'
import { ApiError, makeIdempotencyKey } from './api.ts'
import type { ApiClient } from './api.ts'
import type { Lang } from './i18n.ts'
import type { ConnectLive } from './live.ts'
import { makeLiveHandlers } from './live-handlers.ts'
import { clockOffset } from './clock.ts'
import type { IssueRequest, KioskState, Step, Store } from './store.ts'

export interface KioskDeps {
  api: ApiClient
  store: Store<KioskState>
  connectLive: ConnectLive
  /** From `?kiosk=ID`; null means the first kiosk of the office. */
  requestedKioskId: string | null
  defaultLang: Lang
}

export interface KioskActions {
  start(): () => void
  home(): void
  setLang(lang: Lang): void
  chooseService(serviceId: string): void
  chooseSlot(slot: string | null): void
  choosePriority(priority: PriorityClass | null): void
  back(): void
  retry(): void
  otherSlot(): void
}

const OFFICE_MAX_AGE_MS = 5 * 60_000
// A dropped connection while issuing is retried with the same key before the citizen sees an error.
const NETWORK_RETRY_DELAYS_MS = [1000, 3000]

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const codeOf = (error: unknown) => (error instanceof ApiError ? error.code : 'UNKNOWN')

export function createKiosk({ api, store, connectLive, requestedKioskId, defaultLang }: KioskDeps): KioskActions {
  let officeLoadedAt = 0
  let stopLive: (() => void) | null = null
  // Bumped on every navigation so that a late answer never overwrites a newer screen.
  let generation = 0

  const go = (step: Step) => {
    generation += 1
    store.set((s) => ({ ...s, step }))
    return generation
  }
  const isCurrent = (gen: number) => gen === generation
  const fail = (gen: number, error: unknown, serviceId: string | null, request: IssueRequest | null) => {
    if (isCurrent(gen)) go({ name: 'error', code: codeOf(error), serviceId, request })
  }

  async function loadOffice() {
    const sentAt = Date.now()
    const office = await api.getOffice()
    const offset = clockOffset(office.now, sentAt, Date.now())
    officeLoadedAt = Date.now()
    store.set((s) => ({
      ...s,
      office,
      clockOffsetMs: offset ?? s.clockOffsetMs,
      kioskId: s.kioskId ?? requestedKioskId ?? office.kiosks[0]?.id ?? null,
    }))
  }

  async function loadServices() {
    const services = await api.getServices()
    store.set((s) => ({ ...s, services }))
  }

  async function loadPrinterState(kioskId: string) {
    try {
      const health = await api.getHealth()
      const printer = health.printers.find((p) => p.id === kioskId)
      if (printer) store.set((s) => ({ ...s, printerState: printer.state }))
    } catch {
      // Best effort: printer:changed and print:failed still tell the kiosk when printing breaks.
    }
  }

  async function boot() {
    const gen = go({ name: 'loading' })
    try {
      await loadOffice()
      await loadServices()
    } catch (error) {
      fail(gen, error, null, null)
      return
    }
    const kioskId = store.get().kioskId
    if (stopLive === null) {
      stopLive = connectLive(kioskId, makeLiveHandlers(store, loadServices))
      if (kioskId !== null) void loadPrinterState(kioskId)
    }
    if (isCurrent(gen)) go({ name: 'service' })
  }

  async function send(request: IssueRequest) {
    const gen = go({ name: 'issuing', request })
    for (let attempt = 0; ; attempt += 1) {
      try {
        const ticket = await api.issueTicket(request.body, request.key)
        if (isCurrent(gen)) go({ name: 'ticket', ticket })
        return
      } catch (error) {
        const delay = NETWORK_RETRY_DELAYS_MS[attempt]
        const isDefinite = error instanceof ApiError && error.isDefinite
        if (isDefinite || delay === undefined) {
          // A contract error changed nothing, so a new attempt gets a new key; otherwise keep the key.
          const next = isDefinite ? { ...request, key: makeIdempotencyKey() } : request
          fail(gen, error, request.body.serviceId, next)
          return
        }
        await sleep(delay)
        if (!isCurrent(gen)) return
      }
    }
  }

  function issue(serviceId: string, slot: string | null, priority: PriorityClass | null) {
    const kioskId = store.get().kioskId
    const body: IssueTicketBody = { serviceId, priority }
    if (slot !== null) body.slot = slot
    if (kioskId !== null) body.kioskId = kioskId
    void send({ body, key: makeIdempotencyKey() })
  }

  async function chooseService(serviceId: string) {
    const gen = go({ name: 'slot', serviceId, slots: null })
    try {
      const slots = await api.getSlots(serviceId)
      if (isCurrent(gen)) store.set((s) => ({ ...s, step: { name: 'slot', serviceId, slots } }))
    } catch (error) {
      fail(gen, error, serviceId, null)
    }
  }

  function showStart() {
    if (store.get().office === null) {
      void boot()
      return
    }
    go({ name: 'service' })
    // Refreshes are best effort: the start screen keeps what it has, and the socket's `state`
    // reloads the services again once the connection is back.
    if (Date.now() - officeLoadedAt > OFFICE_MAX_AGE_MS) void loadOffice().catch(() => undefined)
    void loadServices().catch(() => undefined)
  }

  /** The next citizen starts in the default language. */
  function home() {
    store.set((s) => ({ ...s, lang: defaultLang }))
    showStart()
  }

  return {
    start() {
      void boot()
      return () => {
        stopLive?.()
        stopLive = null
      }
    },
    home,
    setLang: (lang) => store.set((s) => ({ ...s, lang })),
    chooseService: (serviceId) => void chooseService(serviceId),
    chooseSlot(slot) {
      const { step, office } = store.get()
      if (step.name !== 'slot') return
      if ((office?.priorityClasses.length ?? 0) === 0) issue(step.serviceId, slot, null)
      else go({ name: 'priority', serviceId: step.serviceId, slot })
    },
    choosePriority(priority) {
      const { step } = store.get()
      if (step.name === 'priority') issue(step.serviceId, step.slot, priority)
    },
    back() {
      const { step } = store.get()
      if (step.name === 'priority') void chooseService(step.serviceId)
      else showStart()
    },
    retry() {
      const { step } = store.get()
      if (step.name !== 'error') return
      if (step.request) void send(step.request)
      else if (step.serviceId !== null) void chooseService(step.serviceId)
      else home()
    },
    otherSlot() {
      const { step } = store.get()
      if (step.name === 'error' && step.serviceId !== null) void chooseService(step.serviceId)
      else home()
    },
  }
}
