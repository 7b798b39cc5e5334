import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ASCII_SAMPLES, VIETNAMESE_PANGRAM } from '../../printers/src/test-page.ts'
import { decodePrinterText } from '../../printers/src/testing/decode-printer-text.ts'
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
    const ops = decodeEscPos(new Uint8Array(readFileSync(join(dataDir, 'prints', day!, bin))))
    const raster = ops.find((o) => o.op === 'raster')
    expect(raster && raster.op === 'raster' && raster.widthDots).toBe(384)
    // The code-page sample: on this raster profile the printer's own font prints only ASCII, on page 0.
    const printed = decodePrinterText(ops)
    expect(printed.map((l) => l.text).join(' ')).toBe(ASCII_SAMPLES.join(' '))
    expect(new Set(printed.flatMap((l) => l.pages))).toEqual(new Set([0]))
    expect(ops).toContainEqual({ op: 'set', cmd: 'ESC t', value: 0 })
    expect(ops.at(-1)?.op).toBe('cut')
  }, 60_000)

  it('prints the Vietnamese samples through the TCVN-3 pages on a text-mode printer', async () => {
    const dir = tempDataDir()
    const config = demoConfigInput()
    config.kiosks = [{ id: 'kiosk-1', name: 'Ki-ốt 1', printer: { type: 'file', profile: 'epson-tcvn3' } }]
    const configPath = join(dir, 'office.json')
    writeFileSync(configPath, JSON.stringify(config))
    const dataDir = join(dir, 'data')
    await run(process.execPath, ['--import', 'tsx', join(ROOT, 'printers/src/cli/print-test.ts'), '--printer', 'kiosk-1', '--config', configPath, '--data-dir', dataDir], { cwd: ROOT })
    const [day] = readdirSync(join(dataDir, 'prints'))
    const ops = decodeEscPos(new Uint8Array(readFileSync(join(dataDir, 'prints', day!, 'test-page.bin'))))
    const printed = decodePrinterText(ops)
    expect(printed.find((l) => l.text === VIETNAMESE_PANGRAM.toUpperCase())?.pages).toEqual(expect.arrayContaining([30, 31]))
    expect(printed.find((l) => l.text === VIETNAMESE_PANGRAM)?.pages).toEqual([30])
  }, 60_000)
})
