import type { PrinterState } from '../contract/index.ts'
import type { Ticket } from '../queue/model.ts'
import { makeCounterActions } from './counter-actions.ts'
import type { CommandDeps } from './deps.ts'
import { makeIssueTicket } from './issue-ticket.ts'
import { makeQueries } from './queries.ts'
import { makeRate } from './rate.ts'
import { makeReports } from './reports.ts'
import { makeRunRule } from './run-rule.ts'
import type { RunRule } from './run-rule.ts'
import { makeTicketActions } from './ticket-actions.ts'

export interface TicketPrinting {
  /** Queue the ticket on its kiosk's printer; never throws, never waits for the paper. */
  print(ticket: Ticket): void
  states(): { id: string; state: PrinterState }[]
  /** Staff: print a ticket of today again by its number. */
  reprint(number: string): Promise<{ number: string }>
  /** Writes the print outcomes not yet recorded (on shutdown). */
  settle(): Promise<void>
  /**
   * On shutdown, before the printers close: waits up to `ms` for the tickets being printed. Those not done
   * by then stay `queued`, for `resume` at the next start, rather than being marked failed by the closing.
   */
  drain(ms: number): Promise<void>
  /** At start: finishes the prints a stop or crash left `queued` (recent, still waiting), the rest fail. */
  resume(): Promise<void>
}

export function createCommands(
  deps: CommandDeps,
  extra: { version: string; makePrinting: (runRule: RunRule) => TicketPrinting; publicBaseUrl: () => string },
) {
  const runRule = makeRunRule(deps)
  const printing = extra.makePrinting(runRule)
  return {
    runRule,
    issueTicket: makeIssueTicket(deps, runRule, (t) => printing.print(t)),
    counters: makeCounterActions(deps, runRule),
    tickets: makeTicketActions(deps, runRule),
    rate: makeRate(runRule),
    queries: makeQueries(deps, { version: extra.version, printerStates: () => printing.states(), publicBaseUrl: extra.publicBaseUrl }),
    reports: makeReports(deps),
    printing,
  }
}
export type Commands = ReturnType<typeof createCommands>
