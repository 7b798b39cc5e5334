import ExcelJS from 'exceljs'
import type { BreakdownDimension, ReportBreakdown, ReportFigures, ReportIndicators } from '../contract/reports.ts'
import { actionsSheet, addTable, counterSheet, indicatorSheet, profileSheet, satisfactionSheet } from './xlsx-sheets.ts'
import { TICKET_HEADER } from './ticket-rows.ts'
import type { Cell } from './ticket-rows.ts'

export interface WorkbookInput {
  office: string
  /** The filters in words (labels.ts scopeLabel). */
  scope: string
  serviceName: (id: string) => string
  indicators: ReportIndicators
  breakdowns: Record<SheetDimension, ReportBreakdown>
  tickets: Cell[][]
}

/** Weeks are left out: days and months already show the trend, and a year would add 52 near-empty rows. */
export const SHEET_DIMENSIONS = ['service', 'counter', 'staff', 'priority', 'hour', 'weekday', 'day', 'month'] as const satisfies readonly BreakdownDimension[]
type SheetDimension = (typeof SHEET_DIMENSIONS)[number]

const BREAKDOWN_SHEETS: [SheetDimension, string][] = [
  ['service', 'Theo lĩnh vực'],
  ['counter', 'Theo quầy'],
  ['staff', 'Theo cán bộ'],
  ['priority', 'Theo đối tượng ưu tiên'],
  ['hour', 'Theo giờ'],
  ['weekday', 'Theo thứ'],
  ['day', 'Theo ngày'],
  ['month', 'Theo tháng'],
]

const FIGURE_HEADER = [
  'Mã', 'Tên', 'Số phiếu', 'Đã gọi', 'Đã phục vụ', 'Vắng mặt', 'Tỷ lệ vắng mặt (%)', 'Phiếu chuyển', 'Lượt chuyển', 'Đã hủy',
  'Còn lại cuối ngày', 'Chờ TB (phút)', 'Chờ trung vị (phút)', 'Chờ P90 (phút)', 'Chờ tối đa (phút)', 'Chờ đạt chuẩn (%)',
  'Phục vụ TB (phút)', 'Phục vụ trung vị (phút)', 'Phục vụ P90 (phút)', 'Phục vụ tối đa (phút)', 'Phục vụ đạt chuẩn (%)',
  'Lượt đánh giá', 'Hài lòng (%)', 'Tỷ lệ được đánh giá (%)',
]

export function figureCells(f: ReportFigures): Cell[] {
  const t = f.tickets
  const w = f.waitMinutes
  const s = f.serviceMinutes
  return [
    t.issued, t.called, t.served, t.noShow, t.noShowPercent, t.transferred, t.transfers, t.cancelled, t.leftAtClose,
    w.mean, w.median, w.p90, w.max, w.withinTargetPercent, s.mean, s.median, s.p90, s.max, s.withinTargetPercent,
    f.satisfaction.ratings, f.satisfaction.satisfiedPercent, f.satisfaction.coveragePercent,
  ]
}

/** The report as a real .xlsx workbook: one sheet per view, Vietnamese headers. */
export async function reportWorkbook(input: WorkbookInput): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Lượt'
  indicatorSheet(book, input.office, input.scope, input.indicators)
  for (const [by, name] of BREAKDOWN_SHEETS)
    addTable(book, name, FIGURE_HEADER, input.breakdowns[by].rows.map((r) => [r.key, r.name, ...figureCells(r)]))
  satisfactionSheet(book, input.indicators)
  counterSheet(book, input.indicators)
  profileSheet(book, input.indicators)
  actionsSheet(book, input.indicators, input.serviceName)
  const list = addTable(book, 'Danh sách phiếu', TICKET_HEADER, input.tickets.map(asExcelDates))
  list.getColumn(DATE_COLUMN + 1).numFmt = 'dd/mm/yyyy'
  for (const i of TIME_COLUMNS) {
    list.getColumn(i + 1).numFmt = 'hh:mm:ss'
    list.getColumn(i + 1).width = 12
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}

const DATE_COLUMN = TICKET_HEADER.indexOf('Ngày')
const TIME_COLUMNS = (['Giờ lấy số', 'Giờ gọi', 'Giờ bắt đầu', 'Giờ kết thúc'] as const).map((h) => TICKET_HEADER.indexOf(h))

/**
 * Excel sorts and filters real dates, not text. It has no time zones: a cell holds the office's wall
 * clock, so the ISO time's local part is written as if it were UTC (exceljs writes Dates as UTC).
 */
function asExcelDates(row: Cell[]): (Cell | Date)[] {
  const wall = (iso: Cell) => (typeof iso === 'string' ? new Date(`${iso.slice(0, 19)}Z`) : iso)
  return row.map((cell, i) => (i === DATE_COLUMN ? wall(`${String(cell)}T00:00:00`) : TIME_COLUMNS.includes(i) ? wall(cell) : cell))
}
