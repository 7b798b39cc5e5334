import type { TicketPrintJob } from '../types.ts'

/** A realistic ticket for tests and the preview check; override what a test cares about. */
export function aPrintJob(overrides: Partial<TicketPrintJob> = {}): TicketPrintJob {
  return {
    officeName: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
    headerLines: ['UBND PHƯỜNG BA ĐÌNH', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'],
    footerLines: ['Vui lòng chờ gọi số tại sảnh.', 'Cảm ơn Ông/Bà!'],
    number: 'A012',
    serviceName: 'Hộ tịch – Đăng ký khai sinh, kết hôn',
    slot: { start: '09:00', end: '09:30' },
    date: '2026-11-25',
    priorityLabel: 'Ưu tiên: Người cao tuổi',
    peopleAhead: 3,
    estimatedWaitMinutes: 15,
    issuedAtText: '09:41 25/11/2026',
    qrUrl: 'http://192.168.1.10:3000/t/8f3a2c1e-5b7d-4e9a-b1c2-d3e4f5a6b7c8',
    documents: ['Căn cước công dân (bản chính)', 'Giấy chứng sinh do bệnh viện cấp', 'Tờ khai đăng ký khai sinh theo mẫu'],
    ...overrides,
  }
}

/** The same ticket taken at the kiosk in English: Vietnamese first, the key facts in English too. */
export function anEnglishPrintJob(overrides: Partial<TicketPrintJob> = {}): TicketPrintJob {
  return aPrintJob({ lang: 'en', serviceNameEn: 'Justice – Civil status', priorityLabelEn: 'Priority: Elderly person', ...overrides })
}
