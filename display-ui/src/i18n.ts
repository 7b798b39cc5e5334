import { createContext, createElement, useContext } from 'react'
import type { ReactNode } from 'react'
import type { ErrorCode } from '@luot/server/contract'
import vi from './i18n/vi.json'

// vi.json is the source: keys are typed from it, every other catalog follows it.
type Catalog = typeof vi
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
export type MessageKey = Leaves<Catalog>
export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

/** `xx` is the pseudo-language that renders keys, so tests catch literals left in components. */
export type Lang = 'vi' | 'en' | 'xx'

// Compile-time check: every error code of the contract has a message in the source catalog.
const errorMessages: Record<ErrorCode, string> = vi.errors

/** Vietnamese is built in; other catalogs load on demand, so the phone page carries one language. */
export const loadCatalog = async (lang: Lang): Promise<unknown> =>
  lang === 'en' ? (await import('./i18n/en.json')).default : vi

export const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.hasOwn(errorMessages, code)

const lookup = (catalog: unknown, key: string): string | undefined => {
  let node: unknown = catalog
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

const fill = (text: string, params?: Params): string =>
  params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text

/**
 * A missing key throws in dev and tests (a catalog out of step is a bug to see at once) and falls back
 * to Vietnamese in production, where a citizen should see words rather than a blank screen.
 */
export const createTranslator = (lang: Lang, catalog: unknown = vi, isStrict = import.meta.env.DEV): Translate => {
  if (lang === 'xx') return (key) => key
  return (key, params) => {
    const text = lookup(catalog, key) ?? (isStrict ? undefined : lookup(vi, key))
    if (text === undefined) throw new Error(`i18n: missing key "${key}" in ${lang}`)
    return fill(text, params)
  }
}

export const langFromSearch = (search: string): Lang => {
  const lang = new URLSearchParams(search).get('lang')
  return lang === 'en' || lang === 'xx' ? lang : 'vi'
}

/** BCP 47 locale for dates and numbers. */
export const localeOf = (lang: Lang): string => (lang === 'en' ? 'en-GB' : 'vi-VN')

const I18nContext = createContext<{ t: Translate; lang: Lang }>({ t: createTranslator('vi'), lang: 'vi' })

export const I18nProvider = ({ lang, t, children }: { lang: Lang; t: Translate; children: ReactNode }) =>
  createElement(I18nContext.Provider, { value: { t, lang } }, children)

export const useT = (): Translate => useContext(I18nContext).t
export const useLang = (): Lang => useContext(I18nContext).lang
