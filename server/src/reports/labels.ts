import type { PriorityClass } from '../contract/index.ts'
import type { ReportFilter } from '../contract/reports.ts'
import type { OfficeConfig, Weekday } from '../config/schema.ts'
import { hhmmOf } from '../queue/office-time.ts'

// Vietnamese labels for exports and breakdown rows (the screens have their own catalogs).

export const PRIORITY_LABELS: Record<PriorityClass | 'none', string> = {
  elderly: 'Người cao tuổi',
  disability: 'Người khuyết tật',
  pregnant: 'Phụ nữ mang thai',
  child: 'Người đi cùng trẻ nhỏ',
  merit: 'Người có công với cách mạng',
  none: 'Không ưu tiên',
}

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Thứ Hai',
  tue: 'Thứ Ba',
  wed: 'Thứ Tư',
  thu: 'Thứ Năm',
  fri: 'Thứ Sáu',
  sat: 'Thứ Bảy',
  sun: 'Chủ nhật',
}

export const STATUS_LABELS: Record<string, string> = {
  waiting: 'Đang chờ',
  called: 'Đã gọi',
  serving: 'Đang phục vụ',
  done: 'Đã xong',
  no_show: 'Vắng mặt',
  cancelled: 'Đã hủy',
}

export const NOT_AT_COUNTER = 'Chưa đến quầy'

/** The filters of a report in words, for the workbook's summary sheet; the whole office when none. */
export function scopeLabel(config: OfficeConfig, filter: ReportFilter): string {
  const parts: string[] = []
  if (filter.serviceId !== undefined) parts.push(`Lĩnh vực: ${config.services.find((s) => s.id === filter.serviceId)?.name ?? filter.serviceId}`)
  if (filter.counterId !== undefined) parts.push(`Quầy: ${config.counters.find((c) => c.id === filter.counterId)?.name ?? filter.counterId}`)
  if (filter.staffId !== undefined) parts.push(`Cán bộ: ${config.users.find((u) => u.username === filter.staffId)?.name ?? filter.staffId}`)
  if (filter.priority !== undefined) parts.push(`Đối tượng: ${PRIORITY_LABELS[filter.priority]}`)
  if (filter.hour !== undefined) parts.push(`Giờ lấy số: ${hhmmOf(filter.hour * 60)}–${hhmmOf((filter.hour + 1) * 60)}`)
  if (filter.weekday !== undefined) parts.push(WEEKDAY_LABELS[filter.weekday])
  return parts.length > 0 ? parts.join('; ') : 'Toàn văn phòng'
}
