import type { Printer, TicketPrintJob } from '@luot/printers'
import type { PrinterState, PriorityClass } from '../contract/index.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { localDate } from '../queue/office-time.ts'
import { setPrintState } from '../queue/print-state.ts'
import { toTicketIssued } from '../queue/views.ts'
import type { DomainEvent, QueueState, Ticket } from '../queue/model.ts'
import { AppError } from '../errors.ts'
import type { CommandDeps } from './deps.ts'
import type { TicketPrinting } from './create-commands.ts'
import type { RunRule } from './run-rule.ts'

const RECORD_DELAY_MS = 150
/**
 * A print a restart finds still queued is sent again only this soon after issue: the citizen may still
 * be at the kiosk. Later, paper with a ticket's QR would lie in the tray for anyone, so it is marked
 * failed instead and staff reprint it on request.
 */
export const RESUME_WINDOW_MS = 2 * 60_000

const PRIORITY_LABELS: Record<string, string> = {
  elderly: 'Ưu tiên: Người cao tuổi',
  disability: 'Ưu tiên: Người khuyết tật',
  pregnant: 'Ưu tiên: Phụ nữ mang thai',
  child: 'Ưu tiên: Trẻ em dưới 6 tuổi',
  merit: 'Ưu tiên: Người có công với cách mạng',
}
/** Printed under the Vietnamese bar on a ticket taken in English; short enough for one line on 58 mm paper. */
const PRIORITY_LABELS_EN: Record<PriorityClass, string> = {
  elderly: 'Priority: Elderly person',
  disability: 'Priority: Person with a disability',
  pregnant: 'Priority: Pregnant woman',
  child: 'Priority: Child under 6',
  merit: 'Priority: Person of revolutionary merit',
}

export function toPrintJob(config: OfficeConfig, s: QueueState, t: Ticket, now: number, publicBaseUrl: string): TicketPrintJob {
  const view = toTicketIssued(s, config, t, now)
  const [y, m, d] = s.date.split('-')
  const service = config.services.find((x) => x.id === t.serviceId)
  // The ticket remembers its language, so a reprint by staff comes out in English too.
  const english =
    t.lang === 'en'
      ? { lang: 'en' as const, serviceNameEn: service?.nameEn, priorityLabelEn: t.priority ? PRIORITY_LABELS_EN[t.priority] : null }
      : {}
  return {
    officeName: config.office.name,
    headerLines: [...config.office.ticketHeader],
    footerLines: [...config.office.ticketFooter],
    number: t.number,
    serviceName: service?.name ?? t.serviceId,
    slot: { start: t.slotStart, end: t.slotEnd },
    date: s.date,
    priorityLabel: t.priority ? (PRIORITY_LABELS[t.priority] ?? null) : null,
    peopleAhead: view.peopleAhead,
    estimatedWaitMinutes: view.estimatedWaitMinutes,
    issuedAtText: `${view.issuedAt.slice(11, 16)} ${d}/${m}/${y}`,
    qrUrl: `${publicBaseUrl.replace(/\/$/, '')}/t/${t.id}${t.lang === 'en' ? '?lang=en' : ''}`,
    documents: [...(service?.documents ?? [])],
    ...english,
  }
}

/**
 * Prints after the ticket is saved, on the kiosk's own printer queue; the outcome is recorded on the
 * ticket. A ticket that cannot be printed stands: the kiosk shows it and staff are told.
 */
export function createTicketPrinting(
  deps: Pick<CommandDeps, 'config' | 'store' | 'clock' | 'publisher' | 'log'>,
  runRule: RunRule,
  printers: ReadonlyMap<string, Printer>,
  publicBaseUrl: () => string,
): TicketPrinting {
  // Outcomes are written together a moment later: during a burst at the kiosks, one durable write per
  // printed ticket would queue behind (and delay) the tickets being issued.
  const pending = new Map<string, 'printed' | 'failed'>()
  let flushing: ReturnType<typeof setTimeout> | null = null
  const flush = async () => {
    if (flushing) clearTimeout(flushing)
    flushing = null
    const batch = [...pending]
    pending.clear()
    if (batch.length === 0) return
    await runRule(
      (s, now) =>
        batch.reduce(
          (acc, [id, state]) => {
            const t = setPrintState(acc.state, id, state, now)
            return { state: t.state, events: [...acc.events, ...t.events], result: undefined }
          },
          { state: s, events: [] as DomainEvent[], result: undefined },
        ),
      () => ({ status: 200, body: null }),
    ).catch((err: unknown) => deps.log('error', 'could not record print states', { tickets: batch.length, err: String(err) }))
  }
  const record = (t: Ticket, state: 'printed' | 'failed') => {
    pending.set(t.id, state)
    flushing ??= setTimeout(() => void flush(), RECORD_DELAY_MS)
  }

  const inFlight = new Set<Promise<unknown>>()
  let isClosing = false

  function print(t: Ticket) {
    const printer = printers.get(t.kioskId)
    if (!printer) {
      record(t, 'failed')
      deps.publisher.printFailed(t.kioskId, t.number)
      return
    }
    const s = deps.store.state()
    const job = toPrintJob(deps.config, s, t, deps.clock.now(), publicBaseUrl())
    const done = printer.print(job).then(
      () => record(t, 'printed'),
      (err: unknown) => {
        // Cut off by the shutdown: it stays queued and `resume` takes it up at the next start.
        if (isClosing) return
        deps.log('warn', 'ticket not printed', { kioskId: t.kioskId, number: t.number, err: String(err) })
        deps.publisher.printFailed(t.kioskId, t.number)
        record(t, 'failed')
      },
    )
    inFlight.add(done)
    void done.finally(() => inFlight.delete(done))
  }

  return {
    print,
    settle: flush,
    async drain(ms) {
      let timer: ReturnType<typeof setTimeout> | undefined
      const timeUp = new Promise<void>((ok) => (timer = setTimeout(ok, ms)))
      await Promise.race([Promise.allSettled([...inFlight]), timeUp])
      clearTimeout(timer)
      isClosing = true
    },
    async resume() {
      const now = deps.clock.now()
      const s = deps.store.state()
      if (s.date !== localDate(now, deps.config.office.timeZone)) return
      for (const t of s.tickets.filter((x) => x.print.state === 'queued')) {
        if (t.status === 'waiting' && now - t.issuedAt <= RESUME_WINDOW_MS) {
          deps.log('info', 'printing a ticket left queued by the last stop', { kioskId: t.kioskId, number: t.number })
          print(t)
        } else {
          deps.log('warn', 'ticket left unprinted by the last stop', { kioskId: t.kioskId, number: t.number })
          record(t, 'failed')
        }
      }
      await flush()
    },
    states: () => deps.config.kiosks.map((k) => ({ id: k.id, state: (printers.get(k.id)?.state() ?? 'unknown') as PrinterState })),
    async reprint(number) {
      const t = deps.store.state().tickets.find((x) => x.number === number)
      if (!t) throw new AppError('NOT_FOUND')
      print(t)
      return { number }
    },
  }
}
