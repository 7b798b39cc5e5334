import { describe, expect, it } from 'vitest'
import { hashPassword } from '../../server/src/auth/password.ts'
import { ConfigError, loadConfig } from '../../server/src/config/load.ts'
import { startLuot } from '../fixtures/luot-app.ts'
import { writeOfficeConfig } from '../fixtures/office-config.ts'
import { startServer } from '../fixtures/server-process.ts'

const writeConfig = (mutate: (c: any) => void): string => writeOfficeConfig(mutate)

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

  it('names the problem in both languages for the rules of its own, bad time zones and dates that do not exist', () => {
    const path = writeConfig((c) => {
      c.office.timeZone = 'Asia/Hanoi'
      c.holidays[0].date = '2026-02-30'
      c.users[1].passwordHash = 'demo'
    })
    // The rules across sections run once every section has the right shape, so they get a file of their own.
    const crossPath = writeConfig((c) => {
      c.services[1].prefix = 'A'
      c.users[0].counterId = '99'
    })
    const lines = [...explain(path), ...explain(crossPath)]
    const line = (key: string) => lines.find((l) => l.includes(`› ${key}:`)) ?? `(no line for ${key})`
    expect(line('office.timeZone')).toMatch(/múi giờ không tồn tại.*"Asia\/Hanoi".*\(unknown time zone; Viet Nam is "Asia\/Ho_Chi_Minh"\)/)
    expect(line('holidays[0].date')).toMatch(/ngày này không có trên lịch.*"2026-02-30".*\(this date does not exist\)/)
    expect(line('services[1].prefix')).toMatch(/tiền tố "A" bị trùng.*\(prefix "A" is used twice\)/)
    expect(line('users[0].counterId')).toMatch(/\(staff "canbo1" needs a counterId that is one of "counters"\)/)
    expect(line('users[1].passwordHash')).toMatch(/npm run hash-password.*\(passwords are stored hashed/)
    // No line says only "invalid value": every English half says what to change.
    expect(lines.filter((l) => l.includes('(invalid value)'))).toEqual([])
  })

  it('refuses the demo password when the config names a real office, and says so at start', async () => {
    const realPassword = 'quầy-một-2026'
    const passwordHash = await hashPassword(realPassword)
    const path = writeConfig((c) => {
      c.demo = false
      c.users[0].passwordHash = passwordHash
    })
    const server = await startServer({ clockStart: '2026-11-25T09:05:00+07:00', env: { LUOT_CONFIG: path } })
    try {
      const login = (username: string, password: string) =>
        fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password }),
        })
      const refused = await login('canbo2', 'demo')
      expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([401, 'UNAUTHORIZED'])
      expect((await login('canbo1', realPassword)).status).toBe(200)
      const warning = server.output().split('\n').find((l) => l.includes('WARN') && l.includes('mật khẩu mẫu'))
      expect(warning).toContain('canbo2')
      expect(warning).toContain('quanly')
      expect(warning).not.toMatch(/canbo1\b/)
      expect(warning).toContain('npm run hash-password')
    } finally {
      await server.stop()
    }
  })

  it('refuses the demo password at login in-process too, whatever the accounts', async () => {
    const luot = await startLuot({ isDemoOffice: false })
    try {
      const r = await luot.call('POST', '/api/auth/login', { body: { username: 'canbo1', password: 'demo' } })
      expect([r.status, r.body.error.code]).toEqual([401, 'UNAUTHORIZED'])
    } finally {
      await luot.close()
    }
  })
})
