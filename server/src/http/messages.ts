import type { ErrorCode } from '../contract/index.ts'

// The one table of people-facing error messages (Vietnamese). Screens use their own catalogs by code.
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION: 'Dữ liệu gửi lên không hợp lệ.',
  UNAUTHORIZED: 'Chưa đăng nhập, phiên đã hết hạn hoặc sai tên đăng nhập/mật khẩu.',
  FORBIDDEN: 'Tài khoản này không được phép thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy.',
  UNKNOWN_SERVICE: 'Lĩnh vực này không có tại đơn vị.',
  INVALID_STATE: 'Không thể thực hiện thao tác ở trạng thái hiện tại.',
  ALREADY_RATED: 'Lượt này đã được đánh giá.',
  IDEMPOTENCY_MISMATCH: 'Khoá Idempotency-Key đã được dùng cho một yêu cầu khác.',
  INVALID_SLOT: 'Khung giờ không hợp lệ hoặc đã qua.',
  SLOT_FULL: 'Khung giờ này đã hết chỗ.',
  OFFICE_CLOSED: 'Đơn vị hiện không làm việc hoặc đã hết khung giờ trong ngày.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn (tối đa 64 KiB).',
  RATE_LIMITED: 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút.',
  INTERNAL: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
  STORAGE_UNAVAILABLE: 'Không ghi được dữ liệu (ổ đĩa đầy hoặc không ghi được). Chưa có gì được lưu.',
}
