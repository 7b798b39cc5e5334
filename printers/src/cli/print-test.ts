// `npm run print-test -- --printer kiosk-1 [--config config/office.json] [--data-dir ./data]`
// Prints the test page on a kiosk's printer, as configured, through the same code as tickets.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { systemClock } from '../../../server/src/clock.ts'
import { createPrinter } from '../printer/create-printer.ts'
import { printTestPage } from '../test-page.ts'
import type { PrinterConfigLike } from '../types.ts'

/** sysexits: EX_USAGE and EX_CONFIG, the same 78 the server exits with on a bad config. */
const EX_USAGE = 64
const EX_CONFIG = 78

export function findKioskPrinter(raw: unknown, kioskId: string): { printer: PrinterConfigLike; timeZone: string } {
  const config = raw as { kiosks?: unknown; office?: { timeZone?: unknown } }
  if (!Array.isArray(config.kiosks)) throw new Error('không có mục "kiosks"')
  const kiosk = (config.kiosks as { id?: unknown; printer?: unknown }[]).find((k) => k.id === kioskId)
  if (!kiosk) {
    const ids = (config.kiosks as { id?: unknown }[]).map((k) => String(k.id)).join(', ')
    throw new Error(`không có ki-ốt "${kioskId}" trong mục "kiosks" (có: ${ids})`)
  }
  const printer = kiosk.printer as { type?: unknown } | undefined
  if (!printer || !['file', 'network', 'usb', 'serial', 'none'].includes(String(printer.type)))
    throw new Error(`kiosks › ${kioskId} › printer.type phải là file, network, usb, serial hoặc none`)
  const tz = config.office?.timeZone
  return { printer: printer as PrinterConfigLike, timeZone: typeof tz === 'string' ? tz : 'Asia/Ho_Chi_Minh' }
}

/** "YYYY-MM-DD" and "HH:MM DD/MM/YYYY" in the office's time zone. */
export function officeTime(ms: number, timeZone: string): { date: string; when: string } {
  const part = (opts: Intl.DateTimeFormatOptions, locale = 'en-CA') => new Intl.DateTimeFormat(locale, { timeZone, ...opts }).format(ms)
  const date = part({ year: 'numeric', month: '2-digit', day: '2-digit' })
  const time = part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, 'en-GB')
  const [y, m, d] = date.split('-')
  return { date, when: `${time} ${d}/${m}/${y}` }
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    // The same defaults as the server: on an office PC, systemd sets LUOT_CONFIG and DATA_DIR, and a test
    // page must go to the office's printer, not to the demo's.
    options: {
      printer: { type: 'string' },
      config: { type: 'string', default: process.env.LUOT_CONFIG || 'config/office.json' },
      'data-dir': { type: 'string', default: process.env.DATA_DIR || './data' },
    },
  })
  if (!values.printer) {
    console.error('Cách dùng: print-test --printer <mã ki-ốt> [--config config/office.json] [--data-dir ./data]')
    return EX_USAGE
  }
  let found
  try {
    found = findKioskPrinter(JSON.parse(readFileSync(values.config, 'utf8')), values.printer)
  } catch (err) {
    console.error(`${values.config}: ${err instanceof Error ? err.message : String(err)}`)
    return EX_CONFIG
  }
  const log = (msg: string, extra?: unknown) => console.error(msg, extra ?? '')
  const printer = createPrinter(values.printer, found.printer, { dataDir: values['data-dir'], log, now: systemClock.now })
  try {
    console.log(`Trạng thái máy in: ${await printer.checkStatus()}`)
    const result = await printTestPage(printer, officeTime(systemClock.now(), found.timeZone))
    console.log(`Đã in trang thử: ${result.bytes} byte trong ${Math.round(result.ms)} ms. Trạng thái: ${await printer.checkStatus()}`)
    return 0
  } catch (err) {
    console.error('In thử không được:', err)
    return 1
  } finally {
    await printer.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2))
