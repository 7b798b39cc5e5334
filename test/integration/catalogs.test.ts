import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../server/src/contract/index.ts'
import { ROOT } from '../fixtures/server-process.ts'

type Catalog = { [k: string]: string | Catalog }
const flatten = (c: Catalog, prefix = ''): Record<string, string> =>
  Object.entries(c).reduce<Record<string, string>>((acc, [k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k
    return typeof v === 'string' ? { ...acc, [key]: v } : { ...acc, ...flatten(v, key) }
  }, {})
const load = (app: string, lang: string) => flatten(JSON.parse(readFileSync(join(ROOT, app, 'src/i18n', `${lang}.json`), 'utf8')) as Catalog)
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe.each(['kiosk-ui', 'display-ui'])('%s catalogs', (app) => {
  const vi = load(app, 'vi')
  const en = load(app, 'en')
  it('share keys and placeholders, and Vietnamese is NFC with diacritics', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
    for (const k of Object.keys(vi)) {
      expect(placeholders(en[k]!), k).toEqual(placeholders(vi[k]!))
      expect(vi[k], k).toBe(vi[k]!.normalize('NFC'))
    }
    expect(Object.values(vi).some((s) => /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/.test(s))).toBe(true)
  })
  it('have a message for every error code of the contract', () => {
    for (const code of ERROR_CODES) {
      expect(vi[`errors.${code}`], code).toBeTruthy()
      expect(en[`errors.${code}`], code).toBeTruthy()
    }
  })
})
