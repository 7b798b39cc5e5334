import type { z } from 'zod'
import { MESSAGE_HALVES } from './schema.ts'

// Turns zod issues into sentences a manager can act on: file, key path, bad value, what to change.
export function explainConfigIssues(file: string, issues: z.core.$ZodIssue[], raw: unknown): string[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path)
    const value = valueAt(raw, issue.path)
    const missing = value === undefined
    const shown = missing ? '(thiếu / missing)' : truncate(JSON.stringify(value))
    const current = issue.path.length === 0 ? '' : ` Giá trị hiện tại / current value: ${shown}.`
    return `${file} › ${path}: ${vietnamese(issue, missing)}${current} (${english(issue, missing)})`
  })
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(gốc / root)'
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('')
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let v: unknown = raw
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[p]
  }
  return v
}

function truncate(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}…` : s
}

function vietnamese(issue: z.core.$ZodIssue, missing: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      return missing
        ? `thiếu mục bắt buộc (cần ${issue.expected}). Hãy thêm mục này.`
        : `sai kiểu dữ liệu, cần ${issue.expected}. Hãy sửa lại.`
    case 'unrecognized_keys':
      return `có mục không được hỗ trợ: ${issue.keys.join(', ')}. Hãy xoá hoặc sửa lại tên (có thể gõ sai).`
    case 'too_small':
      return `giá trị quá nhỏ hoặc danh sách quá ngắn (tối thiểu ${String(issue.minimum)}).`
    case 'too_big':
      return `giá trị quá lớn (tối đa ${String(issue.maximum)}).`
    case 'invalid_value':
      return `giá trị không hợp lệ; chỉ được dùng: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`
    case 'invalid_union':
      return 'không khớp với kiểu nào được hỗ trợ (ví dụ máy in: "file", "network", "usb", "serial", "none").'
    default: {
      const vi = issue.message.split(MESSAGE_HALVES)[0] ?? issue.message
      return vi.endsWith('.') ? vi : `${vi}.`
    }
  }
}

function english(issue: z.core.$ZodIssue, missing: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      return missing ? `missing required key, expected ${issue.expected}` : `expected ${issue.expected}`
    case 'unrecognized_keys':
      return `unknown keys: ${issue.keys.join(', ')}`
    case 'too_small':
      return `too small, minimum ${String(issue.minimum)}`
    case 'too_big':
      return `too big, maximum ${String(issue.maximum)}`
    case 'invalid_value':
      return `allowed values: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'invalid_union':
      return 'matches none of the supported kinds (a printer is "file", "network", "usb", "serial" or "none")'
    default:
      // Our own rules carry both halves; zod's own messages are English already.
      return issue.message.split(MESSAGE_HALVES)[1] ?? issue.message
  }
}
