import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../server/src/config/load.ts'
import { demoConfigInput, startLuot } from '../fixtures/luot-app.ts'
import { startServer, tempDataDir } from '../fixtures/server-process.ts'

function writeConfig(mutate: (c: any) => void): string {
  const c = demoConfigInput() as any
  mutate(c)
  const path = join(tempDataDir(), 'office.json')
  writeFileSync(path, JSON.stringify(c))
  return path
}

function explain(path: string): string[] {
  try {
    loadConfig({ LUOT_CONFIG: path }, '/')
  } catch (err) {
    if (err instanceof ConfigError) return err.lines
    throw err
  }
  return []
}

describe('office config', () => {
  it('loads the demo office', () => {
    const { office, env } = loadConfig({}, '/')
    expect(office.services).toHaveLength(6)
    expect(env).toMatchObject({ port: 3000, host: '0.0.0.0', dataDir: '/data', isDemoOffice: true })
  })

  it('explains each problem with the file, key path, value and what to do', () => {
    const path = writeConfig((c) => {
      c.openingHours.mon = [{ start: '13:30', end: '17:00' }, { start: '07:30', end: '11:30' }]
      c.slotMinutes = 'ba mươi'
      c.kiosks[0].printer = { type: 'wifi' }
      c.extra = true
    })
    const lines = explain(path)
    const text = lines.join('\n')
    expect(text).toContain('openingHours.mon')
    expect(text).toMatch(/slotMinutes: .*"ba mươi"/)
    expect(text).toContain('kiosks[0].printer')
    expect(text).toMatch(/slotMinutes: sai kiểu dữ liệu/)
    expect(text).toMatch(/extra/)
    expect(lines.every((l) => l.includes('(') && l.includes(path))).toBe(true) // English in brackets, file named
  })

  it('checks that counters, prefixes and accounts agree once the shape is right', () => {
    const path = writeConfig((c) => {
      c.counters[2].serviceIds = ['HOTICH', 'HO_TICH_SAI']
      c.services[1].prefix = 'A'
      c.users[0].counterId = '99'
    })
    const text = explain(path).join('\n')
    expect(text).toContain(`${path} › counters[2].serviceIds[1]: dịch vụ "HO_TICH_SAI" không có trong mục "services"`)
    expect(text).toContain('tiền tố "A" bị trùng')
    expect(text).toContain('users[0].counterId')
  })

  it('stops the server with exit code 78 on a bad config', async () => {
    const path = writeConfig((c) => delete c.services)
    const failed = await startServer({ env: { LUOT_CONFIG: path } }).catch((e: Error) => e.message)
    expect(failed).toMatch(/exited with 78/)
    expect(failed).toContain('services')
  })

  it('refuses the demo password when the config names a real office', async () => {
    const luot = await startLuot({ isDemoOffice: false })
    try {
      const r = await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' } })
      expect([r.status, r.body.error.code]).toEqual([401, 'UNAUTHORIZED'])
    } finally {
      await luot.close()
    }
  })
})
