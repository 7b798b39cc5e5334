import ExcelJS from 'exceljs'
import type { BreakdownDimension, ReportBreakdown, ReportFigures, ReportIndicators } from '../contract/reports.ts'
import { addTable, counterSheet, indicatorSheet, satisfactionSheet } from './xlsx-sheets.ts'
import { TICKET_HEADER } from './ticket-rows.ts'
import type { Cell } from './ticket-rows.ts'

export interface WorkbookInput {
  office: string
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
  indicatorSheet(book, input.office, input.indicators)
  for (const [by, name] of BREAKDOWN_SHEETS)
    addTable(book, name, FIGURE_HEADER, input.breakdowns[by].rows.map((r) => [r.key, r.name, ...figureCells(r)]))
  satisfactionSheet(book, input.indicators)
  counterSheet(book, input.indicators)
  addTable(book, 'Danh sách phiếu', TICKET_HEADER, input.tickets)
  return new Uint8Array(await book.xlsx.writeBuffer())
}
