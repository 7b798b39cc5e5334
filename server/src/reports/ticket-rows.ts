import type { OfficeConfig } from '../config/schema.ts'
import { instantOf, toIsoOffset } from '../queue/office-time.ts'
import { PRIORITY_LABELS, STATUS_LABELS } from './labels.ts'
import { tenths } from './stats.ts'
import type { DayTickets } from './summary-from-tickets.ts'
import { serviceMs, waitMs } from './ticket-times.ts'

export type Cell = string | number | null

/** One row per ticket for the exports (CSV and the xlsx "Danh sách phiếu" sheet), from the archives. */
export const TICKET_HEADER = [
  'Ngày', 'Số', 'Mã lĩnh vực', 'Lĩnh vực', 'Lĩnh vực ban đầu', 'Khung giờ', 'Ưu tiên', 'Trạng thái', 'Quầy', 'Cán bộ',
  'Giờ lấy số', 'Giờ gọi', 'Giờ bắt đầu', 'Giờ kết thúc', 'Chờ (phút)', 'Phục vụ (phút)', 'Gọi lại', 'Số lần chuyển',
  'Lý do chuyển', 'Đánh giá', 'Lý do', 'Mã hồ sơ',
] as const

export function ticketRows(config: OfficeConfig, days: readonly DayTickets[]): Cell[][] {
  const tz = config.office.timeZone
  const time = (ms?: number) => (ms === undefined ? null : toIsoOffset(ms, tz))
  const minutes = (ms: number | null) => (ms === null ? null : tenths(ms))
  const serviceName = (id: string) => config.services.find((s) => s.id === id)?.name ?? id
  const staffName = (id?: string) => (id === undefined ? null : (config.users.find((u) => u.username === id)?.name ?? id))
  const rows: Cell[][] = []
  for (const d of days)
    for (const t of d.tickets)
      rows.push([
        d.date, t.number, t.serviceId, serviceName(t.serviceId), serviceName(t.originalServiceId), `${t.slotStart}-${t.slotEnd}`,
        PRIORITY_LABELS[t.priority ?? 'none'], STATUS_LABELS[t.status] ?? t.status, t.counterId ?? null, staffName(t.staffId),
        time(t.issuedAt), time(t.firstCalledAt), time(t.startedAt), time(t.finishedAt),
        minutes(waitMs(t, instantOf(d.date, t.slotStart, tz))), minutes(serviceMs(t)), t.recalls, t.transfers.length,
        t.transfers.flatMap((x) => x.reason ?? []).join('; ') || null,
        t.rating?.score ?? null, t.rating?.reasons.join('; ') || null, t.dossierCode ?? null,
      ])
  return rows
}
