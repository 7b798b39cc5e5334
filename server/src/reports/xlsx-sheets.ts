import type ExcelJS from 'exceljs'
import type { ReportIndicators } from '../contract/reports.ts'
import { PRIORITY_LABELS, WEEKDAY_LABELS } from './labels.ts'
import type { Cell } from './ticket-rows.ts'

// The sheets of the workbook that are not plain breakdown tables.

/** Adds a sheet with a bold, frozen header row and columns wide enough to read. */
export function addTable(book: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly (Cell | Date)[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.addRow([...header]).font = { bold: true }
  for (const r of rows) sheet.addRow(r)
  sheet.columns.forEach((col, i) => {
    col.width = Math.min(40, Math.max(10, (header[i]?.length ?? 8) + 2))
  })
  return sheet
}

export function indicatorSheet(book: ExcelJS.Workbook, office: string, scope: string, r: ReportIndicators): void {
  const t = r.tickets
  const rows: Cell[][] = [
    ['Đơn vị', office],
    ['Từ ngày', r.from],
    ['Đến ngày', r.to],
    ['Phạm vi', scope],
    ['Số ngày có dữ liệu', r.days],
    ['Số phiếu đã cấp', t.issued],
    ['Đã phục vụ', t.served],
    ['Vắng mặt', t.noShow],
    ['Tỷ lệ vắng mặt trên số được gọi (%)', t.noShowPercent],
    ['Phiếu được chuyển lĩnh vực', t.transferred],
    ['Đã hủy', t.cancelled],
    ['Còn lại cuối ngày', t.leftAtClose],
    ['Thời gian chờ trung bình (phút)', r.waitMinutes.mean],
    ['Thời gian chờ trung vị (phút)', r.waitMinutes.median],
    ['Thời gian chờ P90 (phút)', r.waitMinutes.p90],
    ['Thời gian chờ tối đa (phút)', r.waitMinutes.max],
    ['Chờ trong thời gian chuẩn (%)', r.waitMinutes.withinTargetPercent],
    ['Thời gian phục vụ trung bình (phút)', r.serviceMinutes.mean],
    ['Thời gian phục vụ trung vị (phút)', r.serviceMinutes.median],
    ['Thời gian phục vụ P90 (phút)', r.serviceMinutes.p90],
    ['Phục vụ trong thời gian chuẩn (%)', r.serviceMinutes.withinTargetPercent],
    ['Số lượt đánh giá', r.satisfaction.ratings],
    ['Tỷ lệ hài lòng (%)', r.satisfaction.satisfiedPercent],
    ['Tỷ lệ được đánh giá trên số đã phục vụ (%)', r.satisfaction.coveragePercent],
    ['Hồ sơ có mã được đánh giá', r.dossiers.rated],
    ['Ước tính mức độ hài lòng theo QĐ 766 (%)', r.dossiers.estimatePercent],
    ['Mức chuẩn (%)', r.dossiers.targetPercent],
    ['Ghi chú', r.dossiers.label],
    ['Lượt gọi không theo thứ tự', r.actions.outOfOrderCalls],
    ['Lượt gọi lại', r.actions.recalls],
    ['Chờ TB của đối tượng ưu tiên (phút)', r.priorityEquity.priority.waitMinutes.mean],
    ['Chờ TB của người không ưu tiên (phút)', r.priorityEquity.normal.waitMinutes.mean],
  ]
  const sheet = addTable(book, 'Tổng hợp', ['Chỉ tiêu', 'Giá trị'], rows)
  sheet.getColumn(1).width = 45
  sheet.getColumn(2).width = 30
  addTable(
    book,
    'Ưu tiên',
    ['Đối tượng', 'Số phiếu đã gọi', 'Chờ TB (phút)', 'Chờ trung vị (phút)', 'Chờ P90 (phút)'],
    r.priorityEquity.byClass.map((c) => [PRIORITY_LABELS[c.priority], c.tickets, c.waitMinutes.mean, c.waitMinutes.median, c.waitMinutes.p90]),
  )
}

export function satisfactionSheet(book: ExcelJS.Workbook, r: ReportIndicators): void {
  const s = r.satisfactionDetail
  const rows: Cell[][] = [
    ...s.distribution.map((d): Cell[] => ['Mức độ', d.label, d.count, d.percent]),
    ...s.topReasonsForScore1.map((x): Cell[] => ['Lý do không hài lòng', x.reason, x.count, null]),
    ...s.byStaff.map((x): Cell[] => ['Cán bộ', x.name, x.ratings, x.satisfiedPercent, x.rank]),
    ...s.byCounter.map((x): Cell[] => ['Quầy', x.name, x.ratings, x.satisfiedPercent, x.rank]),
  ]
  addTable(book, 'Mức độ hài lòng', ['Nhóm', 'Tên', 'Số lượt', 'Tỷ lệ (%)', `Xếp hạng (từ ${s.minRatingsToRank} lượt)`], rows)
}

export function counterSheet(book: ExcelJS.Workbook, r: ReportIndicators): void {
  addTable(
    book,
    'Quầy - thời gian',
    ['Quầy', 'Mở (phút)', 'Bận (phút)', 'Hiệu suất (%)', 'Tạm dừng (phút)', 'Lý do tạm dừng'],
    r.counters.map((c) => [
      c.name, c.openMinutes, c.busyMinutes, c.utilisationPercent, c.pausedMinutes,
      c.pauses.map((p) => `${p.reason ?? 'Không ghi lý do'}: ${p.count} lần, ${p.minutes} phút`).join('; ') || null,
    ]),
  )
}

/** The day's shape for slot planning: waits by bucket, arrivals per half hour and weekday, the longest queue per hour. */
export function profileSheet(book: ExcelJS.Workbook, r: ReportIndicators): void {
  const rows: Cell[][] = [
    ...r.waitDistribution.map((b): Cell[] => ['Phân bố thời gian chờ', b.toMinutes === null ? `Từ ${b.fromMinutes} phút` : `${b.fromMinutes}–${b.toMinutes} phút`, b.count, null]),
    ...r.arrivals.byHalfHour.map((a): Cell[] => ['Lượt đến theo nửa giờ', a.start, a.tickets, a.perDay]),
    ...r.arrivals.byWeekday.map((a): Cell[] => ['Lượt đến theo thứ', WEEKDAY_LABELS[a.weekday], a.tickets, a.perDay]),
    ...r.longestQueue.map((q): Cell[] => ['Hàng chờ dài nhất theo giờ', q.hour, q.max, q.meanDailyMax]),
  ]
  addTable(book, 'Phân bố theo giờ', ['Chỉ tiêu', 'Khoảng', 'Số lượt', 'Trung bình mỗi ngày'], rows)
}

/** What staff did outside the plain order, with the reasons they gave. */
export function actionsSheet(book: ExcelJS.Workbook, r: ReportIndicators, serviceName: (id: string) => string): void {
  const a = r.actions
  const rows: Cell[][] = [
    ['Gọi không theo thứ tự', null, a.outOfOrderCalls, null],
    ['Gọi lại', null, a.recalls, null],
    ['Vắng mặt', null, a.noShows, null],
    ['Đã hủy', null, a.cancelled, null],
    ...a.transfers.map((t): Cell[] => ['Chuyển lĩnh vực', `${serviceName(t.fromServiceId)} → ${serviceName(t.toServiceId)}`, t.count, t.reason ?? 'Không ghi lý do']),
    ...a.pauses.map((p): Cell[] => ['Tạm dừng quầy', `${p.minutes} phút`, p.count, p.reason ?? 'Không ghi lý do']),
  ]
  addTable(book, 'Thao tác và lý do', ['Thao tác', 'Chi tiết', 'Số lần', 'Lý do'], rows)
}
