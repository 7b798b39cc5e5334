import { Hono } from 'hono'
import {
  ReportBreakdownQuery,
  ReportExportQuery,
  ReportIndicatorsQuery,
  ReportSummaryQuery,
  ReportTicketsQuery,
} from '../../contract/reports.ts'
import type { Auth } from '../../auth/create-auth.ts'
import { makeRequireUser } from '../../auth/require-user.ts'
import type { AuthVars } from '../../auth/require-user.ts'
import type { Reports } from '../../commands/reports.ts'
import { validate } from '../validate.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function reportRoutes(auth: Auth, reports: Reports) {
  const manager = makeRequireUser(auth, ['manager'])
  return new Hono<AuthVars>()
    .get('/summary', manager, validate('query', ReportSummaryQuery), async (c) => {
      const { from, to } = c.req.valid('query')
      return c.json(await reports.summary(from, to))
    })
    .get('/indicators', manager, validate('query', ReportIndicatorsQuery), async (c) => {
      const { from, to, ...filter } = c.req.valid('query')
      return c.json(await reports.indicators(from, to, filter))
    })
    .get('/breakdown', manager, validate('query', ReportBreakdownQuery), async (c) => {
      const { from, to, by, ...filter } = c.req.valid('query')
      return c.json(await reports.breakdown(from, to, by, filter))
    })
    .get('/tickets', manager, validate('query', ReportTicketsQuery), async (c) => {
      return c.json(await reports.tickets(c.req.valid('query')))
    })
    .get('/export', manager, validate('query', ReportExportQuery), async (c) => {
      const { from, to, format, ...filter } = c.req.valid('query')
      c.header('Content-Disposition', `attachment; filename="luot-${from}-${to}.${format}"`)
      if (format === 'xlsx') return c.body(await reports.xlsx(from, to, filter), 200, { 'Content-Type': XLSX })
      return c.body(await reports.csv(from, to, filter), 200, { 'Content-Type': 'text/csv; charset=utf-8' })
    })
}
