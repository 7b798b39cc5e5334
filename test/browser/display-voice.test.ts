import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { hashPassword } from '../../server/src/auth/password.ts'
import { ROOT, startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import { apiFor, CLOCK_START, expectedClips, launchBrowser, openPage, VIEWPORTS, voiceOf } from './display-helpers.ts'

// The hall board's voice on the real server, run from an office's own config folder (not the demo's):
// the office's recordings replace the built-in clips of the same name, and calls made while the sound
// was still off are not read out as a late backlog once someone turns it on.
const PASSWORD = 'giong-doc-2026'
const BUILT_IN = join(ROOT, 'display-ui/voice')
// The office re-recorded the opening words ("Mời công dân có số"); here, other bytes that still decode.
const OVERRIDDEN = 'intro'
const OFFICE_CLIP_SOURCE = 'counter-20'

let server: ServerProcess
let browser: Browser
let configDir: string
const errors: string[] = []
const api = apiFor(() => server, PASSWORD)
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const builtIn = (clip: string) => readFileSync(join(BUILT_IN, `${clip}.ogg`))
const isClip = (clip: string) => (url: string) => new URL(url).pathname === `/voice/${clip}.ogg`

beforeAll(async () => {
  configDir = mkdtempSync(join(tmpdir(), 'luot-office-'))
  const config = JSON.parse(readFileSync(join(ROOT, 'config/office.json'), 'utf8')) as { users: object[] }
  // A real office's config refuses the demo password: give every account the test's own.
  const passwordHash = await hashPassword(PASSWORD)
  config.users = config.users.map((u) => ({ ...u, passwordHash }))
  writeFileSync(join(configDir, 'office.json'), JSON.stringify(config, null, 2))
  mkdirSync(join(configDir, 'voice'))
  copyFileSync(join(BUILT_IN, `${OFFICE_CLIP_SOURCE}.ogg`), join(configDir, 'voice', `${OVERRIDDEN}.ogg`))
  server = await startServer({ clockStart: CLOCK_START, env: { LUOT_CONFIG: join(configDir, 'office.json') } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (configDir) rmSync(configDir, { recursive: true, force: true })
})

/** The hall board with sound still off, its socket up (every counter tile shows). */
async function openBoard(page?: Page): Promise<Page> {
  const board = page ?? (await openPage(browser, `${server.url}/display/`, VIEWPORTS.tv, errors))
  await board.getByTestId('counter-tile-6').getByTestId('counter-number').waitFor()
  await board.getByTestId('sound-gate').waitFor()
  expect((await voiceOf(board)).unlocked).toBe(false)
  return board
}

const tokens = new Map<string, Promise<string>>()
const tokenOf = (username: string) => tokens.get(username) ?? tokens.set(username, api.login(username)).get(username)!

/** Issues a ticket and has the counter call it: the board hears it as a `ticket:called`. */
async function call(username: string, counterId: string, serviceId: string): Promise<string[]> {
  await api.issue(serviceId)
  const called = await api.next(await tokenOf(username), counterId)
  return expectedClips(called!.number, Number(counterId))
}

describe('hall board voice', () => {
  it("reads a call with the office's own recording of a clip, the built-in ones for the rest", { timeout: 60_000 }, async () => {
    const officeClip = builtIn(OFFICE_CLIP_SOURCE)
    expect(sha(officeClip)).not.toBe(sha(builtIn(OVERRIDDEN)))
    const board = await openBoard()
    // Sound on: the board fetches every clip ahead of the first call.
    const overridden = board.waitForResponse((r) => isClip(OVERRIDDEN)(r.url()))
    const kept = board.waitForResponse((r) => isClip('to-counter')(r.url()))
    await board.getByTestId('sound-gate').click()
    const [overriddenRes, keptRes] = await Promise.all([overridden, kept])
    expect(overriddenRes.status()).toBe(200)
    expect(sha(await overriddenRes.body())).toBe(sha(officeClip))
    expect(sha(await keptRes.body())).toBe(sha(builtIn('to-counter')))

    const clips = await call('canbo1', '1', 'DATDAI')
    expect(clips).toContain(OVERRIDDEN)
    await expect.poll(async () => (await voiceOf(board)).played, { timeout: 30_000 }).toEqual([clips])
    // Read for real: the call's clips, the office's among them, took seconds to play.
    const [reading] = (await voiceOf(board)).timeline
    expect(reading!.endedAt - reading!.startedAt).toBeGreaterThan(2000)
    await board.close()
  })

  it('reads only the latest call when sound comes on, not the ones queued while it was off', { timeout: 60_000 }, async () => {
    const board = await openBoard()
    const first = await call('canbo1', '1', 'DATDAI')
    const second = await call('canbo3', '3', 'HOTICH')
    const latest = await call('canbo5', '5', 'LDTBXH')
    await expect.poll(async () => (await voiceOf(board)).queue).toEqual([first, second, latest])

    // Staff tap the board (here a waiting card, not the prompt): the latest call is read, once.
    await board.getByTestId('waiting-DATDAI').click()
    await expect.poll(async () => (await voiceOf(board)).played, { timeout: 30_000 }).toEqual([latest])
    const log = await voiceOf(board)
    expect(log.dropped).toEqual([first, second])
    expect(log.queue).toEqual([])

    // Calls from then on are read as they come.
    const live = await call('canbo1', '1', 'DATDAI')
    await expect.poll(async () => (await voiceOf(board)).played, { timeout: 30_000 }).toEqual([latest, live])
    await board.close()
  })

  it('reads nothing of a call made long before sound comes on', { timeout: 60_000 }, async () => {
    // The page's clock is Playwright's, so "long before" takes no real time.
    const page = await browser.newPage({ viewport: VIEWPORTS.tv })
    page.setDefaultTimeout(8000)
    page.on('pageerror', (e) => errors.push(`board with clock: ${e.message}`))
    await page.clock.install()
    await page.goto(`${server.url}/display/`)
    const board = await openBoard(page)
    const old = await call('canbo3', '3', 'HOTICH')
    await expect.poll(async () => (await voiceOf(board)).queue).toEqual([old])
    await board.clock.fastForward('00:20')

    await board.getByTestId('sound-gate').click()
    await expect.poll(async () => (await voiceOf(board)).dropped).toEqual([old])
    // The next call is the first one read: the old one was not waiting ahead of it.
    const live = await call('canbo5', '5', 'LDTBXH')
    await expect.poll(async () => (await voiceOf(board)).played, { timeout: 30_000 }).toEqual([live])
    await board.close()
  })

  it('threw no page errors', () => {
    expect(errors).toEqual([])
  })
})
