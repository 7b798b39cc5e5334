import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { explainConfigIssues } from './explain.ts'
import { OfficeConfigSchema } from './schema.ts'
import type { OfficeConfig } from './schema.ts'

/** Exit code for a bad config: the systemd unit sets RestartPreventExitStatus=78 so it does not loop. */
export const EXIT_CONFIG = 78

export const DEMO_CONFIG_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../config/office.json')

export interface RuntimeEnv {
  port: number
  host: string
  dataDir: string
  configPath: string
  configDir: string
  /** LUOT_CONFIG not set (or set to the demo file): the demo passwords are allowed. */
  isDemoOffice: boolean
  clockStart: number | null
}

export interface LoadedConfig {
  office: Readonly<OfficeConfig>
  env: Readonly<RuntimeEnv>
}

export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'))
    this.name = 'ConfigError'
  }
}

/** The only reader of process.env and of the config file. Throws ConfigError with manager-readable lines. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): LoadedConfig {
  const configPath = env.LUOT_CONFIG ? resolve(cwd, env.LUOT_CONFIG) : DEMO_CONFIG_PATH
  const runtime = parseEnv(env, cwd, configPath)
  return { office: deepFreeze(parseOfficeFile(configPath)), env: Object.freeze(runtime) }
}

export function parseOfficeFile(configPath: string): OfficeConfig {
  let text: string
  try {
    text = readFileSync(configPath, 'utf8')
  } catch (cause) {
    throw new ConfigError([
      `${configPath}: không đọc được tệp cấu hình (${(cause as NodeJS.ErrnoException).code ?? 'lỗi'}). Hãy kiểm tra đường dẫn LUOT_CONFIG. (Cannot read the config file; check LUOT_CONFIG.)`,
    ])
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (cause) {
    throw new ConfigError([
      `${configPath}: tệp không phải JSON hợp lệ: ${(cause as Error).message}. Hãy kiểm tra dấu phẩy, ngoặc và dấu nháy. (Not valid JSON.)`,
    ])
  }
  const parsed = OfficeConfigSchema.safeParse(raw)
  if (!parsed.success) throw new ConfigError(explainConfigIssues(configPath, parsed.error.issues, raw))
  return parsed.data
}

function parseEnv(env: NodeJS.ProcessEnv, cwd: string, configPath: string): RuntimeEnv {
  const errors: string[] = []
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    errors.push(`PORT=${env.PORT}: cổng phải là số từ 0 đến 65535. (PORT must be 0–65535.)`)
  let clockStart: number | null = null
  if (env.LUOT_CLOCK_START) {
    clockStart = Date.parse(env.LUOT_CLOCK_START)
    if (Number.isNaN(clockStart))
      errors.push(
        `LUOT_CLOCK_START=${env.LUOT_CLOCK_START}: cần thời điểm ISO, ví dụ 2026-11-25T08:00:00+07:00. (Needs an ISO time.)`,
      )
  }
  if (errors.length > 0) throw new ConfigError(errors)
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(cwd, env.DATA_DIR || './data'),
    configPath,
    configDir: dirname(configPath),
    isDemoOffice: configPath === DEMO_CONFIG_PATH,
    clockStart,
  }
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o)
    for (const v of Object.values(o)) deepFreeze(v)
  }
  return o
}
