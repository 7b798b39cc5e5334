import type { PriorityClass } from '../contract/index.ts'
import type { Weekday } from '../config/schema.ts'

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
