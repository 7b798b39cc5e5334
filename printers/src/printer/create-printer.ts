import { setTimeout as sleep } from 'node:timers/promises'
import { getProfile } from '../profiles/get-profile.ts'
import type { PrinterProfile } from '../profiles/printer-profile.ts'
import type { TicketLine } from '../layout/ticket-line.ts'
import { ticketLines } from '../layout/ticket-lines.ts'
import { createInThreadRenderer } from '../renderer/page-renderer.ts'
import type { RenderedPage } from '../renderer/page-renderer.ts'
import type { TransportMeta } from '../transports/transport.ts'
import type { Printer, PrinterConfigLike, PrinterDeps, PrinterState } from '../types.ts'
import { createTransport, tuningOf } from './create-transport.ts'
import { PrintError } from './print-error.ts'

/** Backoff stops growing here: a printer that is back should not wait minutes for the next try. */
const MAX_RETRY_DELAY_MS = 30_000

/**
 * One printer with its own queue ("lane"): jobs go out one at a time in order, so tickets come out in
 * the order they were issued, and a stuck printer delays only its own kiosk.
 */
/** Any page through the same lane as tickets: the test page, later perhaps a daily summary. */
export interface PrintPage {
  lines: TicketLine[]
  /** YYYY-MM-DD and a file-safe name: where the `file` printer puts it. */
  date: string
  name: string
}

/** The contract's Printer, plus what the test page needs: the profile (for the width) and free pages. */
export interface LuotPrinter extends Printer {
  profile: PrinterProfile | null
  printPage(page: PrintPage): Promise<{ bytes: number; ms: number }>
}

export function createPrinter(id: string, config: PrinterConfigLike, deps: PrinterDeps): LuotPrinter {
  // Throws on an unknown profile name here, at start-up, rather than on the first citizen's ticket.
  const profile = config.type === 'none' ? null : getProfile(config.profile ?? 'generic-80')
  const tuning = tuningOf(config)
  const transport = createTransport(config, deps.dataDir, tuning)
  const canAsk = transport?.status !== undefined && (config.type === 'file' || profile?.hasStatus === true)
  // The caller owns a renderer it passes in (one worker shared by all printers) and closes it.
  const renderer = deps.renderer ?? createInThreadRenderer()
  const needsPreview = config.type === 'file'
  const listeners = new Set<(s: PrinterState) => void>()
  const closing = new AbortController()
  let state: PrinterState = transport ? 'unknown' : 'offline'
  let tail: Promise<unknown> = Promise.resolve()
  let inFlight = 0

  const setState = (next: PrinterState) => {
    if (next === state) return
    state = next
    deps.log(`printer ${id}: ${next}`)
    for (const cb of listeners)
      try {
        cb(next)
      } catch (err) {
        // A broken listener must not stop the others nor the print lane.
        deps.log(`printer ${id}: state listener failed`, err)
      }
  }

  /**
   * Runs `work` after everything queued before it; `after` (a status refresh) runs in the same turn of
   * the lane once `work` succeeded, without delaying the caller's promise.
   */
  const enqueue = <T>(work: () => Promise<T>, after?: () => Promise<void>): Promise<T> => {
    const run = tail.then(work)
    // The lane goes on after a failed job; that job's caller gets the failure through `run`.
    tail = run.then(
      () => after?.(),
      () => undefined,
    )
    return run
  }

  /** What the printer says now; a link that cannot ask leaves 'unknown' (or 'offline' after a failure). */
  const ask = async (fallback: PrinterState): Promise<PrinterState> => {
    if (!canAsk || !transport?.status) return fallback
    try {
      return await transport.status()
    } catch (err) {
      deps.log(`printer ${id}: status query failed`, err)
      return 'unknown'
    }
  }

  const refresh = async () => setState(await ask('unknown'))

  const sendWithRetries = async (bytes: Uint8Array, meta: TransportMeta): Promise<number> => {
    if (!transport) throw new PrintError('NO_PRINTER', 0)
    for (let attempt = 1; ; attempt++) {
      if (closing.signal.aborted) throw new PrintError('PRINTER_CLOSED', attempt - 1)
      const signal = AbortSignal.any([closing.signal, AbortSignal.timeout(tuning.writeTimeoutMs)])
      try {
        await transport.send(bytes, signal, meta)
        return attempt
      } catch (err) {
        if (closing.signal.aborted) throw new PrintError('PRINTER_CLOSED', attempt, { cause: err })
        deps.log(`printer ${id}: attempt ${attempt}/${tuning.maxAttempts} failed`, err)
        const seen = await ask('offline')
        setState(seen === 'ok' || seen === 'unknown' ? 'offline' : seen)
        if (attempt >= tuning.maxAttempts) throw new PrintError('PRINT_FAILED', attempt, { cause: err })
        const delay = Math.min(MAX_RETRY_DELAY_MS, tuning.retryDelayMs * 2 ** (attempt - 1))
        try {
          await sleep(delay, undefined, { signal: closing.signal })
        } catch (abort) {
          // Only close() aborts this wait; the job ends as closed, not as a printer fault.
          throw new PrintError('PRINTER_CLOSED', attempt, { cause: abort })
        }
      }
    }
  }

  const runJob = async (page: PrintPage, queuedAt: number) => {
    if (!profile) throw new PrintError('NO_PRINTER', 0)
    // Jobs still queued at close end at once, without each spending a render first.
    if (closing.signal.aborted) throw new PrintError('PRINTER_CLOSED', 0)
    let rendered: RenderedPage
    try {
      rendered = await renderer.render(page.lines, profile.name, { preview: needsPreview })
    } catch (err) {
      if (closing.signal.aborted) throw new PrintError('PRINTER_CLOSED', 0, { cause: err })
      throw new PrintError('PRINT_FAILED', 0, { cause: err })
    }
    await sendWithRetries(rendered.bytes, { date: page.date, number: page.name, preview: rendered.png ?? null })
    return { bytes: rendered.bytes.length, ms: deps.now() - queuedAt }
  }

  const printPage = (page: PrintPage) => {
    if (!transport) return Promise.reject(new PrintError('NO_PRINTER', 0))
    if (closing.signal.aborted) return Promise.reject(new PrintError('PRINTER_CLOSED', 0))
    const queuedAt = deps.now()
    inFlight++
    // After each ticket, ask again: paper may have run low on this very ticket.
    return enqueue(() => runJob(page, queuedAt), refresh).finally(() => inFlight--)
  }

  return {
    id,
    profile,
    state: () => state,
    print: (job) => printPage({ lines: ticketLines(job), date: job.date, name: job.number }),
    printPage,
    async checkStatus() {
      // While a job holds the printer's one connection, a second one would be refused and read as
      // 'offline'; the job itself keeps the state current, so answer with that.
      if (inFlight > 0 || closing.signal.aborted) return state
      return enqueue(async () => {
        await refresh()
        return state
      })
    },
    onStateChange(cb) {
      listeners.add(cb)
      return () => listeners.delete(cb)
    },
    async close() {
      closing.abort(new PrintError('PRINTER_CLOSED', 0))
      await tail
    },
  }
}
