import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { startServer } from '../fixtures/server-process.ts'
import type { ServerProcess } from '../fixtures/server-process.ts'
import { apiFor, CLOCK_START, launchBrowser, message, openPage, SHOTS, staffLogin, VIEWPORTS } from './display-helpers.ts'

let server: ServerProcess
let browser: Browser
const errors: string[] = []
const api = apiFor(() => server)

beforeAll(async () => {
  server = await startServer({ clockStart: CLOCK_START })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('staff reprint', () => {
  it('prints a ticket of today again by its number and refuses an unknown one', async () => {
    const t = await api.issue('DATDAI')
    const bin = join(server.dataDir, 'prints', '2026-11-25', `${t.number}.bin`)
    for (let i = 0; i < 200 && !existsSync(bin); i++) await new Promise((r) => setTimeout(r, 50))
    const firstPrint = statSync(bin).mtimeMs

    const page = await openPage(browser, `${server.url}/staff/`, VIEWPORTS.staff, errors)
    await staffLogin(page, 'canbo1')
    const box = page.getByTestId('reprint')
    await box.getByRole('textbox').fill('a999')
    await box.getByRole('button', { name: message('staff.reprint'), exact: true }).click()
    await box.locator('.error-text').waitFor()
    await box.getByRole('textbox').fill(t.number.toLowerCase())
    await box.getByRole('button', { name: message('staff.reprint'), exact: true }).click()
    await box.getByText(message('staff.reprinted', { number: t.number })).waitFor()
    for (let i = 0; i < 200 && statSync(bin).mtimeMs === firstPrint; i++) await new Promise((r) => setTimeout(r, 50))
    expect(statSync(bin).mtimeMs).toBeGreaterThan(firstPrint)
    await page.screenshot({ path: `${SHOTS}/staff-reprint.png` })
    expect(errors).toEqual([])
  })
})
