import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { systemClock } from '../clock.ts'
import { ConfigError, EXIT_CONFIG, loadConfig } from '../config/load.ts'
import { YMD } from '../contract/index.ts'
import { addDays, localDate } from '../queue/office-time.ts'
import { generateHistory } from './generate-history.ts'

// npm run demo-data -- --days N [--data-dir D] [--end YYYY-MM-DD] [--per-day N] [--seed S]
// Fills DATA_DIR (default ./data) with N past working days of simulated traffic for the demo office.

const USAGE = 'npm run demo-data -- --days N [--data-dir D] [--end YYYY-MM-DD] [--per-day 180] [--seed luot-demo]'

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      days: { type: 'string' },
      'data-dir': { type: 'string' },
      end: { type: 'string' },
      'per-day': { type: 'string', default: '180' },
      seed: { type: 'string', default: 'luot-demo' },
    },
    strict: true,
  })
  const days = Number(values.days)
  const perDay = Number(values['per-day'])
  if (!Number.isInteger(days) || days < 1 || days > 5000 || !Number.isFinite(perDay) || perDay <= 0) {
    console.error(`Cần --days (1–5000) và --per-day dương. Cách dùng: ${USAGE}`)
    return 2
  }
  const loaded = loadConfig()
  if (!loaded.office.demo) {
    console.error('Dữ liệu mẫu chỉ dành cho văn phòng demo ("demo": true trong cấu hình): không ghi vào dữ liệu thật.')
    return 2
  }
  const tz = loaded.office.office.timeZone
  const end = values.end ?? addDays(localDate(systemClock.now(), tz), -1)
  if (!YMD.test(end)) {
    console.error(`--end phải có dạng YYYY-MM-DD. Cách dùng: ${USAGE}`)
    return 2
  }
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : loaded.env.dataDir
  const started = performance.now()
  const r = await generateHistory(loaded.office, { dataDir, days, end, perDay, seed: values.seed })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `${dataDir}: ${r.written} ngày (${r.first ?? '–'} → ${r.last ?? '–'}), ${r.tickets} phiếu, ${r.refused} lượt hết chỗ, ` +
      `${r.skipped} ngày đã có dữ liệu được giữ nguyên; ${seconds} s`,
  )
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(error.lines.join('\n'))
      process.exit(EXIT_CONFIG)
    }
    console.error(error)
    process.exit(1)
  },
)
