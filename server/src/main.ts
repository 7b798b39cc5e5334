import { composeLuot } from './compose.ts'
import { offsetClock, systemClock } from './clock.ts'
import { ConfigError, EXIT_CONFIG, loadConfig } from './config/load.ts'
import type { Log } from './http/on-error.ts'
import { createIds } from './ids.ts'

// The process: read config once, compose, log the ready line, stop cleanly on SIGTERM/SIGINT.
const log: Log = (level, msg, extra) => {
  const line = `${new Date(systemClock.now()).toISOString()} ${level.toUpperCase()} ${msg}${extra ? ' ' + JSON.stringify(extra) : ''}`
  if (level === 'error') console.error(line)
  else console.log(line)
}

// Never keep running in an unknown state: log, exit non-zero, let systemd restart from disk.
process.on('uncaughtException', (err) => {
  log('error', 'uncaught exception', { stack: err.stack })
  process.exit(1)
})
process.on('unhandledRejection', (err) => {
  log('error', 'unhandled rejection', { err: err instanceof Error ? err.stack : String(err) })
  process.exit(1)
})

let loaded
try {
  loaded = loadConfig()
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error('Cấu hình không hợp lệ / Invalid configuration:\n' + err.lines.map((l) => '  • ' + l).join('\n'))
  process.exit(EXIT_CONFIG)
}
const { office: config, env } = loaded
const clock = env.clockStart === null ? systemClock : offsetClock(env.clockStart)
let luot
try {
  luot = await composeLuot({ config, env, clock, ids: createIds(), log })
} catch (err) {
  // A refused data folder (locked, unreadable live.json) is a setup problem: say so and do not loop.
  console.error(`Không khởi động được / Cannot start: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(EXIT_CONFIG)
}
const running = luot
log('info', `Lượt ready — đang phục vụ tại ${running.url}/ (${config.office.name}; dữ liệu: ${env.dataDir})`)

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  log('info', `${signal}: stopping`)
  await running.close() // every acknowledged write is already on disk; this waits for queued ones
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
