import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { decodeEscPos } from '../../printers/src/testing/escpos-decode.ts'
import { demoConfigInput } from '../fixtures/luot-app.ts'
import { ROOT, tempDataDir } from '../fixtures/server-process.ts'

const run = promisify(execFile)

describe('npm run print-test', () => {
  it('prints to the printer of the office named by LUOT_CONFIG, into DATA_DIR, as the server would', async () => {
    const dir = tempDataDir()
    const config = demoConfigInput()
    // This office's kiosk-1 prints on the 58 mm profile, unlike the demo's: the page must follow it.
    config.kiosks = [{ id: 'kiosk-1', name: 'Ki-ốt 1', printer: { type: 'file', profile: 'generic-58' } }]
    const configPath = join(dir, 'office.json')
    writeFileSync(configPath, JSON.stringify(config))
    const dataDir = join(dir, 'data')
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'printers/src/cli/print-test.ts'), '--printer', 'kiosk-1'], {
      cwd: ROOT,
      env: { ...process.env, LUOT_CONFIG: configPath, DATA_DIR: dataDir },
    })
    expect(stdout).toContain('Đã in trang thử')
    const [day] = readdirSync(join(dataDir, 'prints'))
    const bin = readdirSync(join(dataDir, 'prints', day!)).find((f) => f.endsWith('.bin'))!
    const raster = decodeEscPos(new Uint8Array(readFileSync(join(dataDir, 'prints', day!, bin)))).find((o) => o.op === 'raster')
    expect(raster && raster.op === 'raster' && raster.widthDots).toBe(384)
  }, 60_000)
})
