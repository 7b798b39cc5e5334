import type {
  CounterConsoleView,
  HealthView,
  LiveOfficeView,
  OfficeView,
  PrinterState,
  SlotView,
  TicketView,
} from '../contract/index.ts'
import { AppError } from '../errors.ts'
import { slotAvailability, openingPeriods } from '../queue/slots.ts'
import { localDate, localTime, toIsoOffset } from '../queue/office-time.ts'
import { nextOpen, nextWorkingDay } from '../queue/next-open.ts'
import { toCounterView, toCounterViews, toServiceViews, toStaffTicketView, toTicketView } from '../queue/views.ts'
import { callOrderAt, counterToday, liveServices, todayTotals, waitingForCounter } from '../queue/office-figures.ts'
import type { CommandDeps } from './deps.ts'
import { currentState } from './run-rule.ts'

export function makeQueries(
  deps: Pick<CommandDeps, 'config' | 'store' | 'clock'>,
  extra: { version: string; printerStates: () => { id: string; state: PrinterState }[]; publicBaseUrl: () => string },
) {
  const { config, clock } = deps
  const tz = config.office.timeZone
  const now = () => clock.now()
  const state = () => currentState(deps, now())
  const counterExists = (id: string) => {
    if (!config.counters.some((c) => c.id === id)) throw new AppError('NOT_FOUND')
  }

  return {
    /** A call with this Idempotency-Key was answered today: a retry of it is a replay, not a new request. */
    isKnownRequest: (key: string): boolean => state().idempotency[key] !== undefined,
    health: (): HealthView => ({
      status: 'ok',
      version: extra.version,
      time: toIsoOffset(now(), tz),
      printers: extra.printerStates(),
    }),
    office: (): OfficeView => {
      const t = now()
      const date = localDate(t, tz)
      const periods = openingPeriods(config, date)
      const hhmm = localTime(t, tz)
      return {
        name: config.office.name,
        unit: config.office.unit,
        timeZone: tz,
        now: toIsoOffset(t, tz),
        today: { date, open: periods.some((p) => p.start <= hhmm && hhmm < p.end), periods },
        nextOpen: nextOpen(config, t),
        nextWorkingDay: nextWorkingDay(config, t),
        priorityClasses: [...config.priority.classes],
        kiosks: config.kiosks.map((k) => ({ id: k.id, name: k.name })),
        ratingReasons: [...config.rating.reasons],
        voiceBaseUrl: '/voice/',
        // The kiosk's on-screen QR must match the paper one: a kiosk browser on the server PC itself sees
        // localhost, which no phone can reach.
        publicBaseUrl: extra.publicBaseUrl(),
      }
    },
    services: () => toServiceViews(state(), config, now()),
    counters: () => toCounterViews(state(), config),
    slots: (serviceId: string, date?: string): SlotView[] => {
      const t = now()
      return slotAvailability(config, state(), serviceId, date ?? localDate(t, tz), t)
    },
    ticket: (id: string): TicketView => {
      const s = state()
      const ticket = s.tickets.find((x) => x.id === id)
      if (!ticket) throw new AppError('NOT_FOUND')
      return toTicketView(s, config, ticket, now())
    },
    ticketExists: (id: string) => state().tickets.some((x) => x.id === id),
    console: (counterId: string): CounterConsoleView => {
      counterExists(counterId)
      const s = state()
      const t = now()
      const c = s.counters[counterId]
      const ticket = c?.ticketId ? s.tickets.find((x) => x.id === c.ticketId) : undefined
      const last = c?.lastFinishedTicketId ? s.tickets.find((x) => x.id === c.lastFinishedTicketId) : undefined
      return {
        counter: { ...toCounterView(s, config, counterId), ...(c?.pauseReason ? { pauseReason: c.pauseReason } : {}) },
        ticket: ticket ? toStaffTicketView(s, ticket, tz) : null,
        lastFinished: last ? toStaffTicketView(s, last, tz) : null,
        waiting: waitingForCounter(s, config, counterId, t),
        callOrder: callOrderAt(s, config, counterId, t),
        today: counterToday(s, counterId),
      }
    },
    live: (users: readonly { username: string; name: string; counterId?: string }[]): LiveOfficeView => {
      const s = state()
      const t = now()
      return {
        counters: toCounterViews(s, config).map((v) => {
          const c = s.counters[v.id]
          const staff = users.find((u) => u.username === c?.staffId)
          return { ...v, ...(c?.pauseReason ? { pauseReason: c.pauseReason } : {}), ...(staff ? { staffName: staff.name } : {}) }
        }),
        services: liveServices(s, config, t),
        today: todayTotals(s),
      }
    },
  }
}
export type Queries = ReturnType<typeof makeQueries>
