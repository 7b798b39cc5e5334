import type { ErrorCode } from '@luot/server/contract'
import vi from './i18n/vi.json'
import en from './i18n/en.json'

// vi.json is the source: keys are typed from it, every other catalog follows it.
type Catalog = typeof vi
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
export type MessageKey = Leaves<Catalog>
export type Lang = 'vi' | 'en' | 'xx'
export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

// Compile-time checks: every ErrorCode has a message, and en.json has every key of vi.json.
const _everyErrorCodeHasAMessage: Record<ErrorCode, string> = vi.errors
const english: Catalog = en
const catalogs: Record<'vi' | 'en', unknown> = { vi, en: english }

/** Dev and tests throw on a missing key so it is caught; production falls back to Vietnamese. */
const isStrict = import.meta.env.DEV || import.meta.env.MODE === 'test'

export function isLang(value: string | null): value is Lang {
  return value === 'vi' || value === 'en' || value === 'xx'
}

function lookup(catalog: unknown, key: string): string | undefined {
  let node: unknown = catalog
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** For keys built at run time, e.g. `errors.${code}` with a code from the server. */
export function hasKey(key: string): key is MessageKey {
  return lookup(vi, key) !== undefined
}

function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  // The pseudo-language renders keys, so a browser test can spot any text that bypassed the catalog.
  if (lang === 'xx') return key
  const found = lookup(catalogs[lang], key) ?? (isStrict ? undefined : lookup(vi, key))
  if (found === undefined) {
    if (isStrict) throw new Error(`i18n: missing key "${key}" in ${lang}.json`)
    return key
  }
  return interpolate(found, params)
}

export function makeTranslate(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params)
}
