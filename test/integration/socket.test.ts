import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { io as connect } from 'socket.io-client'
import type { Socket } from 'socket.io-client'
import type { ServerToClientEvents, SocketAuth } from '../../server/src/contract/index.ts'
import { startLuot } from '../fixtures/luot-app.ts'
import type { TestLuot } from '../fixtures/luot-app.ts'

let luot: TestLuot
const sockets: Socket[] = []
beforeEach(async () => {
  luot = await startLuot({ at: '2026-11-25T09:05:00+07:00' })
})
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect()
  await luot.close()
})

type Received = { event: string; payload: unknown }[]
function open(auth: SocketAuth): { socket: Socket<ServerToClientEvents>; got: Received } {
  const socket: Socket<ServerToClientEvents> = connect(luot.url, { auth, transports: ['websocket'], reconnection: false })
  const got: Received = []
  socket.onAny((event: string, payload: unknown) => got.push({ event, payload }))
  sockets.push(socket as Socket)
  return { socket, got }
}
const connected = (s: Socket) => new Promise<void>((ok, fail) => { s.on('connect', () => ok()); s.on('connect_error', fail) })
const refused = (s: Socket) => new Promise<{ code: string }>((ok) => s.on('connect_error', (e: Error & { data?: { code: string } }) => ok(e.data!)))
async function until(got: Received, pred: (r: Received) => boolean) {
  for (let i = 0; i < 100 && !pred(got); i++) await new Promise((r) => setTimeout(r, 20))
  expect(pred(got)).toBe(true)
}

describe('socket.io', () => {
  it('sends the whole state on connect, then calls, queue and counter changes, without ticket ids', async () => {
    const display = open({ role: 'display' })
    await connected(display.socket as Socket)
    await until(display.got, (g) => g.some((x) => x.event === 'state'))
    const state = display.got.find((x) => x.event === 'state')!.payload as { counters: unknown[] }
    expect(state.counters).toHaveLength(6)

    const issued = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'DATDAI' } })).body
    await until(display.got, (g) => g.some((x) => x.event === 'queue:changed'))
    expect(display.got.find((x) => x.event === 'queue:changed')!.payload).toMatchObject({ serviceId: 'DATDAI', waiting: 1 })

    const token = await luot.login('canbo1')
    await luot.call('POST', '/api/counters/1/next', { token })
    await until(display.got, (g) => g.some((x) => x.event === 'ticket:called'))
    expect(display.got.find((x) => x.event === 'ticket:called')!.payload).toMatchObject({
      number: 'A001', counterId: '1', counterName: 'Quầy số 1', serviceId: 'DATDAI', recall: false,
    })
    await until(display.got, (g) => g.some((x) => x.event === 'counter:changed' && (x.payload as { ticket: unknown }).ticket !== null))
    await luot.call('POST', '/api/counters/1/recall', { token })
    await until(display.got, (g) => g.some((x) => x.event === 'ticket:called' && (x.payload as { recall: boolean }).recall))
    await luot.call('POST', '/api/counters/1/next', { token })
    await until(display.got, (g) => g.some((x) => x.event === 'rating:requested'))
    expect(JSON.stringify(display.got)).not.toContain(issued.id)
  })

  it("follows one ticket on its phone page and refuses unknown tickets and bad tokens", async () => {
    const t = (await luot.call('POST', '/api/tickets', { body: { serviceId: 'HOTICH' } })).body
    const phone = open({ role: 'ticket', ticketId: t.id })
    await until(phone.got, (g) => g.some((x) => x.event === 'ticket:changed'))
    const token = await luot.login('canbo3')
    await luot.call('POST', '/api/counters/3/next', { token })
    await until(phone.got, (g) => g.some((x) => x.event === 'ticket:changed' && (x.payload as { status: string }).status === 'called'))
    expect(phone.got.filter((x) => x.event === 'ticket:changed').at(-1)!.payload).toMatchObject({ id: t.id, number: 'B001', status: 'called', counterId: '3' })

    expect((await refused(open({ role: 'ticket', ticketId: 'nope' }).socket as Socket)).code).toBe('NOT_FOUND')
    expect((await refused(open({ role: 'staff', token: 'forged' }).socket as Socket)).code).toBe('UNAUTHORIZED')
    expect((await refused(open({ role: 'manager', token }).socket as Socket)).code).toBe('FORBIDDEN')
  })

  it('disconnects a staff socket when its token logs out', async () => {
    const token = await luot.login('canbo2')
    const staff = open({ role: 'staff', token })
    await connected(staff.socket as Socket)
    const gone = new Promise<string>((ok) => staff.socket.on('disconnect', (reason) => ok(reason)))
    await luot.call('POST', '/api/auth/logout', { token })
    expect(await gone).toBe('io server disconnect')
  })
})
