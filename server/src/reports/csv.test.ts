import { describe, expect, it } from 'vitest'
import { config, DAY, tickets } from './hand-made-day.fixture.ts'
import { csvCell, ticketsCsv } from './csv.ts'
import { filterDayTickets } from './ticket-filter.ts'
import { TICKET_HEADER } from './ticket-rows.ts'

describe('ticketsCsv', () => {
  const csv = ticketsCsv(config, [{ date: DAY, tickets }])

  it('starts with a BOM, ends each row with CRLF and has one row per ticket under a Vietnamese header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = csv.slice(1).split('\r\n')
    expect(rows.at(-1)).toBe('')
    expect(rows[0]).toBe(TICKET_HEADER.join(','))
    expect(rows).toHaveLength(tickets.length + 2)
    // t4: transferred twice (one reason given), rated 1 with a reason, its dossier code kept for the one-stop software.
    const b001 = rows.find((r) => r.startsWith(`${DAY},B001,`))
    expect(b001).toContain(',Sai lĩnh vực,1,Chờ lâu,000.00.12.H26-261125-0001')
  })

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('Chờ "rất" lâu, phải về')).toBe('"Chờ ""rất"" lâu, phải về"')
    expect(csvCell('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('+84 912')).toBe("'+84 912")
    expect(csvCell(-2.5)).toBe('-2.5')
    expect(csvCell(null)).toBe('')
  })
})

describe('filterDayTickets', () => {
  it('keeps the tickets of an hour of issue and a weekday in the office time zone', () => {
    const tz = config.office.timeZone
    const count = (filter: Parameters<typeof filterDayTickets>[1]) =>
      filterDayTickets([{ date: DAY, tickets }], filter, tz).reduce((n, d) => n + d.tickets.length, 0)
    expect([count({}), count({ hour: 8 }), count({ hour: 7 }), count({ weekday: 'wed' }), count({ weekday: 'thu' })]).toEqual([5, 5, 0, 5, 0])
    expect(count({ serviceId: 'A', counterId: '1', priority: 'none', hour: 8 })).toBe(2)
  })
})
