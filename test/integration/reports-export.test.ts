import ExcelJS from 'exceljs'
import type { ReportIndicators } from '@luot/server/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OfficeConfigSchema } from '../../server/src/config/schema.ts'
import { generateHistory } from '../../server/src/demo-data/generate-history.ts'
import { demoConfigInput, startLuot } from '../fixtures/luot-app.ts'
import type { TestLuot } from '../fixtures/luot-app.ts'
import { tempDataDir } from '../fixtures/server-process.ts'

let luot: TestLuot
let manager: string
const REASON = 'Chờ "rất" lâu, phải về'

beforeAll(async () => {
  const dataDir = tempDataDir()
  await generateHistory(OfficeConfigSchema.parse(demoConfigInput()), { dataDir, days: 5, end: '2026-11-24', perDay: 40, seed: 'export' })
  luot = await startLuot({ dataDir, at: '2026-11-25T09:05:00+07:00' })
  manager = await luot.login('quanly')
  // Today: one ticket rated from the phone with a reason that needs quoting in CSV.
  const staff = await luot.login('canbo3')
  const t = await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH' } })
  await luot.call('POST', '/api/counters/3/next', { token: staff })
  luot.clock.advance(5 * 60_000)
  await luot.call('POST', `/api/tickets/${t.body.id}/finish`, { token: staff })
  const rated = await luot.call('POST', `/api/tickets/${t.body.id}/rating`, { body: { score: 1, reasons: [REASON] } })
  expect(rated.status).toBe(201)
})
afterAll(async () => {
  await luot.close()
})

const download = (format: string) =>
  fetch(`${luot.url}/api/reports/export?from=2026-11-18&to=2026-11-25&format=${format}`, { headers: { authorization: `Bearer ${manager}` } })

/** RFC 4180 as Excel reads a .csv: comma separators, "…" quoting with "" for a quote, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let isQuoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (isQuoted && ch === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (ch === '"') isQuoted = !isQuoted
    else if (isQuoted || (ch !== ',' && ch !== '\r')) cell += ch
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  return rows
}

describe('GET /api/reports/export', () => {
  it('CSV: UTF-8 with BOM, one row per ticket, Vietnamese and quoted fields intact', async () => {
    const res = await download('csv')
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain('luot-2026-11-18-2026-11-25.csv')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(text.slice(1))
    const [header, ...body] = rows
    expect(header?.slice(0, 4)).toEqual(['Ngày', 'Số', 'Mã lĩnh vực', 'Lĩnh vực'])
    expect(rows.every((r) => r.length === header?.length)).toBe(true)
    const dates = new Set(body.map((r) => r[0]))
    expect([...dates].every((d) => d !== undefined && d >= '2026-11-18' && d <= '2026-11-25')).toBe(true)
    expect(body.some((r) => r[3] === 'Tư pháp – Hộ tịch')).toBe(true)
    const today = body.find((r) => r[0] === '2026-11-25')
    expect(today?.[header!.indexOf('Lý do')]).toBe(REASON)
    expect(today?.[header!.indexOf('Đánh giá')]).toBe('1')
    expect(today?.[header!.indexOf('Chờ (phút)')]).toBe('0')
  })

  it('xlsx: a real workbook, a sheet per view, Vietnamese headers', async () => {
    const res = await download('xlsx')
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await res.arrayBuffer())
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp', 'Ưu tiên', 'Theo lĩnh vực', 'Theo quầy', 'Theo cán bộ', 'Theo đối tượng ưu tiên', 'Theo giờ', 'Theo thứ', 'Theo ngày', 'Theo tháng',
      'Mức độ hài lòng', 'Quầy - thời gian', 'Phân bố theo giờ', 'Thao tác và lý do', 'Danh sách phiếu',
    ])
    const summary = book.getWorksheet('Tổng hợp')!
    const value = (label: string) => summary.getColumn(1).values.indexOf(label)
    expect(summary.getRow(1).values).toEqual([undefined, 'Chỉ tiêu', 'Giá trị'])
    expect(summary.getRow(value('Phạm vi')).getCell(2).value).toBe('Toàn văn phòng')
    const issuedRow = value('Số phiếu đã cấp')
    const tickets = book.getWorksheet('Danh sách phiếu')!
    expect(summary.getRow(issuedRow).getCell(2).value).toBe(tickets.rowCount - 1)
    const byService = book.getWorksheet('Theo lĩnh vực')!
    expect(byService.getRow(1).getCell(3).value).toBe('Số phiếu')
    const total = byService.getColumn(3).values.slice(2).reduce((n: number, v) => n + Number(v), 0)
    expect(total).toBe(tickets.rowCount - 1)
    expect(byService.getColumn(2).values).toContain('Tư pháp – Hộ tịch')
    const reasons = book.getWorksheet('Mức độ hài lòng')!.getColumn(2).values
    expect(reasons).toContain(REASON)

    // A filtered workbook says what it holds.
    const filtered = new ExcelJS.Workbook()
    const filteredRes = await fetch(`${luot.url}/api/reports/export?from=2026-11-18&to=2026-11-25&format=xlsx&serviceId=HOTICH&hour=9&weekday=wed`, {
      headers: { authorization: `Bearer ${manager}` },
    })
    await filtered.xlsx.load(await filteredRes.arrayBuffer())
    const scope = filtered.getWorksheet('Tổng hợp')!
    expect(scope.getRow(scope.getColumn(1).values.indexOf('Phạm vi')).getCell(2).value).toBe('Lĩnh vực: Tư pháp – Hộ tịch; Giờ lấy số: 09:00–10:00; Thứ Tư')

    // The shape of the day and the actions with reasons, from the same indicators as the API.
    const view = (await (await fetch(`${luot.url}/api/reports/indicators?from=2026-11-18&to=2026-11-25`, { headers: { authorization: `Bearer ${manager}` } })).json()) as ReportIndicators
    const profile = book.getWorksheet('Phân bố theo giờ')!
    const counts = profile.getColumn(3).values.slice(2, 2 + view.waitDistribution.length)
    expect(counts).toEqual(view.waitDistribution.map((b) => b.count))
    const weekdays = profile.getRows(2, profile.rowCount - 1)!.filter((row) => row.getCell(1).value === 'Lượt đến theo thứ')
    expect(weekdays.map((row) => [row.getCell(3).value, row.getCell(4).value])).toEqual(view.arrivals.byWeekday.map((w) => [w.tickets, w.perDay]))
    expect(weekdays.length).toBeGreaterThan(0)
    const actions = book.getWorksheet('Thao tác và lý do')!
    expect([actions.getRow(2).getCell(1).value, actions.getRow(2).getCell(3).value]).toEqual(['Gọi không theo thứ tự', view.actions.outOfOrderCalls])
    const transferRows = actions.getColumn(1).values.filter((v) => v === 'Chuyển lĩnh vực')
    expect(transferRows).toHaveLength(view.actions.transfers.length)
    expect(view.actions.transfers.length).toBeGreaterThan(0)

    // Dates and clock times are real Excel dates (sortable, filterable) showing the office's wall clock.
    const header = tickets.getRow(1).values as unknown[]
    const col = (name: string) => header.indexOf(name)
    const last = tickets.getRow(tickets.rowCount)
    const [day, issued] = [last.getCell(col('Ngày')), last.getCell(col('Giờ lấy số'))]
    expect(day.value).toBeInstanceOf(Date)
    expect((day.value as Date).toISOString()).toBe('2026-11-25T00:00:00.000Z')
    expect(day.numFmt).toBe('dd/mm/yyyy')
    expect(issued.value).toBeInstanceOf(Date)
    expect(issued.numFmt).toBe('hh:mm:ss')
    const csvRows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await (await download('csv')).arrayBuffer())).slice(1))
    const csvIssued = csvRows.at(-1)![csvRows[0]!.indexOf('Giờ lấy số')]!
    expect((issued.value as Date).toISOString().slice(0, 19)).toBe(csvIssued.slice(0, 19))
  })
})
