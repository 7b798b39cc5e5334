import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import type { LoginView, StaffTicketView, TicketIssued } from '@luot/server/contract'
import { ROOT } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import type { VoiceLog } from '../../display-ui/src/voice/voice-player.ts'

// Shared by test/browser/display-*.test.ts: the display app's screens on the real server.
export const SHOTS = '/tmp/shots'
export const CLOCK_START = '2026-11-25T09:05:00+07:00'
export const VIEWPORTS = {
  tv: { width: 1920, height: 1080 },
  counter: { width: 1280, height: 720 },
  staff: { width: 1366, height: 768 },
  tablet: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...BASE_ARGS, ...extraArgs],
  })
}

type Catalog = { [key: string]: string | Catalog }
const readCatalog = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `display-ui/src/i18n/${lang}.json`), 'utf8')) as Catalog
export const vi = readCatalog('vi')
export const en = readCatalog('en')

/** The Vietnamese (or `catalog`'s) text of a catalog key, so tests read what a citizen reads. */
export function message(key: string, params: Record<string, string | number> = {}, catalog: Catalog = vi): string {
  let node: string | Catalog = catalog
  for (const part of key.split('.')) node = typeof node === 'string' ? node : node[part]!
  if (typeof node !== 'string') throw new Error(`no message ${key}`)
  return node.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m))
}

export function catalogValues(catalog: Catalog = vi): string[] {
  return Object.values(catalog).flatMap((v) => (typeof v === 'string' ? [v] : catalogValues(v)))
}

/** A page that records its uncaught errors; tests assert there were none. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  errors: string[],
): Promise<Page> {
  const page = await browser.newPage({ viewport })
  // Fail at the step that hangs, well inside the test's own timeout.
  page.setDefaultTimeout(8000)
  page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`))
  await page.goto(url)
  return page
}

export interface Api {
  get: <T>(path: string, token?: string) => Promise<{ status: number; body: T }>
  post: <T>(path: string, token?: string, body?: unknown) => Promise<{ status: number; body: T }>
  issue: (serviceId: string) => Promise<TicketIssued>
  login: (username: string) => Promise<string>
  next: (token: string, counterId: string) => Promise<StaffTicketView | null>
}

/** `password`: the demo's, unless the test runs its own office config (where the demo password is refused). */
export function apiFor(server: () => ServerProcess, password = 'demo'): Api {
  const call = async <T>(method: string, path: string, token?: string, body?: unknown) => {
    const headers: Record<string, string> = {}
    if (token) headers.Authorization = `Bearer ${token}`
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const res = await fetch(`${server().url}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T }
  }
  const api: Api = {
    get: (path, token) => call('GET', path, token),
    post: (path, token, body) => call('POST', path, token, body),
    issue: async (serviceId) => {
      const res = await api.post<TicketIssued>('/tickets', undefined, { serviceId })
      if (res.status !== 201) throw new Error(`issue ${serviceId}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body
    },
    login: async (username) => {
      const res = await api.post<LoginView>('/auth/login', undefined, { username, password })
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`)
      return res.body.token
    },
    next: async (token, counterId) => {
      const res = await api.post<{ ticket: StaffTicketView } | null>(`/counters/${counterId}/next`, token)
      if (res.status !== 200 && res.status !== 204) throw new Error(`next: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body?.ticket ?? null
    },
  }
  return api
}

/** What the hall board's voice exposes on `window.__luotVoice`: the player's own log type. */
export type { VoiceLog }

export const voiceOf = (page: Page): Promise<VoiceLog> =>
  page.evaluate(() => (window as unknown as { __luotVoice: VoiceLog }).__luotVoice)

/** The clips the hall board plays for a call: digit by digit, counters 1–20 as whole numbers. */
export function expectedClips(number: string, counter: number): string[] {
  const spelled = Array.from(number, (c) => (/\d/.test(c) ? `digit-${c}` : `letter-${c.toLowerCase()}`))
  return ['chime', 'intro', ...spelled, 'to-counter', `counter-${counter}`]
}

/** Logs in through the staff page's form and waits for the console. */
export async function staffLogin(page: Page, username: string): Promise<void> {
  await page.locator('input[name=username]').fill(username)
  await page.locator('input[name=password]').fill('demo')
  await page.keyboard.press('Enter')
  await page.locator('[data-testid=staff-console] [data-testid=actions]').waitFor()
}

/** Presses a console key once its buttons are enabled again (they stay disabled briefly after each command). */
export async function pressKey(page: Page, key: string): Promise<void> {
  await page.waitForFunction(() => {
    const buttons = document.querySelectorAll('[data-testid=actions] button')
    return buttons.length > 0 && !document.querySelector('[data-testid=actions] button:disabled')
  })
  await page.keyboard.press(key)
}
