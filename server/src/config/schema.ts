import { z } from 'zod'
import { HHMM, PRIORITY_CLASSES, YMD } from '../contract/index.ts'

/** Joins the Vietnamese and English halves of a rule's message; explain.ts shows them as one line. */
export const MESSAGE_HALVES = '\n'
const say = (vi: string, en: string) => `${vi}${MESSAGE_HALVES}${en}`

const hhmm = z.string().regex(HHMM, say('giờ phải có dạng HH:MM, ví dụ "07:30"', 'a time is HH:MM, e.g. "07:30"'))
const period = z
  .strictObject({ start: hhmm, end: hhmm })
  .refine((p) => p.start < p.end, { message: say('giờ bắt đầu phải trước giờ kết thúc', 'start must be before end') })
const day = z
  .array(period)
  .default([])
  .refine((ps) => ps.every((p, i) => i === 0 || ps[i - 1]!.end <= p.start), {
    message: say('các buổi làm việc phải theo thứ tự và không chồng lên nhau', 'periods must be in order and must not overlap'),
  })

// Timeouts and retries in milliseconds; the defaults suit a printer on the office LAN.
const tuning = {
  profile: z.enum(['generic-80', 'epson-tm-t82', 'epson-tcvn3', 'xprinter-80', 'narrow-80', 'generic-58']).default('generic-80'),
  connectTimeoutMs: z.number().int().positive().optional(),
  writeTimeoutMs: z.number().int().positive().optional(),
  statusTimeoutMs: z.number().int().positive().optional(),
  maxAttempts: z.number().int().min(1).max(100).optional(),
  retryDelayMs: z.number().int().positive().optional(),
}
const printerConfig = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('file'), ...tuning }),
  z.strictObject({ type: z.literal('network'), host: z.string().min(1), port: z.number().int().min(1).max(65535).default(9100), ...tuning }),
  z.strictObject({ type: z.literal('usb'), path: z.string().min(1), ...tuning }),
  z.strictObject({ type: z.literal('serial'), path: z.string().min(1), baudRate: z.number().int().positive().default(9600), ...tuning }),
  z.strictObject({ type: z.literal('none') }),
])

const service = z.strictObject({
  id: z.string().regex(/^[A-Z0-9_-]{1,32}$/, say('mã dịch vụ chỉ gồm chữ in hoa, số, "_" hoặc "-" (tối đa 32 ký tự)', 'a service id is capital letters, digits, "_" or "-" (at most 32)')),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  prefix: z.string().regex(/^[A-Z]{1,2}$/, say('tiền tố là 1–2 chữ cái in hoa không dấu, ví dụ "A"', 'a prefix is 1–2 capital letters, e.g. "A"')),
  capacityPerSlot: z.number().int().min(1),
  documents: z.array(z.string()).default([]),
  /** Used for the estimated wait until real service times exist today. */
  defaultServiceMinutes: z.number().positive().default(10),
  targetWaitMinutes: z.number().positive().default(15),
  targetServiceMinutes: z.number().positive().default(30),
})

const counter = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, say('mã quầy chỉ gồm chữ không dấu, số, "_" hoặc "-", ví dụ "1"', 'a counter id is letters, digits, "_" or "-", e.g. "1"')),
  name: z.string().min(1),
  serviceIds: z.array(z.string()).min(1),
})

const user = z.strictObject({
  username: z
    .string()
    .regex(/^[a-z0-9._-]{2,64}$/, say('tên đăng nhập gồm 2–64 chữ thường không dấu, số, ".", "_" hoặc "-"', 'a username is 2–64 lower-case letters, digits, ".", "_" or "-"')),
  name: z.string().min(1),
  role: z.enum(['staff', 'manager']),
  counterId: z.string().optional(),
  /** scrypt$N$r$p$salt$hash, made by `npm run hash-password`. */
  passwordHash: z.string().regex(/^scrypt\$/, say('mật khẩu phải được băm: chạy npm run hash-password -- \'mật-khẩu\' và dán kết quả vào đây', 'passwords are stored hashed: run npm run hash-password -- \'password\' and paste its output here')),
})

export const OfficeConfigSchema = z
  .strictObject({
    office: z.strictObject({
      name: z.string().min(1),
      unit: z.string().default(''),
      timeZone: z
        .string()
        .default('Asia/Ho_Chi_Minh')
        .refine(isTimeZone, {
          message: say('múi giờ không tồn tại; ở Việt Nam dùng "Asia/Ho_Chi_Minh"', 'unknown time zone; Viet Nam is "Asia/Ho_Chi_Minh"'),
        }),
      publicBaseUrl: z
        .url({ message: say('cần một địa chỉ đầy đủ, ví dụ "http://192.168.1.10:3000"', 'needs a full address, e.g. "http://192.168.1.10:3000"') })
        .optional(),
      ticketHeader: z.array(z.string()).default([]),
      ticketFooter: z.array(z.string()).default(['Cảm ơn Ông/Bà!']),
    }),
    demo: z.boolean().default(false),
    openingHours: z.strictObject({
      mon: day,
      tue: day,
      wed: day,
      thu: day,
      fri: day,
      sat: day,
      sun: day,
    }),
    slotMinutes: z.number().int().min(5).max(240).default(30),
    holidays: z
      .array(
        z.strictObject({
          date: z
            .string()
            .regex(YMD, say('ngày phải có dạng YYYY-MM-DD, ví dụ "2026-09-02"', 'a date is YYYY-MM-DD, e.g. "2026-09-02"'))
            .refine(isRealDate, { message: say('ngày này không có trên lịch', 'this date does not exist'), abort: true }),
          name: z.string(),
        }),
      )
      .default([]),
    services: z.array(service).min(1),
    counters: z.array(counter).min(1),
    priority: z.strictObject({
      classes: z.array(z.enum(PRIORITY_CLASSES)).default([...PRIORITY_CLASSES]),
      /** After this many priority calls in a row at a counter, a waiting normal ticket goes next. */
      maxPriorityInARow: z.number().int().min(1).default(2),
      /** A ticket that has waited longer than this goes first, whatever its class. */
      maxWaitMinutes: z.number().positive().default(60),
    }),
    kiosks: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1), printer: printerConfig })).min(1),
    users: z.array(user).min(1),
    rating: z
      .strictObject({ reasons: z.array(z.string()).default([]) })
      .default({ reasons: [] }),
  })
  .superRefine((c, ctx) => {
    const serviceIds = new Set(c.services.map((s) => s.id))
    const counterIds = new Set(c.counters.map((k) => k.id))
    unique(ctx, c.services.map((s) => s.id), ['services'], 'id', 'mã dịch vụ')
    unique(ctx, c.services.map((s) => s.prefix), ['services'], 'prefix', 'tiền tố')
    unique(ctx, c.counters.map((k) => k.id), ['counters'], 'id', 'mã quầy')
    unique(ctx, c.kiosks.map((k) => k.id), ['kiosks'], 'id', 'mã ki-ốt')
    unique(ctx, c.users.map((u) => u.username), ['users'], 'username', 'tên đăng nhập')
    c.counters.forEach((k, i) =>
      k.serviceIds.forEach((sid, j) => {
        if (!serviceIds.has(sid))
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'serviceIds', j],
            message: say(
              `dịch vụ "${sid}" không có trong mục "services". Hãy thêm dịch vụ này hoặc sửa lại tên.`,
              `service "${sid}" is not in "services"; add it or fix the name`,
            ),
          })
      }),
    )
    c.users.forEach((u, i) => {
      if (u.role === 'staff' && (!u.counterId || !counterIds.has(u.counterId)))
        ctx.addIssue({
          code: 'custom',
          path: ['users', i, 'counterId'],
          message: say(
            `cán bộ "${u.username}" phải có counterId là một quầy trong mục "counters".`,
            `staff "${u.username}" needs a counterId that is one of "counters"`,
          ),
        })
    })
  })

function unique(ctx: z.RefinementCtx, values: string[], path: (string | number)[], key: string, label: string) {
  const seen = new Set<string>()
  values.forEach((v, i) => {
    if (seen.has(v))
      ctx.addIssue({ code: 'custom', path: [...path, i, key], message: say(`${label} "${v}" bị trùng.`, `${key} "${v}" is used twice`) })
    seen.add(v)
  })
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

function isRealDate(ymd: string): boolean {
  const d = new Date(`${ymd}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd
}

export type OfficeConfigInput = z.input<typeof OfficeConfigSchema>
export type OfficeConfig = z.output<typeof OfficeConfigSchema>
export type ServiceConfig = OfficeConfig['services'][number]
export type CounterConfig = OfficeConfig['counters'][number]
export type KioskConfig = OfficeConfig['kiosks'][number]
export type PrinterConfig = KioskConfig['printer']
export type UserConfig = OfficeConfig['users'][number]
export type Weekday = keyof OfficeConfig['openingHours']
